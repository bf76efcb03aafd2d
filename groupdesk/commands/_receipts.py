"""``groupdesk export receipts OUT.pdf [--from DATE --to DATE | --payment ID]``: the receipts
(kwitansi) of a period's payments, or a reprint of one, in one PDF.

Like the other exports it only reads (it works while the window has the file open), checks
the output path before anything is written, says one summary line in the organisation's
language (or ``--lang``), and ends a mistake with one line on stderr: exit 2 for a command
line that cannot be carried out as written (an unknown payment, a bad date, a path that
would overwrite the database), 1 when there is nothing to print.
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
from groupdesk.core.dues.receipts import (
    Receipt,
    ReceiptRefused,
    organisation_name,
    parse_payment,
    receipt_for,
    receipts_between,
)
from groupdesk.core.files import OutputRefused, Protected, check_output_path
from groupdesk.core.messages import Refusal
from groupdesk.core.messages.os_errors import os_reason
from groupdesk.core.paths import default_database
from groupdesk.core.reports import FilterError, parse_date

NAME = "receipts"
# The other exports' options, which say nothing about receipts
_NOT_FOR_RECEIPTS = ("project", "status", "shift", "member", "alarm")


def run_receipts(args: argparse.Namespace) -> int:
    out = Path(args.out)
    try:
        check_output_path(
            out, Protected(database=parse_location(args.db or default_database()).path)
        )
    except OutputRefused as err:
        raise UsageError(say(err.message)) from None
    app = Application.open(args.db, create=False, read_only=True)
    # From here on every line is in the organisation's language (or --lang's).
    language = set_language(getattr(args, "lang", None), app.rules.language)
    try:
        try:  # the path again, now that the database's backup folder is known
            payment, start, end = _choice(args, out)
            check_output_path(out, app.reports.protected())
        except Refusal as err:
            raise UsageError(say(err.message)) from None
        started = time.perf_counter()
        try:
            if payment is not None:
                receipts = [receipt_for(app.db, payment)]
            else:
                receipts = receipts_between(app.db, start, end)
        except ReceiptRefused as err:
            if payment is not None:
                raise UsageError(say(err.message)) from None
            line = say("export.empty", reason=say(err.message).rstrip("."))
            sys.stderr.write(say("cli.error", detail=line) + "\n")
            return 1
        organisation = organisation_name(app.db)
    finally:
        app.close()
    try:
        written = _write(receipts, organisation, out, language)
    except OSError as err:
        line = say("export.not_written", path=str(out), detail=say(os_reason(err)))
        sys.stderr.write(say("cli.error", detail=line) + "\n")
        return 1
    took = time.perf_counter() - started
    print(say("receipts.exported", count=written, path=str(out), seconds=round(took, 2)))
    return 0


def _choice(
    args: argparse.Namespace, out: Path
) -> tuple[int | str | None, dt.date | None, dt.date | None]:
    """The payment or the period asked for, refused when the command line mixes them."""
    if out.suffix.lower() != ".pdf":
        raise ReceiptRefused("receipts.only_pdf", suffix=out.suffix or out.name)
    for option in _NOT_FOR_RECEIPTS:
        if getattr(args, option, None):
            raise ReceiptRefused("receipts.option_not_for_receipts", option=f"--{option}")
    if args.payment is not None:
        if args.date_from or args.date_to:
            raise ReceiptRefused("receipts.payment_alone")
        return parse_payment(args.payment), None, None
    start = parse_date(args.date_from) if args.date_from else None
    end = parse_date(args.date_to) if args.date_to else None
    if start and end and end < start:
        raise FilterError("filter.period_backwards", start=start, end=end)
    return None, start, end


def _write(receipts: list[Receipt], organisation: str, out: Path, language: str) -> int:
    """Qt's PDF writer, loaded only once there is something to print; off screen when there
    is no display to talk to."""
    from groupdesk.commands._printing import ready_to_print

    ready_to_print()
    from groupdesk.printing.receipts_pdf import write_receipts_pdf

    return write_receipts_pdf(receipts, organisation, out, language)
