"""Words people see for values the database stores as codes, and dates as people read them."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from groupdesk.core.enums import (
    AuditAction,
    ChallengeGroup,
    ChallengeStatus,
    CustomFieldType,
    Education,
    Gender,
    MemberStatus,
    Severity,
)

# Numbers are written by the printing's module, so that printed reports and the window agree.
from groupdesk.printing.numbers import counted as counted
from groupdesk.printing.numbers import decimal_text as decimal_text
from groupdesk.printing.numbers import general_text as general_text
from groupdesk.printing.numbers import number_text as number_text
from groupdesk.printing.numbers import use_number_locale as use_number_locale


def label_of(labels: Mapping[Any, str], code: str) -> str:
    """The words for a stored code; an unknown code (a newer GroupDesk wrote it) as it is."""
    return labels.get(code, code)


def member_status_labels() -> dict[MemberStatus, str]:
    return {
        MemberStatus.ACTIVE: QCoreApplication.translate("Labels", "Active"),
        MemberStatus.INACTIVE: QCoreApplication.translate("Labels", "Inactive"),
        MemberStatus.LAPSED: QCoreApplication.translate("Labels", "Lapsed"),
        MemberStatus.LEFT: QCoreApplication.translate("Labels", "Left"),
    }


def member_status(code: str) -> str:
    return label_of(member_status_labels(), code)


def location_text(text: str) -> str:
    """A path with the home folder shortened to ~, as file managers show it."""
    home = str(Path.home())
    if text == home or text.startswith(home + os.sep):
        return "~" + text[len(home) :]
    return text


def audit_action_labels() -> dict[AuditAction, str]:
    return {
        AuditAction.CREATE: QCoreApplication.translate("Labels", "Created"),
        AuditAction.UPDATE: QCoreApplication.translate("Labels", "Changed"),
        AuditAction.DELETE: QCoreApplication.translate("Labels", "Moved to trash"),
        AuditAction.RESTORE: QCoreApplication.translate("Labels", "Restored"),
        AuditAction.MERGE: QCoreApplication.translate("Labels", "Merged"),
        AuditAction.ANONYMISE: QCoreApplication.translate("Labels", "Anonymised"),
        AuditAction.IMPORT: QCoreApplication.translate("Labels", "Imported"),
    }


def audit_action(code: str) -> str:
    return label_of(audit_action_labels(), code)


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
        return general_text(value)
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
            return format_date(dt.datetime.fromisoformat(text), DATE_TIME)
    except ValueError:
        pass
    return text


def history_user(name: str) -> str:
    """Who made a change; "unknown" for changes recorded before GroupDesk kept the user."""
    if name == "unknown":
        return QCoreApplication.translate("Labels", "unknown", "who made a change")
    return name


# Dates are written by the GUI's locale (set as Qt's default when the translations are
# installed): month and weekday names in the window's language ("Senin, 7 Desember"), day
# first, whatever LC_TIME says. Patterns are Qt's: d dd ddd dddd, M MM MMM MMMM, yyyy, HH:mm.
DATE = "dd MMM yyyy"
DATE_TIME = "dd MMM yyyy HH:mm"
DAY_TIME = "ddd dd MMM HH:mm"
WEEKDAY_DATE = "ddd dd MMM yyyy"
WEEKDAY_DATE_TIME = "ddd dd MMM yyyy HH:mm"


_SPOKEN = (QLocale.Language.Indonesian, QLocale.Language.English, QLocale.Language.C)


def date_locale() -> QLocale:
    """The locale the window writes dates in: the GUI's language (Qt's default locale, set
    from ``gui_locale()``). A language GroupDesk does not speak gets English, as its texts do,
    so that a German computer does not get "Dez" among English words."""
    locale = QLocale()
    if locale.language() in _SPOKEN:
        return locale
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def format_date(value: dt.date | dt.datetime, pattern: str) -> str:
    """``value`` written with Qt's date ``pattern`` in the GUI's language; a time of day as
    the clock showed it (a time zone, if any, is not converted)."""
    day = QDate(value.year, value.month, value.day)
    if isinstance(value, dt.datetime):
        moment = QDateTime(day, QTime(value.hour, value.minute, value.second))
        return date_locale().toString(moment, pattern)
    return date_locale().toString(day, pattern)


def month_abbreviation(value: dt.date) -> str:
    return date_locale().monthName(value.month, QLocale.FormatType.ShortFormat)


def month_year_text(value: dt.date, *, full: bool = False) -> str:
    """The month and year of ``value``: "Mar 2025", or "March 2025" when ``full``."""
    return format_date(value, "MMMM yyyy" if full else "MMM yyyy")


def date_text(value: dt.date | None) -> str:
    """Day first with the month as a word: unambiguous for Indonesian and English readers."""
    return format_date(value, DATE) if value else ""


def money_text(amount: int) -> str:
    """Rupiah the window's way ("Rp 150.000"; credit with a minus sign)."""
    from groupdesk.ui.common.messages import gui_catalogue

    return gui_catalogue().money(amount)


