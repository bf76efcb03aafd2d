"""What a secretary would notice when opening particular real files and odd workbooks."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import openpyxl
import pytest

from groupdesk.core.spreadsheet import reader
from groupdesk.core.spreadsheet.errors import (
    DamagedWorkbook,
    EmptyWorkbook,
    SheetNotFound,
    UnsafeWorkbook,
)
from groupdesk.core.spreadsheet.header import detect_header
from groupdesk.core.spreadsheet.reader import open_workbook, read_sheet
from tests.conftest import REALFILES

from .builders import million_empty_rows, rewrite_part, write_xlsx

CORPUS = REALFILES / "xlsx-corpus"


def corpus(relative: str) -> Path:
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip(f"corpus file {relative} is not present")
    return path


def test_libreoffice_1904_workbook_reads_serial_42735_as_new_year_2021() -> None:
    path = corpus("calamine/date_1904.xlsx")
    assert open_workbook(path).date1904 is True
    rows = read_sheet(path)
    assert rows[0][0] == dt.date(2021, 1, 1)
    assert rows[1][0] == dt.date(2021, 1, 2)


def test_mac_excel_1904_workbook_first_price_date() -> None:
    path = corpus("roo/1904_base.xlsx")
    assert open_workbook(path).date1904 is True
    assert read_sheet(path)[0][0] == dt.date(2009, 6, 15)


def test_mac_excel_2008_1904_cell_types() -> None:
    rows = read_sheet(corpus("tealeg-xlsx/testcelltypes.xlsx"))
    by_label = {label: value for value, label in rows}
    assert by_label["int"] == 12345 and isinstance(by_label["int"], int)
    assert by_label["float"] == 1.024
    assert by_label["date"] == dt.date(2015, 1, 1)
    assert by_label["bool"] is True
    assert by_label["error"] is None  # #DIV/0! is not an exception and not a value


def test_1900_workbook_reports_date1904_false() -> None:
    assert open_workbook(corpus("calamine/date.xlsx")).date1904 is False


def test_header_found_below_note_lines_at_row_9() -> None:
    guess = detect_header(read_sheet(corpus("calamine/header-row.xlsx")))
    assert guess.row_number == 9
    assert guess.headers == ["Columns", "Column A", "Column B", "Column C"]


def test_table_starting_at_b4() -> None:
    rows = read_sheet(corpus("calamine/temperature-in-middle.xlsx"))
    guess = detect_header(rows)
    assert (guess.row, guess.first_col, guess.last_col) == (3, 1, 2)
    assert guess.headers == ["label", "value"]
    assert rows[4][1:] == ["celsius", 22.2222]


def test_strict_ooxml_rows_read() -> None:
    rows = read_sheet(corpus("calamine/strict_iso_paths.xlsx"))
    assert len(rows) == 76 and len(rows[0]) == 18
    assert rows[0][:3] == ["Item", "Thickness", "Number Off Bends"]
    assert read_sheet(corpus("roo/strict.xlsx"), "Sheet2") == [["Sheet 2"]]


def test_x000d_escape_becomes_a_line_break() -> None:
    value = read_sheet(corpus("calamine/has_x000D_.xlsx"))[0][0]
    assert value in ("ABC\r\nDEF", "ABC\nDEF")


def test_windows_phone_utf16_workbook_reads_through_the_fallback() -> None:
    path = corpus("roo/Pfand_from_windows_phone.xlsx")
    info = open_workbook(path)
    assert [sheet.name for sheet in info.sheets] == ["Blatt1", "Blatt2", "Blatt3"]
    rows = read_sheet(path)
    assert rows[0][1] == "Summe"
    assert rows[1][:3] == [dt.date(2011, 9, 14), 3.81, 0.7]


def test_gnumeric_file_with_a_cell_at_xfd1048576_reads_fast() -> None:
    path = corpus("calamine/issue_174.xlsx")
    started = time.perf_counter()
    rows = read_sheet(path)
    assert time.perf_counter() - started < 2
    assert len(rows) == 2 and rows[0][0] == "Your Ref #" and rows[1][0] == 123


def test_hidden_and_chart_sheets_are_listed_but_not_the_default() -> None:
    path = corpus("calamine/any_sheets.xlsx")
    info = open_workbook(path)
    assert [(s.name, s.visible, s.is_worksheet) for s in info.sheets] == [
        ("Visible", True, True),
        ("Hidden", False, True),
        ("VeryHidden", False, True),
        ("Chart", True, False),
    ]
    assert info.default_sheet == "Visible"
    assert read_sheet(path, "Hidden") == []  # hidden sheets can be chosen explicitly
    with pytest.raises(SheetNotFound, match="chart"):
        read_sheet(path, "Chart")
    with pytest.raises(SheetNotFound, match="no sheet named"):
        read_sheet(path, "Anggota")


def test_default_sheet_skips_hidden_first_sheet() -> None:
    path = corpus("roo/hidden_sheets.xlsx")
    assert open_workbook(path).default_sheet == "VisibleSheet1"
    assert read_sheet(path) == [["visible sheet 1"]]


@pytest.mark.parametrize(
    ("relative", "fmt"), [("roo/type_excel.xlsx", "xls"), ("roo/type_openoffice.xlsx", "ods")]
)
def test_disguised_xls_and_ods_read_by_content(relative: str, fmt: str) -> None:
    path = corpus(relative)
    assert open_workbook(path).format == fmt
    rows = read_sheet(path)
    assert rows[2] == ["Date", "Start time", "End time", "Pause", "Sum", "Comment"]
    assert rows[3][0] == dt.date(2007, 5, 7)


def test_quirky_packages_openpyxl_cannot_read() -> None:
    assert read_sheet(corpus("calamine/issue_419.xlsx")) == [["Hello"]]  # SharedStrings.xml
    assert open_workbook(corpus("calamine/issue_530.xlsx")).sheets[0].name == "出勤分类组织汇总表"
    assert read_sheet(corpus("roo/implicit_coordinates.xlsx")) == [
        ["Test", None, None],
        ["A2", "B2", "C2"],
    ]
    assert read_sheet(corpus("calamine/empty_s_attribute.xlsx"))[:2] == [
        ["Name", "Value"],
        ["John", 1],
    ]
    assert read_sheet(corpus("calamine/minimal_package.xlsx"))[2][:2] == ["BKG_NUM", "BKG_DT"]


def test_plain_python_types_for_every_kind_of_cell() -> None:
    row = read_sheet(corpus("python-calamine/base.xlsx"))[1]
    assert row[:5] == ["String", 1, 1.1, True, False]
    assert type(row[1]) is int
    assert row[5] == dt.date(2010, 10, 10)
    assert row[6] == dt.datetime(2010, 10, 10, 10, 10, 10)
    assert row[7] == dt.time(10, 10, 10)
    assert row[8] == dt.time(10, 10, 10, 100000)
    assert row[9] == "255:10:10"  # a duration over a day, as Excel displays it


def test_big_numbers_and_numeric_text_are_not_mangled() -> None:
    assert read_sheet(corpus("excelize/OverflowNumericCell.xlsx")) == [[8595602512225]]
    assert read_sheet(corpus("calamine/string-ref.xlsx"))[1] == ["-8086931554011838357"]
    assert read_sheet(corpus("calamine/inlineStr_cdata.xlsx"))[1][0] == "12345"


def test_error_cells_do_not_raise() -> None:
    path = corpus("calamine/errors.xlsx")
    for sheet in open_workbook(path).sheets:
        for row in read_sheet(path, sheet.name):
            assert all(value is None or not str(value).startswith("#") for value in row)


def test_out_of_range_date_stays_a_number() -> None:
    assert read_sheet(corpus("python-calamine/issue139.xlsx")) == [["date"], [2994626]]


def test_whitespace_inside_cells_is_kept_by_the_reader() -> None:
    rows = read_sheet(corpus("calamine/whitespace_trim.xlsx"))
    assert rows[1][1] == "  line1\nline2  "


def test_max_rows_limits_a_preview() -> None:
    path = corpus("tealeg-xlsx/noStylesAndSharedStringsTest.xlsx")
    assert len(read_sheet(path)) == 2606
    preview = read_sheet(path, max_rows=10)
    assert len(preview) == 10 and preview[1][0] == "Activity"


def test_workbook_with_1024_sheets() -> None:
    info = open_workbook(corpus("openpyxl/bigfoot.xlsx"))
    assert len(info.sheets) == 1024


def test_empty_sheet_gives_no_rows() -> None:
    assert read_sheet(corpus("calamine/empty_sheet.xlsx")) == []


# --- generated workbooks -------------------------------------------------------------------


def test_million_styled_empty_rows_after_data_are_cheap(tmp_path: Path) -> None:
    path = million_empty_rows(tmp_path / "formatted.xlsx")
    started = time.perf_counter()
    rows = read_sheet(path)
    elapsed = time.perf_counter() - started
    assert rows == [["Nama", "Kota"], ["Budi", "Bandung"]]
    assert elapsed < 5, f"reading took {elapsed:.1f}s"


def test_whole_floats_come_back_as_int_and_trailing_blanks_trimmed(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [["No", "Nama", None, None], [1.0, "Budi", None, None], [2.5, " ", None], [None], [None]],
    )
    rows = read_sheet(path)
    assert rows == [["No", "Nama"], [1, "Budi"], [2.5, None]]  # a lone space is blank
    assert type(rows[1][0]) is int


def test_calamine_failure_falls_back_to_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["Nama"], ["Budi"]])

    def broken(path: Path, fmt: str) -> object:
        raise RuntimeError("simulated calamine failure")

    monkeypatch.setitem(reader._BACKENDS, "xlsx", (broken, reader._openpyxl))
    assert read_sheet(path) == [["Nama"], ["Budi"]]


def test_openpyxl_is_never_used_without_defusedxml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from groupdesk.core.spreadsheet.backends.openpyxl_backend import OpenpyxlBackend

    assert openpyxl.DEFUSEDXML is True
    path = write_xlsx(tmp_path / "a.xlsx", [["Nama"]])
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(UnsafeWorkbook):
        OpenpyxlBackend(path)


def test_corrupt_sheet_xml_is_reported_as_damage(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Nama"], ["Budi"]])
    bad = rewrite_part(
        good, tmp_path / "bad.xlsx", "xl/worksheets/sheet1.xml", lambda data: data[: len(data) // 2]
    )
    with pytest.raises(DamagedWorkbook) as caught:
        read_sheet(bad)
    assert "damaged" in caught.value.reason


def test_missing_sheet_part_is_reported_as_damage(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Nama"]])
    bad = rewrite_part(good, tmp_path / "bad.xlsx", "xl/worksheets/sheet1.xml", lambda data: None)
    with pytest.raises(DamagedWorkbook):
        read_sheet(bad)


def test_truncated_download_is_reported_as_damage(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Nama"], ["Budi"]])
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DamagedWorkbook, match="damaged"):
        open_workbook(cut)


def test_workbook_whose_sheets_are_all_charts(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.create_chartsheet("Grafik")
    workbook.remove(workbook.active)
    workbook.save(tmp_path / "charts.xlsx")
    with pytest.raises(EmptyWorkbook, match="only charts"):
        read_sheet(tmp_path / "charts.xlsx")


def test_negative_max_rows_is_a_programming_error(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["Nama"]])
    with pytest.raises(ValueError):
        read_sheet(path, max_rows=-1)


def _broken(path: Path, fmt: str) -> object:
    raise RuntimeError("simulated calamine failure")


@pytest.mark.parametrize(
    ("relative", "fallback"),
    [
        ("roo/type_excel.xlsx", "_xlrd"),
        ("calamine/date_1904.xlsx", "_openpyxl"),
        ("calamine/any_sheets.xlsx", "_openpyxl"),
        ("python-calamine/base.xlsx", "_openpyxl"),
    ],
)
def test_fallback_libraries_give_the_same_sheets_and_rows(
    relative: str, fallback: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = corpus(relative)
    expected_info, expected_rows = open_workbook(path), read_sheet(path)
    fmt = expected_info.format
    monkeypatch.setitem(reader._BACKENDS, fmt, (_broken, getattr(reader, fallback)))
    assert open_workbook(path) == expected_info
    assert read_sheet(path) == expected_rows
