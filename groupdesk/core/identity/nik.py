"""The NIK (Nomor Induk Kependudukan), the 16-digit number on every Indonesian KTP.

Its digits say where and when its holder was registered: ``PPKKCC DDMMYY SSSS``, the
province, regency and district codes, the birth date (with 40 added to the day for women)
and a serial. GroupDesk checks that a NIK can be one and reads the birth date and gender
out of it, but never changes a member's birth date or gender to fit: a NIK that disagrees
is a warning for a person to look at (a typing slip can be on either side).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from groupdesk.core.enums import Gender
from groupdesk.core.errors import ValidationError
from groupdesk.core.messages import Message
from groupdesk.core.messages.labels import label

LENGTH = 16
FEMALE_DAY_OFFSET = 40
# Province codes run from 11 (Aceh) to 96 (Papua Barat Daya); none ends in 0.
PROVINCE_MIN, PROVINCE_MAX = 11, 96
# What people type between groups of digits: spaces, dots, hyphens.
_SEPARATORS = re.compile(r"[\s.\-\u00a0]+")


@dataclass(frozen=True, slots=True)
class Nik:
    """A NIK that passed the checks, with what it encodes."""

    digits: str
    birth_date: dt.date
    gender: Gender

    @property
    def province(self) -> int:
        return int(self.digits[:2])

    @property
    def region(self) -> str:
        """Province, regency and district: the first six digits."""
        return self.digits[:6]

    @property
    def serial(self) -> str:
        return self.digits[12:]


def clean(text: object) -> str:
    """The digits as typed, without the spaces, dots and hyphens people group them with.
    A number read from a spreadsheet cell (1.2345e15) is taken as its integer digits."""
    if isinstance(text, bool):
        return str(text)
    if isinstance(text, int):
        return str(text)
    if isinstance(text, float) and text.is_integer():
        return str(int(text))
    return _SEPARATORS.sub("", str(text or ""))


def parse(text: object, *, today: dt.date | None = None, field: str = "nik") -> Nik:
    """The NIK in ``text``, or :class:`ValidationError` saying why it cannot be one.

    A two-digit birth year is put in the century that keeps the birth date out of the
    future (``today``): ``85`` is 1985, ``05`` is 2005 until a 2005 birthday is still to come.
    """
    if type(text) is str and len(text) == LENGTH and text.isascii() and text.isdigit():
        value = text  # as nearly every cell of a roster's NIK column has it
    else:
        value = clean(text)
    if not value.isascii() or not value.isdigit():
        raise ValidationError(field, "nik.letters", value=value)
    if len(value) != LENGTH:
        raise ValidationError(field, "nik.length", value=value, length=len(value))
    province = int(value[:2])
    if not PROVINCE_MIN <= province <= PROVINCE_MAX or province % 10 == 0:
        raise ValidationError(field, "nik.province", value=value, code=value[:2])
    day, month, year = int(value[6:8]), int(value[8:10]), int(value[10:12])
    gender = Gender.MALE
    if day > FEMALE_DAY_OFFSET:
        day -= FEMALE_DAY_OFFSET
        gender = Gender.FEMALE
    if not 1 <= day <= 31:
        raise ValidationError(field, "nik.day", value=value, day=int(value[6:8]))
    if not 1 <= month <= 12:
        raise ValidationError(field, "nik.month", value=value, month=month)
    if value[12:] == "0000":
        raise ValidationError(field, "nik.serial", value=value)
    birth = _birth_date(day, month, year, today or dt.date.today())
    if birth is None:
        raise ValidationError(field, "nik.date", value=value, day=day, month=month)
    return Nik(value, birth, gender)


def optional(text: object, *, today: dt.date | None = None, field: str = "nik") -> str | None:
    """The stored form of a NIK field: None when empty, else the checked 16 digits."""
    if text is None or not clean(text):
        return None
    return parse(text, today=today, field=field).digits


def _birth_date(day: int, month: int, year: int, today: dt.date) -> dt.date | None:
    """The latest date with these day, month and two-digit year that is not after today."""
    century = today.year // 100 * 100
    for full in (century + year, century - 100 + year):
        try:
            date = dt.date(full, month, day)
        except ValueError:
            continue  # 29 February of a year that had none
        if date <= today:
            return date
    return None


def agrees(nik: Nik, birth_date: dt.date | None, gender: str | None) -> bool:
    """Whether ``nik`` says nothing against the birth date and gender (the quick check a
    large import makes before building any warning)."""
    if birth_date is not None and _differs(nik.birth_date, birth_date):
        return False
    return not gender or gender == nik.gender.value or gender not in _GENDERS


_GENDERS = frozenset(g.value for g in Gender)


def disagreements(
    nik: Nik | str | None, birth_date: dt.date | None, gender: str | None
) -> list[Message]:
    """What the NIK says that the member's birth date or gender does not: warnings to show,
    never reasons to refuse or to change either. An invalid or empty NIK disagrees with
    nothing (its refusal says enough); so does a field left empty."""
    if nik is None or nik == "":
        return []
    if isinstance(nik, str):
        try:
            nik = parse(nik)
        except ValidationError:
            return []
    warnings: list[Message] = []
    if birth_date is not None and _differs(nik.birth_date, birth_date):
        warnings.append(
            Message("nik.birth_date_differs", {"from_nik": nik.birth_date, "given": birth_date})
        )
    if gender and gender in {g.value for g in Gender} and gender != nik.gender.value:
        warnings.append(
            Message(
                "nik.gender_differs",
                {"from_nik": label(nik.gender), "given": label(Gender(gender))},
            )
        )
    return warnings


def _differs(from_nik: dt.date, given: dt.date) -> bool:
    """The NIK keeps two digits of the year: a date a century apart is the same date."""
    return (from_nik.day, from_nik.month, from_nik.year % 100) != (
        given.day,
        given.month,
        given.year % 100,
    )


def for_birth(
    birth_date: dt.date, gender: Gender | str, *, region: str = "327301", serial: int = 1
) -> str:
    """The NIK of someone born on ``birth_date`` with ``gender`` in ``region``: for the demo
    data and for tests."""
    day = birth_date.day + (FEMALE_DAY_OFFSET if Gender(gender) is Gender.FEMALE else 0)
    return f"{region}{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}{serial:04d}"
