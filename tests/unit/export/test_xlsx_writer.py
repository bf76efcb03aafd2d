"""The workbook is typed, styled, filterable and safe, checked by reading it back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.escape import unescape

from groupdesk.core.export.table import Column, ColumnKind, ExportCancelled, ReportSheet
from groupdesk.core.export.xlsx_writer import ABOUT_SHEET, write_xlsx
from tests.unit.export.samples import (
    INJECTIONS,
    SHIFT_COLUMNS,
    SHIFT_ROWS,
    make_report,
    shift_report,
)


def _written(tmp_path: Path, report=None) -> openpyxl.Workbook:
    path = tmp_path / "report.xlsx"
    write_xlsx(report or shift_report(), path)
    return openpyxl.load_workbook(path)


def test_returns_rows_written_and_leaves_only_the_file(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    assert write_xlsx(shift_report(), path) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_header_is_bold_filled_and_frozen(tmp_path: Path) -> None:
    sheet = _written(tmp_path)["Shifts"]
    assert [cell.value for cell in sheet[1]] == [column.title for column in SHIFT_COLUMNS]
    for cell in sheet[1]:
        assert cell.font.b
        assert cell.fill.fill_type == "solid"
    assert sheet.freeze_panes == "A2"


def test_data_sheet_is_an_excel_table_with_totals(tmp_path: Path) -> None:
    sheet = _written(tmp_path)["Shifts"]
    (table,) = sheet.tables.values()
    assert table.ref == "A1:H5"
    assert table.autoFilter.ref == "A1:H4"
    assert table.totalsRowCount == 1
    assert [column.name for column in table.tableColumns] == [c.title for c in SHIFT_COLUMNS]


def test_totals_row_sums_with_subtotal_and_caches_the_result(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    write_xlsx(shift_report(), path)
    formulas = openpyxl.load_workbook(path)["Shifts"]
    cached = openpyxl.load_workbook(path, data_only=True)["Shifts"]
    assert formulas["A5"].value == "Total"
    assert formulas["E5"].value == "=SUBTOTAL(109,E2:E4)"
    assert formulas["F5"].value == "=SUBTOTAL(109,F2:F4)"
    assert cached["E5"].value == pytest.approx(6.75)
    assert cached["F5"].value == pytest.approx(124999.5)
    assert formulas["G5"].value is None


def test_cells_are_typed_with_indonesian_formats(tmp_path: Path) -> None:
    sheet = _written(tmp_path)["Shifts"]
    day, start, logged, hours, fee, count, paid = (cell for cell in sheet[2][1:])
    assert day.is_date and day.value == dt.datetime(2024, 3, 5)
    assert day.number_format == "dd/mm/yyyy"
    assert start.value == dt.time(8, 0) and start.number_format == "hh:mm"
    assert logged.value == dt.datetime(2024, 3, 5, 7, 45)
    assert logged.number_format == "dd/mm/yyyy hh:mm"
    assert hours.value == 4.5 and hours.number_format == "0.00"
    assert fee.data_type == "n" and fee.number_format == "#,##0.00"
    assert count.value == 3 and count.data_type == "n"
    assert paid.value is True
    assert sheet["E3"].value == pytest.approx(2.25)  # a timedelta becomes decimal hours
    assert sheet["F3"].value == -25000.5  # negative numbers stay numbers
    assert [cell.value for cell in sheet[4][1:]] == [None] * 7


def test_column_widths_fit_content_within_bounds(tmp_path: Path) -> None:
    sheet = _written(tmp_path)["Shifts"]
    name = sheet.column_dimensions["A"].width
    assert len("Ni Luh Putu Ayu Wulandari") <= name <= 60
    assert 10 <= sheet.column_dimensions["B"].width <= 20


def test_fixed_width_wins(tmp_path: Path) -> None:
    columns = [Column("note", "Catatan", width=45)]
    report = make_report([ReportSheet("Notes", columns, iter([("x" * 200,)]))])
    assert _written(tmp_path, report)["Notes"].column_dimensions["A"].width == pytest.approx(
        45, abs=1
    )


@pytest.mark.parametrize("text", INJECTIONS)
def test_formula_like_text_stays_literal_text(tmp_path: Path, text: str) -> None:
    columns = [Column("name", "Nama"), Column("amount", "Jumlah", ColumnKind.NUMBER)]
    report = make_report([ReportSheet("Members", columns, iter([(text, -5)]))])
    sheet = _written(tmp_path, report)["Members"]
    cell = sheet["A2"]
    assert cell.data_type == "s"
    # openpyxl leaves Excel's _x000D_ escape of a carriage return in inline strings as is.
    assert unescape(cell.value) == text
    assert cell.quotePrefix
    assert sheet["B2"].value == -5


def test_text_in_a_typed_column_is_kept_as_safe_text(tmp_path: Path) -> None:
    columns = [Column("n", "N", ColumnKind.INTEGER), Column("d", "D", ColumnKind.DATE)]
    report = make_report([ReportSheet("Odd", columns, iter([("=1+2", "kemarin")]))])
    sheet = _written(tmp_path, report)["Odd"]
    assert sheet["A2"].data_type == "s" and sheet["A2"].value == "=1+2"
    assert sheet["B2"].value == "kemarin"


def test_dates_excel_cannot_show_are_iso_text(tmp_path: Path) -> None:
    columns = [Column("d", "Lahir", ColumnKind.DATE)]
    report = make_report([ReportSheet("Old", columns, iter([(dt.date(1899, 12, 1),)]))])
    assert _written(tmp_path, report)["Old"]["A2"].value == "1899-12-01"


def test_hostile_and_repeated_sheet_names(tmp_path: Path) -> None:
    names = ["Shifts 01/02", "shifts 01/02", "History", "[a]:*?", "", "x" * 40, ABOUT_SHEET]
    sheets = [ReportSheet(name, [Column("a", "A")], iter([("v",)])) for name in names]
    workbook = _written(tmp_path, make_report(sheets))
    assert workbook.sheetnames == [
        "Shifts 01-02",
        "shifts 01-02 (2)",
        "History (2)",
        "(a)-__",
        "Sheet",
        "x" * 31,
        "About this report (2)",
        ABOUT_SHEET,
    ]
    tables = [t.name for ws in workbook for t in ws.tables.values()]
    assert len(tables) == len(set(tables)) == len(names)


def test_blank_and_repeated_titles_become_valid_table_headers(tmp_path: Path) -> None:
    columns = [Column("a", "Nama"), Column("b", "nama"), Column("c", " "), Column("d", "=x")]
    report = make_report([ReportSheet("T", columns, iter([(1, 2, 3, 4)]))])
    sheet = _written(tmp_path, report)["T"]
    headers = [cell.value for cell in sheet[1]]
    assert headers == ["Nama", "nama (2)", "Column 3", "=x"]
    (table,) = sheet.tables.values()
    assert [column.name for column in table.tableColumns] == headers


def test_empty_sheet_is_still_a_valid_table(tmp_path: Path) -> None:
    report = make_report([ReportSheet("Kosong", SHIFT_COLUMNS, iter([]), 0)])
    path = tmp_path / "empty.xlsx"
    assert write_xlsx(report, path) == 0
    sheet = openpyxl.load_workbook(path)["Kosong"]
    (table,) = sheet.tables.values()
    assert table.ref == "A1:H3"
    assert sheet["E3"].value == "=SUBTOTAL(109,E2:E2)"


def test_about_sheet_explains_the_report(tmp_path: Path) -> None:
    report = make_report(
        [
            ReportSheet("Shifts", SHIFT_COLUMNS, iter(SHIFT_ROWS)),
            ReportSheet("Kosong", SHIFT_COLUMNS, iter([])),
        ]
    )
    about = _written(tmp_path, report)[ABOUT_SHEET]
    pairs = {row[0]: row[1] for row in about.iter_rows(values_only=True) if row[0]}
    assert about["A1"].value == "Laporan Relawan"
    assert pairs["Generated at"] == dt.datetime(2024, 5, 1, 9, 30)
    assert pairs["GroupDesk version"] == "0.1.0"
    assert pairs["  Status"] == "Aktif"
    assert pairs["  Kota"] == "Bandung"
    assert pairs["  Shifts"] == 3
    assert pairs["  Kosong"] == 0


def test_rows_are_consumed_once_as_a_stream(tmp_path: Path) -> None:
    pulled = []

    def rows() -> Iterator[tuple[object, ...]]:
        for number in range(1, 1001):
            pulled.append(number)
            yield (f"Anggota {number}",)

    report = make_report([ReportSheet("Stream", [Column("n", "Nama")], rows())])
    assert write_xlsx(report, tmp_path / "s.xlsx") == 1000
    assert pulled == list(range(1, 1001))


def test_progress_reports_and_cancel_leaves_no_file(tmp_path: Path) -> None:
    calls: list[tuple[int, int | None]] = []

    def progress(done: int, total: int | None) -> bool:
        calls.append((done, total))
        return done < 1000

    rows = ((f"Anggota {n}",) for n in range(5000))
    report = make_report([ReportSheet("Big", [Column("n", "Nama")], rows, 5000)])
    path = tmp_path / "big.xlsx"
    with pytest.raises(ExportCancelled):
        write_xlsx(report, path, progress)
    assert calls[0] == (0, 5000)
    assert calls[-1] == (1000, 5000)
    assert list(tmp_path.iterdir()) == []


def test_cancel_keeps_an_earlier_export(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    path.write_bytes(b"earlier export")
    with pytest.raises(ExportCancelled):
        write_xlsx(shift_report(), path, lambda done, total: False)
    assert path.read_bytes() == b"earlier export"
    assert [p.name for p in tmp_path.iterdir()] == ["big.xlsx"]


def test_error_in_the_row_source_leaves_no_file(tmp_path: Path) -> None:
    def rows() -> Iterator[tuple[object, ...]]:
        yield ("ok",)
        raise RuntimeError("database went away")

    report = make_report([ReportSheet("Broken", [Column("n", "Nama")], rows())])
    with pytest.raises(RuntimeError):
        write_xlsx(report, tmp_path / "broken.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_row_of_the_wrong_length_is_refused(tmp_path: Path) -> None:
    report = make_report([ReportSheet("Bad", [Column("n", "Nama")], iter([("a", "b")]))])
    with pytest.raises(ValueError, match="2 values for 1 columns"):
        write_xlsx(report, tmp_path / "bad.xlsx")
    assert list(tmp_path.iterdir()) == []


def _traced_peak(tmp_path: Path, count: int) -> int:
    import tracemalloc

    rows = ((f"Anggota {n}", dt.date(2000, 1, 1), n * 1.5) for n in range(count))
    columns = [
        Column("n", "Nama"),
        Column("d", "Lahir", ColumnKind.DATE),
        Column("h", "Jam", ColumnKind.HOURS, total=True),
    ]
    report = make_report([ReportSheet("Big", columns, rows)])
    tracemalloc.start()
    try:
        write_xlsx(report, tmp_path / f"big-{count}.xlsx")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_memory_stays_flat_as_rows_grow(tmp_path: Path) -> None:
    # The peak is a few MB of fixed buffers (zip chunks); tripling the rows must not triple it.
    # Holding 60,000 such rows, or xlsxwriter's cells for them, would take tens of MB.
    small = _traced_peak(tmp_path, 20_000)
    large = _traced_peak(tmp_path, 60_000)
    assert large < small * 1.5, (small, large)
    assert large < 8 * 1024 * 1024, large


def test_total_on_a_text_column_is_a_programming_error(tmp_path: Path) -> None:
    report = make_report([ReportSheet("T", [Column("n", "Nama", total=True)], iter([]))])
    with pytest.raises(ValueError, match="not numeric"):
        write_xlsx(report, tmp_path / "t.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_prints_landscape_on_a4_with_the_header_on_every_page(tmp_path: Path) -> None:
    sheet = _written(tmp_path)["Shifts"]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToHeight == 0  # any number of pages tall, one wide (default)
    assert sheet.print_title_rows == "$1:$1"
