"""``groupdesk restore BACKUP``: put a backup back, after backing up what is there now."""

from __future__ import annotations

import argparse
from pathlib import Path

from groupdesk.commands._say import say
from groupdesk.core.database import DatabaseError, open_database
from groupdesk.core.database.backup import backup_folder_for, member_count, restore_backup
from groupdesk.core.database.lock import WriterLock

from ._files import TerminalProgress, sqlite_path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "restore",
        help=say("help.restore"),
        description=say("help.restore.about"),
    )
    p.add_argument("backup", metavar="BACKUP", help=say("help.restore.backup"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = sqlite_path(args.db, "restore")
    backup = Path(args.backup).expanduser().resolve()
    progress = TerminalProgress(say("restore.progress"))
    with WriterLock(path):
        folder = _backup_folder(path)
        try:
            result = restore_backup(backup, path, folder=folder, progress=progress)
        finally:
            progress.clear()
    members = member_count(path)
    print(say("restore.done", path=str(path), backup=str(backup), count=members))
    if result.saved_current is not None:
        code = "restore.kept_damaged" if result.current_was_damaged else "restore.kept_previous"
        print(say(code, path=str(result.saved_current)))
    return 0


def _backup_folder(path: Path) -> Path:
    """The database's own backup folder setting when it can still be read."""
    try:
        db = open_database(path, create=False, read_only=True)
    except DatabaseError:
        return backup_folder_for(path)
    try:
        return db.backup_dir or backup_folder_for(path)
    finally:
        db.close()
