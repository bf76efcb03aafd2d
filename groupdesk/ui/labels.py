"""Words people see for values the database stores as codes, and dates as people read them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def member_status(code: str) -> str:
    return {
        "active": _tr("Active"),
        "inactive": _tr("Inactive"),
        "lapsed": _tr("Lapsed"),
        "left": _tr("Left"),
    }.get(code, code)


def location_text(text: str) -> str:
    """A path with the home folder shortened to ~, as file managers show it."""
    home = str(Path.home())
    if text == home or text.startswith(home + os.sep):
        return "~" + text[len(home) :]
    return text


def date_text(value: dt.date | None) -> str:
    """Day first with the month as a word: unambiguous for Indonesian and English readers."""
    return value.strftime("%d %b %Y") if value else ""
