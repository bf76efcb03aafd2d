"""Shifts short of people: scheduled shifts with fewer coming than the minimum they need.

Without a period the report looks ahead from today, which is the question a coordinator
asks at the end of the week; give ``--from`` to look at the past as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import (
    Assignment,
    Profession,
    Shift,
    ShiftStatus,
    Skill,
    VolunteerProject,
)

from .common import COMING, day_range, described, make_report, project_id, refuse
from .filters import ReportFilters
from .schedule import WEEKDAYS
from .sql import count, stream

TITLE = "Understaffed shifts"

COLUMNS = [
    Column("project", "Project"),
    Column("date", "Date", ColumnKind.DATE),
    Column("day", "Day"),
    Column("start", "Start", ColumnKind.TIME),
    Column("end", "End", ColumnKind.TIME),
    Column("location", "Location"),
    Column("needed", "Needed", ColumnKind.INTEGER),
    Column("signed_up", "Signed Up", ColumnKind.INTEGER),
    Column("short_by", "Short By", ColumnKind.INTEGER, total=True),
    Column("requires", "Requires"),
    Column("shift_id", "Shift ID", ColumnKind.INTEGER),
]


def query(db: Database, filters: ReportFilters) -> AnySelect:
    s, p, a = Shift.__table__.c, VolunteerProject.__table__.c, Assignment.__table__.c
    prof, skill = Profession.__table__.c, Skill.__table__.c
    signed = select(func.count()).where(a.shift_id == s.id, a.status.in_(COMING)).scalar_subquery()
    conds = [s.status == ShiftStatus.SCHEDULED.value, signed < s.min_volunteers]
    pid = project_id(db, filters)
    if pid is not None:
        conds.append(s.project_id == pid)
    start, end = day_range(filters)
    if start is None:
        start = dt.datetime.combine(filters.reference_day, dt.time())
    conds.append(s.starts_at >= start)
    if end is not None:
        conds.append(s.starts_at < end)
    return (
        select(
            p.name,
            s.starts_at,
            s.ends_at,
            s.location,
            s.min_volunteers,
            signed,
            func.coalesce(prof.name, skill.name),
            s.id,
        )
        .join_from(Shift.__table__, VolunteerProject.__table__, s.project_id == p.id)
        .outerjoin(Profession.__table__, s.required_profession_id == prof.id)
        .outerjoin(Skill.__table__, s.required_skill_id == skill.id)
        .where(*conds)
        .order_by(s.starts_at, p.name, s.id)
    )


def shape(row: Sequence[Any]) -> tuple[object, ...]:
    project, starts, ends, location, needed, signed, requires, shift_id = row
    day = starts.date()
    return (
        project,
        day,
        WEEKDAYS[day.weekday()],
        starts.time(),
        ends.time(),
        location,
        needed,
        signed,
        needed - signed,
        requires,
        shift_id,
    )


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "understaffed", "status", "shift", "member")
    stmt = query(db, filters)
    sheet = ReportSheet("Understaffed", COLUMNS, stream(db, stmt, shape), row_count=count(db, stmt))
    words = described(filters)
    if filters.date_from is None:
        words["Period"] = f"from {filters.reference_day:%d/%m/%Y}" + (
            f" until {filters.date_to:%d/%m/%Y}" if filters.date_to else ""
        )
    return make_report(TITLE, [sheet], words)
