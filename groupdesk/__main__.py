from groupdesk.cli import main

raise SystemExit(main())
