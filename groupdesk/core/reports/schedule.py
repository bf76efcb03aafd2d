"""The shift schedule: by project and week, one sheet per project (one sheet in csv)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import Assignment, Member, Shift, ShiftStatus, VolunteerProject

from .common import COMING, check_status, day_range, described, make_report, project_id, refuse
from .filters import ReportFilters
from .sql import count, joined_text, stream

TITLE = "Shift schedule"
STATUSES = tuple(status.value for status in ShiftStatus)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

PROJECT = Column("project", "Project")
COLUMNS = [
    Column("week", "Week Of", ColumnKind.DATE),
    Column("date", "Date", ColumnKind.DATE),
    Column("day", "Day"),
    Column("start", "Start", ColumnKind.TIME),
    Column("end", "End", ColumnKind.TIME),
    Column("hours", "Hours", ColumnKind.HOURS, total=True),
    Column("location", "Location"),
    Column("needed", "Needed", ColumnKind.INTEGER),
    Column("capacity", "Capacity", ColumnKind.INTEGER),
    Column("signed_up", "Signed Up", ColumnKind.INTEGER, total=True),
    Column("status", "Status"),
    Column("volunteers", "Volunteers", width=50),
    Column("shift_id", "Shift ID", ColumnKind.INTEGER),
]


def shift_conditions(
    db: Database, filters: ReportFilters, statuses: tuple[str, ...]
) -> list[ColumnElement[bool]]:
    s = Shift.__table__.c
    conds: list[ColumnElement[bool]] = []
    pid = project_id(db, filters)
    if pid is not None:
        conds.append(s.project_id == pid)
    start, end = day_range(filters)
    if start is not None:
        conds.append(s.starts_at >= start)
    if end is not None:
        conds.append(s.starts_at < end)
    status = check_status(filters, statuses, "schedule")
    if status is not None:
        conds.append(s.status == status)
    return conds


def query(db: Database, conds: list[ColumnElement[bool]]) -> AnySelect:
    s, p = Shift.__table__.c, VolunteerProject.__table__.c
    a, m = Assignment.__table__.c, Member.__table__.c
    coming = a.status.in_(COMING)
    signed = select(func.count()).where(a.shift_id == s.id, coming).scalar_subquery()
    names = (
        select(joined_text(db, m.full_name))
        .select_from(Assignment.__table__)
        .join(Member.__table__, a.member_id == m.id)
        .where(a.shift_id == s.id, coming)
        .scalar_subquery()
    )
    return (
        select(
            p.name,
            s.starts_at,
            s.ends_at,
            s.location,
            s.min_volunteers,
            s.max_volunteers,
            signed,
            s.status,
            names,
            s.id,
        )
        .join_from(Shift.__table__, VolunteerProject.__table__, s.project_id == p.id)
        .where(*conds)
        .order_by(p.name, s.starts_at, s.id)
    )


def shape(row: Sequence[Any]) -> tuple[object, ...]:
    project, starts, ends, location, lo, hi, signed, status, names, shift_id = row
    day = starts.date()
    return (
        project,
        day - dt.timedelta(days=day.weekday()),
        day,
        WEEKDAYS[day.weekday()],
        starts.time(),
        ends.time(),
        (ends - starts).total_seconds() / 3600,
        location,
        lo,
        hi,
        signed,
        status,
        names,
        shift_id,
    )


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "schedule", "shift", "member")
    conds = shift_conditions(db, filters, STATUSES)
    words = described(filters)
    if flat:
        stmt = query(db, conds)
        sheet = ReportSheet(
            "Schedule", [PROJECT, *COLUMNS], stream(db, stmt, shape), row_count=count(db, stmt)
        )
        return make_report(TITLE, [sheet], words)
    s, p = Shift.__table__.c, VolunteerProject.__table__.c
    per_project = select(p.id, p.name, func.count()).join_from(
        Shift.__table__, VolunteerProject.__table__, s.project_id == p.id
    )
    per_project = per_project.where(*conds).group_by(p.id, p.name).order_by(p.name)
    with db.engine.connect() as conn:
        projects = conn.execute(per_project).all()
    sheets = [
        ReportSheet(
            name,
            COLUMNS,
            stream(db, query(db, [*conds, s.project_id == pid]), lambda r: shape(r)[1:]),
            row_count=int(n),
        )
        for pid, name, n in projects
    ]
    if not sheets:
        sheets = [ReportSheet("Schedule", COLUMNS, iter(()), row_count=0)]
    return make_report(TITLE, sheets, words)
