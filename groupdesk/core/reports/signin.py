"""A sign-in sheet for one shift: who is expected, their phone, and room to sign."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import Assignment, Member, Shift, VolunteerProject

from .common import COMING, make_report, refuse
from .filters import FilterError, ReportFilters
from .schedule import WEEKDAYS
from .sql import count, stream

TITLE = "Sign-in sheet"
SIGNATURE = "signature"

COLUMNS = [
    Column("number", "No.", ColumnKind.INTEGER),
    Column("member_number", "Member Number"),
    Column("full_name", "Full Name"),
    Column("phone", "Phone"),
    Column("time_in", "Time In", width=10),
    Column(SIGNATURE, "Signature", width=30),
]


def query(shift_id: int) -> AnySelect:
    a, m = Assignment.__table__.c, Member.__table__.c
    return (
        select(m.member_number, m.full_name, m.phone)
        .join_from(Assignment.__table__, Member.__table__, a.member_id == m.id)
        .where(a.shift_id == shift_id, a.status.in_(COMING))
        .order_by(m.sort_name, m.id)
    )


def shift_heading(db: Database, shift_id: int) -> dict[str, str]:
    s, p = Shift.__table__.c, VolunteerProject.__table__.c
    stmt = (
        select(p.name, s.starts_at, s.ends_at, s.location, s.status)
        .join_from(Shift.__table__, VolunteerProject.__table__, s.project_id == p.id)
        .where(s.id == shift_id)
    )
    with db.engine.connect() as conn:
        found = conn.execute(stmt).first()
    if found is None:
        raise FilterError("filter.no_shift", id=shift_id)
    project, starts, ends, location, status = found
    when = f"{WEEKDAYS[starts.weekday()]} {starts:%d/%m/%Y}, {starts:%H:%M}–{ends:%H:%M}"
    heading = {
        "Project": project,
        "Shift": when,
        "Location": location or "",
        "Shift ID": str(shift_id),
    }
    if status == "cancelled":
        heading["Status"] = "CANCELLED"
    return {key: value for key, value in heading.items() if value}


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "signin", "project", "from", "to", "status", "member")
    if filters.shift_id is None:
        raise FilterError("filter.signin_needs_shift")
    heading = shift_heading(db, filters.shift_id)
    stmt = query(filters.shift_id)

    def numbered() -> Any:
        for number, row in enumerate(stream(db, stmt), start=1):
            yield (number, *row, None, None)

    sheet = ReportSheet("Sign-in", COLUMNS, numbered(), row_count=count(db, stmt))
    return make_report(TITLE, [sheet], heading)
