"""Property tests for the member validators: any text gives a clean value or a clean refusal."""

from __future__ import annotations

import re

import phonenumbers
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from groupdesk.core import validation
from groupdesk.core.validation import ValidationError

MEMBER_NUMBER = re.compile(r"[A-Z0-9]+(?:[-/. ][A-Z0-9]+)*")
# Characters people paste into forms: letters from several scripts, digits, punctuation,
# odd spaces and dashes, control characters, emoji.
messy_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80
) | st.sampled_from(["", " ", "\t\n", "\u00a0", "０８１２", "GD–000123", "null", "\x00"])


def _clean_or_refused(fn, text):  # type: ignore[no-untyped-def]
    try:
        return fn(text)
    except ValidationError as err:
        assert err.field and err.message
        return None


@settings(max_examples=400)
@given(messy_text)
@example("gd-000123")
@example(" 001/kta/2024 ")
@example("A" * 33)
def test_member_number_is_normalised_or_refused(text: str) -> None:
    value = _clean_or_refused(validation.member_number, text)
    if value is not None:
        assert MEMBER_NUMBER.fullmatch(value) and len(value) <= 32
        assert validation.member_number(value) == value  # idempotent


@settings(max_examples=200)
@given(st.from_regex(MEMBER_NUMBER, fullmatch=True).filter(lambda s: len(s) <= 32))
def test_a_well_formed_member_number_is_kept_as_typed(number: str) -> None:
    assert validation.member_number(number) == number
    assert validation.member_number(f"  {number.lower()}\t") == number


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("gd-000123", "GD-000123"), ("GD\u2013000123", "GD-000123"), ("001 / KTA", None)],
)
def test_member_number_examples(typed: str, stored: str | None) -> None:
    if stored is None:
        with pytest.raises(ValidationError):
            validation.member_number(typed)
    else:
        assert validation.member_number(typed) == stored


@settings(max_examples=300)
@given(messy_text | st.emails())
@example("Siti.Rahayu@Gmail.COM")
@example("siti@@gmail.com")
@example("siti@localhost")
def test_email_is_normalised_or_refused(text: str) -> None:
    value = _clean_or_refused(validation.email, text)
    if value is not None:
        assert "@" in value and len(value) <= 254
        assert validation.email(value) == value


def test_email_examples() -> None:
    assert validation.email(" Siti.Rahayu@Gmail.COM ") == "Siti.Rahayu@gmail.com"
    for bad in ("siti", "siti@", "@gmail.com", "siti@gmail", "siti rahayu@gmail.com"):
        with pytest.raises(ValidationError) as caught:
            validation.email(bad)
        assert caught.value.field == "email"


@settings(max_examples=400)
@given(messy_text | st.from_regex(r"\+?[0-9 ()\-.]{0,20}", fullmatch=True))
@example("0812 3456 7890")
@example("+62812345678901234567890")
def test_phone_is_normalised_or_refused(text: str) -> None:
    value = _clean_or_refused(validation.phone, text)
    if value is not None:
        assert value.startswith("+")
        assert phonenumbers.is_valid_number(phonenumbers.parse(value))
        assert validation.phone(value) == value


PREFIXES = ["811", "812", "813", "821", "822", "852", "853", "857", "858", "878", "895"]


@settings(max_examples=200)
@given(
    prefix=st.sampled_from(PREFIXES),
    rest=st.from_regex(r"[0-9]{7,8}", fullmatch=True),
    style=st.sampled_from(["0{p}{r}", "0{p}-{r4}-{rr}", "+62 {p} {r}", "62{p}{r}", "(0{p}) {r}"]),
)
def test_every_way_of_writing_an_indonesian_mobile_gives_one_value(prefix, rest, style) -> None:
    typed = style.format(p=prefix, r=rest, r4=rest[:4], rr=rest[4:])
    assert validation.phone(typed) == validation.phone(f"+62{prefix}{rest}")
    assert validation.phone(typed).startswith(f"+62 {prefix}-")


def test_phone_country_setting() -> None:
    assert validation.phone("0812-3456-7890") == "+62 812-3456-7890"
    assert validation.phone("020 7946 0018", country="GB") == "+44 20 7946 0018"
    assert validation.phone("0812 3456 7890", country="??") == "+62 812-3456-7890"  # falls back
    with pytest.raises(ValidationError):
        validation.phone("12345")


def test_optional_fields() -> None:
    assert validation.optional(validation.email, "  ") is None
    assert validation.optional(validation.email, None) is None
    assert validation.optional(validation.phone, "0812 3456 7890") == "+62 812-3456-7890"
