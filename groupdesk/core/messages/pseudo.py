"""The pseudo-language: English made visibly foreign, so untranslated words stand out.

"Member roster" becomes "[Ṁéɱƀéŕ ŕöšţéŕ ~~~~]": every letter accented, about a third longer
(Indonesian runs longer than English), in brackets that show where a text was cut. A plain
English word in a window or a file produced in this language escaped the catalogues.
Placeholders (``{name}``, ``{when:date}``, Qt's ``%1``/``%n``) and markup are kept as written.
"""

from __future__ import annotations

import re

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# Kept as written: {placeholders}, %1 / %n / %L1, <tags>, &entities;, and "&" shortcut marks.
_KEEP = re.compile(r"(\{[^{}]*\}|%L?\d+|%n|<[^<>]*>|&[a-zA-Z]+;|&(?=\w))")


def accented(text: str) -> str:
    """Every Latin letter of ``text`` accented (no brackets, no padding): for values such as
    month names that the catalogue does not hold but the reader sees."""
    return text.translate(_ACCENTED)


def pseudo_text(text: str) -> str:
    """``text`` in the pseudo-language; empty stays empty."""
    if not text:
        return text
    parts = _KEEP.split(text)
    out = "".join(part if i % 2 else part.translate(_ACCENTED) for i, part in enumerate(parts))
    letters = sum(ch.isalpha() for part in parts[::2] for ch in part)
    return f"[{out} {'~' * max(1, letters // 3)}]"
