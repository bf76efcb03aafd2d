"""``groupdesk import KIND FILE``: members, projects, shifts, sign-ups, challenges or dues
payments from a spreadsheet, all or nothing.

Prints one summary line. Rejected rows without --skip-invalid mean nothing is written and
exit status 1 (with the error report written if asked); a file that cannot be read is one
line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import stat
import sys
from pathlib import Path

from groupdesk.commands._say import say
from groupdesk.commands._usage import UsageError
from groupdesk.core.importing.plan import KINDS, POLICIES
from groupdesk.core.messages import Message, Refusal
from groupdesk.core.messages.os_errors import os_reason


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help=say("help.import"),
        description=say("help.import.about"),
    )
    p.add_argument(
        "kind", choices=KINDS, metavar="KIND", help=say("help.import.kind", kinds=", ".join(KINDS))
    )
    p.add_argument("file", metavar="FILE", help=say("help.import.file"))
    p.add_argument("--sheet", metavar="NAME", help=say("help.import.sheet"))
    p.add_argument(
        "--mapping",
        metavar="TEMPLATE",
        help=say("help.import.mapping"),
    )
    p.add_argument(
        "--on-duplicate",
        choices=POLICIES,
        default="skip",
        help=say("help.import.on_duplicate"),
    )
    p.add_argument("--dry-run", action="store_true", help=say("help.import.dry_run"))
    p.add_argument("--skip-invalid", action="store_true", help=say("help.import.skip_invalid"))
    p.add_argument(
        "--errors",
        metavar="REPORT.xlsx",
        help=say("help.import.errors"),
    )
    p.set_defaults(func=run)


def _mapping(db, spec: str, kind: str, headers: list[str]) -> dict[int, str]:
    from groupdesk.core.importing.fields import repeated_fields
    from groupdesk.core.importing.templates import Template, get_template

    template = get_template(db, spec)
    if template is None:
        path = Path(spec)
        if not path.is_file():
            raise UsageError(say("import.mapping_missing", spec=spec))
        try:
            fields = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(fields, dict):
                raise ValueError("not an object")
        except (ValueError, OSError):
            raise UsageError(say("import.mapping_not_object", spec=spec)) from None
        from groupdesk.core.spreadsheet.mapping import normalise_header

        repeated = repeated_fields(str(v) for v in fields.values())
        if repeated:
            raise UsageError(say("import.mapping_repeated", fields=", ".join(repeated)))
        template = Template(
            0, spec, kind, "", {normalise_header(k): str(v) for k, v in fields.items()}
        )
    elif template.kind != kind:
        raise UsageError(
            say("import.mapping_other_kind", spec=spec, template_kind=template.kind, kind=kind)
        )
    return template.mapping_for(headers)


def _what_it_is(path: Path) -> Message:
    """Why ``path`` cannot be read as a file (missing, or no regular file)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return Message("files.no_such_file")
    except OSError as err:
        return Message("files.unreachable", {"detail": os_reason(err)})
    if stat.S_ISDIR(mode):
        return Message("files.is_folder")
    if stat.S_ISFIFO(mode):
        return Message("files.is_pipe")
    if stat.S_ISSOCK(mode):
        return Message("files.is_socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message("files.is_device")
    return Message("files.not_regular")


def _check_report_path(args: argparse.Namespace, path: Path, db=None) -> None:
    """``--errors`` is checked before anything is read or written (and again once the
    database, with its backup folder, is open)."""
    from groupdesk.core.database.location import parse_location
    from groupdesk.core.files import OutputRefused, Protected, check_output_path
    from groupdesk.core.importing.error_report import ReportFormatError, report_format
    from groupdesk.core.paths import default_database

    if not args.errors:
        return
    if db is None:
        location = parse_location(args.db or default_database())
        protected = Protected(database=location.path, inputs=(path,))
    else:
        protected = Protected.of(db, inputs=(path,))
    try:
        check_output_path(args.errors, protected)
        report_format(args.errors)
    except (OutputRefused, ReportFormatError) as err:
        raise UsageError(say("import.errors_refused", reason=err.message)) from None


def run(args: argparse.Namespace) -> int:
    from groupdesk.core.spreadsheet.cells import gc_paused

    path = Path(args.file)
    if not path.is_file():
        raise UsageError(say("files.located", path=args.file, reason=_what_it_is(path)))
    _check_report_path(args, path)
    # The rows read, checked and written make millions of small objects, none in cycles; the
    # collector would otherwise walk them all again between reading, checking and writing.
    with gc_paused():
        return _run(args, path)


def _run(args: argparse.Namespace, path: Path) -> int:
    from groupdesk.commands._usage import UsageError
    from groupdesk.core.application import Application
    from groupdesk.core.importing import ImportPlan, load_source, prepare
    from groupdesk.core.spreadsheet import SpreadsheetError

    try:
        table = load_source(path, args.sheet)
    except SpreadsheetError as err:
        from groupdesk.commands._say import say

        raise UsageError(f"{path.name}: {say(err.message)}") from None
    except OSError as err:
        raise UsageError(say("files.located", path=path.name, reason=os_reason(err))) from None
    app = Application.open(args.db)
    db = app.db
    from groupdesk.commands._say import set_language

    # Without --lang, the organisation's own language is the one its lines are written in.
    set_language(getattr(args, "lang", None), app.rules.language)
    try:
        _check_report_path(args, path, db)
        mapping = _mapping(db, args.mapping, args.kind, table.headers) if args.mapping else None
        plan = ImportPlan(
            args.kind,
            path,
            sheet=table.sheet,
            header_row=table.header.row,
            mapping=mapping,
            policy=args.on_duplicate,
            skip_invalid=args.skip_invalid,
        )
        try:
            prepared = prepare(db, plan, table)
        except ValueError as err:
            said = say(err.message) if isinstance(err, Refusal) else str(err)
            raise UsageError(said) from None
        return _write(args, db, prepared)
    finally:
        app.close()


def _write(args: argparse.Namespace, db, prepared) -> int:
    """Carry the import out and tell what happened, also when Ctrl+C comes after the commit."""
    from groupdesk.core.importing import execute
    from groupdesk.core.importing.runner import last_batch

    before = last_batch(db)
    try:
        summary = execute(db, prepared, dry_run=args.dry_run)
        from groupdesk.commands._say import say

        line = say(summary.message())
        if args.dry_run:
            line = say("import.dry_run", summary=line)
        elif not summary.written:
            line = say("import.not_written", summary=line)  # the counts were never written
        notes = "".join(say("import.note", note=say(note)) for note in prepared.table.notes())
        print(line + notes)
        return _report(args, db, prepared, summary.written)
    except KeyboardInterrupt:
        batch = last_batch(db)
        from groupdesk.commands._say import say

        if batch == before:
            line = say("import.interrupted_nothing")
        else:
            counts = prepared.summary()
            line = say(
                "import.interrupted_saved",
                added=counts.added,
                updated=counts.updated,
                batch=batch,
            )
        sys.stderr.write(say("cli.error", detail=line) + "\n")
        return 130


def _report(args: argparse.Namespace, db, prepared, written: bool) -> int:
    from groupdesk.commands._say import language, say
    from groupdesk.core.importing.error_report import write_error_report
    from groupdesk.core.importing.fields import field_label

    rejected = prepared.rejected
    if rejected and args.errors:
        row_word = say("error_report.row")
        try:
            write_error_report(
                args.errors,
                prepared.table.headers,
                rejected,
                label=lambda name: (
                    field_label(args.kind, name, db, language()) if name != "_row" else row_word
                ),
                column_of=prepared.column_of,
                say=say,
                titles=(
                    say("error_report.sheet"),
                    say("error_report.row_in_file"),
                    say("error_report.reason"),
                ),
            )
        except OSError as err:
            code = "import.report_not_written_after" if written else "import.report_not_written"
            line = say(code, path=args.errors, detail=os_reason(err))
            sys.stderr.write(say("cli.error", detail=line) + "\n")
            return 1
    if rejected and not args.skip_invalid:
        from groupdesk.commands._say import say

        if args.errors:
            line = say("import.rejected_see", count=len(rejected), report=str(args.errors))
        else:
            line = say("import.rejected", count=len(rejected))
        sys.stderr.write(line + "\n")
        return 1
    return 0
