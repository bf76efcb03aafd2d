"""openpyxl in read-only mode: the fallback for xlsx files calamine rejects.

Office Mobile writes every XML part in UTF-16, which calamine cannot parse but openpyxl can.
openpyxl parses XML with the standard library, so it is only used with defusedxml active.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterator
from pathlib import Path

import openpyxl

from ..errors import UnsafeWorkbook
from ..info import SheetInfo


def _ensure_defused() -> None:
    if not openpyxl.DEFUSEDXML:
        raise UnsafeWorkbook("spreadsheet.no_safe_parser")


def _value(cell: object) -> object:
    """Error cells become None; a midnight datetime in a date-only format becomes a date."""
    if getattr(cell, "data_type", None) == "e":
        return None
    value = getattr(cell, "value", None)
    if isinstance(value, dt.datetime) and value.time() == dt.time(0):
        number_format = str(getattr(cell, "number_format", "")).lower()
        if "h" not in number_format and "s" not in number_format:
            return value.date()
    return value


class OpenpyxlBackend:
    """Adapter around a read-only openpyxl workbook (values only, no formulas)."""

    def __init__(self, path: Path) -> None:
        _ensure_defused()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self._workbook = openpyxl.load_workbook(
                path, read_only=True, data_only=True, keep_links=False
            )

    @property
    def date1904(self) -> bool:
        return bool(self._workbook.epoch.year == 1904)

    def sheets(self) -> list[SheetInfo]:
        chartsheets = {id(chart) for chart in self._workbook.chartsheets}
        sheets = [self._workbook[name] for name in self._workbook.sheetnames]
        return [
            SheetInfo(
                name=sheet.title,
                visible=sheet.sheet_state == "visible",
                is_worksheet=id(sheet) not in chartsheets,
            )
            for sheet in sheets
        ]

    def rows(self, sheet: str, max_rows: int | None) -> Iterator[list[object]]:
        worksheet = self._workbook[sheet]
        # The dimension a file declares can be A1:XFD1048576; never trust it to size lists.
        worksheet.reset_dimensions()
        for row in worksheet.iter_rows(max_row=max_rows):
            yield [_value(cell) for cell in row]

    def close(self) -> None:
        self._workbook.close()
