"""The core names the fields an import fills, and why a row matched a stored record, in
English; this table marks those words for translation (lupdate cannot read them from the core)
and looks them up. Fields the association made itself keep their own names."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "ImportFields"

# Every label of groupdesk.core.importing.fields, word for word; a test checks this table
# still matches the core.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ImportFields", "Activity"),
    QT_TRANSLATE_NOOP("ImportFields", "Activity date"),
    QT_TRANSLATE_NOOP("ImportFields", "Activity kind"),
    QT_TRANSLATE_NOOP("ImportFields", "Credits (SKP)"),
    QT_TRANSLATE_NOOP("ImportFields", "Organiser"),
    QT_TRANSLATE_NOOP("ImportFields", "Address"),
    QT_TRANSLATE_NOOP("ImportFields", "Amount"),
    QT_TRANSLATE_NOOP("ImportFields", "Birth date"),
    QT_TRANSLATE_NOOP("ImportFields", "Category"),
    QT_TRANSLATE_NOOP("ImportFields", "Cause area"),
    QT_TRANSLATE_NOOP("ImportFields", "Checked in at"),
    QT_TRANSLATE_NOOP("ImportFields", "Checked out at"),
    QT_TRANSLATE_NOOP("ImportFields", "City"),
    QT_TRANSLATE_NOOP("ImportFields", "Concerns member"),
    QT_TRANSLATE_NOOP("ImportFields", "Coordinator (member number or name)"),
    QT_TRANSLATE_NOOP("ImportFields", "Credit or debit"),
    QT_TRANSLATE_NOOP("ImportFields", "Date"),
    QT_TRANSLATE_NOOP("ImportFields", "Description"),
    QT_TRANSLATE_NOOP("ImportFields", "Dues paid until"),
    QT_TRANSLATE_NOOP("ImportFields", "Email"),
    QT_TRANSLATE_NOOP("ImportFields", "End date"),
    QT_TRANSLATE_NOOP("ImportFields", "End time"),
    QT_TRANSLATE_NOOP("ImportFields", "First name"),
    QT_TRANSLATE_NOOP("ImportFields", "Full name"),
    QT_TRANSLATE_NOOP("ImportFields", "Gender"),
    QT_TRANSLATE_NOOP("ImportFields", "Highest education"),
    QT_TRANSLATE_NOOP("ImportFields", "Hours"),
    QT_TRANSLATE_NOOP("ImportFields", "Interests"),
    QT_TRANSLATE_NOOP("ImportFields", "Joined on"),
    QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    QT_TRANSLATE_NOOP("ImportFields", "Licence number"),
    QT_TRANSLATE_NOOP("ImportFields", "Licence valid until"),
    QT_TRANSLATE_NOOP("ImportFields", "Location"),
    QT_TRANSLATE_NOOP("ImportFields", "Maximum volunteers"),
    QT_TRANSLATE_NOOP("ImportFields", "Member email"),
    QT_TRANSLATE_NOOP("ImportFields", "Member name"),
    QT_TRANSLATE_NOOP("ImportFields", "Member number"),
    QT_TRANSLATE_NOOP("ImportFields", "Member phone"),
    QT_TRANSLATE_NOOP("ImportFields", "Minimum volunteers"),
    QT_TRANSLATE_NOOP("ImportFields", "Mitigation notes"),
    QT_TRANSLATE_NOOP("ImportFields", "NIK"),
    QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    QT_TRANSLATE_NOOP("ImportFields", "Owner"),
    QT_TRANSLATE_NOOP("ImportFields", "Partner organisation"),
    QT_TRANSLATE_NOOP("ImportFields", "Payment date"),
    QT_TRANSLATE_NOOP("ImportFields", "Payment method"),
    QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    QT_TRANSLATE_NOOP("ImportFields", "Physically demanding"),
    QT_TRANSLATE_NOOP("ImportFields", "Place and date of birth"),
    QT_TRANSLATE_NOOP("ImportFields", "Place of birth"),
    QT_TRANSLATE_NOOP("ImportFields", "Profession"),
    QT_TRANSLATE_NOOP("ImportFields", "Professions"),
    QT_TRANSLATE_NOOP("ImportFields", "Project"),
    QT_TRANSLATE_NOOP("ImportFields", "Project name"),
    QT_TRANSLATE_NOOP("ImportFields", "Raised on"),
    QT_TRANSLATE_NOOP("ImportFields", "Reference"),
    QT_TRANSLATE_NOOP("ImportFields", "Required profession"),
    QT_TRANSLATE_NOOP("ImportFields", "Required skill"),
    QT_TRANSLATE_NOOP("ImportFields", "Resolved on"),
    QT_TRANSLATE_NOOP("ImportFields", "Severity"),
    QT_TRANSLATE_NOOP("ImportFields", "Shift date"),
    QT_TRANSLATE_NOOP("ImportFields", "Shift start time"),
    QT_TRANSLATE_NOOP("ImportFields", "Skills"),
    QT_TRANSLATE_NOOP("ImportFields", "Start date"),
    QT_TRANSLATE_NOOP("ImportFields", "Start time"),
    QT_TRANSLATE_NOOP("ImportFields", "Status"),
    QT_TRANSLATE_NOOP("ImportFields", "Title"),
)

# What a row can be matched by (the preview's "Found by ...").
MATCH_REASONS = (
    QT_TRANSLATE_NOOP("ImportFields", "member number"),
    QT_TRANSLATE_NOOP("ImportFields", "NIK"),
    QT_TRANSLATE_NOOP("ImportFields", "email"),
    QT_TRANSLATE_NOOP("ImportFields", "name and birth date"),
    QT_TRANSLATE_NOOP("ImportFields", "title"),
    QT_TRANSLATE_NOOP("ImportFields", "name"),
    QT_TRANSLATE_NOOP("ImportFields", "project and start time"),
    QT_TRANSLATE_NOOP("ImportFields", "member and shift"),
    QT_TRANSLATE_NOOP("ImportFields", "date, amount, member and reference"),
    QT_TRANSLATE_NOOP("ImportFields", "member and activity"),
)


def field_text(text: str) -> str:
    """``text`` from the core in the GUI's language; unknown texts come back unchanged."""
    return QCoreApplication.translate(CONTEXT, text)
