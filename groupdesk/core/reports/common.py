"""Pieces every report module uses: the Report envelope and the common look-ups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from groupdesk import __version__
from groupdesk.core.database import Database
from groupdesk.core.export.table import Report, ReportSheet
from groupdesk.core.messages import SUPPORTED_LANGUAGES, catalogue
from groupdesk.core.messages.texts.reports import ENUMS
from groupdesk.core.models import OrganisationSettings, VolunteerProject
from groupdesk.core.models.enums import PLACE_STATES
from groupdesk.core.models.organisation import DEFAULT_TIME_ZONE

from .filters import FilterError, ReportFilters
from .sql import scalar

# Assignment statuses that mean "this person is coming" (or came).
COMING = PLACE_STATES


def make_report(title: str, sheets: list[ReportSheet], filters: dict[str, str]) -> Report:
    return Report(
        title=title,
        sheets=sheets,
        filters=filters,
        generated_at=dt.datetime.now().replace(microsecond=0),
        app_version=__version__,
    )


def project_id(db: Database, filters: ReportFilters) -> int | None:
    """The id of the project named in ``filters`` (exact name, else ignoring case)."""
    if not filters.project:
        return None
    name = filters.project.strip()
    found = scalar(db, select(VolunteerProject.id).where(VolunteerProject.name == name))
    if found is None:
        found = scalar(
            db,
            select(VolunteerProject.id).where(func.lower(VolunteerProject.name) == name.lower()),
        )
    if found is None:
        raise FilterError("filter.no_project", name=filters.project)
    return int(found)


def check_status(filters: ReportFilters, allowed: tuple[str, ...], report: str) -> str | None:
    if filters.status is None:
        return None
    status = filters.status.strip().lower().replace("-", "_").replace(" ", "_")
    status = _status_words(allowed).get(filters.status.strip().lower(), status)
    if status not in allowed:
        raise FilterError(
            "filter.status_not_here",
            status=filters.status,
            report=report,
            allowed=", ".join(allowed),
        )
    return status


def _status_words(allowed: tuple[str, ...]) -> dict[str, str]:
    """The words of the statuses in ``allowed`` in every report language ("aktif" ->
    "active"), so a status is given as a report writes it."""
    words: dict[str, str] = {}
    for language in SUPPORTED_LANGUAGES:
        cat = catalogue(language)
        for values in ENUMS.values():
            for value, code in values.items():
                if value in allowed:
                    words.setdefault(cat.text(code).lower(), value)
    return words


def refuse(filters: ReportFilters, report: str, *names: str) -> None:
    """Reject filters a report cannot honour, instead of silently ignoring them."""
    given = {
        "project": filters.project,
        "from": filters.date_from,
        "to": filters.date_to,
        "status": filters.status,
        "shift": filters.shift_id,
        "member": filters.member,
    }
    for name in names:
        if given[name] is not None:
            raise FilterError("filter.option_not_here", option=f"--{name}", report=report)


def described(filters: ReportFilters, **extra: str | None) -> dict[str, str]:
    """The filters in words, for the About sheet and the PDF heading."""
    out: dict[str, str] = {}
    if filters.project:
        out["Project"] = filters.project
    period = filters.period_text()
    if period:
        out["Period"] = period
    if filters.status:
        out["Status"] = filters.status
    if filters.member:
        out["Member"] = filters.member
    for key, value in extra.items():
        if value:
            out[key] = value
    return out


def time_zone(db: Database) -> str:
    found = scalar(db, select(OrganisationSettings.time_zone).where(OrganisationSettings.id == 1))
    return found or DEFAULT_TIME_ZONE


def organisation_language(db: Database) -> str:
    """The organisation's language, the language of its files ("id" when unset)."""
    found = scalar(db, select(OrganisationSettings.language).where(OrganisationSettings.id == 1))
    return found or "id"


def organisation_name(db: Database) -> str:
    found = scalar(db, select(OrganisationSettings.name).where(OrganisationSettings.id == 1))
    return found or ""


def day_range(filters: ReportFilters) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The period as [start, end) timestamps, so a shift on the last day is included."""
    start = dt.datetime.combine(filters.date_from, dt.time()) if filters.date_from else None
    end = (
        dt.datetime.combine(filters.date_to + dt.timedelta(days=1), dt.time())
        if filters.date_to
        else None
    )
    return start, end
