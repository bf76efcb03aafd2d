"""Tiny files that ask for huge sheets, and a reader that crashes: one sentence, never a dead
process. The guard refuses them before any library reads them; without the guard the child
process that reads them dies alone, and the caller gets a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter

from groupdesk.core.importing.plan import load_source
from groupdesk.core.spreadsheet import (
    ReadCancelled,
    SpreadsheetError,
    UnsafeWorkbook,
    isolated,
    open_workbook,
    read_sheet,
    reader,
)

from .builders import far_cell_xlsx, repeated_ods


def test_one_cell_at_xfd1048576_is_refused_with_its_address(tmp_path: Path) -> None:
    path = far_cell_xlsx(tmp_path / "anggota.xlsx")
    assert path.stat().st_size < 5_000
    with pytest.raises(UnsafeWorkbook) as caught:
        read_sheet(path)
    assert "XFD1048576" in caught.value.reason and "1,048,576 rows" in caught.value.reason
    with pytest.raises(UnsafeWorkbook):
        open_workbook(path)


def test_repeated_rows_and_cells_of_an_ods_are_refused(tmp_path: Path) -> None:
    path = repeated_ods(tmp_path / "anggota.ods")
    assert path.stat().st_size < 1_000
    with pytest.raises(UnsafeWorkbook) as caught:
        open_workbook(path)
    assert "99,001 rows by 1,000 columns" in caught.value.reason


def test_a_styled_empty_far_cell_and_libreoffice_padding_are_read(tmp_path: Path) -> None:
    assert read_sheet(far_cell_xlsx(tmp_path / "a.xlsx", styled_only=True)) == [["Nama"], ["Ayu"]]
    ods = repeated_ods(tmp_path / "a.ods", rows=3, columns=2)
    assert read_sheet(ods) == [["Nama", None], ["x", "x"], ["x", "x"], ["x", "x"]]


def test_a_native_crash_while_reading_is_one_sentence(tmp_path, monkeypatch) -> None:
    """Without the guard, calamine aborts on the allocation: only the child dies."""
    monkeypatch.setattr(reader, "check_bounds", lambda path, fmt: None)
    path = far_cell_xlsx(tmp_path / "anggota.xlsx")
    with pytest.raises(UnsafeWorkbook) as caught:
        read_sheet(path)
    assert "memory" in caught.value.reason and "\n" not in caught.value.reason
    assert read_sheet(far_cell_xlsx(tmp_path / "b.xlsx", styled_only=True))  # still alive


def test_runaway_memory_is_stopped_by_the_childs_limit(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(reader, "check_bounds", lambda path, fmt: None)
    monkeypatch.setattr(isolated, "MEMORY_LIMIT", 1 << 30)
    with pytest.raises(UnsafeWorkbook) as caught:
        open_workbook(repeated_ods(tmp_path / "anggota.ods"))
    assert "1 GB of memory" in caught.value.reason


def test_cancel_stops_the_reading_child(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(reader, "check_bounds", lambda path, fmt: None)
    with pytest.raises(ReadCancelled):
        read_sheet(repeated_ods(tmp_path / "anggota.ods"), keep_going=lambda: False)


def test_a_formula_is_read_as_its_cached_value_and_said_so(tmp_path: Path) -> None:
    path = tmp_path / "anggota.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Anggota")
    sheet.write_row(0, 0, ["Nama", "Kota"])
    sheet.write_formula(1, 0, '=IF(B2="","",B2)', None, 0)  # Excel saved 0 as its value
    sheet.write_string(1, 1, "Bandung")
    sheet.write_row(2, 0, ["Budi", "Medan"])
    book.close()
    table = load_source(path)
    assert table.rows[1][0] == 0
    assert table.formulas == 1 and table.formula_cells == ("A2",)
    assert any("formula" in note and "A2" in note for note in table.notes())
    plain = tmp_path / "plain.xlsx"
    book = xlsxwriter.Workbook(str(plain))
    book.add_worksheet("Anggota").write_row(0, 0, ["Nama", "Kota"])
    book.worksheets()[0].write_row(1, 0, ["Ayu", "Bandung"])
    book.close()
    assert load_source(plain).notes() == []


def test_a_csv_field_over_128_kb_is_read_whole(tmp_path: Path) -> None:
    note = "catatan panjang " * 20_000  # 320,000 characters: a long note GroupDesk exported
    path = tmp_path / "anggota.csv"
    path.write_text(f'Nama,Catatan\nAyu,"{note}"\n', encoding="utf-8")
    assert read_sheet(path)[1] == ["Ayu", note]


def test_a_named_pipe_is_named_not_waited_on(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "anggota.xlsx"
    os.mkfifo(fifo)
    with pytest.raises(SpreadsheetError) as caught:
        open_workbook(fifo)
    assert "named pipe" in caught.value.reason


def test_dates_and_numbers_come_back_from_the_child_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "anggota.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Anggota")
    sheet.write_row(0, 0, ["Nama", "Lahir", "Nomor", "Nilai"])
    sheet.write_string(1, 0, "Ayu")
    sheet.write_datetime(1, 1, dt.datetime(1990, 8, 17), book.add_format({"num_format": "d/m/yy"}))
    sheet.write_number(1, 2, 1234)
    sheet.write_number(1, 3, 2.5)
    book.close()
    assert read_sheet(path)[1] == ["Ayu", dt.date(1990, 8, 17), 1234, 2.5]
