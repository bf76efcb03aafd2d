"""The reports of one open database, for the Export dialog and ``groupdesk export`` alike:
what can be chosen (projects, recent shifts), how many rows a choice gives, and the export."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from groupdesk.core.database import Database
from groupdesk.core.export.table import Progress
from groupdesk.core.files import Protected
from groupdesk.core.models import Shift, VolunteerProject

from .common import organisation_language
from .filters import ReportFilters
from .registry import XLSX
from .run import ExportResult, PdfWriter, export_report, row_count

# Shifts a sign-in sheet is printed for start at most this long ago.
SIGNIN_LOOKBACK_DAYS = 7
SIGNIN_SHIFT_LIMIT = 400


@dataclass(frozen=True)
class ShiftChoice:
    """One shift as the report filters offer it."""

    id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    project: str


class ReportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def project_names(self) -> list[str]:
        """Every volunteer project, by name, for the project filter."""
        p = VolunteerProject.__table__.c
        with self._db.engine.connect() as conn:
            return list(conn.scalars(select(p.name).order_by(p.name)))

    def recent_shifts(
        self, *, today: dt.date | None = None, limit: int = SIGNIN_SHIFT_LIMIT
    ) -> list[ShiftChoice]:
        """Shifts from a week ago on, nearest first: the ones a sign-in sheet is printed for."""
        day = today or dt.date.today()
        since = dt.datetime.combine(day - dt.timedelta(days=SIGNIN_LOOKBACK_DAYS), dt.time())
        s, p = Shift.__table__.c, VolunteerProject.__table__.c
        stmt = (
            select(s.id, s.starts_at, s.ends_at, p.name)
            .join_from(Shift.__table__, VolunteerProject.__table__, s.project_id == p.id)
            .where(s.starts_at >= since)
            .order_by(s.starts_at, s.id)
            .limit(limit)
        )
        with self._db.engine.connect() as conn:
            return [ShiftChoice(*row) for row in conn.execute(stmt)]

    def count(self, key: str, filters: ReportFilters, fmt: str = XLSX) -> int:
        """How many rows (or calendar events) an export with these choices would write."""
        return row_count(self._db, key, filters, fmt)

    def export(
        self,
        key: str,
        filters: ReportFilters,
        path: Path | str,
        *,
        progress: Progress | None = None,
        pdf_writer: PdfWriter | None = None,
        language: str | None = None,
    ) -> ExportResult:
        """Write report ``key`` to ``path`` in ``language`` ("id", "en"; None: the
        organisation's language)."""
        return export_report(
            self._db,
            key,
            filters,
            path,
            progress=progress,
            pdf_writer=pdf_writer,
            language=language,
        )

    def language(self) -> str:
        """The organisation's language: the one its reports are written in by default."""
        return organisation_language(self._db)

    def protected(self) -> Protected:
        """What an export may never write over: the open database, its files and backups."""
        return Protected.of(self._db)


__all__ = ["ReportService", "ShiftChoice"]
