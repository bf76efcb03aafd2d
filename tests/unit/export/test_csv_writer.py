"""The csv opens right in Excel, re-imports exactly and never carries a live formula."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from groupdesk.core.export.csv_writer import write_csv
from groupdesk.core.export.safety import restore_csv_text
from groupdesk.core.export.table import Column, ColumnKind, ExportCancelled, ReportSheet
from tests.unit.export.samples import INJECTIONS, SHIFT_COLUMNS, SHIFT_ROWS


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _shifts() -> ReportSheet:
    return ReportSheet("Shifts", SHIFT_COLUMNS, iter(SHIFT_ROWS), len(SHIFT_ROWS))


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "shifts.csv"
    assert write_csv(_shifts(), path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNama,Tanggal,")
    assert b"\r\n" in raw
    assert [p.name for p in tmp_path.iterdir()] == ["shifts.csv"]


def test_values_are_machine_readable(tmp_path: Path) -> None:
    path = tmp_path / "shifts.csv"
    write_csv(_shifts(), path)
    header, first, second, empty = _read(path)
    assert header == [column.title for column in SHIFT_COLUMNS]
    assert first == ["Siti Nurhaliza", "2024-03-05", "08:00", "2024-03-05 07:45", "4.50",
                     "150000", "3", "TRUE"]  # fmt: skip
    assert second[4:6] == ["2.25", "-25000.5"]  # negative numbers are not escaped
    assert empty == ["Ni Luh Putu Ayu Wulandari", "", "", "", "", "", "", ""]


@pytest.mark.parametrize("text", INJECTIONS)
def test_formula_like_text_is_neutralised(tmp_path: Path, text: str) -> None:
    columns = [Column("name", "Nama"), Column("amount", "Jumlah", ColumnKind.NUMBER)]
    path = tmp_path / "members.csv"
    write_csv(ReportSheet("Members", columns, iter([(text, -5)])), path)
    _, (name, amount) = _read(path)
    assert name == "'" + text
    assert restore_csv_text(name) == text
    assert amount == "-5"


def test_formula_like_header_is_neutralised(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    write_csv(ReportSheet("H", [Column("a", "=SUM(A1)")], iter([])), path)
    assert _read(path) == [["'=SUM(A1)"]]


def test_text_in_typed_columns_is_neutralised_too(tmp_path: Path) -> None:
    columns = [Column("n", "N", ColumnKind.NUMBER), Column("d", "D", ColumnKind.DATE)]
    path = tmp_path / "odd.csv"
    write_csv(ReportSheet("Odd", columns, iter([("=1+2", "-kemarin")])), path)
    assert _read(path)[1] == ["'=1+2", "'-kemarin"]


def test_quotes_commas_and_newlines_survive(tmp_path: Path) -> None:
    text = 'Jl. "Merdeka", No. 17\nBandung'
    path = tmp_path / "q.csv"
    write_csv(ReportSheet("Q", [Column("a", "Alamat")], iter([(text,)])), path)
    assert _read(path)[1] == [text]


def test_cancel_leaves_no_file_and_keeps_an_earlier_one(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = ((f"Anggota {n}", dt.date(2000, 1, 1)) for n in range(5000))
    columns = [Column("n", "Nama"), Column("d", "Lahir", ColumnKind.DATE)]
    with pytest.raises(ExportCancelled):
        write_csv(ReportSheet("Big", columns, rows, 5000), path, lambda done, _: done < 1000)
    assert list(tmp_path.iterdir()) == []

    path.write_text("earlier")
    with pytest.raises(ExportCancelled):
        write_csv(_shifts(), path, lambda done, total: False)
    assert path.read_text() == "earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["big.csv"]


def test_ragged_row_is_refused_without_leaving_a_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="2 values for 1 columns"):
        write_csv(ReportSheet("Bad", [Column("a", "A")], iter([("x", "y")])), tmp_path / "b.csv")
    assert list(tmp_path.iterdir()) == []
