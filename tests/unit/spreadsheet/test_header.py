"""Finding the header row the way a person would, including a property over random notes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from groupdesk.core.spreadsheet.errors import EmptyWorkbook, NoDataRows, NoHeaderRow
from groupdesk.core.spreadsheet.header import column_letter, detect_header


def test_title_and_printed_on_lines_above_the_table() -> None:
    rows = [
        ["DAFTAR ANGGOTA PPNI CABANG BANDUNG", None, None, None],
        ["Dicetak:", dt.date(2024, 8, 17), None, None],
        [None, None, None, None],
        ["No", "Nama", "No. HP", "Kota"],
        [1, "Budi", "0812", "Bandung"],
        [2, "Ani", "0813", "Cimahi"],
    ]
    guess = detect_header(rows)
    assert (guess.row, guess.first_col, guess.last_col) == (3, 0, 3)
    assert guess.headers == ["No", "Nama", "No. HP", "Kota"]
    assert guess.data_rows == 2


def test_merged_header_and_duplicates_get_distinct_names() -> None:
    rows = [
        ["Nama", "Alamat", None, "FirstName", "firstname", "  Kota  "],
        ["Budi", "Jl. A", "No. 1", "B", "B", "Bandung"],
    ]
    assert detect_header(rows).headers == [
        "Nama",
        "Alamat",
        "Alamat (2)",
        "FirstName",
        "firstname (2)",
        "Kota",
    ]


def test_blank_first_header_cell_is_named_after_its_column() -> None:
    rows = [[None, "Nama", "Kota"], [1, "Budi", "Bandung"], [2, "Ani", "Garut"]]
    guess = detect_header(rows)
    assert guess.headers == ["Column A", "Nama", "Kota"]


def test_header_only_is_reported() -> None:
    with pytest.raises(NoDataRows, match="header but no rows"):
        detect_header([[None], ["Nama", "Kota"]])
    assert detect_header([["Nama", "Kota"]], require_data=False).data_rows == 0


def test_empty_and_headerless_sheets() -> None:
    with pytest.raises(EmptyWorkbook):
        detect_header([])
    with pytest.raises(EmptyWorkbook):
        detect_header([[None, " "], [None]])
    with pytest.raises(NoHeaderRow):
        detect_header([[1, 2], [3, 4]])


def test_one_letter_and_currency_names_are_column_names() -> None:
    # "P" (perempuan) or "Rp" above a column is its name; "Rp 1.500" below it is data
    guess = detect_header([["Nama", " p"], [1, 0]])
    assert (guess.row, guess.headers) == (0, ["Nama", "p"])
    guess = detect_header([["Nama", "Rp"], ["Ani", "Rp 1.500"]])
    assert (guess.row, guess.headers) == (0, ["Nama", "Rp"])
    with pytest.raises(NoHeaderRow):
        detect_header([["Rp 1.500", "1.500"], ["Rp 2.000", "2.000"]])


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 16383)] == ["A", "Z", "AA", "AB", "XFD"]


_LABEL = st.text(
    alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ", min_size=2, max_size=12
).filter(lambda text: text.strip())
_DATA = st.one_of(
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(),
    _LABEL,
)


@given(
    notes=st.lists(st.one_of(st.none(), st.tuples(st.integers(0, 6), _LABEL)), max_size=6),
    start_col=st.integers(0, 3),
    headers=st.lists(
        _LABEL, min_size=2, max_size=8, unique_by=lambda t: " ".join(t.split()).casefold()
    ),
    data=st.data(),
)
@settings(max_examples=300)
def test_header_is_found_below_random_note_lines(notes, start_col, headers, data) -> None:
    width = len(headers)
    body = data.draw(
        st.lists(st.lists(_DATA, min_size=width, max_size=width), min_size=1, max_size=8)
    )
    total = start_col + width
    rows: list[list[object]] = []
    for note in notes:
        row: list[object] = [None] * max(total, 7)
        if note is not None:
            row[note[0]] = note[1]
        rows.append(row)
    rows.append([None] * start_col + list(headers))
    rows.extend([None] * start_col + list(values) for values in body)
    guess = detect_header(rows)
    assert guess.row == len(notes)
    assert (guess.first_col, guess.last_col) == (start_col, total - 1)
    assert guess.headers == [" ".join(h.split()) for h in headers]
    assert guess.data_rows == len(body)
