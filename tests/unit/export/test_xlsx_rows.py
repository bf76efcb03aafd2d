"""The data rows written straight as SpreadsheetML say what xlsxwriter would have said."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import openpyxl
import pytest
from xlsxwriter.utility import _datetime_to_excel_datetime
from xlsxwriter.xmlwriter import XMLwriter

from groupdesk.core.export.table import Column, ColumnKind, ReportSheet
from groupdesk.core.export.xlsx_rows import escape_text, excel_serial
from groupdesk.core.export.xlsx_writer import write_xlsx
from tests.unit.export.samples import make_report

TRICKY = [
    "Siti & Sons <Bandung>",
    'kata "kutip"',
    " spasi di depan",
    "spasi di belakang ",
    "baris\nbaru",
    "nol\x00dan\x1fkontrol",
    "_x0041_ tertulis",
    "tanda\ufffe",
    "Ñoño ✓ 日本",
    "",
]


@pytest.mark.parametrize("text", TRICKY)
def test_text_is_escaped_as_xlsxwriter_escapes_it(text: str) -> None:
    expected = XMLwriter()._escape_data(XMLwriter._escape_control_characters(text))
    assert escape_text(text) == expected


@pytest.mark.parametrize(
    "when",
    [
        dt.date(1900, 1, 1),
        dt.date(1900, 2, 28),
        dt.date(1900, 3, 1),
        dt.date(1985, 8, 17),
        dt.date(2026, 12, 5),
        dt.datetime(1985, 8, 17, 13, 45, 30),
        dt.datetime(2026, 12, 31, 23, 59, 59, 500_000),
    ],
)
def test_dates_have_excels_serials(when: dt.date) -> None:
    assert excel_serial(when) == pytest.approx(_datetime_to_excel_datetime(when, False, True))


def test_tricky_values_come_back_as_they_were_written(tmp_path: Path) -> None:
    columns = [
        Column("text", "Teks"),
        Column("money", "Iuran", ColumnKind.MONEY),
        Column("day", "Tanggal", ColumnKind.DATE),
        Column("at", "Waktu", ColumnKind.DATETIME),
        Column("yes", "Ya", ColumnKind.BOOLEAN),
    ]
    rows = [
        (text, 150_000, dt.date(2026, 12, 5), dt.datetime(2026, 12, 5, 8, 30), True)
        for text in TRICKY
    ]
    rows.append(("x" * 40_000, math.nan, dt.date(1899, 12, 1), None, False))
    path = tmp_path / "laporan.xlsx"
    cut: list[int] = []
    write_xlsx(
        make_report([ReportSheet("Data", columns, iter(rows), len(rows))]), path, cut=cut.append
    )
    sheet = openpyxl.load_workbook(path)["Data"]
    assert sheet.max_row == len(rows) + 1
    read = [tuple(cell.value for cell in row) for row in sheet.iter_rows(min_row=2)]
    for (text, *_), (back, money, day, at, yes) in zip(rows[:-1], read[:-1], strict=True):
        if text == "":
            assert back is None  # an empty text is an empty cell
        elif "\x00" in text or "_x0041_" in text or "\ufffe" in text:
            assert back is not None  # openpyxl leaves Excel's _xHHHH_ escapes as they are
        else:
            assert back == text
        assert (money, day, at, yes) == (
            150_000,
            dt.datetime(2026, 12, 5),
            dt.datetime(2026, 12, 5, 8, 30),
            True,
        )
    assert sheet["B2"].number_format == '"Rp "#,##0'
    assert sheet["C2"].number_format == "dd/mm/yyyy"
    last = read[-1]
    assert last[0] == "x" * 32_767 and cut == [1]
    assert last[1] == "#NUM!"
    assert last[2] == "1899-12-01"  # before Excel's first date: ISO text
    assert last[3] is None and last[4] is False
