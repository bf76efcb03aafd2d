"""Value parsers: what people type, what Excel does to it, and what must be refused."""

from __future__ import annotations

import datetime as dt

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from groupdesk.core.messages import catalogue
from groupdesk.core.spreadsheet.dates import to_serial
from groupdesk.core.spreadsheet.values import (
    PhoneResult,
    clean_text,
    parse_bool,
    parse_date,
    parse_number,
    parse_phone,
    parse_ttl,
)

AUG17 = dt.date(2024, 8, 17)

said = catalogue("en").text


@pytest.mark.parametrize(
    "text",
    [
        "17/08/2024",
        "17-08-2024",
        "17.08.2024",
        "2024-08-17",
        "17 Agustus 2024",
        "17 Agu 2024",
        "17 August 2024",
        "17 agustus 2024",
        "17-Aug-24",
        "17/8/24",
        "Sabtu, 17 Agustus 2024",
        "August 17, 2024",
        "2024/08/17",
        " 17 / 08 / 2024 ",
        "17\u00a0Agustus\u00a02024",
        "2024-08-17 00:00:00",
    ],
)
def test_date_text_forms(text: str) -> None:
    assert parse_date(text) == AUG17


def test_slash_dates_are_always_day_first() -> None:
    assert parse_date("03/04/2024") == dt.date(2024, 4, 3)
    with pytest.raises(ValueError, match="not a real date"):
        parse_date("08/17/2024")  # American order is refused, not guessed


def test_two_digit_years_follow_excel() -> None:
    assert parse_date("17/08/29") == dt.date(2029, 8, 17)
    assert parse_date("17/08/30") == dt.date(1930, 8, 17)
    assert parse_date("17/08/85") == dt.date(1985, 8, 17)


def test_date_objects_and_serials() -> None:
    assert parse_date(dt.datetime(2024, 8, 17, 13, 5)) == AUG17
    assert parse_date(AUG17) == AUG17
    assert parse_date(45521) == AUG17
    assert parse_date(45521.75) == AUG17
    assert parse_date(42735, date1904=True) == dt.date(2021, 1, 1)
    assert parse_date(1) == dt.date(1900, 1, 1)
    assert parse_date(59) == dt.date(1900, 2, 28)
    assert parse_date(61) == dt.date(1900, 3, 1)
    assert parse_date(0, date1904=True) == dt.date(1904, 1, 1)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (60, "never existed"),
        (0, "outside"),
        (-5, "outside"),
        (3_000_000, "outside"),
        ("2020", "only a year"),
        ("31/02/2024", "not a real date"),
        ("17 Agustusan 2024", "not a month"),
        ("besok", "not a date"),
        ("", "empty"),
        (None, "empty"),
        (True, "not a date"),
        ("0000-07-04", "not a real date"),  # ChurchCRM's "birthday without a year"
    ],
)
def test_dates_refused_with_a_reason(value: object, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_date(value)


def test_ttl() -> None:
    assert parse_ttl("Bandung, 17 Agustus 1985") == ("Bandung", dt.date(1985, 8, 17))
    assert parse_ttl("Kab. Bandung, Jawa Barat, 17-08-1985") == (
        "Kab. Bandung, Jawa Barat",
        dt.date(1985, 8, 17),
    )
    assert parse_ttl("Medan 01/02/1990") == ("Medan", dt.date(1990, 2, 1))
    assert parse_ttl("Jakarta, August 17, 1985") == ("Jakarta", dt.date(1985, 8, 17))
    for bad in ("Bandung", "17 Agustus 1985", "", "Bandung, kemarin"):
        with pytest.raises(ValueError):
            parse_ttl(bad)


def test_phone_forms() -> None:
    expected = PhoneResult("+6281234567890", "+62 812-3456-7890", None)
    for value in (
        "081234567890",
        "0812-3456-7890",
        "+62 812 3456 7890",
        "6281234567890",
        "+62 (0)812 3456 7890",
        "0062 812 3456 7890",
    ):
        assert parse_phone(value) == expected, value
    assert parse_phone("(022) 250 1234").normalised == "+62222501234"


@pytest.mark.parametrize("value", [81234567890, 81234567890.0, "81234567890", "812 3456 7890"])
def test_phone_that_lost_its_leading_zero_is_flagged_not_silently_fixed(value: object) -> None:
    result = parse_phone(value)
    assert result.normalised == "+6281234567890"
    assert result.warning is not None and "leading 0" in said(result.warning)


def test_several_phone_numbers_keep_the_first_with_a_warning() -> None:
    result = parse_phone("0812-3456-7890 / 0813-1111-2222")
    assert result.normalised == "+6281234567890"
    assert result.warning is not None and "several" in said(result.warning)


@pytest.mark.parametrize("value", ["12345", "0812", "abc", "", None, True, 8.5, "+1 555"])
def test_phones_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_phone(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.500", 1500),
        ("1,5", 1.5),
        ("Rp 1.500.000", 1_500_000),
        ("Rp1.500.000,-", 1_500_000),
        ("-12", -12),
        ("(3,5)", -3.5),
        ("1e3", 1000),
        ("12345", 12345),
        (12345.0, 12345),
        (2.5, 2.5),
        (7, 7),
        ("1.234.567,89", 1234567.89),
        ("1,234,567.89", 1234567.89),
        (" 42\u00a0", 42),
    ],
)
def test_numbers(value: object, expected: float) -> None:
    result = parse_number(value)
    assert result == expected
    if float(expected).is_integer():
        assert type(result) is int


