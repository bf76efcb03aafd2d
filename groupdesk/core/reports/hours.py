"""Volunteer hours served: per member, per project, per month, and the detail behind them.

Only attendance counts ("attended" sign-ups). Hours are what the coordinator recorded, or
the shift's length when nothing was recorded. When a membership type requires volunteer
hours a year, a sheet lists its members with the hours required, served in the calendar year
of the period's end (every project) and still owed, those owing most first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import and_, case, distinct, func, or_, select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import Assignment, AssignmentStatus, Member, Shift, VolunteerProject
from groupdesk.core.models.dues import MembershipType, MemberTypeAssignment

from .common import day_range, described, make_report, project_id, refuse
from .filters import ReportFilters
from .sql import count, hours_between, month_start, stream

TITLE = "Volunteer hours"

HOURS = Column("hours", "Hours", ColumnKind.HOURS, total=True)
MONTH = Column("month", "Month", ColumnKind.DATE)
BY_MEMBER = [
    Column("member_number", "Member Number"),
    Column("full_name", "Full Name"),
    Column("shifts", "Shifts Served", ColumnKind.INTEGER, total=True),
    HOURS,
]
BY_PROJECT = [
    Column("project", "Project"),
    Column("volunteers", "Volunteers", ColumnKind.INTEGER),
    Column("shifts", "Shifts", ColumnKind.INTEGER, total=True),
    HOURS,
]
BY_MONTH = [
    MONTH,
    Column("volunteers", "Volunteers", ColumnKind.INTEGER),
    Column("shifts", "Shifts", ColumnKind.INTEGER, total=True),
    HOURS,
]
REQUIRED = [
    Column("member_number", "Member Number"),
    Column("full_name", "Full Name"),
    Column("membership_type", "Membership Type"),
    Column("required", "Hours Required", ColumnKind.HOURS, total=True),
    HOURS,
    Column("shortfall", "Shortfall", ColumnKind.HOURS, total=True),
]
DETAIL = [
    MONTH,
    Column("member_number", "Member Number"),
    Column("full_name", "Full Name"),
    Column("project", "Project"),
    Column("shifts", "Shifts Served", ColumnKind.INTEGER, total=True),
    HOURS,
]


class _Parts:
    """The joined, filtered attendance rows every sheet groups in its own way."""

    def __init__(self, db: Database, filters: ReportFilters) -> None:
        a, s = Assignment.__table__.c, Shift.__table__.c
        self.a, self.s = a, s
        self.m, self.p = Member.__table__.c, VolunteerProject.__table__.c
        self.hours = func.sum(func.coalesce(a.hours, hours_between(db, s.starts_at, s.ends_at)))
        self.month = month_start(db, s.starts_at)
        conds = [a.status == AssignmentStatus.ATTENDED.value]
        pid = project_id(db, filters)
        if pid is not None:
            conds.append(s.project_id == pid)
        start, end = day_range(filters)
        if start is not None:
            conds.append(s.starts_at >= start)
        if end is not None:
            conds.append(s.starts_at < end)
        self.conds = conds

    def select(self, *columns: Any) -> AnySelect:
        a, s, m, p = self.a, self.s, self.m, self.p
        return (
            select(*columns)
            .select_from(Assignment.__table__)
            .join(Shift.__table__, a.shift_id == s.id)
            .join(Member.__table__, a.member_id == m.id)
            .join(VolunteerProject.__table__, s.project_id == p.id)
            .where(*self.conds)
        )


def _month_first(row: Sequence[Any]) -> tuple[object, ...]:
    month, *rest = row
    return (dt.date.fromisoformat(month) if month else None, *rest)


def _sheet(
    db: Database,
    name: str,
    columns: list[Column],
    stmt: AnySelect,
    shape: Callable[[Sequence[Any]], Sequence[object]] | None = None,
) -> ReportSheet:
    return ReportSheet(name, columns, stream(db, stmt, shape), row_count=count(db, stmt))


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "hours", "status", "shift", "member")
    q = _Parts(db, filters)
    a, m, p = q.a, q.m, q.p
    month = q.month.label("month")
    detail = (
        q.select(month, m.member_number, m.full_name, p.name, func.count(), q.hours)
        .group_by(month, m.id, m.member_number, m.full_name, m.sort_name, p.id, p.name)
        .order_by(month, m.sort_name, m.id, p.name)
    )
    detail_sheet = _sheet(db, "Detail", DETAIL, detail, _month_first)
    if flat:
        return make_report(TITLE, [detail_sheet], described(filters))
    by_member = (
        q.select(m.member_number, m.full_name, func.count(), q.hours)
        .group_by(m.id, m.member_number, m.full_name, m.sort_name)
        .order_by(m.sort_name, m.id)
    )
    by_project = (
        q.select(
            p.name, func.count(distinct(a.member_id)), func.count(distinct(a.shift_id)), q.hours
        )
        .group_by(p.id, p.name)
        .order_by(p.name)
    )
    by_month = (
        q.select(
            month, func.count(distinct(a.member_id)), func.count(distinct(a.shift_id)), q.hours
        )
        .group_by(month)
        .order_by(month)
    )
    sheets = [
        _sheet(db, "By Member", BY_MEMBER, by_member),
        _sheet(db, "By Project", BY_PROJECT, by_project),
        _sheet(db, "By Month", BY_MONTH, by_month, _month_first),
        detail_sheet,
    ]
    required = _required(db, filters)
    if required is not None:
        sheets.insert(1, _sheet(db, "Required Hours", REQUIRED, required))
    return make_report(TITLE, sheets, described(filters))


def _required(db: Database, filters: ReportFilters) -> AnySelect | None:
    """Members whose type (on the period's last day, else today) requires volunteer hours,
    with what they served in the period; None when no type requires any."""
    t, ta = MembershipType.__table__.c, MemberTypeAssignment.__table__.c
    with db.engine.connect() as conn:
        if not conn.execute(select(t.id).where(t.required_hours > 0).limit(1)).first():
            return None
    day = filters.date_to or dt.date.today()
    # The requirement is a year's: hours served in that calendar year count (every project),
    # whatever part of it the report covers.
    year = replace(
        filters,
        project=None,
        date_from=dt.date(day.year, 1, 1),
        date_to=dt.date(day.year, 12, 31),
    )
    served_q = _Parts(db, year)
    served = (
        served_q.select(served_q.a.member_id.label("member_id"), served_q.hours.label("hours"))
        .group_by(served_q.a.member_id)
        .subquery()
    )
    m = Member.__table__.c
    done = func.coalesce(served.c.hours, 0)
    owed = t.required_hours - done
    shortfall = case((owed > 0, owed), else_=0)
    return (
        select(m.member_number, m.full_name, t.name, t.required_hours, done, shortfall)
        .select_from(Member.__table__)
        .join(
            MemberTypeAssignment.__table__,
            and_(
                ta.member_id == m.id,
                ta.valid_from <= day,
                or_(ta.valid_to.is_(None), ta.valid_to >= day),
            ),
        )
        .join(MembershipType.__table__, and_(t.id == ta.type_id, t.required_hours > 0))
        .outerjoin(served, served.c.member_id == m.id)
        .where(m.deleted_at.is_(None), m.status != "left")
        .order_by(shortfall.desc(), m.sort_name, m.id)
    )
