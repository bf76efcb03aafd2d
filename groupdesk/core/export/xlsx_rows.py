"""A report sheet's data rows, written straight as SpreadsheetML.

xlsxwriter spends several microseconds a cell on checks and dispatch; a 90,000-row arrears
report or a 100,000-member roster is about 900,000 cells, and those cells were most of the
export's time. The data rows are the same few kinds of cell over and over, so they are
written here from one small function per column into a file of ``<row>`` elements, which
:mod:`xlsx_tables` splices into the sheet xlsxwriter wrote (the header, the totals row, the
formats, the workbook's other parts all stay xlsxwriter's).

The XML is what xlsxwriter writes for the same cells: inline strings with its escapes
(``&``, ``<``, ``>``; control characters as ``_xHHHH_``; a literal ``_xHHHH_`` escaped in
turn), ``xml:space="preserve"`` where text starts or ends with a space, Excel date serials
(with Excel's 1900 leap day), and the style index of the cell's format. The rules of what
is written how (a formula-like text quote-prefixed, a date before 1900 kept as ISO text, a
text longer than a cell holds cut and counted) are those of :mod:`xlsx_cells`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name

from groupdesk.core.export.safety import FORMULA_TRIGGERS
from groupdesk.core.export.table import Column, ColumnKind
from groupdesk.core.export.xlsx_cells import (
    FIRST_EXCEL_YEAR,
    MAX_CELL_TEXT,
    CellStyles,
    numeric_value,
)

Cell = Callable[[str, object], str]
"""Given a cell reference ("B12") and a value that is not None, the cell's XML."""

_EPOCH = dt.date(1899, 12, 31).toordinal()
_LEAP_DAY = 59
"""Excel counts a 29 February 1900 that never was: serials after it are one higher."""
_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_")
_LITERAL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
_FLUSH_ROWS = 2000


def style_index(fmt: Format) -> int:
    """The index of ``fmt`` among the workbook's cell formats.

    Asking for it is also what makes xlsxwriter write the format into the workbook, as it
    does for a format it has used for a cell itself.
    """
    return int(fmt._get_xf_index())


def escape_text(text: str) -> str:
    """Text as an inline string carries it (see the module's docstring)."""
    if not _SPECIAL.search(text):
        return text
    text = _LITERAL_ESCAPE.sub(r"_x005F\1", text)
    text = _CONTROL.sub(lambda match: f"_x{ord(match.group(1)):04X}_", text)
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def excel_serial(value: dt.date | dt.datetime) -> float | int:
    """The Excel serial of a date (a whole number) or a date-time (with the time of day)."""
    days = value.toordinal() - _EPOCH
    if days > _LEAP_DAY:
        days += 1
    if not isinstance(value, dt.datetime):
        return days
    seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
    return days + seconds / 86400


class RowWriter:
    """Writes a sheet's data rows, one XML fragment per row, to ``path``."""

    def __init__(self, path: Path, columns: Sequence[Column], styles: CellStyles) -> None:
        self._styles = styles
        self._letters = [xl_col_to_name(index) for index in range(len(columns))]
        self._cells = [self._cell(column.kind) for column in columns]
        self._file: TextIO = path.open("w", encoding="utf-8", newline="")
        self._pending: list[str] = []

    def write(self, row: int, values: Sequence[object]) -> None:
        """Write the values of the 0-based ``row`` (the header is row 0)."""
        number = str(row + 1)
        cells = "".join(
            [
                cell(letter + number, value)
                for cell, letter, value in zip(self._cells, self._letters, values, strict=True)
                if value is not None
            ]
        )
        self._pending.append(f'<row r="{number}">{cells}</row>')
        if len(self._pending) >= _FLUSH_ROWS:
            self._flush()

    def close(self) -> None:
        self._flush()
        self._file.close()

    def _flush(self) -> None:
        self._file.write("".join(self._pending))
        self._pending.clear()

    # -- one function per column kind ---------------------------------------------------------

    def _cell(self, kind: ColumnKind) -> Cell:
        text = self._text_cell()
        if kind is ColumnKind.TEXT:
            return text
        if kind is ColumnKind.BOOLEAN:
            return _boolean_cell(text)
        styles = self._styles
        if kind in (ColumnKind.INTEGER, ColumnKind.NUMBER, ColumnKind.HOURS, ColumnKind.MONEY):
            fmt = {
                ColumnKind.INTEGER: styles.integer,
                ColumnKind.NUMBER: styles.number,
                ColumnKind.HOURS: styles.hours,
                ColumnKind.MONEY: styles.money,
            }[kind]
            return _number_cell(style_index(fmt), text, hours=kind is ColumnKind.HOURS)
        if kind is ColumnKind.DATE:
            return _date_cell(style_index(styles.date), text)
        if kind is ColumnKind.DATETIME:
            return _datetime_cell(style_index(styles.datetime), text)
        if kind is ColumnKind.TIME:
            return _time_cell(style_index(styles.time), text)
        raise ValueError(f"unknown column kind: {kind!r}")

    def _text_cell(self) -> Cell:
        styles = self._styles
        literal = f' s="{style_index(styles.literal)}"'
        triggers = FORMULA_TRIGGERS

        def cell(ref: str, value: object) -> str:
            text = value if type(value) is str else str(value)
            if not text:
                return ""  # an empty text is an empty cell, as xlsxwriter leaves it
            if len(text) > MAX_CELL_TEXT:
                styles.cut += 1
                text = text[:MAX_CELL_TEXT]
            style = literal if text.startswith(triggers) else ""
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            return (
                f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{escape_text(text)}</t></is></c>'
            )

        return cell


def _number_cell(style: int, text: Cell, *, hours: bool) -> Cell:
    def cell(ref: str, value: object) -> str:
        number: float | int | None
        if type(value) is int or type(value) is float:
            number = value
        else:
            number = numeric_value(value, hours=hours)
            if number is None:
                return text(ref, value)
        if type(number) is float and not math.isfinite(number):
            return f'<c r="{ref}" s="{style}" t="e"><v>#NUM!</v></c>'
        return f'<c r="{ref}" s="{style}"><v>{number:.16G}</v></c>'

    return cell


def _boolean_cell(text: Cell) -> Cell:
    def cell(ref: str, value: object) -> str:
        if isinstance(value, bool):
            return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
        return text(ref, value)

    return cell


def _date_cell(style: int, text: Cell) -> Cell:
    def cell(ref: str, value: object) -> str:
        if isinstance(value, dt.datetime):
            value = value.date()
        if not isinstance(value, dt.date):
            return text(ref, value)
        if value.year < FIRST_EXCEL_YEAR:
            return text(ref, value.isoformat())
        return f'<c r="{ref}" s="{style}"><v>{excel_serial(value)}</v></c>'

    return cell


def _datetime_cell(style: int, text: Cell) -> Cell:
    def cell(ref: str, value: object) -> str:
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            value = dt.datetime.combine(value, dt.time())
        if not isinstance(value, dt.datetime):
            return text(ref, value)
        if value.year < FIRST_EXCEL_YEAR:
            return text(ref, value.isoformat(sep=" ", timespec="minutes"))
        serial = excel_serial(value.replace(tzinfo=None))
        return f'<c r="{ref}" s="{style}"><v>{serial:.16G}</v></c>'

    return cell


def _time_cell(style: int, text: Cell) -> Cell:
    def cell(ref: str, value: object) -> str:
        if isinstance(value, dt.datetime):
            value = value.time()
        if not isinstance(value, dt.time):
            return text(ref, value)
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        return f'<c r="{ref}" s="{style}"><v>{seconds / 86400:.16G}</v></c>'

    return cell
