"""Every value the database stores as a code reads as words in the window, in both languages.

A new member of an enumeration (a new status, say) without its label would show its raw code
("no_show") in tables, filters and the history; these tests name the one that lacks words.
"""

from __future__ import annotations

import inspect
from enum import StrEnum

import pytest

from groupdesk.core import enums
from groupdesk.ui.common import labels
from groupdesk.ui.schedule import labels as schedule_labels

ENUMS = sorted(
    (
        value
        for value in vars(enums).values()
        if inspect.isclass(value) and issubclass(value, StrEnum) and value is not StrEnum
    ),
    key=lambda enum: enum.__name__,
)
LABELS = {**labels.ENUM_LABELS, **schedule_labels.ENUM_LABELS}


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
def test_every_member_of_every_enumeration_has_words(qapp, enum: type[StrEnum]) -> None:
    assert enum in LABELS, f"{enum.__name__} has no labels in the GUI"
    words = LABELS[enum]()
    assert set(words) == set(enum)
    assert all(text.strip() and text != member.value for member, text in words.items())


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
def test_every_label_is_translated_into_indonesian(qapp, gui_language, enum: type[StrEnum]) -> None:
    english = LABELS[enum]()
    gui_language("id")
    indonesian = LABELS[enum]()
    untranslated = [m.value for m in enum if indonesian[m] == english[m]]
    assert untranslated == []
