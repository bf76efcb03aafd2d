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
        raise ValidationError("member_number", "member_number.required")
    if len(value) > MEMBER_NUMBER_MAX:
        raise ValidationError(
            "member_number", "text.too_long_has", maximum=MEMBER_NUMBER_MAX, length=len(value)
        )
    if not _MEMBER_NUMBER_RE.fullmatch(value):
        raise ValidationError("member_number", "member_number.shape", value=value)
    return value


def email(text: str) -> str:
    """An e-mail address in normalised form (domain lower-cased); no DNS lookup is made."""
    value = (text or "").strip()
    if not value:
        raise ValidationError("email", "email.required")
    if len(value) > EMAIL_MAX:
        raise ValidationError("email", "text.too_long", maximum=EMAIL_MAX)
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError("email", _email_problem(value), value=value) from None
    normalised = result.normalized
    if len(normalised) > EMAIL_MAX:
        raise ValidationError("email", "text.too_long", maximum=EMAIL_MAX)
    return normalised


def _email_problem(value: str) -> str:
    """Which of the common slips an address that email-validator refused has (its own
    explanation is English only): the code of the reason to give."""
    local, at, domain = value.partition("@")
    if not at:
        return "email.no_at"
    if not local:
        return "email.nothing_before_at"
    if not domain:
        return "email.nothing_after_at"
    if "@" in domain:
        return "email.several_at"
    if " " in value:
        return "email.has_space"
    if "." not in domain:
        return "email.domain_without_dot"
    return "email.invalid"


def phone(text: str, country: str | None = DEFAULT_PHONE_COUNTRY) -> str:
    """A phone number in international form (``+62 812-3456-7890``).

    Numbers without a country code are read as numbers of ``country`` (the organisation's
    setting, Indonesia by default): ``0812 3456 7890`` becomes ``+62 812-3456-7890``.
    """
    value = unicodedata.normalize("NFKC", text or "").translate(_DASHES).strip()
    if not value:
        raise ValidationError("phone", "phone.required")
    if len(value) > PHONE_MAX_INPUT:
        raise ValidationError("phone", "phone.too_long", value=value)
    region = (country or DEFAULT_PHONE_COUNTRY).upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        region = DEFAULT_PHONE_COUNTRY
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise ValidationError("phone", "phone.not_a_number", value=repr(value)) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("phone", "phone.invalid", value=repr(value))
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
        raise ValidationError("full_name", "name.required")
    if len(text) > 200:
        raise ValidationError("full_name", "text.too_long", maximum=200)
    return text


# why a date that must be past is refused, per field
_IN_FUTURE = {
    "birth_date": "date.future.birth_date",
    "joined_on": "date.future.joined_on",
    "consent_date": "date.future.consent_date",
}


def past_date(field: str, value: dt.date | None, today: dt.date, label: str) -> dt.date | None:
    """A date that cannot lie in the future (birth, joining, consent); the refusal's code
    names the field ("date.future.birth_date"), ``label`` is the English for logs."""
    if value is not None and value > today:
        raise ValidationError(field, _IN_FUTURE.get(field, "date.future.joined_on"))
    return value


def status(value: str) -> str:
    if value not in {s.value for s in MemberStatus}:
        raise ValidationError("status", "status.unknown", value=value)
    return value
