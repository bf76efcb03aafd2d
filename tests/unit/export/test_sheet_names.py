"""Hostile sheet names come out valid for Excel and unique in the workbook."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupdesk.core.export.sheet_names import MAX_LENGTH, SheetNamer, clean_sheet_name

FORBIDDEN = set("[]:*?/\\")


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("Shifts 01/02", "Shifts 01-02"),
        ("[Aktif]", "(Aktif)"),
        ("a:b*c?d\\e", "a-b_c_d-e"),
        ("   ", "Sheet"),
        ("", "Sheet"),
        ("'quoted'", "quoted"),
        ("tab\there", "tabhere"),
        ("x" * 40, "x" * 31),
    ],
)
def test_clean_sheet_name(wanted: str, expected: str) -> None:
    assert clean_sheet_name(wanted) == expected


def test_repeats_and_reserved_names_are_numbered() -> None:
    namer = SheetNamer()
    namer.reserve("About this report")
    assert namer.name("Members") == "Members"
    assert namer.name("members") == "members (2)"
    assert namer.name("MEMBERS") == "MEMBERS (3)"
    assert namer.name("History") == "History (2)"
    assert namer.name("about this report") == "about this report (2)"


def test_long_repeats_keep_the_suffix_within_the_limit() -> None:
    namer = SheetNamer()
    first = namer.name("Relawan Kecamatan Sukmajaya Depok Timur")
    second = namer.name("Relawan Kecamatan Sukmajaya Depok Barat")
    assert first != second
    assert second.endswith(" (2)")
    assert len(second) <= MAX_LENGTH


@given(st.lists(st.text(max_size=50), min_size=1, max_size=20))
def test_any_names_become_valid_and_unique(names: list[str]) -> None:
    namer = SheetNamer()
    produced = [namer.name(name) for name in names]
    assert len({name.casefold() for name in produced}) == len(produced)
    for name in produced:
        assert name.strip()
        assert 0 < _utf16(name) <= MAX_LENGTH
        assert not FORBIDDEN & set(name)
        assert not name.startswith("'")
        assert not name.endswith("'")
        assert name.casefold() != "history"
