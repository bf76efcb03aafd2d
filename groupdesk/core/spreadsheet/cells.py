"""Turn whatever a spreadsheet library hands back into the few plain types the importer knows.

Libraries disagree: calamine gives every number as float and durations as timedelta,
openpyxl gives error cells as "#N/A" text, empty cells arrive as "" or None. Everything is
funnelled through ``plain_value`` so the rest of GroupDesk sees str, int, float, bool, date,
datetime, time or None and nothing else, and through ``RowCollector`` so a sheet padded with
a million empty rows never turns into a million Python lists.
"""

from __future__ import annotations

import datetime as dt
import gc
import math
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | None

_MAX_EXACT_INT = 2**53
_ONE_DAY = dt.timedelta(days=1)
_AS_IS = frozenset({dt.date, dt.datetime, dt.time, bool, int})


def _duration_text(value: dt.timedelta) -> str:
    seconds = round(value.total_seconds())
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}"


def plain_value(value: object) -> Cell:
    """Return the value as one of the plain cell types.

    Whole floats become int (a member number typed as 1234 must not read as 1234.0), NaN and
    empty text become None, durations under a day become a time of day and longer ones the
    "255:10:10" text Excel shows.
    """
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return None
        if value.is_integer() and abs(value) < _MAX_EXACT_INT:
            return int(value)
        return value
    if value is None or isinstance(value, bool | int | dt.date | dt.time):
        return value
    if isinstance(value, str):
        return value if value else None
    if isinstance(value, dt.timedelta):
        if dt.timedelta(0) <= value < _ONE_DAY:
            return (dt.datetime.min + value).time()
        return _duration_text(value)
    return str(value)


def cell_text(value: object) -> str:
    """A cell as the person typed it: dates day-first, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, tuple):
        return "; ".join(cell_text(v) for v in value if v is not None)
    return str(value)


def shown(value: object) -> str:
    """A cell as a message quotes it: text in quotes, everything else as a spreadsheet shows
    it (17/08/2024, 08:00, TRUE), never as Python writes it (datetime.date(2024, 8, 17))."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.time) and value.second:
        return value.strftime("%H:%M:%S")
    if isinstance(value, float) and not abs(value) < _MAX_EXACT_INT:
        return str(value)
    return cell_text(value)


def is_blank(value: object) -> bool:
    """True for cells a person would call empty (nothing, or only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


class RowCollector:
    """Collect rows while dropping trailing empty rows and columns cheaply.

    Empty rows are only counted; they are materialised (as empty lists) only when a later row
    has data, so trailing padding costs nothing however long it is.
    """

    def __init__(self, max_rows: int | None = None) -> None:
        self.max_rows = max_rows
        self.rows: list[list[Cell]] = []
        self._pending_empty = 0
        self._width = 0

    @property
    def full(self) -> bool:
        """True once ``max_rows`` rows (counting empty ones in between) have been seen."""
        return self.max_rows is not None and len(self.rows) + self._pending_empty >= self.max_rows

    def add(self, raw: Iterable[object]) -> None:
        """Add one row of raw library values."""
        # Non-empty text, dates and ints are the common cells and need no conversion: keeping
        # them out of the function call halves the time for a large roster. (The type test lets
        # only plain cells through unconverted, which no checker can follow: hence Any.)
        row: list[Any] = [
            value if type(value) in _AS_IS or (type(value) is str and value) else plain_value(value)
            for value in raw
        ]
        last = len(row)
        while last and is_blank(row[last - 1]):
            last -= 1
        if last == 0:
            self._pending_empty += 1
            return
        if self._pending_empty:
            self.rows.extend([] for _ in range(self._pending_empty))
            self._pending_empty = 0
        del row[last:]
        self._width = max(self._width, last)
        self.rows.append(row)

    def result(self) -> list[list[Cell]]:
        """Return the rows, all padded to the same width (the last column holding data)."""
        width = self._width
        for row in self.rows:
            if len(row) < width:
                row.extend([None] * (width - len(row)))
        return self.rows


def collect(rows: Iterable[Sequence[object]], max_rows: int | None = None) -> list[list[Cell]]:
    """Collect ``rows`` through a RowCollector, stopping after ``max_rows``."""
    collector = RowCollector(max_rows)
    for raw in rows:
        if collector.full:
            break
        collector.add(raw)
    return collector.result()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a sheet is turned into lists.

    A 100k-row sheet allocates a million cell objects, none of them in reference cycles; the
    collector would otherwise run dozens of times for nothing (about a sixth of the read time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
