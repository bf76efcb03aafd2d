"""Write a :class:`Report` as an Excel workbook that looks made by a careful person.

Each data sheet gets a bold, filled, frozen header; an Excel table with filter buttons;
fitted column widths; real date, time and number cells; and, where asked, a totals row
whose SUBTOTAL formulas follow the table's filter. An "About this report" sheet says what
the numbers are.

xlsxwriter (in its ``constant_memory`` mode, so memory stays flat however long the roster)
writes the workbook, the header and the totals; the data rows, which are nearly all of the
cells, are written by :mod:`xlsx_rows` and put in place when the tables are added. An
arrears report of 89,739 rows took 5.4 s with xlsxwriter writing every cell and 1.5 s so
(see the dues and export benchmarks).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import xlsxwriter
from xlsxwriter.utility import xl_col_to_name, xl_range
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from groupdesk.core.export.atomic import replace_on_success
from groupdesk.core.export.headers import unique_titles
from groupdesk.core.export.progress import ProgressTicker
from groupdesk.core.export.safety import starts_like_formula
from groupdesk.core.export.sheet_names import SheetNamer, clean_sheet_name
from groupdesk.core.export.table import ColumnKind, Progress, Report, ReportSheet
from groupdesk.core.export.xlsx_cells import CellStyles, numeric_value, text_writer
from groupdesk.core.export.xlsx_rows import RowWriter
from groupdesk.core.export.xlsx_tables import TableColumn, TableSpec, add_tables
from groupdesk.core.export.xlsx_widths import WidthEstimator
from groupdesk.core.messages import catalogue

ABOUT_SHEET = "About this report"
TOTAL_LABEL = "Total"


def about_sheet_name(language: str = "en") -> str:
    """The "About this report" sheet's name in the report language."""
    return clean_sheet_name(catalogue(language).text("report.about.sheet"))


SUMMABLE = frozenset({ColumnKind.INTEGER, ColumnKind.NUMBER, ColumnKind.HOURS, ColumnKind.MONEY})
MAX_ROWS = 1_048_576 - 2
"""Excel's row limit, less the header and the totals row."""


def write_xlsx(
    report: Report,
    path: Path,
    progress: Progress | None = None,
    *,
    cut: Callable[[int], None] | None = None,
) -> int:
    """Write ``report`` to ``path`` and return the number of data rows written.

    ``cut(n)`` is told how many text cells were longer than Excel allows (32,767 characters)
    and were cut, when there were any: the caller says so instead of losing text silently.

    The file appears at ``path`` only when complete; on :class:`ExportCancelled` or any error
    nothing is left there (an earlier file of that name is kept as it was).
    """
    ticker = ProgressTicker(progress, _total_rows(report.sheets))
    ticker.start()
    with (
        tempfile.TemporaryDirectory(
            prefix="groupdesk-xlsx-", ignore_cleanup_errors=True
        ) as scratch,
        replace_on_success(Path(path)) as temp,
    ):
        streamed = Path(scratch) / "streamed.xlsx"
        workbook = xlsxwriter.Workbook(
            str(streamed),
            {
                "constant_memory": True,
                "tmpdir": scratch,
                "remove_timezone": True,
                "nan_inf_to_errors": True,
            },
        )
        closed = False
        try:
            _set_properties(workbook, report)
            styles = CellStyles(workbook)
            namer = SheetNamer()
            about = about_sheet_name(report.language)
            total = catalogue(report.language).text("report.total")
            namer.reserve(about)
            tables: list[TableSpec] = []
            counts: list[tuple[str, int]] = []
            for sheet in report.sheets:
                name = namer.name(sheet.name)
                worksheet = workbook.add_worksheet(name)
                rows, spec = _write_sheet(
                    worksheet,
                    name,
                    sheet,
                    styles,
                    ticker,
                    total,
                    rows_file=Path(scratch) / f"rows{len(tables) + 1}.xml",
                )
                tables.append(spec)
                counts.append((name, rows))
            _write_about(workbook.add_worksheet(about), report, counts, styles)
            ticker.finish()
            workbook.close()
            closed = True
            if cut is not None and styles.cut:
                cut(styles.cut)
        finally:
            if not closed:
                # Closing releases xlsxwriter's row files; the output is thrown away with
                # the scratch folder.
                with contextlib.suppress(Exception):
                    workbook.close()
        add_tables(streamed, temp, tables)
    return ticker.done


def _total_rows(sheets: Sequence[ReportSheet]) -> int | None:
    counts = [sheet.row_count for sheet in sheets]
    if any(count is None for count in counts):
        return None
    return sum(count for count in counts if count is not None)


def _set_properties(workbook: Workbook, report: Report) -> None:
    """Fill the document properties a file manager or Excel's Info pane shows."""
    workbook.set_properties(
        {
            "title": report.title,
            "comments": catalogue(report.language)
            .text("report.about.exported_by", version=report.app_version)
            .strip(),
            "created": report.generated_at.replace(tzinfo=None),
        }
    )


