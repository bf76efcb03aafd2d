"""A built report put into the report language: its title, sheet names, column headings,
filter names and the stored status values of its status columns.

The report builders describe a report once, in English, with stored codes as values; this
is the one place that turns that into the words of the organisation's language, so every
format (xlsx, csv, pdf) says the same thing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from groupdesk.core.export.table import Column, Report, ReportSheet
from groupdesk.core.messages import Catalogue
from groupdesk.core.messages.texts import dues_reports, reports

# the English words of every report, with the code that says them in a report language
TITLES = {**reports.TITLES, **dues_reports.TITLES}
SHEETS = {**reports.SHEETS, **dues_reports.SHEETS}
HEADINGS = {**reports.HEADINGS, **dues_reports.HEADINGS}
FILTERS = {**reports.FILTERS, **dues_reports.FILTERS}
ENUMS = {**reports.ENUMS, **dues_reports.ENUMS}
NOTES = dues_reports.NOTES

# (report key, column key) -> which stored values the column holds
VALUE_COLUMNS: dict[tuple[str, str], str] = {
    ("members", "status"): "member_status",
    ("members", "gender"): "gender",
    ("members", "education"): "education",
    ("professions", "licence_status"): "licence_state",
    ("schedule", "status"): "shift_status",
    ("understaffed", "status"): "shift_status",
    ("challenges", "status"): "challenge_status",
    ("challenges", "severity"): "severity",
    ("challenges", "group"): "challenge_group",
    ("payments", "method"): "payment_method",
    ("statement", "entry"): "ledger_kind",
    ("credentials", "at_risk"): "credential_risk",
}
# report key -> which stored values its Status filter chooses from (the professions report
# filters its members' licences by their state)
STATUS_FILTERS: dict[str, str] = {
    "members": "member_status",
    "professions": "licence_state",
    "schedule": "shift_status",
    "challenges": "challenge_status",
}
WEEKDAY_COLUMN = "day"
_ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_A_MONDAY = dt.date(2024, 1, 1)
_TIME = re.compile(r"\b(\d{2}):(\d{2})\b")


def enum_label(cat: Catalogue, enum: str, value: object) -> object:
    """The words for a stored value in ``cat``'s language; an unknown value as it is."""
    code = ENUMS.get(enum, {}).get(str(value)) if value is not None else None
    return cat.text(code) if code else value


def status_label(cat: Catalogue, report: str, status: str) -> str:
    """A value of ``report``'s Status filter in words, in ``cat``'s language: the choices of
    the Export dialog, the About sheet's filters."""
    return str(enum_label(cat, STATUS_FILTERS.get(report, "shift_status"), status))


def weekday_label(cat: Catalogue, value: object) -> object:
    if value in _ENGLISH_WEEKDAYS:
        day = _A_MONDAY + dt.timedelta(days=_ENGLISH_WEEKDAYS.index(str(value)))
        return cat.formats.weekday(day)
    return value


def localise(report: Report, key: str, cat: Catalogue) -> Report:
    """``report`` (as built, in English) said in ``cat``'s language."""
    title_code = TITLES.get(key)
    return replace(
        report,
        title=cat.text(title_code) if title_code else report.title,
        sheets=[_sheet(sheet, key, cat) for sheet in report.sheets],
        filters={
            _word(FILTERS, k, cat): _filter_value(key, k, v, cat) for k, v in report.filters.items()
        },
        language=cat.language,
    )


def _filter_value(report: str, name: str, value: str, cat: Catalogue) -> str:
    """A filter's value as the About sheet and the printed heading show it: statuses by their
    words, a period's "from"/"until", a shift's weekday, in ``cat``'s language."""
    if value in NOTES:
        return cat.text(NOTES[value])
    if name == "Status":
        said = status_label(cat, report, value.lower())
        return said.upper() if value.isupper() else said
    if name == "Statuses":
        words = [str(enum_label(cat, "member_status", v)) for v in value.split(", ")]
        return ", ".join(words)
    if name in ("Gender", "Education"):
        return str(enum_label(cat, name.lower(), value))
    if name == "Trash" and value == "yes":
        return cat.text("report.value.yes")
    if name == "Period":
        for word, code in (("from ", "report.period.from"), ("until ", "report.period.until")):
            if value.startswith(word):
                return cat.text(code, day=value[len(word) :])
    if name == "Shift":
        first, _, rest = value.partition(" ")
        rest = _TIME.sub(lambda m: cat.formats.time(dt.time(int(m[1]), int(m[2]))), rest)
        if first in _ENGLISH_WEEKDAYS:
            return f"{weekday_label(cat, first)} {rest}"
    return value


def money_writer(cat: Catalogue) -> Callable[[int], str]:
    """``cat.money`` remembering the amounts it wrote: a dues report repeats a few fees over
    many rows, and each new amount costs a locale look-up."""
    return lru_cache(maxsize=4096)(cat.money)


def _word(table: dict[str, str], english: str, cat: Catalogue) -> str:
    code = table.get(english)
    return cat.text(code) if code else english


def _sheet(sheet: ReportSheet, key: str, cat: Catalogue) -> ReportSheet:
    columns = [replace(c, title=_word(HEADINGS, c.title, cat)) for c in sheet.columns]
    converters: dict[int, Callable[[object], object]] = {}
    for index, column in enumerate(sheet.columns):
        enum = VALUE_COLUMNS.get((key, column.key))
        if enum is not None:
            converters[index] = lambda v, e=enum: enum_label(cat, e, v)  # type: ignore[misc]
        elif column.key == WEEKDAY_COLUMN:
            converters[index] = lambda v: weekday_label(cat, v)
    rows = _converted(sheet.rows, converters) if converters else sheet.rows
    return ReportSheet(_word(SHEETS, sheet.name, cat), columns, rows, sheet.row_count)


def _converted(
    rows: Iterable[Sequence[object]], converters: dict[int, Callable[[object], object]]
) -> Iterator[Sequence[object]]:
    for row in rows:
        values = list(row)
        for index, convert in converters.items():
            values[index] = convert(values[index])
        yield values


__all__ = ["VALUE_COLUMNS", "Column", "enum_label", "localise", "money_writer", "weekday_label"]
