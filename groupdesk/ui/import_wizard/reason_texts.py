"""The reasons the core gives for a refused or questionable cell, in the GUI's language.

The core writes them as English sentences with the cell's value inside ("'bad@' is not a
valid phone number"). Each sentence shape is listed here with %1, %2 ... where the values go,
marked for translation; a reason is matched against the shapes and said again in the GUI's
language with the same values. A reason no shape matches is shown as the core wrote it.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ImportReasons"

SHAPES = (
    # dates
    QT_TRANSLATE_NOOP(
        "ImportReasons", "%1 is not a date this program understands (use 17/08/2024)"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a real date (day %2, month %3)"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a date"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is outside the range of spreadsheet dates"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is only a year; a full date is needed"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1: %2 is not a month name"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "%1 is not 'place, date of birth' (e.g. Bandung, 17 Agustus 1985)"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "the date is empty"),
    QT_TRANSLATE_NOOP("ImportReasons", "The birth date cannot be in the future."),
    QT_TRANSLATE_NOOP("ImportReasons", "The joining date cannot be in the future."),
    QT_TRANSLATE_NOOP("ImportReasons", "A member cannot join before they were born."),
    QT_TRANSLATE_NOOP("ImportReasons", "The project cannot end before it starts."),
    # times and numbers
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a time of day (use 08:00)"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a time of day"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a number (mixed separators)"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a number (misplaced separators)"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a number"),
    QT_TRANSLATE_NOOP("ImportReasons", "the number is empty"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a whole number of people"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not yes or no (use Ya/Tidak)"),
    QT_TRANSLATE_NOOP("ImportReasons", "The maximum must be at least %1 and at least the minimum."),
    QT_TRANSLATE_NOOP("ImportReasons", "hours cannot be negative"),
    QT_TRANSLATE_NOOP("ImportReasons", "ends the next day"),
    # phone numbers and e-mail
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a phone number"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a valid phone number"),
    QT_TRANSLATE_NOOP("ImportReasons", "the phone number is empty"),
    QT_TRANSLATE_NOOP("ImportReasons", "several numbers were given; only the first (%1) was kept"),
    QT_TRANSLATE_NOOP(
        "ImportReasons",
        "the number has no leading 0 (a spreadsheet probably dropped it); read as %1, please check",
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "not a valid email address: %1"),
    # names, numbers, words
    QT_TRANSLATE_NOOP("ImportReasons", "no column holds the member's name"),
    QT_TRANSLATE_NOOP("ImportReasons", "a name is needed"),
    QT_TRANSLATE_NOOP("ImportReasons", "at most %1 characters (this has %2)"),
    QT_TRANSLATE_NOOP("ImportReasons", "at most %1 characters"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "use letters and digits, with - / . or a single space between groups"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "no member number; %1 will be given"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "member number %1 is already in use; give the new member another one"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "member number %1 belongs to a member in the trash"),
    QT_TRANSLATE_NOOP("ImportReasons", "member number %1 is already in use"),
    QT_TRANSLATE_NOOP("ImportReasons", "a licence needs a profession in the same row"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a member status (use one of %2)"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a project status (use one of %2)"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a shift status (use one of %2)"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a sign-up status (use one of %2)"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a challenge status (use one of %2)"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a severity (use one of %2)"),
    QT_TRANSLATE_NOOP("ImportReasons", "new profession to be added: %1"),
    QT_TRANSLATE_NOOP("ImportReasons", "new skill to be added: %1"),
    QT_TRANSLATE_NOOP("ImportReasons", "new interest to be added: %1"),
    QT_TRANSLATE_NOOP("ImportReasons", "new cause area to be added: %1"),
    QT_TRANSLATE_NOOP("ImportReasons", "new category to be added: %1"),
    # rows the file repeats, records that are not there
    QT_TRANSLATE_NOOP("ImportReasons", "member number %1 is also on row %2 of the file"),
    QT_TRANSLATE_NOOP("ImportReasons", "the project %1 is also on row %2 of the file"),
    QT_TRANSLATE_NOOP("ImportReasons", "the challenge %1 is also on row %2 of the file"),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "a shift of the same project starting %1 is also on row %2 of the file"
    ),
    QT_TRANSLATE_NOOP(
        "ImportReasons", "the same member on the same shift is also on row %1 of the file"
    ),
    QT_TRANSLATE_NOOP("ImportReasons", "a project called %1 exists already (names are unique)"),
    QT_TRANSLATE_NOOP("ImportReasons", "there is no project called %1 (import the projects first)"),
    QT_TRANSLATE_NOOP("ImportReasons", "there is no project called %1"),
    QT_TRANSLATE_NOOP("ImportReasons", "there is no profession called %1"),
    QT_TRANSLATE_NOOP("ImportReasons", "there is no skill called %1"),
    QT_TRANSLATE_NOOP("ImportReasons", "no member has the number %1"),
    QT_TRANSLATE_NOOP("ImportReasons", "no member is called %1"),
    QT_TRANSLATE_NOOP("ImportReasons", "%1 members are called %2; give the member number"),
    QT_TRANSLATE_NOOP("ImportReasons", "the member is not given (number, email or name)"),
    QT_TRANSLATE_NOOP("ImportReasons", "the project has no shift at that date and time"),
    QT_TRANSLATE_NOOP("ImportReasons", "A title is required."),
    QT_TRANSLATE_NOOP("ImportReasons", "A project name is required."),
    QT_TRANSLATE_NOOP("ImportReasons", "A project is required."),
    QT_TRANSLATE_NOOP("ImportReasons", "A date is required."),
    QT_TRANSLATE_NOOP("ImportReasons", "A time is required."),
)

_PLACE = re.compile(r"%(\d)")


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for marked in SHAPES:
        shape = str(marked)  # a str, which PySide6 types as object
        parts = _PLACE.split(shape)  # text, digit, text, digit, ...
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<p{part}>.+?)" for i, part in enumerate(parts)
        )
        out.append((re.compile(regex, re.DOTALL), shape))
    return tuple(out)


def shape_of(message: str) -> tuple[str, dict[str, str]] | None:
    """The listed shape ``message`` has, with the values filling it; None if none fits."""
    for pattern, shape in _patterns():
        match = pattern.fullmatch(message)
        if match is not None:
            return shape, match.groupdict()
    return None


def reason_text(message: str) -> str:
    """``message`` from the core in the GUI's language (unchanged if its shape is unknown)."""
    found = shape_of(message)
    if found is None:
        return message
    shape, values = found
    text = QCoreApplication.translate(CONTEXT, shape)
    return _PLACE.sub(lambda place: values.get(f"p{place[1]}", place[0]), text)
