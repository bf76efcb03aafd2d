"""CSV files as Excel, Google Sheets and other programs write them, and a round-trip property."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupdesk.core.spreadsheet.csv_reader import read_csv, sniff_csv
from groupdesk.core.spreadsheet.errors import EmptyWorkbook
from groupdesk.core.spreadsheet.reader import open_workbook, read_sheet
from tests.conftest import REALFILES

ROWS = [
    ["Nama", "Kota", "Catatan"],
    ["Budi Sentosa", "Bandung", "ketua"],
    ["Siti Aïsyah", "Medan", "-"],
]


def _write(path: Path, rows: list[list[str]], delimiter: str, encoding: str) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", None),  # no BOM: must not be taken for text
        ("cp1252", "cp1252"),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, expected: str | None) -> None:
    path = _write(tmp_path / "a.csv", ROWS, ",", encoding)
    if expected is None:
        with pytest.raises(Exception) as caught:
            read_sheet(path)
        assert hasattr(caught.value, "reason")
        return
    assert sniff_csv(path).encoding == expected
    assert read_csv(path) == ROWS
    assert read_sheet(path)[2][0] == "Siti Aïsyah"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    path = _write(tmp_path / "a.csv", ROWS, delimiter, "utf-8")
    assert sniff_csv(path).delimiter == delimiter
    assert read_csv(path) == ROWS


def test_indonesian_excel_semicolons_with_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "nilai.csv"
    path.write_bytes("Nama;Nilai;Iuran\r\nBudi;7,5;150.000\r\nAni;8,25;75.000\r\n".encode("cp1252"))
    assert read_csv(path) == [
        ["Nama", "Nilai", "Iuran"],
        ["Budi", "7,5", "150.000"],
        ["Ani", "8,25", "75.000"],
    ]


def test_quoted_newlines_and_delimiters_inside_fields(tmp_path: Path) -> None:
    path = tmp_path / "alamat.csv"
    path.write_text('Nama,Alamat\n"Budi","Jl. Merdeka 1,\nBandung"\n"Ani ""Ani"" S",Medan\n')
    assert read_csv(path) == [
        ["Nama", "Alamat"],
        ["Budi", "Jl. Merdeka 1,\nBandung"],
        ['Ani "Ani" S', "Medan"],
    ]


def test_excel_sep_hint_line(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_text("sep=;\nNama;Kota,Provinsi\nBudi;Bandung, Jawa Barat\n")
    assert read_csv(path) == [["Nama", "Kota,Provinsi"], ["Budi", "Bandung, Jawa Barat"]]


def test_space_after_comma_with_quoted_field(tmp_path: Path) -> None:
    path = tmp_path / "spasi.csv"
    path.write_text('Nama, Kota, Catatan\nBudi, Bandung, "ketua, bendahara"\n')
    assert read_csv(path) == [["Nama", "Kota", "Catatan"], ["Budi", "Bandung", "ketua, bendahara"]]


def test_one_column_file(tmp_path: Path) -> None:
    path = tmp_path / "nama.csv"
    path.write_text("Nama\nBudi\nAni\n")
    assert read_csv(path) == [["Nama"], ["Budi"], ["Ani"]]


def test_blank_text_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "kosong.csv"
    path.write_text("\n\n  \n")
    with pytest.raises(EmptyWorkbook):
        read_sheet(path)


def test_cp1252_undefined_bytes_still_read(tmp_path: Path) -> None:
    path = tmp_path / "aneh.csv"
    path.write_bytes(b"Nama,Kode\r\nBudi,\x81\x8d\r\n")
    assert read_csv(path)[1] == ["Budi", "\x81\x8d"]


def test_csv_workbook_has_one_sheet_named_after_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "anggota.csv", ROWS, ",", "utf-8")
    info = open_workbook(path)
    assert (info.format, [s.name for s in info.sheets], info.date1904) == ("csv", ["anggota"], None)
    assert read_sheet(path, "anggota", max_rows=2) == ROWS[:2]


def test_real_roster_csvs() -> None:
    folder = REALFILES / "roster"
    if not folder.is_dir():
        pytest.skip("the shared real-file corpus is not present")
    rows = read_csv(folder / "churchcrm" / "test_import.csv")
    assert rows[0][:3] == ["FamilyID", "LastName", "FirstName"]
    assert all(len(row) == 10 for row in rows)
    moodle = read_csv(folder / "moodle" / "example.csv")
    assert moodle[0] == ["username", "firstname", "lastname", "email"]
    assert len(moodle) == 4  # no newline at the end of the file


# --- property: any table written with any supported delimiter/encoding reads back equal ----

_HEADER = st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8
)
_ASCII_CELL = st.text(alphabet=st.sampled_from(list("abcXYZ019 .-,;\t\"'\n\r")), max_size=12)
_WIDE_CELL = st.text(alphabet=st.sampled_from(list("abcXYZ019 .-,;\t\"'\nàéñüç€☺凯")), max_size=12)
_CP1252_CELL = st.text(alphabet=st.sampled_from(list("abcXYZ019 .-,;\t\"'\nàéñüç")), max_size=12)


@st.composite
def tables(draw: st.DrawFn, cell: st.SearchStrategy[str]) -> list[list[str]]:
    width = draw(st.integers(min_value=2, max_value=6))
    header = draw(st.lists(_HEADER, min_size=width, max_size=width, unique=True))
    body = draw(st.lists(st.lists(cell, min_size=width, max_size=width), min_size=1, max_size=12))
    # a row of nothing but empty strings is written as a blank line for one column only
    return [header, *body]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.data(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    case=st.sampled_from(
        [
            ("utf-8", _ASCII_CELL),
            ("utf-8", _WIDE_CELL),
            ("utf-8-sig", _WIDE_CELL),
            ("utf-16", _WIDE_CELL),
            ("cp1252", _CP1252_CELL),
        ]
    ),
)
def test_random_tables_round_trip(
    tmp_path: Path, data: st.DataObject, delimiter: str, case: tuple[str, st.SearchStrategy[str]]
) -> None:
    encoding, cell = case
    table = data.draw(tables(cell))
    path = _write(tmp_path / "t.csv", table, delimiter, encoding)
    dialect = sniff_csv(path)
    assert dialect.delimiter == delimiter
    assert read_csv(path) == table
