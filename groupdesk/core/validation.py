"""Checking what someone typed for a member: member number, e-mail address, phone number.

Each validator returns the value in the one form GroupDesk stores, or raises
:class:`ValidationError` naming the field and saying what is wrong in words a secretary can
act on. They never raise anything else, whatever text they are given.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from groupdesk.core.errors import ValidationError
from groupdesk.core.models import MemberStatus
from groupdesk.core.models.organisation import DEFAULT_PHONE_COUNTRY

__all__ = ["ValidationError"]

MEMBER_NUMBER_MAX = 32  # the column's width
EMAIL_MAX = 254
PHONE_MAX_INPUT = 64

_MEMBER_NUMBER_RE = re.compile(r"[A-Z0-9]+(?:[-/. ][A-Z0-9]+)*")
# A number already in stored form passes this as it is (the importer's fast path).
MEMBER_NUMBER_PATTERN = _MEMBER_NUMBER_RE
# What people put between parts of a number: spaces, hyphens and their look-alikes.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"), "-")


def member_number(text: str) -> str:
    """``GD-000123``, ``001/KTA/2024``: letters and digits in groups joined by one of
    ``- / .`` or a space; upper-cased, surrounding space removed, at most 32 characters."""
    value = unicodedata.normalize("NFKC", text or "").translate(_DASHES)
    value = re.sub(r"\s+", " ", value).strip().upper()
    if not value:
        raise ValidationError("member_number", "a member number is needed")
    if len(value) > MEMBER_NUMBER_MAX:
        raise ValidationError(
            "member_number", f"at most {MEMBER_NUMBER_MAX} characters (this has {len(value)})"
        )
    if not _MEMBER_NUMBER_RE.fullmatch(value):
        raise ValidationError(
            "member_number",
            "use letters and digits, with - / . or a single space between groups",
        )
    return value


def email(text: str) -> str:
    """An e-mail address in normalised form (domain lower-cased); no DNS lookup is made."""
    value = (text or "").strip()
    if not value:
        raise ValidationError("email", "an e-mail address is needed")
    if len(value) > EMAIL_MAX:
        raise ValidationError("email", f"at most {EMAIL_MAX} characters")
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError as err:
        raise ValidationError("email", f"not a valid email address: {err}") from None
    normalised = result.normalized
    if len(normalised) > EMAIL_MAX:
        raise ValidationError("email", f"at most {EMAIL_MAX} characters")
    return normalised


def phone(text: str, country: str | None = DEFAULT_PHONE_COUNTRY) -> str:
    """A phone number in international form (``+62 812-3456-7890``).

    Numbers without a country code are read as numbers of ``country`` (the organisation's
    setting, Indonesia by default): ``0812 3456 7890`` becomes ``+62 812-3456-7890``.
    """
    value = unicodedata.normalize("NFKC", text or "").translate(_DASHES).strip()
    if not value:
        raise ValidationError("phone", "a phone number is needed")
    if len(value) > PHONE_MAX_INPUT:
        raise ValidationError("phone", "too long for a phone number")
    region = (country or DEFAULT_PHONE_COUNTRY).upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = DEFAULT_PHONE_COUNTRY
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise ValidationError("phone", "not a phone number") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone", "not a valid phone number (check the digits)")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def optional(validate: Callable[[str], str], text: str | None) -> str | None:
    """None for an empty field, else what ``validate`` makes of it."""
    if text is None or not text.strip():
        return None
    return validate(text)


def clean(text: str | None) -> str | None:
    """Trimmed text with inner runs of spaces collapsed; None for blank."""
    if text is None:
        return None
    cleaned = " ".join(str(text).split())
    return cleaned or None


def full_name(value: str | None) -> str:
    text = clean(value)
    if not text:
        raise ValidationError("full_name", "a name is needed")
    if len(text) > 200:
        raise ValidationError("full_name", "at most 200 characters")
    return text


def past_date(field: str, value: dt.date | None, today: dt.date, label: str) -> dt.date | None:
    """A date that cannot lie in the future (birth, joining, consent)."""
    if value is not None and value > today:
        raise ValidationError(field, f"the {label} cannot be in the future")
    return value


def status(value: str) -> str:
    if value not in {s.value for s in MemberStatus}:
        raise ValidationError("status", f"unknown status: {value}")
    return value
