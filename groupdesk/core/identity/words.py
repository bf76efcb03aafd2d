"""Gender and education as rosters write them: "L", "Perempuan", "Wanita", "M"; "S-1",
"D III", "Ners", "Sp.PD". Each is read into its stored code or refused with the reason."""

from __future__ import annotations

import re

from groupdesk.core.enums import Education, Gender
from groupdesk.core.errors import ValidationError

_GENDER_WORDS = {
    Gender.MALE: ("l", "lk", "laki", "laki-laki", "lakilaki", "pria", "m", "male", "man"),
    Gender.FEMALE: ("p", "pr", "perempuan", "wanita", "f", "female", "woman", "w"),
}
GENDERS: dict[str, Gender] = {
    word: gender for gender, words in _GENDER_WORDS.items() for word in words
} | {gender.value: gender for gender in Gender}

_EDUCATION_WORDS = {
    Education.SMA: ("sma", "smk", "slta", "ma", "smu", "stm", "smea", "spk"),
    Education.D3: ("d3", "diii", "diploma3", "diplomaiii", "amd", "akper", "akbid"),
    Education.D4: ("d4", "div", "diploma4", "diplomaiv", "strterapan", "sst"),
    Education.S1: ("s1", "sarjana", "sked", "skep", "spd", "sh", "se", "st", "ssi", "spsi"),
    Education.PROFESI: ("profesi", "profesiners", "ners", "ns", "dokter", "apoteker", "bidan"),
    Education.S2: ("s2", "magister", "master", "mkes", "mkep", "mpd", "mm", "mh"),
    Education.S3: ("s3", "doktor", "phd"),
    Education.SPESIALIS: ("sp", "spesialis", "specialist"),
}
EDUCATIONS: dict[str, Education] = {
    word: level for level, words in _EDUCATION_WORDS.items() for word in words
} | {level.value: level for level in Education}

_NOT_LETTER_OR_DIGIT = re.compile(r"[^0-9a-z]+")


def gender(text: object, *, field: str = "gender") -> str | None:
    """The stored gender code of ``text``; None when empty."""
    word = " ".join(str(text or "").split()).lower()
    if not word:
        return None
    found = GENDERS.get(word) or GENDERS.get(word.replace(" ", "-"))
    if found is None:
        raise ValidationError(field, "gender.unknown", value=str(text).strip())
    return found.value


def education(text: object, *, field: str = "education") -> str | None:
    """The stored code of the highest education ``text`` names; None when empty. A
    specialist's title ("Sp.PD", "Sp.A") is a specialist."""
    raw = str(text or "").strip()
    key = _NOT_LETTER_OR_DIGIT.sub("", raw.lower())
    if not key:
        return None
    found = EDUCATIONS.get(key)
    if found is None and raw.endswith(")") and "(" in raw:
        # the words of an exported roster: "Sarjana (S1)", "Bachelor (S1)"
        inner = raw[raw.rindex("(") + 1 : -1]
        found = EDUCATIONS.get(_NOT_LETTER_OR_DIGIT.sub("", inner.lower()))
    if found is None and key.startswith("sp") and len(key) <= 6:
        found = Education.SPESIALIS
    if found is None:
        raise ValidationError(field, "education.unknown", value=raw)
    return found.value
