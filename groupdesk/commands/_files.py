"""What the file-level commands (backup, restore, check) share."""

from __future__ import annotations

from pathlib import Path

from groupdesk.core import paths
from groupdesk.core.database.location import parse_location


def sqlite_path(db_arg: str | None, command: str) -> Path:
    """The database file named by ``--db`` (or the default); a server URL is a usage error."""
    from groupdesk.cli import UsageError

    location = parse_location(db_arg or paths.default_database())
    if location.path is None:
        raise UsageError(
            f"{command} works on GroupDesk database files; a database on a server is backed "
            "up and checked with the server's own tools"
        )
    return location.path


def megabytes(path: Path) -> str:
    return f"{path.stat().st_size / 1_000_000:.1f} MB"
