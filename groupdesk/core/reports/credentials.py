"""Credentials (STR, SIP, certificates) by profession with the credits (SKP) earned within
each licence's validity against what it requires, and whether it is at risk: valid today,
ending within ``AT_RISK_MONTHS`` months, without enough credits.

The whole list shows each member's current credentials (a renewed one is left out); a member
(``--member NUMBER``) gets their credential sheet: every credential with its history.
Credits are summed in SQL per credential (licence kinds only: other kinds earn none).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, exists, func, literal, select
from sqlalchemy.orm import aliased

from groupdesk.core.credentials.progress import months_after
from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import Member, Profession
from groupdesk.core.models.credential import (
    Credential,
    CredentialKind,
    CreditActivity,
    CreditAward,
)

from .common import described, make_report, refuse
from .filters import FilterError, ReportFilters
from .sql import count, stream

TITLE = "Credentials and credits (SKP)"
AT_RISK_MONTHS = 6

COLUMNS = [
    Column("profession", "Profession"),
    Column("member_number", "Member Number"),
    Column("full_name", "Full Name"),
    Column("credential", "Credential"),
    Column("number", "Number"),
    Column("issued_on", "Issued On", ColumnKind.DATE),
    Column("valid_until", "Valid Until", ColumnKind.DATE),
    Column("issuing_body", "Issued By"),
    Column("credits_earned", "Credits Earned", ColumnKind.NUMBER),
    Column("credits_required", "Credits Required", ColumnKind.NUMBER),
    Column("at_risk", "At Risk"),
]
PDF_COLUMNS = (
    "profession",
    "full_name",
    "credential",
    "number",
    "valid_until",
    "credits_earned",
    "credits_required",
    "at_risk",
)


def query(filters: ReportFilters) -> AnySelect:
    today = filters.reference_day  # an open-ended credential's credits count up to today
    c, k = Credential, CredentialKind
    later = aliased(Credential)
    earned = (
        select(func.coalesce(func.sum(CreditAward.points), 0.0))
        .join(CreditActivity, CreditActivity.id == CreditAward.activity_id)
        .where(
            CreditAward.member_id == c.member_id,
            CreditActivity.held_on >= c.issued_on,
            CreditActivity.held_on <= func.coalesce(c.valid_until, literal(today)),
        )
        .correlate(c)
        .scalar_subquery()
    )
    renewed = exists().where(later.renews_id == c.id)
    stmt = (
        select(
            Profession.name,
            Member.member_number,
            Member.full_name,
            k.name,
            c.number,
            c.issued_on,
            c.valid_until,
            c.issuing_body,
            case((k.is_licence, earned), else_=None),
            case((k.is_licence, k.credits_required), else_=None),
            renewed,
        )
        .select_from(c)
        .join(k, k.id == c.kind_id)
        .join(Member, Member.id == c.member_id)
        .join(Profession, Profession.id == c.profession_id)
        .where(Member.deleted_at.is_(None))
        .order_by(Profession.name, Member.sort_name, Member.id, k.name, c.issued_on.desc(), c.id)
    )
    if filters.member:
        stmt = stmt.where(Member.member_number == filters.member)
    else:
        stmt = stmt.where(~renewed)
    if filters.date_from:
        stmt = stmt.where(c.valid_until >= filters.date_from)
    if filters.date_to:
        stmt = stmt.where(c.valid_until <= filters.date_to)
    return stmt


def at_risk(
    until: dt.date | None,
    earned: float | None,
    required: float | None,
    renewed: bool,
    today: dt.date,
) -> bool:
    """Valid today, ending within AT_RISK_MONTHS months, fewer credits than required."""
    return bool(
        not renewed
        and until is not None
        and required
        and today <= until <= months_after(today, AT_RISK_MONTHS)
        and (earned or 0) < required
    )


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "credentials", "project", "shift", "status")
    today = filters.reference_day
    stmt = query(filters)
    if filters.member and not count(
        db, select(Member.id).where(Member.member_number == filters.member)
    ):
        raise FilterError("filter.no_member", number=filters.member)

    def shape(row: Sequence[Any]) -> tuple[object, ...]:
        *head, until, body, got, need, renewed = row
        risky = at_risk(until, got, need, bool(renewed), today)
        return (*head, until, body, got, need, "yes" if risky else None)

    sheet = ReportSheet("Credentials", COLUMNS, stream(db, stmt, shape), row_count=count(db, stmt))
    words = described(filters, **{"Expiry counted from": f"{today:%d/%m/%Y}"})
    return make_report(TITLE, [sheet], words)
