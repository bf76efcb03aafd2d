"""The challenges register: what the groups struggle with, who owns it, how far along it is,
and the actions taken (a second sheet)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import (
    Challenge,
    ChallengeCategory,
    ChallengeStatus,
    Member,
    MitigationAction,
    Profession,
    VolunteerProject,
)

from .common import check_status, described, make_report, project_id, refuse
from .filters import ReportFilters
from .sql import count, stream

TITLE = "Challenges register"
STATUSES = tuple(status.value for status in ChallengeStatus)

COLUMNS = [
    Column("id", "No.", ColumnKind.INTEGER),
    Column("title", "Challenge"),
    Column("category", "Category"),
    Column("group", "Group"),
    Column("severity", "Severity"),
    Column("status", "Status"),
    Column("profession", "Profession"),
    Column("project", "Project"),
    Column("member", "Member"),
    Column("owner", "Owner"),
    Column("raised_on", "Raised On", ColumnKind.DATE),
    Column("mitigating_since", "Mitigating Since", ColumnKind.DATE),
    Column("resolved_on", "Resolved On", ColumnKind.DATE),
    Column("days_open", "Days Open", ColumnKind.INTEGER),
    Column("open_actions", "Open Actions", ColumnKind.INTEGER, total=True),
    Column("description", "Description", width=50),
    Column("mitigation_notes", "Mitigation Notes", width=50),
]
ACTION_COLUMNS = [
    Column("challenge_id", "Challenge No.", ColumnKind.INTEGER),
    Column("challenge", "Challenge"),
    Column("action", "Action", width=50),
    Column("owner", "Owner"),
    Column("due_on", "Due On", ColumnKind.DATE),
    Column("done_on", "Done On", ColumnKind.DATE),
]


def _conditions(db: Database, filters: ReportFilters) -> list[ColumnElement[bool]]:
    c = Challenge.__table__.c
    conds: list[ColumnElement[bool]] = []
    status = check_status(filters, STATUSES, "challenges")
    if status is not None:
        conds.append(c.status == status)
    pid = project_id(db, filters)
    if pid is not None:
        conds.append(c.project_id == pid)
    if filters.date_from:
        conds.append(c.raised_on >= filters.date_from)
    if filters.date_to:
        conds.append(c.raised_on <= filters.date_to)
    return conds


def query(db: Database, filters: ReportFilters) -> AnySelect:
    c, cat = Challenge.__table__.c, ChallengeCategory.__table__.c
    prof, proj = Profession.__table__.c, VolunteerProject.__table__.c
    member, owner = Member.__table__.alias("concerned"), Member.__table__.alias("owner")
    act = MitigationAction.__table__.c
    open_actions = (
        select(func.count())
        .where(act.challenge_id == c.id, act.done_on.is_(None))
        .scalar_subquery()
    )
    return (
        select(
            c.id,
            c.title,
            cat.name,
            cat.group,
            c.severity,
            c.status,
            prof.name,
            proj.name,
            member.c.full_name,
            owner.c.full_name,
            c.raised_on,
            c.mitigating_since,
            c.resolved_on,
            open_actions,
            c.description,
            c.mitigation_notes,
        )
        .select_from(Challenge.__table__)
        .outerjoin(ChallengeCategory.__table__, c.category_id == cat.id)
        .outerjoin(Profession.__table__, c.profession_id == prof.id)
        .outerjoin(VolunteerProject.__table__, c.project_id == proj.id)
        .outerjoin(member, c.member_id == member.c.id)
        .outerjoin(owner, c.owner_id == owner.c.id)
        .where(*_conditions(db, filters))
        .order_by(c.id)
    )


def actions_query(db: Database, filters: ReportFilters) -> AnySelect:
    c, act = Challenge.__table__.c, MitigationAction.__table__.c
    owner = Member.__table__.alias("owner")
    return (
        select(c.id, c.title, act.action, owner.c.full_name, act.due_on, act.done_on)
        .select_from(MitigationAction.__table__)
        .join(Challenge.__table__, act.challenge_id == c.id)
        .outerjoin(owner, act.owner_id == owner.c.id)
        .where(*_conditions(db, filters))
        .order_by(c.id, act.due_on.is_(None), act.due_on, act.id)
    )


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "challenges", "shift", "member")
    today = filters.reference_day

    def shape(row: Sequence[Any]) -> tuple[object, ...]:
        values = list(row)
        raised, resolved = values[10], values[12]
        end = resolved or today
        days_open = (end - raised).days if raised else None
        return (*values[:13], days_open, *values[13:])

    stmt = query(db, filters)
    sheets = [
        ReportSheet("Challenges", COLUMNS, stream(db, stmt, shape), row_count=count(db, stmt))
    ]
    if not flat:
        actions = actions_query(db, filters)
        sheets.append(
            ReportSheet(
                "Actions", ACTION_COLUMNS, stream(db, actions), row_count=count(db, actions)
            )
        )
    return make_report(TITLE, sheets, described(filters))
