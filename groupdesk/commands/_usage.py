"""The one error a command raises for a command line it cannot carry out as written.

It lives with the commands, not in ``cli.py``: the parser imports the commands, so a command
importing the parser's module back would make a cycle.
"""

from __future__ import annotations


class UsageError(Exception):
    """A command line that cannot be carried out as written (exit status 2)."""
