"""``groupdesk demo``: fill a new database with a demo association."""

from __future__ import annotations

import argparse
import sys
import time

from groupdesk.commands._say import say
from groupdesk.core.application import Application
from groupdesk.core.demo import DemoRefused, generate_demo


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("demo.not_whole_number", text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(say("demo.at_least_one", value=value))
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "demo",
        help=say("help.demo"),
        description=say("help.demo.about"),
    )
    p.add_argument(
        "--members",
        type=_positive,
        default=300,
        metavar="N",
        help=say("help.demo.members"),
    )
    p.add_argument(
        "--shifts",
        type=_positive,
        default=None,
        metavar="N",
        help=say("help.demo.shifts"),
    )
    p.add_argument(
        "--signups",
        type=_positive,
        default=None,
        metavar="N",
        help=say("help.demo.signups"),
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
            detail = f"{db.location.display()}: {say(err.message)}"
            sys.stderr.write(say("cli.error", detail=detail) + "\n")
            return 1
        took = time.perf_counter() - started
        where = db.location.display()
        print(say("demo.done", where=where, summary=summary.message(), seconds=round(took, 2)))
        return 0
    finally:
        app.close()
