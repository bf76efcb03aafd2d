"""Fit column widths to their content without looking at every row.

Autofit over 100,000 rows would cost as much as writing them, and xlsxwriter cannot autofit
in its streaming mode. The first rows of a report (plus the header) are a good enough sample:
a member list's names and e-mails all have similar lengths. The width is bounded so one
long note cannot make a column wider than the screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from groupdesk.core.export.table import Column, ColumnKind

SAMPLE_ROWS = 200
MIN_WIDTH = 6
MAX_WIDTH = 60
PADDING = 2
HEADER_EXTRA = 4
"""Room for the bold header text and the table's filter button."""

_FIXED_LENGTH = {
    ColumnKind.DATE: len("31/12/2024"),
    ColumnKind.DATETIME: len("31/12/2024 23:59"),
    ColumnKind.TIME: len("23:59"),
    ColumnKind.BOOLEAN: len("FALSE"),
}


def shown_length(kind: ColumnKind, value: object) -> int:
    """Estimate how many characters a value takes once its cell format is applied."""
    if value is None:
        return 0
    fixed = _FIXED_LENGTH.get(kind)
    if fixed is not None and isinstance(value, dt.date | dt.time | bool):
        return fixed
    if kind in (ColumnKind.NUMBER, ColumnKind.HOURS) and isinstance(value, int | float):
        return len(f"{value:,.2f}")
    if kind is ColumnKind.MONEY and isinstance(value, int | float):
        return len(f"Rp {value:,.0f}")
    text = value if isinstance(value, str) else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


class WidthEstimator:
    """Keeps the longest shown length per column over the sampled rows."""

    def __init__(self, columns: Sequence[Column], titles: Sequence[str]) -> None:
        self._kinds = [column.kind for column in columns]
        self._fixed = [column.width for column in columns]
        self._longest = [int(len(title) * 1.1) + HEADER_EXTRA - PADDING for title in titles]
        self.seen = 0

    def wants_more(self) -> bool:
        """Tell the writer whether the current row should still be sampled."""
        return self.seen < SAMPLE_ROWS

    def observe(self, values: Sequence[object]) -> None:
        """Take one row into account."""
        self.seen += 1
        longest = self._longest
        for index, (kind, value) in enumerate(zip(self._kinds, values, strict=False)):
            length = shown_length(kind, value)
            if length > longest[index]:
                longest[index] = length

    def widths(self) -> list[int]:
        """Column widths in characters: the fixed width if the column asks for one."""
        return [
            fixed if fixed is not None else max(MIN_WIDTH, min(MAX_WIDTH, longest + PADDING))
            for fixed, longest in zip(self._fixed, self._longest, strict=True)
        ]
