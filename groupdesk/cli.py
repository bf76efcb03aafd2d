"""The ``groupdesk`` command: one parser, one module per subcommand in ``groupdesk.commands``.

Every mistake a user can make ends in one line on stderr and a non-zero exit (2 for usage,
1 for anything else); a traceback means a bug in GroupDesk.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from groupdesk import __version__
from groupdesk.core.database import DatabaseError
from groupdesk.core.paths import DB_ENV_VAR

# Each module has ``register(subparsers)``, which sets ``func(args) -> int`` as a default.
COMMAND_MODULES = ("gui", "demo", "import_", "export", "backup", "restore", "check")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A command line that cannot be carried out as written (exit status 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see '{self.prog} --help')\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="groupdesk",
        description="GroupDesk: member rosters, professions, volunteer shifts and challenges "
        "for small organisations.",
    )
    parser.add_argument("--version", action="version", version=f"GroupDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL|PATH",
        help=f"database file or SQLAlchemy URL (default: ${DB_ENV_VAR}, else a file in your "
        "data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"groupdesk.commands.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    try:
        return int(args.func(args))
    except UsageError as err:
        _fail(str(err))
        return EXIT_USAGE
    except DatabaseError as err:
        _fail(str(err))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130


def _fail(message: str) -> None:
    sys.stderr.write(f"groupdesk: error: {message}\n")


if __name__ == "__main__":
    raise SystemExit(main())
