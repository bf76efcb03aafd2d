"""xlrd: the fallback for legacy .xls (BIFF) files calamine rejects, and the 1904 flag."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import xlrd

from ..info import SheetInfo


class XlrdBackend:
    """Adapter around an on-demand xlrd Book."""

    def __init__(self, path: Path) -> None:
        self._book = xlrd.open_workbook(str(path), on_demand=True, logfile=io.StringIO())

    @property
    def date1904(self) -> bool:
        return self._book.datemode == 1

    def sheets(self) -> list[SheetInfo]:
        visibility = getattr(self._book, "_sheet_visibility", [])
        names = self._book.sheet_names()
        return [
            SheetInfo(
                name=name,
                visible=(visibility[index] == 0) if index < len(visibility) else True,
            )
            for index, name in enumerate(names)
        ]

    def rows(self, sheet: str, max_rows: int | None) -> Iterator[list[object]]:
        data = self._book.sheet_by_name(sheet)
        limit = data.nrows if max_rows is None else min(max_rows, data.nrows)
        for index in range(limit):
            yield [self._value(cell) for cell in data.row(index)]

    def _value(self, cell: xlrd.sheet.Cell) -> object:
        value = cell.value
        if cell.ctype == xlrd.XL_CELL_DATE and not isinstance(value, str):
            try:
                moment = xlrd.xldate.xldate_as_datetime(value, self._book.datemode)
            except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                return value
            if moment.time() == moment.min.time() and value >= 1:
                return moment.date()
            if value < 1:
                return moment.time()
            return moment
        if cell.ctype == xlrd.XL_CELL_BOOLEAN:
            return bool(cell.value)
        if cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
            return None
        return cell.value

    def close(self) -> None:
        self._book.release_resources()
