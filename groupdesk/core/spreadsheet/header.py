"""Find the row that names the columns, wherever the table starts.

Real rosters rarely start at A1: there is a title, a "printed on" line, notes, blank rows,
and the table may start in column B. The header is the first row whose cells are mostly text
and that is about as wide as the rows below it; one-cell title and note lines never qualify.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from .cells import is_blank
from .errors import EmptyWorkbook, NoDataRows, NoHeaderRow
from .values import clean_text

SCAN_ROWS = 50  # the header is looked for among the first rows that hold anything
LOOKAHEAD = 20  # rows below a candidate used to judge the table width
MIN_TEXT_SHARE = 0.8
MIN_WIDTH_SHARE = 0.6
# digits and number punctuation, or an amount in rupiah ("Rp 1.500"); a cell of such text is
# data, never a column name ("P" or "Rp" alone are names)
_NUMERIC = re.compile(
    r"^(?:[\s\d.,+\-/:%()]*|[\s.,+\-/:%()]*Rp\.?\s*(?=.*\d)[\s\d.,+\-/:%()]*)$", re.IGNORECASE
)


@dataclass(frozen=True)
class HeaderGuess:
    """Where the table is: ``row`` is 0-based (``row_number`` is what Excel shows)."""

    row: int
    first_col: int
    last_col: int
    headers: list[str]
    data_rows: int

    @property
    def row_number(self) -> int:
        return self.row + 1


def column_letter(index: int) -> str:
    """Excel's column name for a 0-based index (0 -> A, 27 -> AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _filled(row: Sequence[object]) -> list[int]:
    return [index for index, value in enumerate(row) if not is_blank(value)]


def _has_data(row: Sequence[object]) -> bool:
    """True when ``_filled(row)`` would not be empty; stops at the first filled cell, so
    scanning a 100,000-row sheet for its non-empty rows costs little."""
    for value in row:  # noqa: SIM110 - a plain loop is twice as fast as any() here
        if value is not None and (type(value) is not str or value.strip()):
            return True
    return False


def _is_label(value: object) -> bool:
    return isinstance(value, str) and not _NUMERIC.match(value)


def _qualifies(row: Sequence[object], below: list[Sequence[object]]) -> bool:
    filled = _filled(row)
    if not filled:
        return False
    labels = sum(1 for index in filled if _is_label(row[index]))
    if labels / len(filled) < MIN_TEXT_SHARE:
        return False
    # The table width is judged from the rows below that have two cells or more, so further
    # one-cell note lines cannot make a note look as wide as the table.
    widths = [len(_filled(other)) for other in below]
    table_widths = [width for width in widths if width >= 2]
    if not table_widths:
        return True
    if len(filled) < 2:
        return False
    return len(filled) >= MIN_WIDTH_SHARE * statistics.median(table_widths)


def _names(row: Sequence[object], first: int, last: int) -> list[str]:
    names: list[str] = []
    seen: dict[str, int] = {}
    previous: str | None = None
    for index in range(first, last + 1):
        value = row[index] if index < len(row) else None
        text = clean_text(value).replace("\n", " ")
        if not text:
            text = previous if previous else f"Column {column_letter(index)}"
        else:
            previous = text
        key = text.casefold()
        seen[key] = seen.get(key, 0) + 1
        names.append(text if seen[key] == 1 else f"{text} ({seen[key]})")
    return names


def detect_header(rows: Sequence[Sequence[object]], *, require_data: bool = True) -> HeaderGuess:
    """Return where the header row and the table are in ``rows`` (as from ``read_sheet``).

    Blank cells inside the header (the tail of a merged cell) are named after the cell to
    their left, duplicates get " (2)", " (3)". Raises EmptyWorkbook for a blank sheet,
    NoHeaderRow when nothing looks like column names, and NoDataRows when the header has no
    rows below it (unless ``require_data`` is False).
    """
    candidates = [index for index, row in enumerate(rows) if _has_data(row)]
    if not candidates:
        raise EmptyWorkbook("spreadsheet.empty_sheet")
    for position, index in enumerate(candidates[:SCAN_ROWS]):
        below = [rows[other] for other in candidates[position + 1 : position + 1 + LOOKAHEAD]]
        if not _qualifies(rows[index], below):
            continue
        filled = _filled(rows[index])
        first, last = filled[0], filled[-1]
        data = [rows[other] for other in candidates[position + 1 :]]
        for other in data[:LOOKAHEAD]:
            other_filled = _filled(other)
            first = min(first, other_filled[0])
            last = max(last, other_filled[-1])
        if require_data and not data:
            raise NoDataRows("spreadsheet.no_rows")
        return HeaderGuess(
            row=index,
            first_col=first,
            last_col=last,
            headers=_names(rows[index], first, last),
            data_rows=len(data),
        )
    raise NoHeaderRow("spreadsheet.no_header")
