"""One spreadsheet row on its way in: the cells as read, the values as they would be stored,
what is wrong with which cell and what would happen to the row.

Also the per-cell parsers the kinds share. They are tuned for a 100,000-row roster: the
common shapes (an 08... mobile number, a plain address) take a dictionary lookup or one
regular expression; anything unusual goes through the full validators.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum
from operator import itemgetter
from typing import Any

import phonenumbers

from groupdesk.core import validation
from groupdesk.core.enums import (
    AssignmentStatus,
    ChallengeStatus,
    MemberStatus,
    ProjectStatus,
    Severity,
    ShiftStatus,
)
from groupdesk.core.errors import CellProblem, Refusal
from groupdesk.core.messages import Message, catalogue
from groupdesk.core.messages.labels import label_of
from groupdesk.core.spreadsheet.cells import Cell, shown
from groupdesk.core.spreadsheet.values import clean_text, parse_date, parse_phone
from groupdesk.core.text_keys import fold

# Why a row or a cell was refused or is worth a look: a message (a plain string is said
# as it is).
Reason = Message | str

ADD, UPDATE, SKIP, UNCHANGED, REJECT = "add", "update", "skip", "unchanged", "reject"


class RowResult:
    """``number`` is the row number the spreadsheet shows; ``cells`` the table's cells.

    A plain class with slots (not a dataclass): a large roster makes one per row, and the
    generated dataclass initialiser with four dict factories costs three times as much.
    """

    __slots__ = (
        "accepted",
        "action",
        "cells",
        "changes",
        "errors",
        "match_id",
        "match_reason",
        "number",
        "values",
        "warnings",
    )

    def __init__(
        self,
        number: int,
        cells: list[Cell],
        values: dict[str, Any] | None = None,
        errors: dict[str, Reason] | None = None,
        warnings: dict[str, Reason] | None = None,
        action: str = ADD,
        match_id: int | None = None,
    ) -> None:
        self.number = number
        self.cells = cells
        self.values: dict[str, Any] = {} if values is None else values
        self.errors: dict[str, Reason] = {} if errors is None else errors
        self.warnings: dict[str, Reason] = {} if warnings is None else warnings
        self.action = action
        self.match_id = match_id
        self.match_reason: str | None = None
        self.changes: dict[str, tuple[Any, Any]] = {}
        self.accepted = True

    def __repr__(self) -> str:
        return (
            f"RowResult(row {self.number}, {self.action}, values={self.values!r}, "
            f"errors={self.errors!r}, warnings={self.warnings!r})"
        )

    @property
    def valid(self) -> bool:
        return not self.errors

    def reasons(self, label: Any = None, say: Any = None) -> str:
        """Every problem of the row in one line, field labels first; ``say`` may put each
        reason in another language."""
        name = label or (lambda f: f)
        said = say or catalogue("en").text
        return "; ".join(f"{name(f)}: {said(message)}" for f, message in self.errors.items())


# -- text -----------------------------------------------------------------------------------


def text(value: Cell) -> str | None:
    """Clean text or None; trailing spaces and odd spaces go, numbers keep no '.0'."""
    if value is None:
        return None
    if type(value) is str:
        stripped = value.strip()
        if stripped and "  " not in stripped and "\n" not in stripped and stripped.isprintable():
            return stripped
    return clean_text(value) or None


_SPLIT = re.compile(r"\s*(?:;|,|/|\n|\|)\s*")


def split_names(value: Cell) -> list[str]:
    """'Dokter; Perawat', 'Dokter, Perawat', 'Dokter / Perawat' -> ['Dokter', 'Perawat']."""
    cleaned = text(value)
    if not cleaned:
        return []
    seen: set[str] = set()
    out = []
    for part in _SPLIT.split(cleaned):
        part = part.strip(" .")
        if part and fold(part) not in seen:
            seen.add(fold(part))
            out.append(part)
    return out


# -- dates ----------------------------------------------------------------------------------


def date_value(value: Cell, date1904: bool) -> dt.date | None:
    """A date from a date cell, a serial number or text; None for blank; ValueError else."""
    if value is None:
        return None
    if type(value) is dt.date:
        return value
    if type(value) is dt.datetime:
        return value.date()
    if type(value) is str and not value.strip():
        return None
    return parse_date(value, date1904=date1904)


def time_value(value: Cell) -> dt.time | None:
    """A time of day from a time cell, a day fraction, or '08:00' / '8.30' / '08.00 WIB'."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86400)
        return dt.time(seconds // 3600, seconds % 3600 // 60)
    cleaned = clean_text(value).lower().replace("wib", "").replace("wita", "").replace("wit", "")
    cleaned = cleaned.strip()
    if not cleaned:
        return None
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?(?:[:.](\d{2}))?\s*(am|pm)?", cleaned)
    if not match:
        raise CellProblem("time.not_understood", value=shown(value))
    hour, minute = int(match[1]), int(match[2] or 0)
    if match[4] == "pm" and hour < 12:
        hour += 12
    if match[4] == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        raise CellProblem("time.invalid", value=shown(value))
    return dt.time(hour, minute)


# -- email ----------------------------------------------------------------------------------

_PLAIN_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$"
)
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def email_value(value: Cell) -> str | None:
    """The address as the member form stores it (domain lower-cased), None for blank."""
    cleaned = text(value)
    if not cleaned:
        return None
    match = _PLAIN_EMAIL.match(cleaned)
    if match and len(cleaned) <= 254 and cleaned.index("@") <= 64:
        domain = match[1].lower()
        if domain.rsplit(".", 1)[-1] not in _SPECIAL_TLDS and "special-use" not in domain:
            return cleaned[: cleaned.index("@") + 1] + domain
    return validation.email(cleaned)


