"""Billing periods written "YYYY-MM", and which fee periods fall due in a month."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from groupdesk.core.errors import ValidationError

_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """First and last day of the month ``text`` names; ``dues.period_invalid`` otherwise."""
    match = _PERIOD.match(text.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValidationError("period", "dues.period_invalid", text=text)
    year, month = int(match[1]), int(match[2])
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def fee_periods_due(first_day: dt.date) -> tuple[str, ...]:
    """Fee periods charged in the month starting ``first_day``: monthly every month, quarterly
    in January, April, July and October, yearly in January ("once" is the entry fee)."""
    due = ["monthly"]
    if first_day.month in (1, 4, 7, 10):
        due.append("quarterly")
    if first_day.month == 1:
        due.append("yearly")
    return tuple(due)


def period_ends(first_day: dt.date) -> dict[str, dt.date]:
    """The last day a charge made in the month starting ``first_day`` covers, per fee
    period: the month's end, the quarter's end, the year's end."""
    year, month = first_day.year, first_day.month
    quarter_month = (month - 1) // 3 * 3 + 3
    return {
        "month_end": dt.date(year, month, calendar.monthrange(year, month)[1]),
        "quarter_end": dt.date(year, quarter_month, calendar.monthrange(year, quarter_month)[1]),
        "year_end": dt.date(year, 12, 31),
    }
