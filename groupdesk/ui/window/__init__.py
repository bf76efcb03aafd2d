"""The main window and what hangs off it: the start page, settings, help."""
