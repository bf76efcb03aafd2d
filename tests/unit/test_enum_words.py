"""Every stored value of every enumeration has words in the core, in English and Indonesian,
so a report never writes a code such as "lapsed"."""

from __future__ import annotations

from enum import StrEnum

import pytest

from groupdesk.core import enums
from groupdesk.core.messages import catalogue
from groupdesk.core.messages.texts.reports import ENUMS
from groupdesk.core.reports.localise import enum_label

ALL = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
]


def _name(enum: type[StrEnum]) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in enum.__name__).lstrip("_")


@pytest.mark.parametrize("enum", ALL, ids=lambda e: e.__name__)
def test_every_value_has_words(enum: type[StrEnum]) -> None:
    words = ENUMS[_name(enum)]
    assert set(words) == {member.value for member in enum}
    for member in enum:
        english = enum_label(catalogue("en"), _name(enum), member.value)
        indonesian = enum_label(catalogue("id"), _name(enum), member.value)
        assert english != member.value and indonesian != member.value


def test_member_statuses_in_both_languages() -> None:
    said = [enum_label(catalogue(lang), "member_status", "lapsed") for lang in ("id", "en")]
    assert said == ["Menunggak", "Lapsed"]
