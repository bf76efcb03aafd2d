"""Dues payments received in a period: each payment with its receipt, and the money per month
and per membership type.

A reversed payment stays listed (its receipt number was given out) and is marked; the
summaries show what was received, what of it was reversed, and the net that stayed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import Member
from groupdesk.core.models.dues import LedgerEntry

from .common import described, make_report, refuse
from .filters import ReportFilters
from .ledger_sql import E, entry_month, in_period, reversed_, type_on
from .sql import count, stream

TITLE = "Dues payments"

MONEY = ColumnKind.MONEY
PAYMENTS = [
    Column("date", "Date", ColumnKind.DATE),
    Column("receipt_number", "Receipt Number"),
    Column("member_number", "Member Number"),
    Column("full_name", "Full Name"),
    Column("membership_type", "Membership Type"),
    Column("amount", "Amount", MONEY, total=True),
    Column("method", "Method"),
    Column("reference", "Reference"),
    Column("reversed", "Reversed", ColumnKind.BOOLEAN),
]
_SUMS = [
    Column("payments", "Payments", ColumnKind.INTEGER, total=True),
    Column("received", "Received", MONEY, total=True),
    Column("reversed_amount", "Reversed Amount", MONEY, total=True),
    Column("net_received", "Net Received", MONEY, total=True),
]
BY_MONTH = [Column("month", "Month", ColumnKind.DATE), *_SUMS]
BY_TYPE = [Column("membership_type", "Membership Type"), *_SUMS]
PDF_COLUMNS = ("date", "receipt_number", "member_number", "full_name", "amount", "method")


def _rows(db: Database, filters: ReportFilters) -> Any:
    """Every payment in the period with its month, the payer's type then, and whether it
    was reversed: the one subquery each sheet reads."""
    m = Member.__table__.c
    return (
        select(
            E.id.label("id"),
            E.entry_date.label("day"),
            entry_month(db).label("month"),
            E.receipt_number.label("receipt_number"),
            m.member_number.label("member_number"),
            m.full_name.label("full_name"),
            type_on(E.member_id, E.entry_date).label("membership_type"),
            (-E.amount).label("amount"),
            E.method.label("method"),
            E.reference.label("reference"),
            reversed_().label("reversed"),
        )
        .join_from(LedgerEntry.__table__, Member.__table__, m.id == E.member_id)
        .where(E.kind == "payment", *in_period(filters))
        .subquery()
    )


def _sums(rows: Any) -> list[Any]:
    undone = case((rows.c.reversed, rows.c.amount), else_=0)
    return [
        func.count(),
        func.sum(rows.c.amount),
        func.sum(undone),
        func.sum(rows.c.amount - undone),
    ]


def _detail_shape(row: Sequence[Any]) -> tuple[object, ...]:
    *rest, was_reversed = row
    return (*rest, bool(was_reversed))


def _month_shape(row: Sequence[Any]) -> tuple[object, ...]:
    month, *rest = row
    return (dt.date.fromisoformat(month) if month else None, *rest)


def _sheet(
    db: Database, name: str, columns: list[Column], stmt: AnySelect, shape: Any = None
) -> ReportSheet:
    return ReportSheet(name, columns, stream(db, stmt, shape), row_count=count(db, stmt))


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "payments", "project", "status", "shift", "member")
    rows = _rows(db, filters)
    c = rows.c
    detail = select(
        c.day,
        c.receipt_number,
        c.member_number,
        c.full_name,
        c.membership_type,
        c.amount,
        c.method,
        c.reference,
        c.reversed,
    ).order_by(c.day, c.receipt_number, c.id)
    words = described(filters, Received="received", **{"Membership type": "type_at_date"})
    sheets = [_sheet(db, "Payments", PAYMENTS, detail, _detail_shape)]
    if not flat:
        by_month = select(c.month, *_sums(rows)).group_by(c.month).order_by(c.month)
        by_type = (
            select(c.membership_type, *_sums(rows))
            .group_by(c.membership_type)
            .order_by(c.membership_type)
        )
        sheets.append(_sheet(db, "By Month", BY_MONTH, by_month, _month_shape))
        sheets.append(_sheet(db, "By Type", BY_TYPE, by_type))
    return make_report(TITLE, sheets, words)
