"""LibreOffice, standing in for a person's spreadsheet program, reads our exports right.

Injection cases must read back as literal text, dates as dates in dd/mm/yyyy, and the totals
row must be computed by LibreOffice itself from our SUBTOTAL formulas.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

import groupdesk.core.export.xlsx_writer as xlsx_writer
from groupdesk.core.export.csv_writer import write_csv
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.export.xlsx_writer import ABOUT_SHEET, write_xlsx
from tests.integration.export.libreoffice import (
    CSV_AS_SHOWN_ALL_SHEETS,
    CSV_IMPORT,
    convert,
    needs_soffice,
    profile,
)

pytestmark = needs_soffice

INJECTIONS = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "=1+2",
    "+62 812 3456 7890",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+2",
    "\r=1+2",
]
NAMES = ["Ni Luh Putu Ayu Wulandari", "Siti Nur'aini", "Kopi Gayo — Takengon, Aceh", "Dewi 😊"]
COLUMNS = [
    Column("name", "Nama"),
    Column("born", "Tanggal Lahir", ColumnKind.DATE),
    Column("start", "Mulai", ColumnKind.TIME),
    Column("hours", "Jam", ColumnKind.HOURS, total=True),
    Column("fee", "Iuran", ColumnKind.NUMBER, total=True),
]


def _rows() -> list[tuple[object, ...]]:
    texts = NAMES + INJECTIONS
    return [
        (text, dt.date(1990, 3, 5 + index), dt.time(8, 0), 1.25 * (index + 1), -1000.5 * index)
        for index, text in enumerate(texts)
    ]


EXPECTED_HOURS = sum(1.25 * (i + 1) for i in range(len(_rows())))
EXPECTED_FEE = sum(-1000.5 * i for i in range(len(_rows())))


def _report() -> Report:
    return Report(
        title="Laporan Relawan",
        sheets=[
            ReportSheet("Relawan", COLUMNS, iter(_rows())),
            ReportSheet("History", COLUMNS, iter([])),
        ],
        filters={"Kota": "Bandung"},
        generated_at=dt.datetime(2024, 5, 1, 9, 30),
        app_version="0.1.0",
    )


def _read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _sheet_csv(files: list[Path], sheet: str) -> list[list[str]]:
    (match,) = [path for path in files if path.stem.endswith(f"-{sheet}")]
    return _read_csv(match)


def _as_shown(tmp_path: Path, *, recalculate: bool) -> list[Path]:
    source = tmp_path / "laporan.xlsx"
    lo = profile(tmp_path / "lo", recalculate=recalculate)
    return convert(source, CSV_AS_SHOWN_ALL_SHEETS, tmp_path / "csv", lo)


def test_xlsx_text_dates_and_totals_as_libreoffice_shows_them(tmp_path: Path) -> None:
    write_xlsx(_report(), tmp_path / "laporan.xlsx")
    files = _as_shown(tmp_path, recalculate=False)
    header, *body, total = _sheet_csv(files, "Relawan")
    assert header == [column.title for column in COLUMNS]
    assert [row[0] for row in body] == NAMES + INJECTIONS
    assert body[0][1:4] == ["05/03/1990", "08:00", "1.25"]
    assert total[0] == "Total"
    assert float(total[3]) == pytest.approx(EXPECTED_HOURS)
    assert float(total[4].replace(",", "")) == pytest.approx(EXPECTED_FEE)
    empty = _sheet_csv(files, "History (2)")
    assert empty[0] == header
    about = {row[0]: row[1] for row in _sheet_csv(files, ABOUT_SHEET) if row and row[0]}
    assert about["  Relawan"] == str(len(body))
    assert about["  Kota"] == "Bandung"


def test_libreoffice_computes_the_totals_itself(tmp_path: Path, monkeypatch) -> None:
    # Cache wrong totals (0) in the file: only a real evaluation of SUBTOTAL gets them right.
    monkeypatch.setattr(xlsx_writer, "numeric_value", lambda value, hours=False: 0.0)
    write_xlsx(_report(), tmp_path / "laporan.xlsx")
    cached = openpyxl.load_workbook(tmp_path / "laporan.xlsx", data_only=True)["Relawan"]
    assert cached.cell(cached.max_row, 4).value == 0

    _header, *_body, total = _sheet_csv(_as_shown(tmp_path, recalculate=True), "Relawan")
    assert float(total[3]) == pytest.approx(EXPECTED_HOURS)
    assert float(total[4].replace(",", "")) == pytest.approx(EXPECTED_FEE)


def test_xlsx_round_trip_through_libreoffice_keeps_text_and_types(tmp_path: Path) -> None:
    write_xlsx(_report(), tmp_path / "laporan.xlsx")
    (saved,) = convert(tmp_path / "laporan.xlsx", "xlsx", tmp_path / "out", tmp_path / "lo")
    sheet = openpyxl.load_workbook(saved)["Relawan"]
    rows = list(sheet.iter_rows(min_row=2, max_row=len(_rows()) + 1))
    for row, expected in zip(rows, NAMES + INJECTIONS, strict=True):
        name, born, _start, hours, fee = row
        assert name.data_type == "s"
        assert name.value.replace("_x000D_", "\r") == expected
        assert isinstance(born.value, dt.datetime)
        assert born.number_format.lower().startswith("dd/mm/yyyy")
        assert hours.data_type == "n"
        assert fee.data_type == "n"
    assert rows[1][4].value == -1000.5


def test_csv_neutralised_text_is_not_evaluated(tmp_path: Path) -> None:
    columns = [Column("name", "Nama"), Column("fee", "Iuran", ColumnKind.NUMBER)]
    rows = [(text, -5) for text in INJECTIONS]
    source = tmp_path / "anggota.csv"
    write_csv(ReportSheet("Anggota", columns, iter(rows)), source)
    (imported,) = convert(source, "xlsx", tmp_path / "out", tmp_path / "lo", CSV_IMPORT)
    sheet = openpyxl.load_workbook(imported).active
    for row, text in zip(sheet.iter_rows(min_row=2), INJECTIONS, strict=True):
        name, fee = row
        assert name.data_type == "s", (text, name.value)
        assert name.value.replace("_x000D_", "\r").replace("\n", "\r") in {
            "'" + text,
            "'" + text.replace("\r", "\n"),
        }
        assert fee.value == -5


def test_control_unescaped_csv_formula_would_be_evaluated(tmp_path: Path) -> None:
    # Guards the test above: the same import does evaluate a bare formula.
    source = tmp_path / "raw.csv"
    source.write_text("Nama\r\n=1+2\r\n", encoding="utf-8-sig")
    (imported,) = convert(source, "xlsx", tmp_path / "out", tmp_path / "lo", CSV_IMPORT)
    assert openpyxl.load_workbook(imported).active["A2"].data_type == "f"
