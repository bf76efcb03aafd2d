"""Professions with their members' licences and when each one expires.

A licence is "expired" before today, "expiring" within ``EXPIRING_DAYS`` (the one definition
in ``core.licences``), "valid" after that, and "missing" when the profession needs
a licence and no expiry date is on record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, select

from groupdesk.core import licences
from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import Member, MemberProfession, Profession

from .common import check_status, described, make_report, refuse
from .filters import ReportFilters
from .sql import count, stream

TITLE = "Professions and licences"
EXPIRING_DAYS = licences.EXPIRING_DAYS
STATUSES = ("expired", "expiring", "valid", "missing")

COLUMNS = [
    Column("profession", "Profession"),
    Column("member_number", "Member Number"),
    Column("full_name", "Full Name"),
    Column("phone", "Phone"),
    Column("qualification", "Qualification"),
    Column("licence_number", "Licence Number"),
    Column("licence_valid_until", "Licence Valid Until", ColumnKind.DATE),
    Column("days_left", "Days Left", ColumnKind.INTEGER),
    Column("licence_status", "Licence Status"),
]


def query(filters: ReportFilters) -> AnySelect:
    status = check_status(filters, STATUSES, "professions")
    today = filters.reference_day
    mp, m, p = MemberProfession.__table__.c, Member.__table__.c, Profession.__table__.c
    until = mp.licence_valid_until
    stmt = (
        select(
            p.name,
            m.member_number,
            m.full_name,
            m.phone,
            mp.qualification,
            mp.licence_number,
            until,
            p.licence_required,
        )
        .join_from(MemberProfession.__table__, Member.__table__, mp.member_id == m.id)
        .join(Profession.__table__, mp.profession_id == p.id)
        .where(m.deleted_at.is_(None))
        .order_by(p.name, until.is_(None), until, m.sort_name, m.id)
    )
    if filters.date_from:
        stmt = stmt.where(until >= filters.date_from)
    if filters.date_to:
        stmt = stmt.where(until <= filters.date_to)
    if status == "expired":
        stmt = stmt.where(licences.is_expired(until, today), licences.member_counts())
    elif status == "expiring":
        stmt = stmt.where(
            licences.is_expiring(until, today, EXPIRING_DAYS), licences.member_counts()
        )
    elif status == "valid":
        stmt = stmt.where(until > licences.expiring_until(today, EXPIRING_DAYS))
    elif status == "missing":
        stmt = stmt.where(and_(until.is_(None), p.licence_required.is_(True)))
    return stmt


def licence_status(until: dt.date | None, required: bool, today: dt.date) -> str:
    if until is None:
        return "missing" if required else "not_needed"
    return licences.state(until, today, EXPIRING_DAYS) or "valid"


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "professions", "project", "shift", "member")
    stmt = query(filters)
    today = filters.reference_day

    def shape(row: Sequence[Any]) -> tuple[object, ...]:
        *head, until, required = row
        days = None if until is None else (until - today).days
        return (*head, until, days, licence_status(until, bool(required), today))

    sheet = ReportSheet("Licences", COLUMNS, stream(db, stmt, shape), row_count=count(db, stmt))
    words = described(filters, **{"Expiry counted from": f"{today:%d/%m/%Y}"})
    if filters.period_text():
        words["Period"] = f"licence valid until {filters.period_text()}"
    return make_report(TITLE, [sheet], words)
