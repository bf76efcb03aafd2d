"""The workbook of rejected rows: the original cells, the row number and every reason.

A secretary fixes the rows in this file and imports it again, so the original headers come
first, unchanged, and the reasons sit in the last column.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from .rows import RowResult

REASON_HEADER = "Reason"
ROW_HEADER = "Row in the original file"


def write_error_report(
    path: str | os.PathLike[str],
    headers: list[str],
    rows: list[RowResult],
    label: Callable[[str], str] | None = None,
    column_of: Callable[[str], int | None] | None = None,
    *,
    say: Callable[[str], str] | None = None,
    titles: tuple[str, str, str] = ("Rejected rows", ROW_HEADER, REASON_HEADER),
) -> Path:
    """Write ``rows`` (the rejected ones) to an .xlsx file; return its path.

    Cells with a problem are shaded and carry the reason as a comment. The GUI passes ``say``
    and ``titles`` (sheet name, row and reason headings) in its own language.
    """
    import xlsxwriter

    path = Path(path)
    label = label or (lambda field: field)
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": False})
    try:
        sheet_name, row_header, reason_header = titles
        sheet = workbook.add_worksheet(sheet_name[:31])
        bold = workbook.add_format({"bold": True, "bg_color": "#DDDDDD"})
        bad = workbook.add_format({"bg_color": "#F8D7DA"})
        date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
        time_format = workbook.add_format({"num_format": "hh:mm"})
        sheet.write_row(0, 0, [*headers, row_header, reason_header], bold)
        sheet.freeze_panes(1, 0)
        width = len(headers)
        for line, row in enumerate(rows, start=1):
            bad_columns = {
                column
                for field in row.errors
                if column_of is not None and (column := column_of(field)) is not None
            }
            for column in range(width):
                value = row.cells[column] if column < len(row.cells) else None
                style = bad if column in bad_columns else None
                if value is None:
                    if style is not None:
                        sheet.write_blank(line, column, None, style)
                elif isinstance(value, dt.datetime | dt.date):
                    sheet.write_datetime(line, column, value, style or date_format)
                elif isinstance(value, dt.time):
                    sheet.write_datetime(line, column, value, style or time_format)
                elif isinstance(value, bool):
                    sheet.write_boolean(line, column, value, style)
                elif isinstance(value, int | float):
                    sheet.write_number(line, column, value, style)
                else:
                    sheet.write_string(line, column, str(value), style)
            sheet.write_number(line, width, row.number)
            sheet.write_string(line, width + 1, row.reasons(label, say))
        sheet.set_column(0, width - 1, 16)
        sheet.set_column(width, width, 12)
        sheet.set_column(width + 1, width + 1, 70)
    finally:
        workbook.close()
    return path
