"""Finding English that escaped translation in text GroupDesk produced in the pseudo-language.

In the pseudo-language every text of the catalogues is accented ("[Ṁéɱƀéŕ ŕöšţéŕ ~~~]"), so a
plain English word of those texts left in the output escaped them. Data (names, cities, the
words people typed) stays as it was typed; it is given as ``allowed``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from groupdesk.core.messages.sources import sources

_WORD = re.compile(r"(?<![\w{])[A-Za-z]{3,}(?![\w}])")
_FIELD = re.compile(r"\{[^{}]*\}")
# Markup and Qt's placeholders of the window's texts: "<a href=...>" holds no English word.
_MARKUP = re.compile(r"<[^<>]*>|&[a-zA-Z]+;|%L?\d+|%n")
TRANSLATIONS = Path(__file__).resolve().parents[2] / "groupdesk" / "resources" / "translations"
# Not English to a reader: the program's name, file formats and units that read the same in
# every language.
NEUTRAL = {"groupdesk", "xlsx", "csv", "pdf", "ics", "sqlite", "wib", "wita", "wit", "str", "sip"}


@cache
def english_words() -> frozenset[str]:
    """Every word (three letters or more) of the English sources of the core's messages."""
    words: set[str] = set()
    for source in sources().values():
        for text in (source.singular, source.plural or ""):
            words.update(w.lower() for w in _WORD.findall(_FIELD.sub(" ", text)))
    return frozenset(words - NEUTRAL)


def window_sources() -> list[str]:
    """The English source of every message of the window (groupdesk_id.ts) and of Qt's own
    texts GroupDesk shows (qtbase_id.ts)."""
    return [
        message.findtext("source") or ""
        for ts in ("groupdesk_id.ts", "qtbase_id.ts")
        for message in ET.parse(TRANSLATIONS / ts).getroot().iter("message")
    ]


@cache
def window_words() -> frozenset[str]:
    """Every word of the window's texts and of the core's messages it shows: one of them in
    plain English in the window escaped translation."""
    words = {w.lower() for text in window_sources() for w in _WORD.findall(_MARKUP.sub(" ", text))}
    return frozenset((words - NEUTRAL) | english_words())


def _english(word: str, known: frozenset[str]) -> bool:
    """``word`` is one of ``known``, or its plural ("databases" where "database" is known)."""
    return word in known or any(
        word.endswith(ending) and word[: -len(ending)] in known for ending in ("s", "es")
    )


def escaped(text: str, allowed: set[str], known: frozenset[str] | None = None) -> set[str]:
    """The plain English words of ``text`` (of the core's messages, or of ``known``) that are
    not data the user typed."""
    known = english_words() if known is None else known
    return {
        w for w in _WORD.findall(text) if _english(w.lower(), known) and w.lower() not in allowed
    }


def data_words(values: list[str]) -> set[str]:
    """The words of typed data (names, cities, project names), lower case."""
    return {w.lower() for value in values for w in _WORD.findall(value)}
