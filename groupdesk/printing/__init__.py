"""Printing and PDF output through Qt's own painter (QtGui, never widgets).

Both the window and the command line print, so this package sits beside them rather than in
the GUI; the core may not use Qt at all (the import contracts in pyproject.toml say so).
"""
