"""Phone numbers as they survive a spreadsheet: with or without +62, spaced, or mangled.

Excel turns 081234567890 typed into a General cell into the number 81234567890: the leading
zero is gone. Such a number is not silently "repaired": the best guess comes back with a
warning so a person confirms it before it lands in the roster.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

from groupdesk.core.errors import CellProblem
from groupdesk.core.messages import Message

from .cells import shown

_SPLIT = re.compile(r"\s*(?:/|;|\||\bdan\b|\bor\b|\batau\b|,)\s*", re.IGNORECASE)
_KEEP = re.compile(r"[^\d+]")
_COUNTRY_CODES = {"ID": "62"}


@dataclass(frozen=True)
class PhoneResult:
    """A phone number in E.164 (for storing and matching) and in international display form."""

    normalised: str
    display: str
    warning: Message | None = None


def _as_text(value: object) -> str:
    if isinstance(value, bool) or value is None:
        if value is None:
            raise CellProblem("phone.empty")
        raise CellProblem("phone.not_a_number", value=shown(value))
    if isinstance(value, float):
        if not value.is_integer():
            raise CellProblem("phone.not_a_number", value=shown(value))
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    raise CellProblem("phone.not_a_number", value=shown(value))


def _parse(candidate: str, country: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(candidate, country)
    except NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _result(number: phonenumbers.PhoneNumber, warning: Message | None) -> PhoneResult:
    return PhoneResult(
        normalised=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        display=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
        warning=warning,
    )


def parse_phone(value: object, country: str = "ID") -> PhoneResult:
    """Return the number in E.164 and display form, or raise ValueError saying why not.

    Accepts "0812-3456-7890", "+62 812 3456 7890", "6281234567890" and the like. A number that
    lost its leading zero (81234567890) comes back as the best guess with a ``warning``.
    """
    text = _as_text(value).replace("\u00a0", " ").strip()
    if not text:
        raise CellProblem("phone.empty")
    warnings: list[Message] = []
    parts = [part for part in _SPLIT.split(text) if part.strip()]
    if len(parts) > 1:
        warnings.append(Message("phone.several", {"kept": parts[0].strip()}))
    first = parts[0]
    digits = _KEEP.sub("", first)
    if first.lstrip().startswith("00") and not digits.startswith("+"):
        digits = "+" + digits[2:]
    if not re.search(r"\d", digits):
        raise CellProblem("phone.not_a_number", value=shown(text))
    code = _COUNTRY_CODES.get(country.upper(), str(phonenumbers.country_code_for_region(country)))
    plus = digits.startswith("+")
    bare = digits.lstrip("+")
    if plus and bare.startswith(code + "0"):
        bare = code + bare[len(code) + 1 :]  # "+62 0812..." writes the trunk 0 twice
    if plus:
        number = _parse("+" + bare, country)
    elif bare.startswith("0"):
        number = _parse(bare, country)
    elif bare.startswith(code) and _parse("+" + bare, country) is not None:
        number = _parse("+" + bare, country)
    else:
        number = _parse("0" + bare, country)
        if number is not None:
            national = "0" + bare
            warnings.append(Message("phone.no_leading_zero", {"read_as": national}))
    if number is None:
        raise CellProblem("phone.invalid", value=shown(text))
    warning = None
    if warnings:
        warning = (
            warnings[0] if len(warnings) == 1 else Message("reasons.joined", {"reasons": warnings})
        )
    return _result(number, warning)
