"""Volunteer hours served: per member, per project, per month, and the detail behind them.

Only attendance counts ("attended" sign-ups). Hours are what the coordinator recorded, or
the shift's length when nothing was recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import distinct, func, select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import Assignment, AssignmentStatus, Member, Shift, VolunteerProject

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
    return make_report(TITLE, sheets, described(filters))
