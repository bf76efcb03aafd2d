"""A NIK is checked and read the way the KTP writes it; a disagreement is a warning only."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupdesk.core.enums import Gender
from groupdesk.core.errors import ValidationError
from groupdesk.core.identity import nik
from groupdesk.core.messages import catalogue

TODAY = dt.date(2026, 12, 4)


def test_a_womans_nik_gives_her_birth_date_and_gender() -> None:
    read = nik.parse("3273 0157 0885 0002", today=TODAY)  # 17 + 40, August 1985
    assert (read.digits, read.birth_date, read.gender) == (
        "3273015708850002",
        dt.date(1985, 8, 17),
        Gender.FEMALE,
    )
    assert (read.province, read.region, read.serial) == (32, "327301", "0002")


def test_dots_and_hyphens_are_ignored_and_a_mans_day_is_as_written() -> None:
    read = nik.parse("32.7301.170885.0002", today=TODAY)
    assert read.gender is Gender.MALE and read.birth_date == dt.date(1985, 8, 17)


def test_the_century_keeps_the_birth_date_out_of_the_future() -> None:
    assert nik.parse("3273011012250001", today=TODAY).birth_date == dt.date(2025, 12, 10)
    assert nik.parse("3273011012260001", today=TODAY).birth_date == dt.date(1926, 12, 10)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("32730157088500O2", "nik.letters"),
        ("327301570885000", "nik.length"),
        ("32730157088500021", "nik.length"),
        ("1073015708850002", "nik.province"),
        ("9973015708850002", "nik.province"),
        ("3273013208850002", "nik.day"),
        ("3273017208850002", "nik.day"),
        ("3273010013850002", "nik.day"),
        ("3273011513850002", "nik.month"),
        ("3273013102850002", "nik.date"),
        ("3273011708850000", "nik.serial"),
    ],
)
def test_what_cannot_be_a_nik_is_refused_with_its_reason(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        nik.parse(text, today=TODAY)
    assert caught.value.code == code and caught.value.field == "nik"
    said = catalogue("id").text(caught.value.message)
    assert "bukan NIK" in said


def test_an_empty_field_is_no_nik() -> None:
    assert nik.optional("  ", today=TODAY) is None
    assert nik.optional(None, today=TODAY) is None


def test_a_number_cell_keeps_its_digits() -> None:
    assert nik.clean(3273015708850002.0) == "3273015708850002"


def test_disagreements_are_warnings_naming_both_sides() -> None:
    number = "3273015708850002"  # a woman born 17/08/1985
    assert nik.disagreements(number, dt.date(1985, 8, 17), "female") == []
    assert nik.disagreements(number, None, None) == []
    warnings = nik.disagreements(number, dt.date(1985, 8, 18), "male")
    assert [w.code for w in warnings] == ["nik.birth_date_differs", "nik.gender_differs"]
    said = [catalogue("id").text(w) for w in warnings]
    assert "17 Agu 1985" in said[0] or "17/08/1985" in said[0]
    assert "Perempuan" in said[1] and "Laki-laki" in said[1]


def test_an_invalid_nik_disagrees_with_nothing() -> None:
    assert nik.disagreements("123", dt.date(1985, 8, 17), "male") == []


@given(
    born=st.dates(min_value=dt.date(1927, 12, 5), max_value=TODAY),
    gender=st.sampled_from(list(Gender)),
    province=st.integers(11, 96).filter(lambda p: p % 10),
    district=st.integers(0, 9999),
    serial=st.integers(1, 9999),
)
def test_every_valid_nik_decodes_back(
    born: dt.date, gender: Gender, province: int, district: int, serial: int
) -> None:
    number = nik.for_birth(born, gender, region=f"{province:02d}{district:04d}", serial=serial)
    read = nik.parse(number, today=TODAY)
    assert (read.birth_date, read.gender, read.serial) == (born, gender, f"{serial:04d}")
    assert nik.disagreements(read, born, gender.value) == []


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_words_of_an_exported_roster_read_back(language: str) -> None:
    from groupdesk.core.enums import Education
    from groupdesk.core.identity import words
    from groupdesk.core.messages.labels import label

    for level in Education:
        assert words.education(catalogue(language).text(label(level))) == level.value
    for gender in Gender:
        assert words.gender(catalogue(language).text(label(gender))) == gender.value
