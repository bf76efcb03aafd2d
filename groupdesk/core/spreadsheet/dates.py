"""Dates as people type them in Indonesian and English spreadsheets.

A date column arrives as real dates, as Excel serial numbers (a column formatted as General),
or as text in a dozen shapes. Slash dates are always read day-first, as in Indonesia:
"03/04/2024" is 3 April, never March 4. Two-digit years follow Excel: 00-29 are 2000-2029,
30-99 are 1930-1999.
"""

from __future__ import annotations

import datetime as dt
import re

from groupdesk.core.errors import CellProblem

from .cells import shown

EPOCH_1900 = dt.date(1899, 12, 30)  # serial 61 = 1900-03-01 once the phantom 29 Feb is skipped
EPOCH_1904 = dt.date(1904, 1, 1)
MAX_SERIAL = 2_958_465  # 9999-12-31 in the 1900 system

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januari", "january", "jan"),
        ("februari", "february", "feb", "pebruari", "peb"),
        ("maret", "march", "mar", "mrt"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "june", "jun"),
        ("juli", "july", "jul"),
        ("agustus", "august", "agu", "agt", "ags", "aug", "agust"),
        ("september", "sep", "sept", "spt"),
        ("oktober", "october", "okt", "oct"),
        ("november", "nov", "nop", "nopember"),
        ("desember", "december", "des", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

_WEEKDAYS = (
    "senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)
_WEEKDAY_PREFIX = re.compile(rf"^(?:{_WEEKDAYS})\.?,?\s+", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})$")
_DAY_FIRST = re.compile(
    r"^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$"
)
_DAY_NAME = re.compile(r"^(\d{1,2})(?:\s*[\-/.\s]\s*)([a-z']+)\.?(?:\s*[\-/.,\s]\s*)(\d{2}|\d{4})$")
_NAME_DAY = re.compile(r"^([a-z']+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2}|\d{4})$")


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < 30 else 1900 + year
    return year


def _build(year: int, month: int, day: int, original: object) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellProblem("date.not_real", value=shown(original), day=day, month=month) from None


def _month(name: str, original: object) -> int:
    key = name.lower().rstrip(".")
    if key not in MONTHS:
        raise CellProblem("date.bad_month", value=shown(original), name=shown(name))
    return MONTHS[key]


def from_serial(serial: float, *, date1904: bool = False) -> dt.date:
    """Convert an Excel serial day number to a date (the time of day is dropped).

    In the 1900 system Excel counts a 29 February 1900 that never existed (a bug kept from
    Lotus 1-2-3), so serials before 61 are one day off from the simple formula.
    """
    day = int(serial // 1)
    if date1904:
        if day < 0 or day > MAX_SERIAL - 1462:
            raise CellProblem("date.serial_out_of_range", value=shown(serial))
        return EPOCH_1904 + dt.timedelta(days=day)
    if day < 1 or day > MAX_SERIAL:
        raise CellProblem("date.serial_out_of_range", value=shown(serial))
    if day == 60:
        raise CellProblem("date.serial_60")
    if day < 60:
        return EPOCH_1900 + dt.timedelta(days=day + 1)
    return EPOCH_1900 + dt.timedelta(days=day)


def to_serial(value: dt.date, *, date1904: bool = False) -> int:
    """The Excel serial of a date (inverse of ``from_serial``), used by tests and exports."""
    if date1904:
        return (value - EPOCH_1904).days
    days = (value - EPOCH_1900).days
    return days - 1 if days < 61 else days


def _parse_text(text: str, original: object) -> dt.date:
    cleaned = " ".join(text.replace("\u00a0", " ").split()).strip().lower()
    cleaned = _WEEKDAY_PREFIX.sub("", cleaned)
    if not cleaned:
        raise CellProblem("date.empty")
    if match := _ISO.match(cleaned):
        return _build(int(match[1]), int(match[2]), int(match[3]), original)
    if match := _YEAR_FIRST.match(cleaned):
        return _build(int(match[1]), int(match[2]), int(match[3]), original)
    if match := _DAY_FIRST.match(cleaned):
        return _build(_year(match[4]), int(match[3]), int(match[1]), original)
    if match := _DAY_NAME.match(cleaned):
        return _build(_year(match[3]), _month(match[2], original), int(match[1]), original)
    if match := _NAME_DAY.match(cleaned):
        return _build(_year(match[3]), _month(match[1], original), int(match[2]), original)
    if re.fullmatch(r"\d{4}", cleaned):
        raise CellProblem("date.only_year", value=shown(original))
    raise CellProblem("date.not_understood", value=shown(original))


def parse_date(value: object, *, date1904: bool = False) -> dt.date:
    """Return the date ``value`` stands for, or raise ValueError saying why it is not one.

    Accepts date and datetime objects, Excel serial numbers (1900 or 1904 system) and text
    such as "17/08/2024", "17-08-2024", "17.08.2024", "2024-08-17", "17 Agustus 2024",
    "17 Agu 2024" and "17 August 2024".
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool) or value is None:
        if value is None:
            raise CellProblem("date.empty")
        raise CellProblem("date.invalid", value=shown(value))
    if isinstance(value, int | float):
        return from_serial(value, date1904=date1904)
    if isinstance(value, str):
        return _parse_text(value, value)
    raise CellProblem("date.invalid", value=shown(value))


def parse_ttl(text: str) -> tuple[str, dt.date]:
    """Split an Indonesian "tempat, tanggal lahir" into (place, date).

    "Bandung, 17 Agustus 1985" gives ("Bandung", 1985-08-17). The date is taken from the end,
    so places with commas ("Kab. Bandung, Jawa Barat, 17-08-1985") keep them; a missing comma
    ("Bandung 17-08-1985") is tolerated.
    """
    if not isinstance(text, str) or not text.strip():
        raise CellProblem("ttl.empty")
    cleaned = " ".join(text.replace("\u00a0", " ").split())
    cuts = [index for index, char in enumerate(cleaned) if char in ", /"]
    for cut in reversed(cuts):
        place, tail = cleaned[:cut], cleaned[cut + 1 :]
        place = place.strip(" ,/-")
        if not place or not tail.strip():
            continue
        try:
            born = _parse_text(tail, text)
        except ValueError:
            continue
        return place, born
    raise CellProblem("ttl.invalid", value=shown(text))
