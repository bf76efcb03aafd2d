"""The workbook of rejected rows: the original cells, the row number and every reason.

A secretary fixes the rows in this file and imports it again, so the original headers come
first, unchanged, and the reasons sit in the last column. The format follows the name: .xlsx
(shaded cells, comments) or .csv; any other name is refused rather than given an xlsx body.
Text that starts like a formula stays text when the report is edited later: xlsx cells carry
the quote prefix, csv cells a leading apostrophe, as the exports do.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from groupdesk.core.errors import Refusal
from groupdesk.core.export.atomic import replace_on_success
from groupdesk.core.export.safety import neutralise_csv_text, starts_like_formula
from groupdesk.core.spreadsheet.cells import cell_text

from .rows import RowResult

REASON_HEADER = "Reason"
ROW_HEADER = "Row in the original file"
FORMATS = (".xlsx", ".csv")


class ReportFormatError(Refusal, ValueError):
    """The report's file name ends in neither .xlsx nor .csv."""

    code = "error_report.format"


def report_format(path: str | os.PathLike[str]) -> str:
    """ "xlsx" or "csv" from the name; ReportFormatError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        if suffix:
            raise ReportFormatError(suffix=suffix)
        raise ReportFormatError("error_report.no_extension")
    return suffix.lstrip(".")


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
    """Write ``rows`` (the rejected ones) to an .xlsx or .csv file; return its path.

    Cells with a problem are shaded (xlsx). The GUI passes ``say`` and ``titles`` (sheet name,
    row and reason headings) in its own language. The file appears only when complete.
    Raises ReportFormatError for a name that ends in neither .xlsx nor .csv.
    """
    path = Path(path)
    fmt = report_format(path)
    label = label or (lambda field: field)
    with replace_on_success(path) as temp:
        if fmt == "csv":
            _write_csv(temp, headers, rows, label, say, titles)
        else:
            _write_xlsx(temp, headers, rows, label, column_of, say, titles)
    return path


def _write_csv(
    path: Path,
    headers: list[str],
    rows: list[RowResult],
    label: Callable[[str], str],
    say: Callable[[str], str] | None,
    titles: tuple[str, str, str],
) -> None:
    import csv

    width = len(headers)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([neutralise_csv_text(text) for text in (*headers, *titles[1:])])
        for row in rows:
            cells = [row.cells[c] if c < len(row.cells) else None for c in range(width)]
            writer.writerow(
                [
                    *(neutralise_csv_text(cell_text(value)) for value in cells),
                    row.number,
                    neutralise_csv_text(row.reasons(label, say)),
                ]
            )


def _write_xlsx(
    path: Path,
    headers: list[str],
    rows: list[RowResult],
    label: Callable[[str], str],
    column_of: Callable[[str], int | None] | None,
    say: Callable[[str], str] | None,
    titles: tuple[str, str, str],
) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": False})
    try:
        sheet_name, row_header, reason_header = titles
        sheet = workbook.add_worksheet(sheet_name[:31])
        bold = workbook.add_format({"bold": True, "bg_color": "#DDDDDD"})
        bad = workbook.add_format({"bg_color": "#F8D7DA"})
        # Kept literal when someone edits the cell later (as the exports do).
        literal = workbook.add_format({"quote_prefix": True})
        bad_literal = workbook.add_format({"bg_color": "#F8D7DA", "quote_prefix": True})
        date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
        time_format = workbook.add_format({"num_format": "hh:mm"})
        heading = workbook.add_format({"bold": True, "bg_color": "#DDDDDD", "quote_prefix": True})
        for column, title in enumerate([*headers, row_header, reason_header]):
            # write_string, never write(): a header "=SUM(...)" must not become a formula
            sheet.write_string(0, column, title, heading if starts_like_formula(title) else bold)
        sheet.freeze_panes(1, 0)
        width = len(headers)
        for line, row in enumerate(rows, start=1):
            bad_columns = {
                found
                for field in row.errors
                if column_of is not None and (found := column_of(field)) is not None
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
                    text = str(value)
                    if starts_like_formula(text):
                        style = bad_literal if style is bad else literal
                    sheet.write_string(line, column, text, style)
            sheet.write_number(line, width, row.number)
            sheet.write_string(line, width + 1, row.reasons(label, say))
        sheet.set_column(0, width - 1, 16)
        sheet.set_column(width, width, 12)
        sheet.set_column(width + 1, width + 1, 70)
    finally:
        workbook.close()
