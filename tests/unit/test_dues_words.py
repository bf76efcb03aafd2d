"""Amounts in words as a kwitansi writes them, in Indonesian and English: the spellings people
check a receipt against, the "se-" forms, and refusals for what cannot be an amount."""

from __future__ import annotations

import pytest

from groupdesk.core.dues.words import LIMIT, amount_in_words, number_in_words
from groupdesk.core.messages import Refusal, catalogue

SPELLINGS = [
    (0, "nol", "zero"),
    (1, "satu", "one"),
    (10, "sepuluh", "ten"),
    (11, "sebelas", "eleven"),
    (12, "dua belas", "twelve"),
    (19, "sembilan belas", "nineteen"),
    (20, "dua puluh", "twenty"),
    (45, "empat puluh lima", "forty-five"),
    (100, "seratus", "one hundred"),
    (101, "seratus satu", "one hundred and one"),
    (110, "seratus sepuluh", "one hundred and ten"),
    (111, "seratus sebelas", "one hundred and eleven"),
    (250, "dua ratus lima puluh", "two hundred and fifty"),
    (1000, "seribu", "one thousand"),
    (1001, "seribu satu", "one thousand and one"),
    (1100, "seribu seratus", "one thousand one hundred"),
    (2000, "dua ribu", "two thousand"),
    (11_000, "sebelas ribu", "eleven thousand"),
    (100_000, "seratus ribu", "one hundred thousand"),
    (101_000, "seratus satu ribu", "one hundred and one thousand"),
    (150_000, "seratus lima puluh ribu", "one hundred and fifty thousand"),
    (1_000_000, "satu juta", "one million"),
    (1_001_000, "satu juta seribu", "one million one thousand"),
    (1_000_050, "satu juta lima puluh", "one million and fifty"),
    (1_200_000, "satu juta dua ratus ribu", "one million two hundred thousand"),
    (
        12_345_678,
        "dua belas juta tiga ratus empat puluh lima ribu enam ratus tujuh puluh delapan",
        "twelve million three hundred and forty-five thousand six hundred and seventy-eight",
    ),
    (1_000_000_000, "satu miliar", "one billion"),
    (2_500_000_000, "dua miliar lima ratus juta", "two billion five hundred million"),
    (1_000_000_000_000, "satu triliun", "one trillion"),
    (
        999_999_999_999_999,
        "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan "
        "miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh "
        "sembilan ribu sembilan ratus sembilan puluh sembilan",
        "nine hundred and ninety-nine trillion nine hundred and ninety-nine billion nine hundred "
        "and ninety-nine million nine hundred and ninety-nine thousand nine hundred and "
        "ninety-nine",
    ),
    (10**15, "satu kuadriliun", "one quadrillion"),
]


@pytest.mark.parametrize(("number", "indonesian", "english"), SPELLINGS)
def test_numbers_spelled_in_both_languages(number: int, indonesian: str, english: str) -> None:
    assert number_in_words(number, "id") == indonesian
    assert number_in_words(number, "en") == english


def test_an_amount_names_the_currency() -> None:
    assert amount_in_words(150_000, "id") == "seratus lima puluh ribu rupiah"
    assert amount_in_words(150_000, "en") == "one hundred and fifty thousand rupiah"
    assert amount_in_words(1_200_000, "id") == "satu juta dua ratus ribu rupiah"


def test_every_amount_up_to_the_limit_is_spelled() -> None:
    assert number_in_words(LIMIT - 1, "id").startswith("sembilan ratus sembilan puluh sembilan")
    assert number_in_words(LIMIT - 1, "en").endswith("nine hundred and ninety-nine")


@pytest.mark.parametrize(("number", "code"), [(-1, "words.negative"), (LIMIT, "words.too_large")])
def test_what_cannot_be_an_amount_is_refused_with_a_code(number: int, code: str) -> None:
    with pytest.raises(Refusal) as caught:
        amount_in_words(number, "id")
    assert caught.value.code == code
    said = catalogue("id").text(caught.value.message)
    assert said != code and str(number).lstrip("-")[:3] in said.replace(".", "")


def test_fractions_are_not_amounts() -> None:
    with pytest.raises(TypeError):
        number_in_words(1.5, "id")  # type: ignore[arg-type]
