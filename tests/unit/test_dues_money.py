"""Amounts typed or imported read as whole rupiah, never floats; doubtful ones are refused."""

from __future__ import annotations

import pytest

from groupdesk.core.dues.money import parse_amount
from groupdesk.core.errors import ValidationError


@pytest.mark.parametrize(
    "text",
    [
        "Rp 150.000",
        "150.000,00",
        "150000",
        "150rb",
        "150 ribu",
        "0,15 jt",
        "Rp150.000,-",
        "150,000",
        "Rp. 150.000",
    ],
)
def test_the_ways_people_write_150_thousand_rupiah(text: str) -> None:
    assert parse_amount(text) == 150000


def test_millions_with_a_decimal_comma() -> None:
    assert parse_amount("1,5 jt") == 1_500_000
    assert parse_amount("2jt") == 2_000_000


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("-150000", "money.negative"),
        ("Rp -5.000", "money.negative"),
        ("seratus", "money.not_a_number"),
        ("", "money.empty"),
        ("1.50.0", "money.ambiguous"),
        ("1,500.00", "money.ambiguous"),
        ("150,5", "money.fraction"),
        ("12abc", "money.not_a_number"),
    ],
)
def test_doubtful_amounts_are_refused_with_a_code(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(text)
    assert caught.value.code == code
    assert caught.value.field == "amount"
