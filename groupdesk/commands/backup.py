"""``groupdesk backup [DEST]``: a checked copy of the database, made with SQLite's backup API."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from groupdesk.commands._say import say
from groupdesk.commands._usage import UsageError
from groupdesk.core.database import open_database
from groupdesk.core.database.backup import MANUAL, backup_sqlite_file, make_backup, member_count

from ._files import TerminalProgress, megabytes, sqlite_path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "backup",
        help=say("help.backup"),
        description=say("help.backup.about"),
    )
    p.add_argument("dest", nargs="?", metavar="DEST", help=say("help.backup.dest"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = sqlite_path(args.db, "backup")
    # Read-only: checks the file is a healthy GroupDesk database and reads the backup
    # folder setting, without taking the writer lock from a window that has it open.
    db = open_database(path, create=False, read_only=True)
    progress = TerminalProgress(say("backup.progress"))
    try:
        started = time.perf_counter()
        if args.dest is None:
            assert db.backup_dir is not None
            dest = make_backup(path, db.backup_dir, MANUAL, progress=progress)
        else:
            target = Path(args.dest).expanduser()
            if target.is_dir() or args.dest.endswith(("/", "\\")):
                dest = make_backup(path, target, MANUAL, progress=progress)
            elif target.exists():
                raise UsageError(say("backup.target_exists", target=str(target)))
            else:
                dest = backup_sqlite_file(path, target.resolve(), progress=progress)
        took = time.perf_counter() - started
    finally:
        progress.clear()
        db.close()
    members = member_count(dest)
    print(
        say(
            "backup.done",
            path=str(path),
            dest=str(dest),
            count=members,
            size=megabytes(dest),
            seconds=round(took, 2),
        )
    )
    return 0
