"""Derived text keys the database sorts and searches on.

They are computed here, once, by every writer (the ORM service and the bulk paths alike),
so SQLite and PostgreSQL order and find members the same way.
"""

from __future__ import annotations

import re
import unicodedata

_NON_DIGIT = re.compile(r"\D+")
_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form: 'Ayu Ṣari ' -> 'ayu sari'."""
    if not text:
        return ""
    if text.isascii():  # most names: no accents to strip, the same result much faster
        return " ".join(text.casefold().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def sort_name(full_name: str | None) -> str:
    return fold(full_name)


def phone_digits(phone: str | None) -> str:
    """Digits of a phone number in national form (0812...), so '0812' finds '+62 812-...'."""
    digits = _NON_DIGIT.sub("", phone or "")
    if digits.startswith("62"):
        digits = "0" + digits[2:]
    return digits


def member_search_text(
    member_number: str | None,
    full_name: str | None,
    email: str | None,
    phone: str | None,
    city: str | None,
) -> str:
    parts = [fold(member_number), fold(full_name), fold(email), phone_digits(phone), fold(city)]
    return "\x1f".join(parts)


_PHONE_QUERY = re.compile(r"^\+?[\d\s\-().]{4,}$")


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_patterns(query: str) -> list[str]:
    """LIKE patterns (escape character backslash) that must all match, one per typed word.

    A phone-looking query is reduced to national digits, so '+62 812 34' finds '0812-34...'.
    """
    text = query.strip()
    if not text:
        return []
    if _PHONE_QUERY.match(text) and sum(c.isdigit() for c in text) >= 4:
        digits = _NON_DIGIT.sub("", text)
        if text.startswith("+62") or (digits.startswith("62") and len(digits) >= 9):
            digits = "0" + digits[2:]
        return [f"%{_like_escape(digits)}%"]
    return [f"%{_like_escape(word)}%" for word in fold(text).split(" ") if word]
