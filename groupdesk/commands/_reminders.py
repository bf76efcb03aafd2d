"""``groupdesk dues remind OUT.pdf [--due-within N]``: reminder letters for every member in
arrears (and, with ``--due-within``, whose dues fall due within N days), one page each in
the organisation's language, and each member printed recorded as reminded by letter.

The path is checked before anything is read; the letters are written first and the members
recorded only once the file is complete, so a failed write records nobody. Nobody to remind
is one line on stderr and exit 1; a command line that cannot be carried out, exit 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

from groupdesk.commands._say import say, set_language
from groupdesk.commands._usage import UsageError
from groupdesk.core.application import Application
from groupdesk.core.database.location import parse_location
from groupdesk.core.dues.reminders import (
    ReminderItem,
    mark_reminded,
    organisation,
    reminder_list,
)
from groupdesk.core.files import OutputRefused, Protected, check_output_path
from groupdesk.core.org_rules import org_now
from groupdesk.core.paths import default_database

MAX_DAYS = 366


def run_remind(args: argparse.Namespace) -> int:
    out = Path(args.out)
    try:
        check_output_path(
            out, Protected(database=parse_location(args.db or default_database()).path)
        )
    except OutputRefused as err:
        raise UsageError(say(err.message)) from None
    app = Application.open(args.db, create=False)
    language = set_language(getattr(args, "lang", None), app.rules.language)
    try:
        days = _days(args.due_within)
        if out.suffix.lower() != ".pdf":
            raise UsageError(say("reminders.only_pdf", suffix=out.suffix or out.name))
        try:  # again, now that the database's backup folder is known
            check_output_path(out, app.reports.protected())
        except OutputRefused as err:
            raise UsageError(say(err.message)) from None
        started = time.perf_counter()
        today = org_now(app.rules.time_zone).date()
        items = reminder_list(app.db, today, days)
        if not items:
            sys.stderr.write(say("cli.error", detail=say("reminders.none", count=days)) + "\n")
            return 1
        sender = organisation(app.db)
        try:
            written = _write(items, sender.name, sender.contact, today, out, language)
        except OSError as err:
            line = say("export.not_written", path=str(out), detail=str(err.strerror or err))
            sys.stderr.write(say("cli.error", detail=line) + "\n")
            return 1
        mark_reminded(app.db, [item.id for item in items], "letter")
        took = time.perf_counter() - started
    finally:
        app.close()
    print(say("reminders.printed", count=written, path=str(out), seconds=round(took, 2)))
    return 0


def _days(text: str | None) -> int:
    if text is None:
        return 0
    cleaned = text.strip()
    if not cleaned.isdigit() or int(cleaned) > MAX_DAYS:
        raise UsageError(say("reminders.days_invalid", text=text))
    return int(cleaned)


def _write(
    items: list[ReminderItem],
    name: str,
    contact: str | None,
    today: dt.date,
    out: Path,
    language: str,
) -> int:
    """Qt's PDF writer, loaded only once there is something to print; off screen when there
    is no display to talk to."""
    from groupdesk.commands._printing import ready_to_print

    ready_to_print()
    from groupdesk.printing.reminder_letters import write_reminder_letters

    return write_reminder_letters(items, name, contact, today, out, language)
