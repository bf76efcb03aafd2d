"""The pieces of SQL the dues reports share: live (unreversed) ledger entries, what is still
owed on a charge, and a member's membership type on a given day."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from groupdesk.core.database import Database
from groupdesk.core.models.dues import (
    LedgerAllocation,
    LedgerEntry,
    MembershipType,
    MemberTypeAssignment,
)

from .filters import ReportFilters
from .sql import month_start

E = LedgerEntry.__table__.c
"""The ledger's columns, as every dues report reads them."""


def not_reversed(entry: Any = E) -> ColumnElement[bool]:
    """No reversal names ``entry`` (the unique index on ``reverses_id`` answers it)."""
    reversal = aliased(LedgerEntry.__table__)
    return ~exists().where(reversal.c.reverses_id == entry.id)


def reversed_(entry: Any = E) -> ColumnElement[bool]:
    reversal = aliased(LedgerEntry.__table__)
    return exists().where(reversal.c.reverses_id == entry.id)


def unreversed_ids() -> ColumnElement[bool]:
    """The entry ``E`` is not reversed, as one list of the reversed ids looked up for every
    entry: cheaper than a probe per entry when a report reads the whole ledger."""
    reversal = aliased(LedgerEntry.__table__)
    undone = select(reversal.c.reverses_id).where(reversal.c.reverses_id.is_not(None))
    return E.id.not_in(undone)


def settled_per_charge() -> Any:
    """(charge_id, settled): what payments settled of each charge, summed once."""
    x = LedgerAllocation.__table__.c
    return (
        select(x.charge_id.label("charge_id"), func.sum(x.amount).label("settled"))
        .group_by(x.charge_id)
        .subquery()
    )


def type_on(member_id: Any, day: Any) -> ColumnElement[Any]:
    """The name of the member's membership type on ``day`` (NULL when none)."""
    a, t = MemberTypeAssignment.__table__.c, MembershipType.__table__.c
    return (
        select(t.name)
        .select_from(MemberTypeAssignment.__table__)
        .join(MembershipType.__table__, t.id == a.type_id)
        .where(
            a.member_id == member_id,
            a.valid_from <= day,
            or_(a.valid_to.is_(None), a.valid_to >= day),
        )
        .order_by(a.valid_from.desc())
        .limit(1)
        .scalar_subquery()
    )


def in_period(filters: ReportFilters) -> list[ColumnElement[bool]]:
    """Entries dated within the report's period (both ends included)."""
    conds: list[ColumnElement[bool]] = []
    if filters.date_from is not None:
        conds.append(E.entry_date >= filters.date_from)
    if filters.date_to is not None:
        conds.append(E.entry_date <= filters.date_to)
    return conds


def entry_month(db: Database) -> ColumnElement[Any]:
    """'yyyy-mm-01' of the month an entry is dated in."""
    return month_start(db, E.entry_date)


def live(kind: str) -> ColumnElement[bool]:
    return and_(E.kind == kind, not_reversed())


__all__ = [
    "E",
    "entry_month",
    "in_period",
    "live",
    "not_reversed",
    "reversed_",
    "settled_per_charge",
    "type_on",
    "unreversed_ids",
]
