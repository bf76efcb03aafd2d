"""``groupdesk gui`` (the default): open the main window."""

from __future__ import annotations

import argparse

from groupdesk.commands._say import say


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("gui", help=say("help.gui"))
    # Opens the window, prints what a packaged GroupDesk may have lost (icons, translation,
    # time zones, help) and closes: the bundle's build check. Not for users: not in --help.
    p.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported only here, so every other command works without a display.
    from groupdesk.ui.app import run_gui

    return run_gui(args.db, self_test=getattr(args, "self_test", False))
