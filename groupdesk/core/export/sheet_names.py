"""Turn report sheet names into worksheet names every spreadsheet program accepts.

Sheet names often come from people (a shift's place, a profession), so they may be blank,
too long, contain characters Excel forbids, or repeat. Excel refuses such a workbook or
"repairs" it on open; we fix the names instead.
"""

from __future__ import annotations

MAX_LENGTH = 31
"""Excel's limit, counted in UTF-16 code units."""

RESERVED = frozenset({"history"})
"""Excel keeps "History" for its change tracking sheet."""

_REPLACEMENTS = str.maketrans(
    {"[": "(", "]": ")", ":": "-", "/": "-", "\\": "-", "*": "_", "?": "_"}
)


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _truncate(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` UTF-16 units without splitting a surrogate pair."""
    while _utf16_length(text) > limit:
        text = text[:-1]
    return text


def clean_sheet_name(name: str, fallback: str = "Sheet") -> str:
    """Replace forbidden characters, drop control characters and fit the length limit.

    Forbidden characters become look-alikes (``/`` becomes ``-``) so "Shift 01/02" stays
    readable. Excel also forbids an apostrophe at either end.
    """
    text = "".join(ch for ch in name.translate(_REPLACEMENTS) if ch.isprintable())
    text = text.strip().strip("'").strip()
    text = _truncate(text, MAX_LENGTH).rstrip().rstrip("'").rstrip()
    return text or fallback


class SheetNamer:
    """Hands out cleaned names that are unique within one workbook, case-insensitively."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self._taken = {name.casefold() for name in taken or ()} | set(RESERVED)

    def name(self, wanted: str) -> str:
        """Return a valid, unused name for ``wanted``, adding " (2)", " (3)" on repeats."""
        base = clean_sheet_name(wanted)
        candidate = base
        number = 2
        while candidate.casefold() in self._taken:
            suffix = f" ({number})"
            candidate = _truncate(base, MAX_LENGTH - len(suffix)).rstrip() + suffix
            number += 1
        self._taken.add(candidate.casefold())
        return candidate

    def reserve(self, name: str) -> None:
        """Keep a name the writer itself will use (such as the "About" sheet) out of reach."""
        self._taken.add(name.casefold())
