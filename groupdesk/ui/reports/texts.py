"""The core names its reports and file formats in English; this table marks those words
for translation (lupdate cannot read them from the core) and looks them up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from groupdesk.core.reports.defaults import EmptyReport
from groupdesk.ui.common.fill import fill

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
    QT_TRANSLATE_NOOP("Reports", "Dues payments"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Every dues payment in the period with its receipt number, and the money received "
        "per month and per membership type.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Dues arrears"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Every member who owes dues: since when, how much, and how much of it is over "
        "30 and over 90 days old.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Dues expected and collected"),
    QT_TRANSLATE_NOOP(
        "Reports", "Dues charged against dues collected, per month and per membership type."
    ),
    QT_TRANSLATE_NOOP("Reports", "Member statement"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "One member's account: every charge, payment and reversal with the balance after each.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Credentials and credits (SKP)"),
    QT_TRANSLATE_NOOP(
        "Reports",
        "Credentials (STR, SIP, certificates) by profession with the credits (SKP) earned "
        "and required, and the licences at risk; with --member, one member's sheet.",
    ),
    QT_TRANSLATE_NOOP("Reports", "Excel workbook (.xlsx)"),
    QT_TRANSLATE_NOOP("Reports", "CSV, UTF-8 (.csv)"),
    QT_TRANSLATE_NOOP("Reports", "Calendar (.ics)"),
    QT_TRANSLATE_NOOP("Reports", "PDF for printing (.pdf)"),
)

# What an empty report lacks (groupdesk.core.reports.defaults.NOTHING), and the words that
# say which choices left it empty; a test checks the first table against the core.
EMPTY_TEXTS = (
    QT_TRANSLATE_NOOP("Reports", "No members match these choices"),
    QT_TRANSLATE_NOOP("Reports", "No licences"),
    QT_TRANSLATE_NOOP("Reports", "No shifts"),
    QT_TRANSLATE_NOOP("Reports", "No volunteer hours"),
    QT_TRANSLATE_NOOP("Reports", "No understaffed shifts"),
    QT_TRANSLATE_NOOP("Reports", "No challenges"),
    QT_TRANSLATE_NOOP("Reports", "Nobody is signed up for this shift"),
    QT_TRANSLATE_NOOP("Reports", "No dues payments"),
    QT_TRANSLATE_NOOP("Reports", "Nobody owes dues"),
    QT_TRANSLATE_NOOP("Reports", "No dues charged or paid"),
    QT_TRANSLATE_NOOP("Reports", "Nothing on this member's account"),
    QT_TRANSLATE_NOOP("Reports", "No credentials"),
    QT_TRANSLATE_NOOP("Reports", "Nothing to export"),
)


def empty_text(reason: EmptyReport) -> str:
    """Why the report would be empty, in the GUI's language: "No volunteer hours between
    01/01/2026 and 31/12/2026." """

    def day(value: dt.date) -> str:
        return value.strftime("%d/%m/%Y")

    parts = [report_text(reason.nothing)]
    if reason.date_from and reason.date_to:
        parts.append(
            fill(
                QCoreApplication.translate("Reports", "between %1 and %2"),
                day(reason.date_from),
                day(reason.date_to),
            )
        )
    elif reason.date_from:
        parts.append(
            fill(QCoreApplication.translate("Reports", "from %1 on"), day(reason.date_from))
        )
    elif reason.date_to:
        parts.append(fill(QCoreApplication.translate("Reports", "up to %1"), day(reason.date_to)))
    if reason.project:
        parts.append(
            fill(QCoreApplication.translate("Reports", "in the project %1"), reason.project)
        )
    if reason.status:
        parts.append(
            fill(
                QCoreApplication.translate("Reports", "with the status %1"),
                reason.status.replace("_", " "),
            )
        )
    return " ".join(parts) + "."


def report_text(text: str) -> str:
    """``text`` from the core in the GUI's language; unknown texts come back unchanged."""
    return QCoreApplication.translate(CONTEXT, text)
