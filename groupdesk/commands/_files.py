"""What the file-level commands (backup, restore, check) share."""

from __future__ import annotations

import sys
from pathlib import Path

from groupdesk.commands._usage import UsageError
from groupdesk.core import paths
from groupdesk.core.database.location import parse_location


def sqlite_path(db_arg: str | None, command: str) -> Path:
    """The database file named by ``--db`` (or the default); a server URL is a usage error."""
    location = parse_location(db_arg or paths.default_database())
    if location.path is None:
        from groupdesk.commands._say import say

        raise UsageError(say("cli.server_database", command=command))
    return location.path


def megabytes(path: Path) -> str:
    return f"{path.stat().st_size / 1_000_000:.1f} MB"


class TerminalProgress:
    """How far a long copy has got, on one rewritten line of a terminal's stderr.

    Only on a terminal: a script reading the output, or a test, sees the same lines as before.
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = False
        self._last = -1

    def __call__(self, done: int, total: int) -> bool:
        if not sys.stderr.isatty():
            return True
        percent = 100 * done // max(total, 1)
        if percent != self._last:
            self._last = percent
            sys.stderr.write(f"\r{self.label} {percent}%")
            sys.stderr.flush()
            self.shown = True
        return True

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * (len(self.label) + 6) + "\r")
            sys.stderr.flush()
            self.shown = False
