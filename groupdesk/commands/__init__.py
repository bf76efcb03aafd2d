"""One module per ``groupdesk`` subcommand, each over the core services."""
