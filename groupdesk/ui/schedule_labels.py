"""Words people see for scheduling codes: statuses, fill levels, conflict rules."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ScheduleLabels", text)


def project_status(code: str) -> str:
    return {
        "planned": _tr("Planned"),
        "active": _tr("Active"),
        "completed": _tr("Completed"),
        "cancelled": _tr("Cancelled"),
    }.get(code, code)


def signup_status(code: str) -> str:
    return {
        "signed_up": _tr("Signed up"),
        "confirmed": _tr("Confirmed"),
        "waitlisted": _tr("Waitlist"),
        "attended": _tr("Attended"),
        "no_show": _tr("No-show"),
        "cancelled": _tr("Cancelled"),
    }.get(code, code)


def shift_status(code: str) -> str:
    return {"scheduled": _tr("Scheduled"), "cancelled": _tr("Cancelled")}.get(code, code)


def fill(code: str) -> str:
    return {
        "under": _tr("Below minimum"),
        "between": _tr("Enough"),
        "full": _tr("Full"),
    }.get(code, code)


def rule(code: str) -> str:
    return {
        "overlap": _tr("Overlapping shift"),
        "availability": _tr("Outside availability"),
        "profession": _tr("Missing profession"),
        "skill": _tr("Missing skill"),
        "licence": _tr("Licence"),
        "inactive": _tr("Not active"),
        "max_hours": _tr("Too many hours in 24 h"),
        "min_rest": _tr("Too little rest"),
        "consecutive_demanding": _tr("Demanding shifts in a row"),
        "qualification": _tr("Qualified"),
        "available": _tr("Available"),
        "no_overlap": _tr("Free then"),
        "interest": _tr("Interest"),
        "fairness": _tr("Fairness"),
    }.get(code, code)


def severity(code: str) -> str:
    return {"hard": _tr("Hard"), "soft": _tr("Soft")}.get(code, code)


def when(start: dt.datetime, end: dt.datetime) -> str:
    text = f"{start:%a %d %b %Y %H:%M}–"
    return text + (f"{end:%H:%M}" if end.date() == start.date() else f"{end:%a %d %b %H:%M}")


def time_text(value: dt.datetime | None) -> str:
    return f"{value:%H:%M}" if value else ""
