"""``groupdesk check``: SQLite's full integrity check and the foreign-key check, read-only."""

from __future__ import annotations

import argparse
import sys

from groupdesk.commands._say import say
from groupdesk.core.database.backup import check_database

from ._files import sqlite_path


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "check",
        help=say("help.check"),
        description=say("help.check.about"),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = sqlite_path(args.db, "check")
    findings = check_database(path)
    if not findings:
        print(say("check.clean", path=str(path)))
        return 0
    for finding in findings:
        print(say(finding))
    sys.stderr.write(
        say("cli.error", detail=say("check.found", path=str(path), count=len(findings))) + "\n"
    )
    return 1
