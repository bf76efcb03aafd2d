"""Finding English that escaped translation in text GroupDesk produced in the pseudo-language.

In the pseudo-language every text of the catalogues is accented ("[Ṁéɱƀéŕ ŕöšţéŕ ~~~]"), so a
plain English word of those texts left in the output escaped them. Data (names, cities, the
words people typed) stays as it was typed; it is given as ``allowed``.
"""

from __future__ import annotations

import re

from groupdesk.core.messages.sources import sources

_WORD = re.compile(r"(?<![\w{])[A-Za-z]{3,}(?![\w}])")
_FIELD = re.compile(r"\{[^{}]*\}")
# Not English to a reader: the program's name, file formats and units that read the same in
# every language.
NEUTRAL = {"groupdesk", "xlsx", "csv", "pdf", "ics", "wib", "wita", "wit", "str", "sip"}


def english_words() -> set[str]:
    """Every word (three letters or more) of the English sources of the core's messages."""
    words: set[str] = set()
    for source in sources().values():
        for text in (source.singular, source.plural or ""):
            words.update(w.lower() for w in _WORD.findall(_FIELD.sub(" ", text)))
    return words - NEUTRAL


def escaped(text: str, allowed: set[str]) -> set[str]:
    """The plain English words of ``text`` that are not data the user typed."""
    known = english_words()
    return {w for w in _WORD.findall(text) if w.lower() in known and w.lower() not in allowed}


def data_words(values: list[str]) -> set[str]:
    """The words of typed data (names, cities, project names), lower case."""
    return {w.lower() for value in values for w in _WORD.findall(value)}
