"""The GUI-free heart of GroupDesk: domain model, database, services and file I/O.

Nothing below this package may import Qt; the CLI, the tests and a future server use it as is.
"""
