"""What a report covers before anyone narrows it, and why a report would come out empty.

Registers (members, professions and licences, challenges) cover everything on file: a
secretary asking for "the licences" means all of them. Reports about time spent (hours, the
schedule) cover the current calendar year. Understaffed shifts look ahead from today, which
that report does by itself when no period is given. The dialog and the command line read the
same rules, so a report never opens on a period nobody chose.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from groupdesk.core.messages import Message

from .filters import ReportFilters
from .localise import ENUMS, STATUS_FILTERS
from .registry import PERIOD, PROJECT, get

ALL, THIS_YEAR = "all", "this_year"

DEFAULT_PERIOD = {
    "members": ALL,
    "professions": ALL,
    "challenges": ALL,
    "understaffed": ALL,
    "signin": ALL,
    "credentials": ALL,
    "schedule": THIS_YEAR,
    "hours": THIS_YEAR,
    "payments": THIS_YEAR,
    "arrears": ALL,
    "dues_summary": THIS_YEAR,
    "statement": ALL,
}

# What an empty report lacks, word for word (the GUI translates these).
NOTHING = {
    "members": "No members match these choices",
    "professions": "No licences",
    "schedule": "No shifts",
    "hours": "No volunteer hours",
    "understaffed": "No understaffed shifts",
    "challenges": "No challenges",
    "signin": "Nobody is signed up for this shift",
    "payments": "No dues payments",
    "arrears": "Nobody owes dues",
    "dues_summary": "No dues charged or paid",
    "statement": "Nothing on this member's account",
    "credentials": "No credentials",
}


def default_period(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The period report ``key`` starts on: (None, None) for the whole register."""
    if DEFAULT_PERIOD.get(key, ALL) == THIS_YEAR:
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    return None, None


def default_filters(key: str, today: dt.date, *, project: str | None = None) -> ReportFilters:
    """The filters report ``key`` starts with; ``project`` is the one the person has open."""
    definition = get(key)
    start, end = default_period(key, today) if PERIOD in definition.filters else (None, None)
    return ReportFilters(
        project=project if PROJECT in definition.filters else None,
        date_from=start,
        date_to=end,
        today=today,
    )


@dataclass(frozen=True)
class EmptyReport:
    """Why a report would have no rows: what is missing, and the choices that narrowed it.

    ``code`` is the report's key; ``nothing`` the English words for what is missing (see
    NOTHING), so the GUI can say it in its own language with its own date format.
    """

    code: str
    nothing: str
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    project: str | None = None
    status: str | None = None

    @property
    def message(self) -> Message:
        """What is missing and the choices that narrowed it, said by the catalogue."""
        period: Message | str = ""
        if self.date_from and self.date_to:
            period = Message("report.empty.between", {"start": self.date_from, "end": self.date_to})
        elif self.date_from:
            period = Message("report.empty.from", {"start": self.date_from})
        elif self.date_to:
            period = Message("report.empty.until", {"end": self.date_to})
        status: Message | str = ""
        if self.status:
            enum = STATUS_FILTERS.get(self.code, "shift_status")
            word = ENUMS.get(enum, {}).get(self.status)
            shown: Message | str = Message(word) if word else self.status
            status = Message("report.empty.status", {"status": shown})
        project = Message("report.empty.project", {"project": self.project}) if self.project else ""
        return Message(
            "report.empty",
            {
                "nothing": Message(nothing_code(self.code)),
                "period": period,
                "project": project,
                "status": status,
            },
        )


def nothing_code(key: str) -> str:
    """The message code of what report ``key`` lacks when it is empty."""
    return f"report.nothing.{key}" if key in NOTHING else "report.nothing.any"


def empty_report(key: str, filters: ReportFilters) -> EmptyReport:
    """The reason to give when report ``key`` with ``filters`` has no rows."""
    start = filters.date_from
    if key == "understaffed" and start is None:
        start = filters.reference_day  # that report looks ahead from today
    return EmptyReport(
        code=key,
        nothing=NOTHING.get(key, "Nothing to export"),
        date_from=start,
        date_to=filters.date_to,
        project=filters.project,
        status=filters.status,
    )


__all__ = [
    "DEFAULT_PERIOD",
    "NOTHING",
    "EmptyReport",
    "default_filters",
    "default_period",
    "empty_report",
]
