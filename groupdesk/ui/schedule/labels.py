"""Words people see for scheduling codes: statuses, fill levels, conflict rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from groupdesk.core.enums import AssignmentStatus, ProjectStatus, ShiftStatus
from groupdesk.ui.common.labels import DAY_TIME, WEEKDAY_DATE_TIME, format_date, label_of


def project_status_labels() -> dict[ProjectStatus, str]:
    return {
        ProjectStatus.PLANNED: QCoreApplication.translate("ScheduleLabels", "Planned"),
        ProjectStatus.ACTIVE: QCoreApplication.translate("ScheduleLabels", "Active"),
        ProjectStatus.COMPLETED: QCoreApplication.translate("ScheduleLabels", "Completed"),
        ProjectStatus.CANCELLED: QCoreApplication.translate("ScheduleLabels", "Cancelled"),
    }


def project_status(code: str) -> str:
    return label_of(project_status_labels(), code)


def signup_status_labels() -> dict[AssignmentStatus, str]:
    return {
        AssignmentStatus.SIGNED_UP: QCoreApplication.translate("ScheduleLabels", "Signed up"),
        AssignmentStatus.CONFIRMED: QCoreApplication.translate("ScheduleLabels", "Confirmed"),
        AssignmentStatus.WAITLISTED: QCoreApplication.translate("ScheduleLabels", "Waitlist"),
        AssignmentStatus.ATTENDED: QCoreApplication.translate("ScheduleLabels", "Attended"),
        AssignmentStatus.NO_SHOW: QCoreApplication.translate("ScheduleLabels", "No-show"),
        AssignmentStatus.CANCELLED: QCoreApplication.translate("ScheduleLabels", "Cancelled"),
    }


def signup_status(code: str) -> str:
    return label_of(signup_status_labels(), code)


def shift_status_labels() -> dict[ShiftStatus, str]:
    return {
        ShiftStatus.SCHEDULED: QCoreApplication.translate("ScheduleLabels", "Scheduled"),
        ShiftStatus.CANCELLED: QCoreApplication.translate("ScheduleLabels", "Cancelled"),
    }


def shift_status(code: str) -> str:
    return label_of(shift_status_labels(), code)


# The scheduling enumerations' words, as in groupdesk.ui.common.labels.ENUM_LABELS.
ENUM_LABELS: dict[type[StrEnum], Callable[[], Mapping[Any, str]]] = {
    ProjectStatus: project_status_labels,
    AssignmentStatus: signup_status_labels,
    ShiftStatus: shift_status_labels,
}


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
    """A shift's time in the GUI's language: "Sen 07 Des 2026 08:00–12:00"."""
    text = format_date(start, WEEKDAY_DATE_TIME) + "–"
    return text + format_date(end, "HH:mm" if end.date() == start.date() else DAY_TIME)


def time_text(value: dt.datetime | None) -> str:
    return f"{value:%H:%M}" if value else ""
