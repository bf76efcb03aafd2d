"""Values put into a translated text: Qt's ``%1``..``%9`` markers, filled in one pass.

PySide6's ``tr()`` returns a ``str`` without Qt's ``QString.arg()``, and chained
``.replace("%1", a).replace("%2", b)`` would fill a "%2" that came in with ``a`` (a member
named "Ani %2"). Counts are written as the GUI's language writes numbers ("1.200").
"""

from __future__ import annotations

import re

from groupdesk.printing.numbers import number_text

_MARKER = re.compile(r"%([1-9])")


def value_text(value: object) -> str:
    """A value as it goes into a text: whole numbers with the language's separators."""
    if isinstance(value, int) and not isinstance(value, bool):
        return number_text(value)
    return str(value)


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1`` replaced by the first value, ``%2`` by the second and so on, in one
    pass; a marker without a value (and ``%n``, already filled by ``tr``) stays as it is."""
    written = [value_text(v) for v in values]

    def one(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return written[index] if index < len(written) else match.group(0)

    return _MARKER.sub(one, text)
