"""Words people see for scheduling codes: statuses, fill levels, conflict rules."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication


def project_status(code: str) -> str:
    return {
        "planned": QCoreApplication.translate("ScheduleLabels", "Planned"),
        "active": QCoreApplication.translate("ScheduleLabels", "Active"),
        "completed": QCoreApplication.translate("ScheduleLabels", "Completed"),
        "cancelled": QCoreApplication.translate("ScheduleLabels", "Cancelled"),
    }.get(code, code)


def signup_status(code: str) -> str:
    return {
        "signed_up": QCoreApplication.translate("ScheduleLabels", "Signed up"),
        "confirmed": QCoreApplication.translate("ScheduleLabels", "Confirmed"),
        "waitlisted": QCoreApplication.translate("ScheduleLabels", "Waitlist"),
        "attended": QCoreApplication.translate("ScheduleLabels", "Attended"),
        "no_show": QCoreApplication.translate("ScheduleLabels", "No-show"),
        "cancelled": QCoreApplication.translate("ScheduleLabels", "Cancelled"),
    }.get(code, code)


def shift_status(code: str) -> str:
    return {
        "scheduled": QCoreApplication.translate("ScheduleLabels", "Scheduled"),
        "cancelled": QCoreApplication.translate("ScheduleLabels", "Cancelled"),
    }.get(code, code)


def fill(code: str) -> str:
    return {
        "under": QCoreApplication.translate("ScheduleLabels", "Below minimum"),
        "between": QCoreApplication.translate("ScheduleLabels", "Enough"),
        "full": QCoreApplication.translate("ScheduleLabels", "Full"),
    }.get(code, code)


def rule(code: str) -> str:
    return {
        "overlap": QCoreApplication.translate("ScheduleLabels", "Overlapping shift"),
        "availability": QCoreApplication.translate("ScheduleLabels", "Outside availability"),
        "profession": QCoreApplication.translate("ScheduleLabels", "Missing profession"),
        "skill": QCoreApplication.translate("ScheduleLabels", "Missing skill"),
        "licence": QCoreApplication.translate("ScheduleLabels", "Licence"),
        "inactive": QCoreApplication.translate("ScheduleLabels", "Not active"),
        "max_hours": QCoreApplication.translate("ScheduleLabels", "Too many hours in 24 h"),
        "min_rest": QCoreApplication.translate("ScheduleLabels", "Too little rest"),
        "consecutive_demanding": QCoreApplication.translate(
            "ScheduleLabels", "Demanding shifts in a row"
        ),
        "qualification": QCoreApplication.translate("ScheduleLabels", "Qualified"),
        "available": QCoreApplication.translate("ScheduleLabels", "Available"),
        "no_overlap": QCoreApplication.translate("ScheduleLabels", "Free then"),
        "interest": QCoreApplication.translate("ScheduleLabels", "Interest"),
        "fairness": QCoreApplication.translate("ScheduleLabels", "Fairness"),
        "cancelled": QCoreApplication.translate("ScheduleLabels", "Cancelled this shift"),
    }.get(code, code)


def severity(code: str) -> str:
    return {
        "hard": QCoreApplication.translate("ScheduleLabels", "Hard"),
        "soft": QCoreApplication.translate("ScheduleLabels", "Soft"),
    }.get(code, code)


def when(start: dt.datetime, end: dt.datetime) -> str:
    text = f"{start:%a %d %b %Y %H:%M}–"
    return text + (f"{end:%H:%M}" if end.date() == start.date() else f"{end:%a %d %b %H:%M}")


def time_text(value: dt.datetime | None) -> str:
    return f"{value:%H:%M}" if value else ""
