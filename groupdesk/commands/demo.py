"""``groupdesk demo``: fill a new database with a demo association."""

from __future__ import annotations

import argparse
import sys
import time

from groupdesk.core.application import Application
from groupdesk.core.demo import DemoRefused, generate_demo


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value}")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "demo",
        help="fill an empty database with a demo Indonesian association",
        description="Fill an empty database with a believable demo association. "
        "Refuses a database that already holds data.",
    )
    p.add_argument(
        "--members",
        type=_positive,
        default=300,
        metavar="N",
        help="number of members (default 300)",
    )
    p.add_argument(
        "--shifts",
        type=_positive,
        default=None,
        metavar="N",
        help="number of shifts (default: one per five members, at least 270)",
    )
    p.add_argument(
        "--signups",
        type=_positive,
        default=None,
        metavar="N",
        help="about this many sign-ups in all (default: shifts filled to capacity)",
    )
    p.add_argument("--seed", type=int, default=17, help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    app = Application.open(args.db)
    db = app.db
    from groupdesk.commands._say import say, set_language

    set_language(getattr(args, "lang", None), app.rules.language)
    try:
        started = time.perf_counter()
        try:
            summary = generate_demo(
                db,
                members=args.members,
                shifts=args.shifts,
                signups=args.signups,
                seed=args.seed,
            )
        except DemoRefused as err:
            sys.stderr.write(f"groupdesk: error: {db.location.display()}: {err}\n")
            return 1
        took = time.perf_counter() - started
        where = db.location.display()
        print(say("demo.done", where=where, summary=str(summary), seconds=round(took, 2)))
        return 0
    finally:
        app.close()
