"""The core names its reports and file formats in English; this table marks those words
for translation (lupdate cannot read them from the core) and looks them up."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Reports"

# Every title, description and format name of groupdesk.core.reports, word for word;
# a test checks this table still matches the core.
TEXTS = (
    QT_TRANSLATE_NOOP("Reports", "Member roster"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Everyone on the roster, or just the members the Members page is filtered to. "
        "Imports back into GroupDesk unchanged.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Professions and licences"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Members per profession with their licence numbers, expiry dates and how many "
        "days are left.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Shift schedule"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Shifts by project and week, one sheet per project, with who signed up. "
        "As a calendar file, volunteers can add the shifts to their phones.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Volunteer hours"),
    QT_TRANSLATE_NOOP(
        "Reports", "Hours served per member, per project and per month, with totals."
    ),
    QT_TRANSLATE_NOOP("Reports", "Understaffed shifts"),
    QT_TRANSLATE_NOOP(
        "Reports", "Upcoming shifts with fewer volunteers than they need, and by how many."
    ),
    QT_TRANSLATE_NOOP("Reports", "Challenges register"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Every challenge with its category, severity, owner and progress, and the actions taken.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Sign-in sheet"),
    QT_TRANSLATE_NOOP(
        "Reports", "A printable sheet for one shift: names, phone numbers and a column to sign."
    ),
    QT_TRANSLATE_NOOP("Reports", "Excel workbook (.xlsx)"),
    QT_TRANSLATE_NOOP("Reports", "CSV, UTF-8 (.csv)"),
    QT_TRANSLATE_NOOP("Reports", "Calendar (.ics)"),
    QT_TRANSLATE_NOOP("Reports", "PDF for printing (.pdf)"),
)


def report_text(text: str) -> str:
    """``text`` from the core in the GUI's language; unknown texts come back unchanged."""
    return QCoreApplication.translate(CONTEXT, text)