def challenge_status_labels() -> dict[ChallengeStatus, str]:
    return {
        ChallengeStatus.OPEN: QCoreApplication.translate("Labels", "Open"),
        ChallengeStatus.MITIGATING: QCoreApplication.translate("Labels", "Being mitigated"),
        ChallengeStatus.RESOLVED: QCoreApplication.translate("Labels", "Resolved"),
    }


def challenge_status(code: str) -> str:
    return label_of(challenge_status_labels(), code)


def severity_labels() -> dict[Severity, str]:
    return {
        Severity.LOW: QCoreApplication.translate("Labels", "Low"),
        Severity.MEDIUM: QCoreApplication.translate("Labels", "Medium"),
        Severity.HIGH: QCoreApplication.translate("Labels", "High"),
        Severity.CRITICAL: QCoreApplication.translate("Labels", "Critical"),
    }


def severity(code: str) -> str:
    return label_of(severity_labels(), code)


def challenge_group_labels() -> dict[ChallengeGroup, str]:
    return {
        ChallengeGroup.OCCUPATIONAL: QCoreApplication.translate("Labels", "Occupational groups"),
        ChallengeGroup.VOLUNTEER: QCoreApplication.translate("Labels", "Volunteers"),
        ChallengeGroup.GENERAL: QCoreApplication.translate("Labels", "General"),
    }


def challenge_group(code: str) -> str:
    return label_of(challenge_group_labels(), code)


def custom_field_type_labels() -> dict[CustomFieldType, str]:
    # worded for Settings, where the types are chosen (hence its translation context)
    return {
        CustomFieldType.TEXT: QCoreApplication.translate("SettingsDialog", "Text"),
        CustomFieldType.NUMBER: QCoreApplication.translate("SettingsDialog", "Number"),
        CustomFieldType.DATE: QCoreApplication.translate("SettingsDialog", "Date"),
        CustomFieldType.BOOL: QCoreApplication.translate("SettingsDialog", "Yes/No"),
        CustomFieldType.CHOICE: QCoreApplication.translate("SettingsDialog", "Choice list"),
    }


# One mapping per enumeration the GUI shows, keyed by its members (a test checks that every
# member of every enumeration in groupdesk.core.enums has its words, here or in
# groupdesk.ui.schedule.labels). Each is a function: the words follow the installed language.
def _core_words(enum: type[StrEnum]) -> Callable[[], dict[Any, str]]:
    """Labels the core's catalogue holds (gender, education), in the window's language."""

    def words() -> dict[Any, str]:
        from groupdesk.core.messages.labels import label
        from groupdesk.ui.common.messages import say

        return {member: say(label(member)) for member in enum}

    return words


gender_labels = _core_words(Gender)
education_labels = _core_words(Education)


ENUM_LABELS: dict[type[StrEnum], Callable[[], Mapping[Any, str]]] = {
    MemberStatus: member_status_labels,
    AuditAction: audit_action_labels,
    ChallengeStatus: challenge_status_labels,
    Severity: severity_labels,
    ChallengeGroup: challenge_group_labels,
    CustomFieldType: custom_field_type_labels,
    Gender: gender_labels,
    Education: education_labels,
}


def datetime_text(value: dt.datetime | None) -> str:
    return format_date(value, WEEKDAY_DATE_TIME) if value else ""