# -- phone ----------------------------------------------------------------------------------

_DIGITS_ONLY = re.compile(r"[\s\-().]")
# How phonenumbers shows numbers of one shape: a format and the digit groups it fills
PhoneShape = tuple[str, Callable[[str], Any]]
# (first digits, length) -> shape, or None if numbers of that shape are not valid
_PHONE_SHAPES: dict[tuple[str, int], PhoneShape | None] = {}


def _shape(national: str, country: str) -> PhoneShape | None:
    """How phonenumbers shows numbers that start like ``national`` and are as long.

    Validity and grouping of a number depend on its first digits and its length only, so one
    call to phonenumbers per shape serves every number of that shape.
    """
    key = (national[:5], len(national))
    if key not in _PHONE_SHAPES:
        shape = None
        number = phonenumbers.parse(national, country)
        if phonenumbers.is_valid_number(number):
            shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            prefix = f"+{number.country_code} "
            body = shown[len(prefix) :]
            if shown.startswith(prefix) and re.sub(r"\D", "", body) == national[1:]:
                groups = [len(group) for group in re.findall(r"\d+", body)]
                slices, start = [], 1
                for size in groups:
                    slices.append(slice(start, start + size))
                    start += size
                fmt = prefix.replace("%", "%%") + re.sub(r"\d+", "%s", body.replace("%", "%%"))
                pick = itemgetter(*slices)
                shape = (fmt, pick if len(slices) > 1 else lambda digits: (pick(digits),))
        _PHONE_SHAPES[key] = shape
    return _PHONE_SHAPES[key]


def phone_value(value: Cell, country: str = "ID") -> tuple[str | None, Message | None]:
    """(international display form as the member form stores it, warning) for a cell.

    A number whose leading 0 a spreadsheet dropped (81234567890) is read as 0812... with a
    warning, never silently. Raises ValidationError for what is not a phone number.
    """
    if value is None:
        return None, None
    if country == "ID" and type(value) is str:
        # most cells are digits only: nothing for the pattern to take out
        digits = value if value.isdigit() else _DIGITS_ONLY.sub("", value)
        if digits.startswith("+62"):
            digits = "0" + digits[3:]
        if digits.startswith("0") and digits[1:2] != "0" and digits.isdigit():
            shape = _PHONE_SHAPES.get((digits[:5], len(digits)), _UNKNOWN)
            if shape is _UNKNOWN:
                try:
                    shape = _shape(digits, country)
                except phonenumbers.NumberParseException:
                    shape = None
            if shape is not None:
                return shape[0] % shape[1](digits), None
    if type(value) is str and not value.strip():
        return None, None
    try:
        result = parse_phone(value, country)
    except ValueError as err:
        reason = reason_of(err)
        raise validation.ValidationError("phone", reason.code, **reason.params) from None
    return result.display, result.warning


_UNKNOWN: Any = object()


# -- status words ---------------------------------------------------------------------------

MEMBER_STATUS = {
    "active": "active",
    "aktif": "active",
    "ya": "active",
    "inactive": "inactive",
    "tidak aktif": "inactive",
    "nonaktif": "inactive",
    "non aktif": "inactive",
    "non-aktif": "inactive",
    "pasif": "inactive",
    "cuti": "inactive",
    "lapsed": "lapsed",
    "kedaluwarsa": "lapsed",
    "kadaluarsa": "lapsed",
    "kadaluwarsa": "lapsed",
    "menunggak": "lapsed",
    "belum bayar": "lapsed",
    "left": "left",
    "keluar": "left",
    "berhenti": "left",
    "mengundurkan diri": "left",
    "resigned": "left",
    "meninggal": "left",
}


def word_value(value: Cell, words: dict[str, str], what: str) -> str | None:
    """Look ``value`` up in a table of status words; None for blank, ValueError if unknown."""
    cleaned = text(value)
    if not cleaned:
        return None
    key = fold(cleaned).strip(" .")
    if key in words:
        return words[key]
    kind = what.replace(" ", "_").replace("-", "_")
    stored = sorted(set(words.values()))
    code, enum = _WORDS[kind]
    choices = [label_of(enum, stored_code) for stored_code in stored]
    raise CellProblem(code, value=shown(cleaned), choices=choices)


# per kind of status word: the reason a word it does not know gets, and the stored codes it
# names as choices in the reader's words
_WORDS: dict[str, tuple[str, type[StrEnum]]] = {
    "member_status": ("word.unknown.member_status", MemberStatus),
    "project_status": ("word.unknown.project_status", ProjectStatus),
    "shift_status": ("word.unknown.shift_status", ShiftStatus),
    "sign_up_status": ("word.unknown.sign_up_status", AssignmentStatus),
    "challenge_status": ("word.unknown.challenge_status", ChallengeStatus),
    "severity": ("word.unknown.severity", Severity),
}


def reason_of(err: Exception) -> Message:
    """Why a cell was refused, as a message: a refusal says its own; anything else (a value
    a library refused) is passed on as it said it."""
    if isinstance(err, Refusal):
        return err.message
    return Message("error.unexpected", {"detail": str(err)})


def number_value(value: Cell) -> int | float | None:
    from groupdesk.core.spreadsheet.values import parse_number

    if value is None or (type(value) is str and not value.strip()):
        return None
    return parse_number(value)
