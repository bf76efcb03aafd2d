"""The part of a person's name that says who they are, without titles and degrees.

Indonesian rosters write the same person as "Ns. Ratna Dewi Lestari, S.Kep" in one list and
"Ratna Dewi Lestari" in another: honorifics and religious titles go before the name (dr.,
Prof., H., Hj., Ns., Bidan, ...) and academic degrees after it, usually after a comma
(S.Kep, M.Kes., Sp.PD, A.Md.Keb, ...). Comparing two names (duplicates, import matching)
uses :func:`name_key`; the stored name keeps what the person wrote.
"""

from __future__ import annotations

import re

from groupdesk.core.text_keys import fold, fold_all

# Written before the name; compared folded and without dots ("Dr." -> "dr").
TITLES_BEFORE = frozenset(
    {
        # medicine, nursing, midwifery, pharmacy, psychology
        "dr", "drg", "drh", "ns", "bd", "bdn", "bidan", "apt", "psikolog", "ners",
        # academic and professional
        "prof", "ir", "drs", "dra",
        # religious and honorific
        "h", "hj", "haji", "hajjah", "kh", "ust", "ustadz", "ustaz", "ustadzah",
        "ustazah", "kyai", "kiai", "habib", "syekh", "romo", "pdt", "pendeta",
        "pastor", "suster", "bruder", "bhikkhu", "bhante",
        # courtesy
        "bapak", "bpk", "ibu", "sdr", "sdri", "tn", "ny", "nn", "mr", "mrs",
        "raden", "rd", "teuku", "cut", "tgk",
    }
)  # fmt: skip

# Degrees written without inner dots ("SKep", "Amd", "MM"); dotted ones are found by shape.
DEGREES = frozenset(
    {
        "amd", "amdkeb", "amdkep", "amdkes", "amdfarm", "amdgz", "amdak", "skep", "spd",
        "sh", "se", "skom", "ssi", "sst", "sked", "spsi", "sgz", "sfarm", "sag", "sip",
        "sos", "ssos", "st", "stp", "sp", "ssn", "sikom", "shi", "sthi", "mkes", "mpd",
        "mm", "mh", "msi", "mkom", "mt", "mpsi", "mkep", "mba", "msc", "ma", "bsc", "ba",
        "phd", "spog", "spa", "sppd", "spb", "spm", "spkj", "sprad", "spjp", "spkk",
        "sptht", "spthtkl", "spn", "spp", "spak", "spanak", "spot", "spu", "span", "sprm",
        "ns", "apt", "mars", "mph", "mkm", "skm", "mkn", "mtr", "mmr", "dr", "drg",
        "lc", "mag", "ph", "cht", "cpa", "ca", "ak",
    }
)  # fmt: skip

# A dotted abbreviation: short letter groups joined by dots ("s.kep", "a.md.keb",
# "sp.pd-kgh", "m.kes."). A plain name never has a dot inside a word.
_DOTTED = re.compile(r"^[a-z]{1,4}(?:\.[a-z-]{1,6})+\.?$")
_SPLIT = re.compile(r"[\s]+")


def _bare(token: str) -> str:
    return token.replace(".", "").replace("-", "")


def _is_degree(token: str) -> bool:
    return bool(_DOTTED.match(token)) or _bare(token) in DEGREES


def _strip_titles(words: list[str]) -> list[str]:
    """Leading titles off, as long as a name is left."""
    start = 0
    while start < len(words) - 1:
        bare = words[start].rstrip(".").replace(".", "")
        if bare in TITLES_BEFORE or (start + 1 < len(words) and _is_title_pair(words, start)):
            start += 1
        else:
            break
    return words[start:]


def _is_title_pair(words: list[str], start: int) -> bool:
    # "K. H." / "K.H." written as two pieces
    return words[start] in ("k.", "k") and words[start + 1].rstrip(".") == "h"


def _strip_degrees(words: list[str]) -> list[str]:
    """Trailing degrees off ("... lestari s.kep m.kes"), as long as a name is left."""
    end = len(words)
    while end > 1 and "." in words[end - 1] and _is_degree(words[end - 1]):
        end -= 1
    return words[:end]


def name_key(full_name: str | None) -> str:
    """Folded name without honorifics, religious titles and degrees.

    'Ns. Ratna Dewi Lestari, S.Kep' -> 'ratna dewi lestari'; 'Hj. Siti Aminah' -> 'siti aminah'.
    """
    return _key_of_folded(fold(full_name))


def name_keys_all(names: list[str | None]) -> list[str]:
    """``name_key`` of every name of a column, folding the column in one go."""
    return [_key_of_folded(folded) for folded in fold_all(names)]


def _key_of_folded(folded: str) -> str:
    if not folded:
        return ""
    head = folded.split(" ", 1)[0]
    if "." not in folded and "," not in folded and head not in TITLES_BEFORE:
        return folded  # nearly every name: nothing to take off
    main, *after = folded.split(",")
    # Parts after a comma are degrees unless they hold a word that is not one.
    kept = [main]
    for part in after:
        words = [w for w in _SPLIT.split(part.strip()) if w]
        if words and not all(_is_degree(w) for w in words):
            kept.append(part)
    words = [w for w in _SPLIT.split(" ".join(kept).strip()) if w]
    glued = words[0].split(".", 1) if words else []
    if len(glued) == 2 and glued[0] in TITLES_BEFORE and len(glued[1]) >= 3:
        words[:1] = [glued[0] + ".", glued[1]]  # "dr.ratna" -> "dr." "ratna"
    words = _strip_degrees(_strip_titles(words))
    return " ".join(words) or folded
