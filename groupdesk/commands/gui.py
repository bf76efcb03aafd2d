"""``groupdesk gui`` (the default): open the main window."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("gui", help="open the GroupDesk window (the default)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Qt is imported only here, so every other command works without a display.
    from groupdesk.ui.app import run_gui

    return run_gui(args.db)
