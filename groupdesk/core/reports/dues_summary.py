"""Dues expected against collected, per month and per membership type.

Expected is what was charged in a month (charges dated in it, reversed ones left out).
Collected is counted on a cash basis: the payments received in the month, reversed ones left
out, whatever months they settled; so a month paid in advance shows as collected when the
money came. Difference is expected less collected. Both sides are summed in SQL from one
UNION ALL of the ledger, grouped three ways.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, literal, select, union_all

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet

from .common import described, make_report, refuse
from .filters import ReportFilters
from .ledger_sql import E, entry_month, in_period, live, type_on
from .sql import count, stream

TITLE = "Dues expected and collected"

MONEY = ColumnKind.MONEY
MONTH = Column("month", "Month", ColumnKind.DATE)
TYPE = Column("membership_type", "Membership Type")
_SUMS = [
    Column("expected", "Expected", MONEY, total=True),
    Column("collected", "Collected", MONEY, total=True),
    Column("difference", "Difference", MONEY, total=True),
]


def _entries(db: Database, filters: ReportFilters) -> Any:
    """Charges (expected) and payments (collected) of the period, each with its month and
    the member's type on its date."""
    month = entry_month(db).label("month")
    kind = type_on(E.member_id, E.entry_date).label("membership_type")
    charges = select(month, kind, E.amount.label("expected"), literal(0).label("collected")).where(
        live("charge"), *in_period(filters)
    )
    payments = select(
        month, kind, literal(0).label("expected"), (-E.amount).label("collected")
    ).where(live("payment"), *in_period(filters))
    return union_all(charges, payments).subquery()


def _month_first(row: Sequence[Any]) -> tuple[object, ...]:
    month, *rest = row
    return (dt.date.fromisoformat(month) if month else None, *rest)


def _sheet(
    db: Database, name: str, columns: list[Column], stmt: AnySelect, shape: Any = None
) -> ReportSheet:
    return ReportSheet(name, columns, stream(db, stmt, shape), row_count=count(db, stmt))


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "dues_summary", "project", "status", "shift", "member")
    rows = _entries(db, filters)
    c = rows.c
    sums = [
        func.sum(c.expected),
        func.sum(c.collected),
        func.sum(c.expected) - func.sum(c.collected),
    ]
    both = (
        select(c.month, c.membership_type, *sums)
        .group_by(c.month, c.membership_type)
        .order_by(c.month, c.membership_type)
    )
    detail = _sheet(db, "By Month and Type", [MONTH, TYPE, *_SUMS], both, _month_first)
    words = described(
        filters,
        Expected="expected",
        Collected="collected",
        Difference="difference",
        **{"Membership type": "type_at_date"},
    )
    if flat:
        return make_report(TITLE, [detail], words)
    by_month = select(c.month, *sums).group_by(c.month).order_by(c.month)
    by_type = (
        select(c.membership_type, *sums).group_by(c.membership_type).order_by(c.membership_type)
    )
    sheets = [
        _sheet(db, "By Month", [MONTH, *_SUMS], by_month, _month_first),
        _sheet(db, "By Type", [TYPE, *_SUMS], by_type),
        detail,
    ]
    return make_report(TITLE, sheets, words)