def _write_sheet(
    worksheet: Worksheet,
    name: str,
    sheet: ReportSheet,
    styles: CellStyles,
    ticker: ProgressTicker,
    total_label: str = TOTAL_LABEL,
    *,
    rows_file: Path,
) -> tuple[int, TableSpec]:
    """Stream one sheet's rows in order and describe the table to add around them.

    The header and the totals row are xlsxwriter's; the data rows go to ``rows_file``
    (:mod:`xlsx_rows`), which is put between them when the tables are added.
    """
    columns = sheet.columns
    if not columns:
        raise ValueError(f"sheet {sheet.name!r} has no columns")
    width = len(columns)
    titles = unique_titles(columns)
    for col, title in enumerate(titles):
        fmt = styles.header_literal if starts_like_formula(title) else styles.header
        worksheet.write_string(0, col, title, fmt)
    worksheet.freeze_panes(1, 0)
    _set_printing(worksheet)

    data = RowWriter(rows_file, columns, styles)
    summed = [index for index, column in enumerate(columns) if column.total]
    for index in summed:
        if columns[index].kind not in SUMMABLE:
            raise ValueError(f"column {columns[index].key!r} asks for a total but is not numeric")
    sums = dict.fromkeys(summed, 0.0)
    hours = {index: columns[index].kind is ColumnKind.HOURS for index in summed}
    widths = WidthEstimator(columns, titles)
    tick = ticker.tick

    row = 0
    try:
        for row, values in enumerate(sheet.rows, start=1):
            if len(values) != width:
                raise ValueError(
                    f"sheet {sheet.name!r} row {row} has {len(values)} values for {width} columns"
                )
            if row > MAX_ROWS:
                raise ValueError(f"sheet {sheet.name!r} has more rows than Excel can hold")
            data.write(row, values)
            for col in summed:
                number = numeric_value(values[col], hours=hours[col])
                if number is not None:
                    sums[col] += number
            if widths.wants_more():
                widths.observe(values)
            tick()
    finally:
        data.close()

    last_data = max(row, 1)  # a table needs one data row, even an empty one
    table_columns = [TableColumn(title) for title in titles]
    last_row = last_data
    if summed:
        last_row = _write_totals(
            worksheet, sheet, titles, sums, last_data, styles, table_columns, total_label
        )

    for col, column_width in enumerate(widths.widths()):
        worksheet.set_column(col, col, column_width)
    spec = TableSpec(
        sheet_name=name,
        ref=xl_range(0, 0, last_row, width - 1),
        columns=table_columns,
        totals_row=bool(summed),
        rows_file=rows_file,
    )
    return row, spec


def _write_totals(
    worksheet: Worksheet,
    sheet: ReportSheet,
    titles: list[str],
    sums: dict[int, float],
    last_data: int,
    styles: CellStyles,
    table_columns: list[TableColumn],
    total_label: str = TOTAL_LABEL,
) -> int:
    """Write the totals row below the data; return its row and describe it in the table.

    SUBTOTAL(109, ...) sums only the rows a filter leaves visible, like Excel's own table
    totals. The sums computed while streaming are stored as the formulas' cached results,
    because LibreOffice (by default) and file previewers show those without recalculating.
    """
    total_row = last_data + 1
    label_col = next((col for col in range(len(titles)) if col not in sums), None)
    if label_col is not None:
        worksheet.write_string(total_row, label_col, total_label, styles.total_label)
        table_columns[label_col] = TableColumn(titles[label_col], total_label=total_label)
    for col, total in sums.items():
        letter = xl_col_to_name(col)
        formula = f"SUBTOTAL(109,{letter}2:{letter}{last_data + 1})"
        fmt = styles.total_format(sheet.columns[col].kind)
        worksheet.write_formula(total_row, col, formula, fmt, total)
        table_columns[col] = TableColumn(titles[col], total_formula=formula)
    return total_row


def _set_printing(worksheet: Worksheet) -> None:
    """Print on A4 (the paper used in Indonesia), landscape, all columns on one page wide,
    with the header repeated on every page: rosters do get printed for meetings."""
    worksheet.set_paper(9)
    worksheet.set_landscape()
    worksheet.fit_to_pages(1, 0)
    worksheet.repeat_rows(0)


def _write_about(
    worksheet: Worksheet, report: Report, counts: list[tuple[str, int]], styles: CellStyles
) -> None:
    """Say what the file is, when it was made, under which filters, and how much is in it.

    A report found on a shared drive months later must explain itself.
    """
    as_text = text_writer(worksheet, styles)
    say = catalogue(report.language).text
    worksheet.write_string(0, 0, report.title or say("report.untitled"), styles.title)
    line = 2

    def pair(label: str, value: object) -> None:
        nonlocal line
        worksheet.write_string(line, 0, label, styles.bold)
        if value is not None:
            as_text(line, 1, value)
        line += 1

    worksheet.write_string(line, 0, say("report.about.generated_at"), styles.bold)
    worksheet.write_datetime(
        line, 1, report.generated_at.replace(tzinfo=None), styles.about_datetime
    )
    line += 1
    pair(say("report.about.version"), report.app_version)
    line += 1
    worksheet.write_string(line, 0, say("report.about.filters"), styles.bold)
    line += 1
    if report.filters:
        for key, value in report.filters.items():
            pair(f"  {key}", value)
    else:
        pair("  " + say("report.about.no_filters"), None)
    line += 1
    worksheet.write_string(line, 0, say("report.about.rows_per_sheet"), styles.bold)
    line += 1
    for name, rows in counts:
        pair(f"  {name}", None)
        worksheet.write_number(line - 1, 1, rows, styles.integer)
    labels = [
        say("report.about.generated_at"),
        say("report.about.version"),
        say("report.about.rows_per_sheet"),
    ]
    labels += [f"  {key}" for key in report.filters] + [f"  {name}" for name, _ in counts]
    worksheet.set_column(0, 0, min(40, max(len(label) for label in labels) + 2))
    values = [*report.filters.values(), report.app_version, "31/12/2024 23:59"]
    worksheet.set_column(1, 1, min(60, max(len(str(value)) for value in values) + 2))
