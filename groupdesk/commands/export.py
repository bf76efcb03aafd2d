"""``groupdesk export REPORT OUT``: write a report as .xlsx, .csv, .ics or .pdf."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from groupdesk.commands import _receipts
from groupdesk.commands._say import say, set_language
from groupdesk.commands._usage import UsageError
from groupdesk.core.application import Application
from groupdesk.core.database.location import parse_location
from groupdesk.core.files import OutputRefused, Protected, check_output_path
from groupdesk.core.messages.os_errors import os_reason
from groupdesk.core.messages.texts.reports import TITLES
from groupdesk.core.paths import default_database
from groupdesk.core.reports import (
    REPORTS,
    FilterError,
    ReportFilters,
    format_of,
    get,
    parse_date,
)
from groupdesk.core.reports.defaults import empty_report
from groupdesk.core.reports.run import check_format


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "export",
        help=say("help.export"),
        description=say("help.export.about"),
    )
    p.add_argument(
        "report",
        metavar="REPORT",
        help=say("help.export.report", reports=", ".join([*REPORTS, _receipts.NAME])),
    )
    p.add_argument("out", metavar="OUT", help=say("help.export.out"))
    p.add_argument("--project", metavar="NAME", help=say("help.export.project"))
    p.add_argument("--from", dest="date_from", metavar="DATE", help=say("help.export.from"))
    p.add_argument("--to", dest="date_to", metavar="DATE", help=say("help.export.to"))
    p.add_argument("--status", metavar="S", help=say("help.export.status"))
    p.add_argument("--shift", metavar="ID", help=say("help.export.shift"))
    p.add_argument("--member", metavar="NUMBER", help=say("help.export.member"))
    p.add_argument("--alarm", action="store_true", help=say("help.export.alarm"))
    p.add_argument("--payment", metavar="ID", help=say("help.export.payment"))
    p.set_defaults(func=run)


def _filters(args: argparse.Namespace) -> ReportFilters:
    shift_id = None
    if args.shift is not None:
        try:
            shift_id = int(args.shift)
        except ValueError:
            raise FilterError("export.shift_not_number", value=args.shift) from None
        if not 0 < shift_id < 2**63:  # beyond what a database id can be
            raise FilterError("export.no_such_shift", shift=str(shift_id))
    return ReportFilters(
        project=args.project,
        date_from=parse_date(args.date_from) if args.date_from else None,
        date_to=parse_date(args.date_to) if args.date_to else None,
        status=args.status,
        shift_id=shift_id,
        member=args.member,
        alarm_day_before=args.alarm,
    )


def run(args: argparse.Namespace) -> int:
    if args.report == _receipts.NAME:
        return _receipts.run_receipts(args)
    if args.payment is not None:
        raise UsageError(say("receipts.payment_only"))
    out = Path(args.out)
    try:
        definition = get(args.report)
        fmt = format_of(out)
        check_format(definition, fmt)
        # a member's shifts as a calendar, or a member's credential sheet
        if args.member and fmt != "ics" and definition.key != "credentials":
            raise FilterError("export.calendar_only", option="--member")
        if args.alarm and fmt != "ics":
            raise FilterError("export.calendar_only", option="--alarm")
        filters = _filters(args)
    except FilterError as err:
        raise UsageError(say(err.message)) from None
    try:
        check_output_path(
            out, Protected(database=parse_location(args.db or default_database()).path)
        )
    except OutputRefused as err:
        raise UsageError(say(err.message)) from None
    pdf_writer = _write_pdf if fmt == "pdf" else None
    # Exporting only reads: it works while GroupDesk has the file open for changes.
    app = Application.open(args.db, create=False, read_only=True)
    # The one place the report's language is settled: --lang, else the organisation's.
    language = set_language(getattr(args, "lang", None), app.rules.language)
    try:
        try:  # again, now that the database's backup folder is known
            check_output_path(out, app.reports.protected())
        except OutputRefused as err:
            raise UsageError(say(err.message)) from None
        started = time.perf_counter()
        try:
            if app.reports.count(definition.key, filters, fmt) == 0:
                reason = empty_report(definition.key, filters).message
                line = say("export.empty", reason=say(reason).rstrip("."))
                sys.stderr.write(say("cli.error", detail=line) + "\n")
                return 1
            result = app.reports.export(
                definition.key, filters, out, pdf_writer=pdf_writer, language=language
            )
        except FilterError as err:
            raise UsageError(say(err.message)) from None
        except OSError as err:
            line = say("export.not_written", path=str(out), detail=say(os_reason(err)))
            sys.stderr.write(say("cli.error", detail=line) + "\n")
            return 1
        took = time.perf_counter() - started
    finally:
        app.close()
    code = "export.done_events" if fmt == "ics" else "export.done_rows"
    # the report's name in the language of the line ("jadwal giliran", "shift schedule")
    title_code = TITLES.get(definition.key)
    title = (say(title_code) if title_code else definition.title).lower()
    print(say(code, title=title, count=result.rows, path=str(out), seconds=round(took, 2)))
    if result.cut_cells:
        print(say("export.cut_cells", count=result.cut_cells, limit=32767))
    return 0


def _write_pdf(*args):
    """Qt's PDF printing, loaded only once the report is known to be valid; off screen when
    there is no display to talk to."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        # Kept on the function so it lives as long as the export.
        _write_pdf.app = QGuiApplication(sys.argv[:1])
    from groupdesk.printing.pdf_report import write_pdf

    return write_pdf(*args)
