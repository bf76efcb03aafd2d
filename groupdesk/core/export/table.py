"""The neutral description of a report that every export writer takes.

Services describe *what* a report holds (columns, kinds, rows) once; the xlsx, csv and
calendar writers decide *how* it looks in their format. Rows are an iterable so a service
can stream them straight from a database cursor: a writer never needs them all in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ColumnKind(StrEnum):
    """What a column's values mean, so each format can store them as real typed cells."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    TIME = "time"
    BOOLEAN = "boolean"
    HOURS = "hours"
    MONEY = "money"
    """Whole rupiah: a number in a workbook, the reader's "Rp 150.000" in csv and print."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a report sheet.

    ``key`` is stable for code and re-import; ``title`` is what people read in the header.
    ``total`` asks for a totals row (only meaningful for numeric kinds); ``width`` fixes the
    width in characters when a fitted one would be wrong (for example a notes column).
    """

    key: str
    title: str
    kind: ColumnKind = ColumnKind.TEXT
    total: bool = False
    width: int | None = None


@dataclass(slots=True)
class ReportSheet:
    """A named table of rows; ``rows`` is consumed once, in order.

    ``row_count`` is optional because a streamed query may not know it up front; when given,
    progress can report a total.
    """

    name: str
    columns: list[Column]
    rows: Iterable[Sequence[object]]
    row_count: int | None = None


@dataclass(slots=True)
class Report:
    """A whole export: the sheets plus what someone needs later to trust the numbers."""

    title: str
    sheets: list[ReportSheet]
    filters: dict[str, str]
    generated_at: datetime
    app_version: str
    language: str = "en"
    """The report language: the writers say their own words (About sheet, totals, page
    footers) in it."""


class ExportCancelled(Exception):
    """Raised by a writer when the progress callback asked it to stop.

    A distinct type lets the UI tell "the user pressed Cancel" from a real failure.
    """


Progress = Callable[[int, int | None], bool]
"""Called with (rows done, total rows or None); return False to cancel the export."""
