"""Guess which column feeds which field, so most imports need no manual mapping.

Headings are normalised (case, accents, punctuation, "(2)" suffixes ignored) and looked up
in the synonym tables; near misses ("Tangal Lahir", "Nmr Anggota") are caught with rapidfuzz.
Each field is given to at most one column, best match first, so "FirstName (2)" stays
unmapped instead of overwriting the first.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz

from .synonyms import SYNONYMS

FUZZY_CUTOFF = 88
MIN_FUZZY_LENGTH = 4
_DUPLICATE_SUFFIX = re.compile(r"\s*\(\d+\)\s*$")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalise_header(text: str) -> str:
    """Lower-case, accents and punctuation removed, single spaces: "No. HP" -> "no hp"."""
    text = _DUPLICATE_SUFFIX.sub("", str(text))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).casefold()
    text = text.replace("s/d", " sd ")
    return " ".join(_NON_WORD.sub(" ", text).split())


def _compact(text: str) -> str:
    return text.replace(" ", "")


_INDEX: dict[str, dict[str, str]] = {
    kind: {
        _compact(normalise_header(synonym)): field
        for field, synonyms in fields.items()
        for synonym in synonyms
    }
    for kind, fields in SYNONYMS.items()
}


def _best_field(header: str, kind: str) -> tuple[str, float] | None:
    key = _compact(normalise_header(header))
    if not key:
        return None
    index = _INDEX[kind]
    if key in index:
        return index[key], 101.0
    if len(key) < MIN_FUZZY_LENGTH:
        return None
    best: tuple[str, float] | None = None
    for synonym, field in index.items():
        if len(synonym) < MIN_FUZZY_LENGTH:
            continue
        score = fuzz.ratio(key, synonym)
        if score >= FUZZY_CUTOFF and (best is None or score > best[1]):
            best = (field, score)
    return best


# Headings that only say "valid until" name the expiry of what the column before them holds:
# after a licence number ("No. STR | Berlaku s/d") the licence's, elsewhere the membership's.
_VALIDITY_WORDS = frozenset(
    {
        "berlakusd",
        "berlakusampai",
        "berlakuhingga",
        "tanggalberakhir",
        "kedaluwarsa",
        "kadaluarsa",
        "kadaluwarsa",
        "validuntil",
        "expires",
        "expiry",
        "expirydate",
    }
)
_VALIDITY_OF = {"members": {"licence_number": "licence_valid_until"}}


def guess_mapping(headers: list[str], kind: str) -> dict[int, str]:
    """Map column index -> target field for an import of ``kind``.

    ``kind`` is one of "members", "projects", "shifts", "signups", "challenges". Columns with
    no convincing match are left out; the importer asks the person about those.
    """
    if kind not in _INDEX:
        raise ValueError(f"unknown import kind {kind!r} (expected one of {', '.join(_INDEX)})")
    best = [_best_field(header, kind) for header in headers]
    # a bare "valid until" after a licence number: the licence's, or failing that what the
    # heading alone says
    fallback: list[tuple[float, int, str]] = []
    validity_of = _VALIDITY_OF.get(kind, {})
    for column in range(1, len(headers)):
        before, alone = best[column - 1], best[column]
        if (
            before is not None
            and before[0] in validity_of
            and _compact(normalise_header(headers[column])) in _VALIDITY_WORDS
        ):
            best[column] = (validity_of[before[0]], 100.0)  # just below an outright heading
            if alone is not None:
                fallback.append((alone[1], column, alone[0]))
    scored = [(match[1], column, match[0]) for column, match in enumerate(best) if match]
    scored.sort(key=lambda item: (-item[0], item[1]))
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for _score, column, field in [*scored, *sorted(fallback, key=lambda i: (-i[0], i[1]))]:
        if field not in taken and column not in mapping:
            mapping[column] = field
            taken.add(field)
    return dict(sorted(mapping.items()))


def header_signature(headers: list[str]) -> str:
    """A stable key for a file layout: normalised headings, sorted, joined with "|".

    Saved mapping templates are looked up by it, so the same export opened next month (with
    columns in another order or different capitalisation) finds its template again.
    """
    return "|".join(sorted(normalise_header(header) for header in headers if str(header).strip()))
