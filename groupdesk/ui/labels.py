"""Words people see for values the database stores as codes, and dates as people read them."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def member_status(code: str) -> str:
    return {
        "active": QCoreApplication.translate("Labels", "Active"),
        "inactive": QCoreApplication.translate("Labels", "Inactive"),
        "lapsed": QCoreApplication.translate("Labels", "Lapsed"),
        "left": QCoreApplication.translate("Labels", "Left"),
    }.get(code, code)


def location_text(text: str) -> str:
    """A path with the home folder shortened to ~, as file managers show it."""
    home = str(Path.home())
    if text == home or text.startswith(home + os.sep):
        return "~" + text[len(home) :]
    return text


def audit_action(code: str) -> str:
    return {
        "create": QCoreApplication.translate("Labels", "Created"),
        "update": QCoreApplication.translate("Labels", "Changed"),
        "delete": QCoreApplication.translate("Labels", "Moved to trash"),
        "restore": QCoreApplication.translate("Labels", "Restored"),
        "merge": QCoreApplication.translate("Labels", "Merged"),
        "anonymise": QCoreApplication.translate("Labels", "Anonymised"),
        "import": QCoreApplication.translate("Labels", "Imported"),
    }.get(code, code)


def date_text(value: dt.date | None) -> str:
    """Day first with the month as a word: unambiguous for Indonesian and English readers."""
    return value.strftime("%d %b %Y") if value else ""


def challenge_status(code: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Open"),
        "mitigating": QCoreApplication.translate("Labels", "Being mitigated"),
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
    }.get(code, code)


def severity(code: str) -> str:
    return {
        "low": QCoreApplication.translate("Labels", "Low"),
        "medium": QCoreApplication.translate("Labels", "Medium"),
        "high": QCoreApplication.translate("Labels", "High"),
        "critical": QCoreApplication.translate("Labels", "Critical"),
    }.get(code, code)


def challenge_group(code: str) -> str:
    return {
        "occupational": QCoreApplication.translate("Labels", "Occupational groups"),
        "volunteer": QCoreApplication.translate("Labels", "Volunteers"),
        "general": QCoreApplication.translate("Labels", "General"),
    }.get(code, code)


def datetime_text(value: dt.datetime | None) -> str:
    return value.strftime("%a %d %b %Y %H:%M") if value else ""
