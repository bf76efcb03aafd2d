"""``groupdesk dues charge --period 2026-12 [--dry-run]``: charge a month's dues to every member
due, once however often it is run; ``groupdesk dues close --period``: close a period."""

from __future__ import annotations

import argparse
import sys

from groupdesk.commands._reminders import run_remind
from groupdesk.commands._say import say, set_language
from groupdesk.core.application import Application
from groupdesk.core.errors import ValidationError
from groupdesk.core.messages import catalogue


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "dues",
        help=say("help.dues"),
        description=say("help.dues.about"),
    )
    sub = p.add_subparsers(dest="dues_command", required=True, metavar="ACTION")
    charge = sub.add_parser("charge", help=say("help.dues.charge"))
    charge.add_argument(
        "--period", required=True, metavar="YYYY-MM", help=say("help.dues.charge.period")
    )
    charge.add_argument("--dry-run", action="store_true", help=say("help.dues.charge.dry_run"))
    charge.set_defaults(func=run_charge)
    close = sub.add_parser("close", help=say("help.dues.close"))
    close.add_argument("--period", required=True, metavar="YYYY-MM")
    close.set_defaults(func=run_close)
    remind = sub.add_parser("remind", help=say("help.dues.remind"))
    remind.add_argument("out", metavar="OUT.pdf", help=say("help.dues.remind.out"))
    remind.add_argument("--due-within", metavar="N", help=say("help.dues.remind.due_within"))
    remind.set_defaults(func=run_remind)


def run_charge(args: argparse.Namespace) -> int:
    app = Application.open(args.db, create=False)
    say = catalogue(set_language(getattr(args, "lang", None), app.rules.language))
    try:
        run = app.dues.charge_period(args.period, dry_run=args.dry_run)
    except ValidationError as err:
        sys.stderr.write(say.text("cli.error", detail=say.text(err.message)) + "\n")
        return 1
    finally:
        app.close()
    code = "dues.would_charge" if run.dry_run else "dues.charged"
    line = say.text(code, period=run.period, count=run.count, total=run.total)
    if run.entry_fees:
        line = say.text("dues.entry_fees", text=line, count=run.entry_fees)
    print(line)
    return 0


def run_close(args: argparse.Namespace) -> int:
    app = Application.open(args.db, create=False)
    say = catalogue(set_language(getattr(args, "lang", None), app.rules.language))
    try:
        app.dues.close_period(args.period)
    except ValidationError as err:
        sys.stderr.write(say.text("cli.error", detail=say.text(err.message)) + "\n")
        return 1
    finally:
        app.close()
    print(args.period)
    return 0
