"""The importer's quick reading of "Tempat, Tgl Lahir" gives what parse_ttl gives."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupdesk.core.importing.member_columns import MemberConverter
from groupdesk.core.spreadsheet.values import parse_ttl

CELLS = [
    "Bandung, 17 Agustus 1985",
    "Kab. Bandung, Jawa Barat, 17-08-1985",
    "Bandung 17-08-1985",
    "Bandung,17/08/1985",
    "Jakarta ,  1 Jan 1990",
    "Medan, 1985",
    "Surabaya, 31-02-1990",
    ", 17-08-1985",
    "Bandung -, 17 Agustus 1985",
    "Kota\u00a0Bogor, 05 Mei 2001",
]


def _reader() -> MemberConverter:
    return MemberConverter.__new__(MemberConverter)


def _both(cell: str) -> tuple[object, object]:
    converter = _reader()
    converter._ttl_dates = {}
    try:
        expected: object = parse_ttl(cell)
    except ValueError as err:
        expected = type(err)
    try:
        got: object = converter.ttl(cell)
    except ValueError as err:
        got = type(err)
    return got, expected


@pytest.mark.parametrize("cell", CELLS)
def test_the_same_place_and_date_as_parse_ttl(cell: str) -> None:
    got, expected = _both(cell)
    assert got == expected


@given(
    place=st.sampled_from(["Bandung", "Kab. Malang", "Kota Bogor, Jawa Barat", "X", "-"]),
    born=st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2020, 12, 31)),
    style=st.sampled_from(["{d:%d-%m-%Y}", "{d.day} {month} {d.year}", "{d:%d/%m/%Y}", "{d:%Y}"]),
    glue=st.sampled_from([", ", ",", " , ", " "]),
)
def test_any_roster_cell_reads_as_parse_ttl_reads_it(place, born, style, glue) -> None:
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"]
    month = months[(born.month - 1) % len(months)]
    cell = place + glue + style.format(d=born, month=month)
    got, expected = _both(cell)
    assert got == expected
