"""The reports GroupDesk can export, what each is for, and which formats and filters fit it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from groupdesk.core.database import Database
from groupdesk.core.export.table import Report

from . import (
    arrears,
    challenges,
    dues_summary,
    hours,
    payments,
    professions,
    roster,
    schedule,
    signin,
    statement,
    understaffed,
)
from . import credentials as credentials_report
from .filters import FilterError, ReportFilters

Builder = Callable[..., Report]

XLSX, CSV, ICS, PDF = "xlsx", "csv", "ics", "pdf"
FORMAT_NAMES = {
    XLSX: "Excel workbook (.xlsx)",
    CSV: "CSV, UTF-8 (.csv)",
    ICS: "Calendar (.ics)",
    PDF: "PDF for printing (.pdf)",
}

# Filter names, as the CLI options spell them.
PROJECT, PERIOD, STATUS, SHIFT, MEMBER, ROSTER = (
    "project",
    "period",
    "status",
    "shift",
    "member",
    "roster",
)


@dataclass(frozen=True)
class ReportDefinition:
    key: str
    title: str
    description: str
    formats: tuple[str, ...]
    filters: frozenset[str]
    build: Builder
    statuses: tuple[str, ...] = ()
    pdf_columns: tuple[str, ...] | None = None
    """Columns that fit a printed A4 page; None prints them all."""

    def accepts(self, fmt: str) -> bool:
        return fmt in self.formats


REPORTS: dict[str, ReportDefinition] = {
    d.key: d
    for d in (
        ReportDefinition(
            "members",
            roster.TITLE,
            "Everyone on the roster, or just the members the Members page is filtered to. "
            "Imports back into GroupDesk unchanged.",
            (XLSX, CSV, PDF),
            frozenset({STATUS, ROSTER}),
            roster.build,
            roster.STATUSES,
            roster.PDF_COLUMNS,
        ),
        ReportDefinition(
            "professions",
            professions.TITLE,
            "Members per profession with their licence numbers, expiry dates and how many "
            "days are left.",
            (XLSX, CSV, PDF),
            frozenset({PERIOD, STATUS}),
            professions.build,
            professions.STATUSES,
            (
                "profession",
                "full_name",
                "phone",
                "licence_number",
                "licence_valid_until",
                "licence_status",
            ),
        ),
        ReportDefinition(
            "schedule",
            schedule.TITLE,
            "Shifts by project and week, one sheet per project, with who signed up. "
            "As a calendar file, volunteers can add the shifts to their phones.",
            (XLSX, CSV, ICS, PDF),
            frozenset({PROJECT, PERIOD, STATUS, MEMBER}),
            schedule.build,
            schedule.STATUSES,
            ("date", "day", "start", "end", "location", "needed", "signed_up", "status"),
        ),
        ReportDefinition(
            "hours",
            hours.TITLE,
            "Hours served per member, per project and per month, with totals.",
            (XLSX, CSV, PDF),
            frozenset({PROJECT, PERIOD}),
            hours.build,
        ),
        ReportDefinition(
            "understaffed",
            understaffed.TITLE,
            "Upcoming shifts with fewer volunteers than they need, and by how many.",
            (XLSX, CSV, PDF),
            frozenset({PROJECT, PERIOD}),
            understaffed.build,
            (),
            (
                "project",
                "date",
                "day",
                "start",
                "end",
                "location",
                "needed",
                "signed_up",
                "short_by",
            ),
        ),
        ReportDefinition(
            "challenges",
            challenges.TITLE,
            "Every challenge with its category, severity, owner and progress, and the "
            "actions taken.",
            (XLSX, CSV, PDF),
            frozenset({PROJECT, PERIOD, STATUS}),
            challenges.build,
            challenges.STATUSES,
            (
                "id",
                "title",
                "category",
                "severity",
                "status",
                "owner",
                "raised_on",
                "open_actions",
            ),
        ),
        ReportDefinition(
            "signin",
            signin.TITLE,
            "A printable sheet for one shift: names, phone numbers and a column to sign.",
            (PDF, XLSX, CSV),
            frozenset({SHIFT}),
            signin.build,
            pdf_columns=("number", "full_name", "phone", "time_in", "signature"),
        ),
        ReportDefinition(
            "payments",
            payments.TITLE,
            "Every dues payment in the period with its receipt number, and the money received "
            "per month and per membership type.",
            (XLSX, CSV, PDF),
            frozenset({PERIOD}),
            payments.build,
            pdf_columns=payments.PDF_COLUMNS,
        ),
        ReportDefinition(
            "arrears",
            arrears.TITLE,
            "Every member who owes dues: since when, how much, and how much of it is over "
            "30 and over 90 days old.",
            (XLSX, CSV, PDF),
            frozenset(),
            arrears.build,
            pdf_columns=arrears.PDF_COLUMNS,
        ),
        ReportDefinition(
            "dues_summary",
            dues_summary.TITLE,
            "Dues charged against dues collected, per month and per membership type.",
            (XLSX, CSV, PDF),
            frozenset({PERIOD}),
            dues_summary.build,
        ),
        ReportDefinition(
            "statement",
            statement.TITLE,
            "One member's account: every charge, payment and reversal with the balance after each.",
            (XLSX, CSV, PDF),
            frozenset({MEMBER}),
            statement.build,
        ),
        ReportDefinition(
            "credentials",
            credentials_report.TITLE,
            "Credentials (STR, SIP, certificates) by profession with the credits (SKP) earned "
            "and required, and the licences at risk; with --member, one member's sheet.",
            (XLSX, CSV, PDF),
            frozenset({PERIOD, MEMBER}),
            credentials_report.build,
            pdf_columns=credentials_report.PDF_COLUMNS,
        ),
    )
}


def takes_member(definition: ReportDefinition, fmt: str) -> bool:
    """Whether a member narrows ``definition`` written as ``fmt``: a volunteer's own calendar
    (any report with a calendar format, as .ics), or a report about one member."""
    if fmt == ICS:
        return True
    return MEMBER in definition.filters and ICS not in definition.formats


def get(key: str) -> ReportDefinition:
    try:
        return REPORTS[key]
    except KeyError:
        raise FilterError("filter.unknown_report", key=key, reports=list(REPORTS)) from None


def build_report(db: Database, key: str, filters: ReportFilters, *, flat: bool = False) -> Report:
    return get(key).build(db, filters, flat=flat)
