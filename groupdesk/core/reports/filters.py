"""What a report is narrowed to: one set of filters shared by the dialog, the CLI and the
About sheet, so the file says exactly what was asked for."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from groupdesk.core.errors import Refusal
from groupdesk.core.services.roster import RosterFilter


class FilterError(Refusal, ValueError):
    """A filter that cannot be applied as given (unknown project, bad date, ...).

    The message is one sentence a person can act on; the CLI turns it into exit status 2.
    """


DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(text: str) -> dt.date:
    """Read a date typed as ISO (2024-05-31) or the Indonesian way (31/05/2024)."""
    cleaned = text.strip()
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise FilterError("filter.not_a_date", value=text)


@dataclass(frozen=True)
class ReportFilters:
    """Every filter any report understands; each report reads the ones that apply to it.

    ``project`` is a project's name; ``member`` a member number (for one volunteer's
    calendar); ``date_from``/``date_to`` are inclusive; ``status`` is checked by the report
    against its own list of statuses; ``roster`` is the Members page's filter.
    """

    project: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    status: str | None = None
    shift_id: int | None = None
    member: str | None = None
    roster: RosterFilter | None = None
    alarm_day_before: bool = False
    today: dt.date | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise FilterError("filter.period_backwards", start=self.date_from, end=self.date_to)

    @property
    def reference_day(self) -> dt.date:
        """ "Today" for expiry and "upcoming": fixed in tests, the real day otherwise."""
        return self.today or dt.date.today()

    def period_text(self) -> str | None:
        if self.date_from and self.date_to:
            return f"{self.date_from:%d/%m/%Y} – {self.date_to:%d/%m/%Y}"
        if self.date_from:
            return f"from {self.date_from:%d/%m/%Y}"
        if self.date_to:
            return f"until {self.date_to:%d/%m/%Y}"
        return None