@pytest.mark.parametrize("value", ["abc", "1,2,3", "1..2", "", ".", "12a", None, True, "1.23.4"])
def test_numbers_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_number(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ya", True),
        ("tidak", False),
        ("YES", True),
        ("no", False),
        ("TRUE", True),
        ("FALSE", False),
        (1, True),
        (0, False),
        ("x", True),
        ("X", True),
        ("1", True),
        ("0", False),
        (True, True),
        ("Tdk", False),
    ],
)
def test_bools(value: object, expected: bool) -> None:
    assert parse_bool(value) is expected


@pytest.mark.parametrize("value", ["mungkin", "", 2, None])
def test_bools_refused(value: object) -> None:
    with pytest.raises(ValueError):
        parse_bool(value)


def test_clean_text() -> None:
    assert clean_text("  Budi\u00a0\u00a0 Santoso ") == "Budi Santoso"
    assert clean_text(12345.0) == "12345"
    assert clean_text(1.5) == "1.5"
    assert clean_text("Jl. Merdeka\r\n   No. 5  ") == "Jl. Merdeka\nNo. 5"
    assert clean_text("\u200bNIA\ufeff") == "NIA"
    assert clean_text(None) == ""
    assert clean_text(dt.date(2024, 8, 17)) == "2024-08-17"


# --- properties ----------------------------------------------------------------------------

INDONESIAN_MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]

FORMATS = [
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.day} {INDONESIAN_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{d.day} {SHORT_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{d.day} {ENGLISH_MONTHS[d.month - 1]} {d.year}",
    lambda d: f"{ENGLISH_MONTHS[d.month - 1]} {d.day}, {d.year}",
]


@given(
    day=st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)),
    form=st.sampled_from(FORMATS),
)
def test_any_date_round_trips_through_every_text_form(day: dt.date, form) -> None:
    assert parse_date(form(day)) == day


@given(day=st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2029, 12, 31)))
def test_two_digit_year_round_trip(day: dt.date) -> None:
    assert parse_date(f"{day.day:02d}/{day.month:02d}/{day.year % 100:02d}") == day


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(9999, 12, 31)),
    date1904=st.booleans(),
)
def test_any_date_round_trips_through_its_serial(day: dt.date, date1904: bool) -> None:
    assume(not date1904 or day >= dt.date(1904, 1, 1))
    serial = to_serial(day, date1904=date1904)
    assert parse_date(serial, date1904=date1904) == day
    assert parse_date(float(serial) + 0.5, date1904=date1904) == day


MOBILE_PREFIXES = [
    "811",
    "812",
    "813",
    "821",
    "822",
    "823",
    "852",
    "853",
    "851",
    "855",
    "856",
    "857",
    "858",
    "877",
    "878",
    "881",
    "882",
    "895",
    "896",
    "897",
    "898",
    "899",
    "831",
    "832",
    "838",
    "817",
    "818",
    "819",
    "859",
]


@settings(max_examples=200)
@given(
    prefix=st.sampled_from(MOBILE_PREFIXES),
    rest=st.text(alphabet="0123456789", min_size=6, max_size=9),
    spacer=st.sampled_from(["", " ", "-", "."]),
)
def test_any_indonesian_mobile_normalises_the_same_in_every_form(
    prefix: str, rest: str, spacer: str
) -> None:
    national = "0" + prefix + rest
    assume(phonenumbers.is_valid_number(phonenumbers.parse(national, "ID")))
    subscriber = prefix + rest
    spaced = spacer.join([subscriber[:3], subscriber[3:7], subscriber[7:]]).strip(spacer)
    forms = [national, "0" + spaced, "+62" + subscriber, "+62 " + spaced, "62" + subscriber]
    results = {form: parse_phone(form) for form in forms}
    expected = "+62" + subscriber
    for form, result in results.items():
        assert result.normalised == expected, form
        assert result.warning is None, form
    lost_zero = parse_phone(int(subscriber))
    assert lost_zero.normalised == expected and lost_zero.warning


def test_refusals_quote_cells_as_the_spreadsheet_shows_them() -> None:
    # a secretary must never read "datetime.date(2030, 1, 1) is not a number"
    from groupdesk.core.importing.rows import time_value
    from groupdesk.core.spreadsheet.dates import parse_date
    from groupdesk.core.spreadsheet.values import parse_bool, parse_number

    refusals = []
    for parse, cell in [
        (parse_number, dt.date(2030, 1, 1)),
        (parse_date, True),
        (parse_date, dt.time(8, 0)),
        (time_value, dt.date(2024, 8, 17)),
        (parse_number, dt.datetime(2024, 8, 17, 9, 30)),
        (parse_bool, 2.0),
        (parse_number, "abc"),
    ]:
        with pytest.raises(ValueError) as refused:
            parse(cell)
        refusals.append(str(refused.value).split(" is not ")[0])
    assert refusals == [
        "01/01/2030",
        "TRUE",
        "08:00",
        "17/08/2024",
        "17/08/2024 09:30",
        "2",
        "'abc'",
    ]
