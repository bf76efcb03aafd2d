"""Parsers for cell values as people type them; each returns a value or raises ValueError.

The ValueError message is meant for the import preview ("'1,2,3' is not a number"), so it
names the offending text. Dates and phone numbers live in their own modules and are
re-exported here so the importer has one place to import parsers from.
"""

from __future__ import annotations

import datetime as dt
import re

from groupdesk.core.errors import CellProblem

from .cells import shown
from .dates import parse_date, parse_ttl
from .phones import PhoneResult, parse_phone

__all__ = [
    "PhoneResult",
    "clean_text",
    "parse_bool",
    "parse_date",
    "parse_number",
    "parse_phone",
    "parse_ttl",
]

# Spaces Excel and web copies leave behind: no-break, narrow no-break, thin, figure, ideographic.
_SPACES = re.compile(r"[ \t\u00a0\u2007\u2009\u202f\u3000\u2002\u2003\u200a]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_CURRENCY = re.compile(r"^(?:rp\.?|idr|usd|\$|€)\s*|\s*(?:rp\.?|idr|,-|\.-)$", re.IGNORECASE)
_GROUPED = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")

TRUE_WORDS = frozenset({"ya", "y", "yes", "true", "benar", "1", "x", "v", "✓", "✔", "on"})
FALSE_WORDS = frozenset({"tidak", "tdk", "no", "n", "false", "salah", "0", "off", "-"})


def _number_text(value: float) -> str:
    if value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value)


def clean_text(value: object) -> str:
    """Return the text a person meant: trimmed, inner space runs collapsed, codes unmangled.

    No-break and other odd spaces count as spaces, invisible characters go, line breaks stay
    (addresses) but each line is trimmed. A member number Excel stored as 12345.0 comes back
    as "12345". None gives "".
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    text = _INVISIBLE.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _normalise_separators(text: str, original: object) -> str:
    if "." in text and "," in text:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        whole, _, fraction = text.rpartition(decimal)
        if not _GROUPED.match(whole) and not whole.isdigit():
            raise CellProblem("number.mixed_separators", value=shown(original))
        return whole.replace(thousands, "") + "." + fraction
    if text.count(",") > 1 or text.count(".") > 1:
        if not _GROUPED.match(text):
            raise CellProblem("number.misplaced_separators", value=shown(original))
        return text.replace(",", "").replace(".", "")
    if "," in text:
        return text.replace(",", ".")  # one comma is the Indonesian decimal separator
    if "." in text and _GROUPED.match(text):
        return text.replace(".", "")  # "1.500" is fifteen hundred in Indonesia
    return text


def parse_number(value: object) -> int | float:
    """Return the number in ``value``; text in Indonesian ("1.234,5") or English ("1,234.5").

    A single comma is always the decimal separator ("1,5" = 1.5) and a dot followed by
    exactly three digits is a thousands separator ("1.500" = 1500), as written in Indonesia.
    "Rp" and similar currency marks are ignored. Whole results are int.
    """
    if isinstance(value, bool) or value is None:
        if value is None:
            raise CellProblem("number.empty")
        raise CellProblem("number.invalid", value=shown(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellProblem("number.invalid", value=shown(value))
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if not isinstance(value, str):
        raise CellProblem("number.invalid", value=shown(value))
    text = _SPACES.sub("", _INVISIBLE.sub("", value))
    text = _CURRENCY.sub("", text).strip()
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text.startswith(("-", "+")):
        negative, text = text[0] == "-", text[1:]
    if not text:
        if not value.strip():
            raise CellProblem("number.empty")
        raise CellProblem("number.invalid", value=shown(value))
    match = re.fullmatch(r"([\d.,]*\d[\d.,]*)(?:[eE]([+-]?\d+))?", text)
    if not match:
        raise CellProblem("number.invalid", value=shown(value))
    number_text = _normalise_separators(match[1], value)
    if match[2]:
        number_text += "e" + match[2]
    try:
        number = float(number_text)
    except ValueError:
        raise CellProblem("number.invalid", value=shown(value)) from None
    if negative:
        number = -number
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def parse_bool(value: object) -> bool:
    """Return True/False for Ya/Tidak, Yes/No, TRUE/FALSE, 1/0 or a tick mark "x"."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = clean_text(value).lower().rstrip(".")
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        if not word:
            raise CellProblem("yes_no.empty")
    raise CellProblem("yes_no.invalid", value=shown(value))
