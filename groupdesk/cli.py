"""The ``groupdesk`` command: one parser, one module per subcommand in ``groupdesk.commands``.

Every mistake a user can make ends in one line on stderr and a non-zero exit (2 for usage,
1 for anything else). A bug in GroupDesk ends the same way, with the traceback in the log
file instead of on the screen: :func:`main` is the one error boundary of the command line.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from groupdesk import __version__
from groupdesk.commands import (
    backup,
    check,
    demo,
    dues,
    export,
    gui,
    import_,
    install_desktop_entry,
    restore,
)
from groupdesk.commands._say import say, set_language
from groupdesk.commands._usage import UsageError
from groupdesk.core.database import DatabaseError
from groupdesk.core.errors import StaleEditError, ValidationError
from groupdesk.core.messages.languages import (
    PSEUDO_LANGUAGE,
    SUPPORTED_LANGUAGES,
    normalise_language,
)
from groupdesk.core.messages.os_errors import os_reason
from groupdesk.core.messages.refusal import Refusal
from groupdesk.core.paths import DB_ENV_VAR

log = logging.getLogger("groupdesk.cli")

# Each module has ``register(subparsers)``, which sets ``func(args) -> int`` as a default.
# Imported by name (not looked up by string) so that a bundler sees every subcommand.
COMMAND_MODULES = (
    gui,
    demo,
    import_,
    export,
    backup,
    restore,
    check,
    install_desktop_entry,
    dues,
)

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def _language_option(value: str) -> str:
    code = normalise_language(value, default="")
    # the pseudo-language is accepted too, unlisted: it shows English that escaped translation
    if code not in (*SUPPORTED_LANGUAGES, PSEUDO_LANGUAGE):
        raise argparse.ArgumentTypeError(say("cli.bad_language", value=value))
    return code


def _early_language(argv: Sequence[str]) -> str | None:
    """``--lang`` read before parsing, so that the parser's own errors follow it."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        line = say("cli.usage_error", detail=message)
        sys.stderr.write(" ".join(line.split()) + "\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="groupdesk",
        description=say("help.main.about"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"GroupDesk {__version__}",
        help=say("help.main.version"),
    )
    parser.add_argument(
        "--lang",
        metavar="id|en",
        type=_language_option,
        default=argparse.SUPPRESS,
        help=say("help.main.lang"),
    )
    parser.add_argument(
        "--db",
        metavar="URL|PATH",
        help=say("help.main.db", variable=DB_ENV_VAR),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def _known_errors() -> tuple[type[BaseException], ...]:
    """Errors that say what the user can do about them: their message is the whole story."""
    from groupdesk.core.demo import DemoRefused
    from groupdesk.core.export.table import ExportCancelled
    from groupdesk.core.importing.base import ImportCancelled
    from groupdesk.core.importing.runner import ImportUndoError
    from groupdesk.core.reports.filters import FilterError
    from groupdesk.core.spreadsheet.errors import SpreadsheetError

    return (
        DatabaseError,
        StaleEditError,
        ValidationError,
        DemoRefused,
        ExportCancelled,
        ImportCancelled,
        ImportUndoError,
        FilterError,
        SpreadsheetError,
    )


def main(argv: Sequence[str] | None = None) -> int:
    from groupdesk.core.logs import configure_logging

    given = list(argv if argv is not None else sys.argv[1:])
    early = _early_language(given)
    set_language(early if early and normalise_language(early, default="") else None)
    parser = build_parser()
    args = parser.parse_args(argv)
    set_language(getattr(args, "lang", None))
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    # Warnings and tracebacks go to the log file, never between a command's own lines.
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    log_file = configure_logging()
    try:
        return _run(args, log_file)
    finally:
        # Called again in the same process (tests, scripts): no second handler is left behind.
        for handler in root.handlers[:]:
            if handler not in handlers_before:
                root.removeHandler(handler)
                handler.close()


def _run(args: argparse.Namespace, log_file: Path | None) -> int:
    """Run the command; every failure becomes one line on stderr and a non-zero status."""
    try:
        return int(args.func(args))
    except UsageError as err:
        _fail(str(err))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _fail(say("cli.interrupted"))
        return 130
    except Exception as err:
        if isinstance(err, Refusal):
            _fail(say(err.message))
        elif isinstance(err, _known_errors()):
            _fail(str(err))
        elif isinstance(err, OSError):
            where = f"{err.filename}: " if err.filename else ""
            _fail(f"{where}{say(os_reason(err))}")
        else:
            log.error("unexpected error in 'groupdesk %s'", args.command, exc_info=err)
            detail = f"{type(err).__name__}: {err}"
            if log_file:
                _fail(say("cli.unexpected_logged", detail=detail, log_file=str(log_file)))
            else:
                _fail(say("cli.unexpected", detail=detail))
        return EXIT_FAILURE


def _fail(message: str) -> None:
    # Exactly one line, whatever the message holds (a driver's hint, a pasted name).
    sys.stderr.write(" ".join(say("cli.error", detail=message).split()) + "\n")


if __name__ == "__main__":
    raise SystemExit(main())
