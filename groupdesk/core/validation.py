"""Checking and normalising what people type into member fields.

Each function returns the value to store or raises :class:`ValidationError` naming the field,
so the GUI can show the reason beside that field and the CLI can print it on one line.
"""

from __future__ import annotations

import datetime as dt
import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from .errors import ValidationError
from .models import DEFAULT_PHONE_COUNTRY, MemberStatus

__all__ = ["ValidationError"]


MEMBER_NUMBER_MAX = 32
_MEMBER_NUMBER = re.compile(r"^[\w./\-]+$", re.UNICODE)


def clean(text: str | None) -> str | None:
    """Trimmed text with inner runs of spaces collapsed; None for blank."""
    if text is None:
        return None
    cleaned = " ".join(str(text).split())
    return cleaned or None


def member_number(value: str | None) -> str:
    text = clean(value)
    if not text:
        raise ValidationError("member_number", "A member number is required.")
    if len(text) > MEMBER_NUMBER_MAX:
        raise ValidationError(
            "member_number", f"A member number has at most {MEMBER_NUMBER_MAX} characters."
        )
    if not _MEMBER_NUMBER.match(text):
        raise ValidationError(
            "member_number",
            "Use letters, digits, '-', '.', '/' or '_' in a member number (no spaces).",
        )
    return text


def full_name(value: str | None) -> str:
    text = clean(value)
    if not text:
        raise ValidationError("full_name", "A name is required.")
    if len(text) > 200:
        raise ValidationError("full_name", "A name has at most 200 characters.")
    return text


def email(value: str | None) -> str | None:
    text = clean(value)
    if not text:
        return None
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as err:
        raise ValidationError("email", f"Not a valid email address: {err}") from None
    return result.normalized


def phone(value: str | None, country: str = DEFAULT_PHONE_COUNTRY) -> str | None:
    """International format, e.g. '+62 812-3456-7890'; national input like 0812... accepted."""
    text = clean(value)
    if not text:
        return None
    try:
        parsed = phonenumbers.parse(text, country)
    except phonenumbers.NumberParseException:
        raise ValidationError("phone", "Not a phone number.") from None
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError(
            "phone", f"Not a valid phone number for {country} (check the number of digits)."
        )
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def past_date(field: str, value: dt.date | None, today: dt.date, label: str) -> dt.date | None:
    """A date that cannot lie in the future (birth, joining, consent)."""
    if value is not None and value > today:
        raise ValidationError(field, f"The {label} cannot be in the future.")
    return value


def status(value: str) -> str:
    if value not in {s.value for s in MemberStatus}:
        raise ValidationError("status", f"Unknown status: {value}")
    return value
