"""Shifts as calendar events: for one project, one member, or everything.

The event UID is the shift's own uuid, so a newer export updates the event in a volunteer's
calendar instead of adding a second one; SEQUENCE follows the shift's version (its first
version is 0, as iCalendar counts) and a cancelled shift stays in the file as CANCELLED,
which removes it from calendars that imported it before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import func, literal, select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.ics_writer import ShiftEvent
from groupdesk.core.messages import Catalogue, catalogue
from groupdesk.core.models import (
    Assignment,
    AssignmentStatus,
    Member,
    Shift,
    ShiftStatus,
    VolunteerProject,
)

from .common import COMING, day_range, organisation_name, project_id
from .filters import FilterError, ReportFilters
from .schedule import STATUSES
from .sql import count, scalar, stream


def member_id(db: Database, filters: ReportFilters) -> int | None:
    if not filters.member:
        return None
    m = Member.__table__.c
    found = scalar(
        db, select(m.id).where(m.member_number == filters.member.strip(), m.deleted_at.is_(None))
    )
    if found is None:
        raise FilterError("filter.no_member", number=filters.member)
    return int(found)


def query(db: Database, filters: ReportFilters) -> AnySelect:
    s, p, a = Shift.__table__.c, VolunteerProject.__table__.c, Assignment.__table__.c
    # Its own alias: the member's calendar joins assignments in the outer query too.
    other = Assignment.__table__.alias("coming")
    signed = (
        select(func.count())
        .where(other.c.shift_id == s.id, other.c.status.in_(COMING))
        .scalar_subquery()
    )
    stmt = select(
        s.uuid,
        s.starts_at,
        s.ends_at,
        p.name,
        func.coalesce(s.location, p.location),
        p.description,
        s.notes,
        s.min_volunteers,
        s.max_volunteers,
        signed,
        s.status,
        s.version,
        s.updated_at,
    ).join_from(Shift.__table__, VolunteerProject.__table__, s.project_id == p.id)
    mid = member_id(db, filters)
    if mid is not None:
        # The member's own calendar: shifts they are coming to, and the ones they dropped
        # (sent as cancelled so their calendar removes them).
        stmt = stmt.add_columns(a.status).join(Assignment.__table__, a.shift_id == s.id)
        wanted = (*COMING, AssignmentStatus.CANCELLED.value)
        stmt = stmt.where(a.member_id == mid, a.status.in_(wanted))
    else:
        stmt = stmt.add_columns(literal(None))
    pid = project_id(db, filters)
    if pid is not None:
        stmt = stmt.where(s.project_id == pid)
    start, end = day_range(filters)
    if start is not None:
        stmt = stmt.where(s.starts_at >= start)
    if end is not None:
        stmt = stmt.where(s.starts_at < end)
    if filters.status is not None:
        status = filters.status.strip().lower()
        if status not in STATUSES:
            raise FilterError(
                "filter.status_not_here",
                status=filters.status,
                report="shifts",
                allowed=", ".join(STATUSES),
            )
        stmt = stmt.where(s.status == status)
    return stmt.order_by(s.starts_at, s.id)


def to_event(row: Sequence[Any], cat: Catalogue | None = None) -> ShiftEvent:
    (uid, starts, ends, project, location, about, notes, lo, hi, signed, status, version,
     updated, own_status) = row  # fmt: skip
    cancelled = status == ShiftStatus.CANCELLED.value or own_status == "cancelled"
    cat = cat or catalogue("en")
    lines = [cat.text("report.ics.volunteers", signed=signed, needed=lo, room=hi)]
    if notes:
        lines.append(notes)
    if about:
        lines.append(about)
    return ShiftEvent(
        uid=uid,
        starts_at=starts,
        ends_at=ends,
        summary=cat.text("report.ics.summary", project=project),
        location=location or "",
        description="\n\n".join(lines),
        categories=(cat.text("report.ics.category"), project),
        status="CANCELLED" if cancelled else "CONFIRMED",
        sequence=max(int(version or 1) - 1, 0),
        last_modified=updated.replace(tzinfo=dt.UTC) if updated else None,
    )


def shift_events(
    db: Database, filters: ReportFilters, cat: Catalogue | None = None
) -> Iterator[ShiftEvent]:
    """The shifts ``filters`` select, as events in ``cat``'s language, in start order."""
    for row in stream(db, query(db, filters)):
        yield to_event(row, cat)


def event_count(db: Database, filters: ReportFilters) -> int:
    return count(db, query(db, filters))


def calendar_name(db: Database, filters: ReportFilters, cat: Catalogue | None = None) -> str:
    cat = cat or catalogue("en")
    parts = [organisation_name(db) or "GroupDesk", cat.text("report.ics.calendar")]
    if filters.project:
        parts.append(filters.project)
    if filters.member:
        parts.append(filters.member)
    return " — ".join(parts)
