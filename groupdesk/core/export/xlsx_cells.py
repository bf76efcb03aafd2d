"""The formats and typing rules of the xlsx writer's cells (the data rows themselves are
written by :mod:`xlsx_rows`; the about sheet's text here).

Every value is written as what its column's kind says, never guessed from the value the
way xlsxwriter's ``write()`` guesses, which would turn text starting with ``=`` into a
formula and text starting with ``http`` into a link. A value that does not fit its column's
kind (text in a number column) is written as neutralised text rather than dropped or
crashing the export: the person can see and fix it.

Date-times are shown as the wall clock they carry; a time zone on one is dropped, not
converted (reports are made in the organisation's local time). Excel holds at most 32,767
characters in a cell; xlsxwriter cuts longer text there, and ``CellStyles.cut`` counts the
cells cut so the person is told.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from groupdesk.core.export.safety import FORMULA_TRIGGERS
from groupdesk.core.export.table import ColumnKind

MAX_CELL_TEXT = 32_767
"""The most characters an Excel cell holds."""
DATE_FORMAT = "dd/mm/yyyy"
"""Day first, as Indonesians read dates."""
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
TIME_FORMAT = "hh:mm"
HOURS_FORMAT = "0.00"
NUMBER_FORMAT = "#,##0.00"
INTEGER_FORMAT = "0"
"""No thousands separator: integer columns are often codes or years."""

MONEY_FORMAT = '"Rp "#,##0'
"""Rupiah have no minor units; the spreadsheet program shows its own separators."""

FIRST_EXCEL_YEAR = 1900
"""Excel cannot show dates before 1900; such (usually mistyped) dates are kept as ISO text."""

CellWriter = Callable[[int, int, object], None]


class CellStyles:
    """The few formats a report needs, made once per workbook (Excel caps their number)."""

    def __init__(self, workbook: Workbook) -> None:
        self.cut = 0  # text cells longer than MAX_CELL_TEXT, cut by Excel's limit
        header = {
            "bold": True,
            "font_color": "#FFFFFF",
            "bg_color": "#1F4E78",
            "border": 1,
            "border_color": "#BFBFBF",
            "valign": "vcenter",
        }
        self.header = workbook.add_format(header)
        self.header_literal = workbook.add_format({**header, "quote_prefix": True})
        self.literal = workbook.add_format({"quote_prefix": True})
        self.date = workbook.add_format({"num_format": DATE_FORMAT, "align": "left"})
        self.datetime = workbook.add_format({"num_format": DATETIME_FORMAT, "align": "left"})
        self.time = workbook.add_format({"num_format": TIME_FORMAT, "align": "left"})
        self.hours = workbook.add_format({"num_format": HOURS_FORMAT})
        self.number = workbook.add_format({"num_format": NUMBER_FORMAT})
        self.integer = workbook.add_format({"num_format": INTEGER_FORMAT})
        self.money = workbook.add_format({"num_format": MONEY_FORMAT})
        total = {"bold": True, "top": 1}
        self.total_label = workbook.add_format(total)
        self.total_by_kind = {
            ColumnKind.HOURS: workbook.add_format({**total, "num_format": HOURS_FORMAT}),
            ColumnKind.NUMBER: workbook.add_format({**total, "num_format": NUMBER_FORMAT}),
            ColumnKind.INTEGER: workbook.add_format({**total, "num_format": "#,##0"}),
            ColumnKind.MONEY: workbook.add_format({**total, "num_format": MONEY_FORMAT}),
        }
        self.total_other = workbook.add_format({**total, "num_format": NUMBER_FORMAT})
        self.bold = workbook.add_format({"bold": True})
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.about_datetime = workbook.add_format({"num_format": DATETIME_FORMAT, "align": "left"})

    def total_format(self, kind: ColumnKind) -> Format:
        """Pick the totals-row format that shows a column's sum like its cells."""
        return self.total_by_kind.get(kind, self.total_other)


def text_writer(sheet: Worksheet, styles: CellStyles) -> CellWriter:
    """Write any value as a string cell, quote-prefixed when it starts like a formula."""
    write_string = sheet.write_string
    literal = styles.literal
    triggers = FORMULA_TRIGGERS

    def write(row: int, col: int, value: object) -> None:
        text = value if type(value) is str else str(value)
        if len(text) > MAX_CELL_TEXT:
            styles.cut += 1
        if text.startswith(triggers):
            write_string(row, col, text, literal)
        else:
            write_string(row, col, text)

    return write


def numeric_value(value: object, *, hours: bool = False) -> float | None:
    """Turn a numeric cell value into a float, or None when it is not a number.

    Hours may arrive as a ``timedelta`` (a shift's length); a spreadsheet wants decimal hours.
    """
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, Decimal):
        return float(value)
    if hours and isinstance(value, dt.timedelta):
        return value.total_seconds() / 3600
    return None
