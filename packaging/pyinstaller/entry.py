"""Entry point of the bundled GroupDesk: ``groupdesk`` (console) and, on Windows and macOS,
the windowed ``GroupDesk`` beside it. Both run the ``groupdesk`` command line, whose default
is the window, so double-clicking either opens GroupDesk.

A bundle has no ``python -c``: the spreadsheet reader's child process is this same executable
started with one special argument (see groupdesk.core.spreadsheet.isolated).
"""

from __future__ import annotations

import os
import sys


def _main() -> int:
    from groupdesk.core.spreadsheet.isolated import CHILD_ARGUMENT

    if sys.argv[1:] == [CHILD_ARGUMENT]:
        from groupdesk.core.spreadsheet.reading_child import main as reading_child

        reading_child()
        return 0
    # A windowed program on Windows has no console: without this, the first message the
    # command line writes would end it with an error nobody sees.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    # Finder on older macOS adds a "-psn_0_12345" process serial number.
    argv = [arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]
    from groupdesk.cli import main

    return main(argv)


if __name__ == "__main__":
    raise SystemExit(_main())
