"""Words people see for values the database stores as codes, and dates as people read them."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

# How counts are written: 1,234 in English, 1.234 in Indonesian (where 1,234 reads as a
# fraction). Set with the GUI's language; English until then.
_number_locale = QLocale(QLocale.Language.English)


def use_number_locale(locale: QLocale) -> None:
    global _number_locale
    # a system without a language set (the "C" locale) writes no separators at all
    english = locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)
    _number_locale = QLocale(QLocale.Language.English) if english else QLocale(locale)


def number_text(value: int) -> str:
    """A count as the GUI's language writes it, with its own thousands separator."""
    return _number_locale.toString(value)


def counted(text: str, n: int) -> str:
    """A text translated with ``%n`` (``tr(source, "", n)``), its count written as
    :func:`number_text` writes it: Qt's ``%n`` leaves out the thousands separator."""
    plain, grouped = str(n), number_text(n)
    if plain == grouped:
        return text
    return re.sub(rf"(?<!\d){plain}(?!\d)", grouped, text, count=1)


def decimal_text(value: float, decimals: int = 2) -> str:
    """A number with ``decimals`` places as the GUI's language writes it (3.50 / 3,50)."""
    return _number_locale.toString(float(value), "f", decimals)


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


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")


def history_value(value: object) -> str:
    """An old or new value of the change history (typed as it was recorded) as people read
    it: Yes/No for a ticked box, dates day first, numbers as the GUI's language writes them,
    lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Labels", "Yes")
            if value
            else QCoreApplication.translate("Labels", "No")
        )
    if isinstance(value, int):
        return number_text(value)
    if isinstance(value, float):
        return _number_locale.toString(value, "g", 12)
    if isinstance(value, list):
        return ", ".join(history_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(
            f"{k}: {history_value(v)}" for k, v in value.items() if v not in (None, "", [])
        )
    text = str(value)
    try:
        if _ISO_DATE.fullmatch(text):
            return date_text(dt.date.fromisoformat(text))
        if _ISO_DATETIME.fullmatch(text):
            return format_date(dt.datetime.fromisoformat(text), "%d %b %Y %H:%M")
    except ValueError:
        pass
    return text


def history_user(name: str) -> str:
    """Who made a change; "unknown" for changes recorded before GroupDesk kept the user."""
    if name == "unknown":
        return QCoreApplication.translate("Labels", "unknown", "who made a change")
    return name


# Month and weekday names come from the translation, not from the C library's locale, so
# dates follow the language of the GUI whatever LC_TIME says.
def _month_abbreviations() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Labels", "Jan", "month, abbreviated"),
        QCoreApplication.translate("Labels", "Feb", "month, abbreviated"),
        QCoreApplication.translate("Labels", "Mar", "month, abbreviated"),
        QCoreApplication.translate("Labels", "Apr", "month, abbreviated"),
        QCoreApplication.translate("Labels", "May", "month, abbreviated"),
        QCoreApplication.translate("Labels", "Jun", "month, abbreviated"),
        QCoreApplication.translate("Labels", "Jul", "month, abbreviated"),
        QCoreApplication.translate("Labels", "Aug", "month, abbreviated"),
        QCoreApplication.translate("Labels", "Sep", "month, abbreviated"),
        QCoreApplication.translate("Labels", "Oct", "month, abbreviated"),
        QCoreApplication.translate("Labels", "Nov", "month, abbreviated"),
        QCoreApplication.translate("Labels", "Dec", "month, abbreviated"),
    )


def _month_names() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Labels", "January", "month"),
        QCoreApplication.translate("Labels", "February", "month"),
        QCoreApplication.translate("Labels", "March", "month"),
        QCoreApplication.translate("Labels", "April", "month"),
        QCoreApplication.translate("Labels", "May", "month"),
        QCoreApplication.translate("Labels", "June", "month"),
        QCoreApplication.translate("Labels", "July", "month"),
        QCoreApplication.translate("Labels", "August", "month"),
        QCoreApplication.translate("Labels", "September", "month"),
        QCoreApplication.translate("Labels", "October", "month"),
        QCoreApplication.translate("Labels", "November", "month"),
        QCoreApplication.translate("Labels", "December", "month"),
    )


def _weekday_abbreviations() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Labels", "Mon", "weekday, abbreviated"),
        QCoreApplication.translate("Labels", "Tue", "weekday, abbreviated"),
        QCoreApplication.translate("Labels", "Wed", "weekday, abbreviated"),
        QCoreApplication.translate("Labels", "Thu", "weekday, abbreviated"),
        QCoreApplication.translate("Labels", "Fri", "weekday, abbreviated"),
        QCoreApplication.translate("Labels", "Sat", "weekday, abbreviated"),
        QCoreApplication.translate("Labels", "Sun", "weekday, abbreviated"),
    )


def month_abbreviation(value: dt.date) -> str:
    return _month_abbreviations()[value.month - 1]


def format_date(value: dt.date, pattern: str) -> str:
    """``value.strftime(pattern)`` with the names of %a (weekday), %b and %B (month) in the
    GUI's language."""
    pattern = (
        pattern.replace("%a", _weekday_abbreviations()[value.weekday()])
        .replace("%b", month_abbreviation(value))
        .replace("%B", _month_names()[value.month - 1])
    )
    return value.strftime(pattern)


def month_year_text(value: dt.date, *, full: bool = False) -> str:
    """The month and year of ``value``: "Mar 2025", or "March 2025" when ``full``."""
    return format_date(value, "%B %Y" if full else "%b %Y")


def date_text(value: dt.date | None) -> str:
    """Day first with the month as a word: unambiguous for Indonesian and English readers."""
    return format_date(value, "%d %b %Y") if value else ""


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
    return format_date(value, "%a %d %b %Y %H:%M") if value else ""
