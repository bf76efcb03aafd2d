"""One member's account: every charge, payment and reversal, oldest first, with the balance
after each, read through the ledger's (member, id) index.

A reversal names what it undoes: it shows the period or receipt number of the reversed entry,
and its reason. Charged less Paid is the closing balance.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import aliased

from groupdesk.core.database import Database
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import Member
from groupdesk.core.models.dues import LedgerEntry

from .common import described, make_report, refuse
from .filters import FilterError, ReportFilters
from .ledger_sql import E
from .sql import count, stream

TITLE = "Member statement"

MONEY = ColumnKind.MONEY
COLUMNS = [
    Column("date", "Date", ColumnKind.DATE),
    Column("entry", "Entry"),
    Column("period", "Period"),
    Column("receipt_number", "Receipt Number"),
    Column("reference", "Reference"),
    Column("charged", "Charged", MONEY, total=True),
    Column("paid", "Paid", MONEY, total=True),
    Column("balance", "Balance", MONEY),
]


def _member(db: Database, filters: ReportFilters) -> tuple[int, str]:
    if not filters.member:
        raise FilterError("dues_report.statement_needs_member")
    m = Member.__table__.c
    number = filters.member.strip()
    with db.engine.connect() as conn:
        found = conn.execute(
            select(m.id, m.full_name).where(m.member_number == number, m.deleted_at.is_(None))
        ).first()
    if found is None:
        raise FilterError("filter.no_member", number=filters.member)
    return int(found[0]), f"{number} {found[1]}"


def query(member_id: int) -> Any:
    undone = aliased(LedgerEntry.__table__)
    u = undone.c
    return (
        select(
            E.entry_date,
            E.kind,
            func.coalesce(E.period, u.period),
            func.coalesce(E.receipt_number, u.receipt_number),
            func.coalesce(E.reference, E.reason),
            case((E.amount > 0, E.amount)),
            case((E.amount < 0, -E.amount)),
            func.sum(E.amount).over(order_by=(E.entry_date, E.id)),
        )
        .select_from(LedgerEntry.__table__)
        .outerjoin(undone, u.id == E.reverses_id)
        .where(E.member_id == member_id)
        .order_by(E.entry_date, E.id)
    )


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "statement", "project", "from", "to", "status", "shift")
    member_id, who = _member(db, filters)
    stmt = query(member_id)
    sheet = ReportSheet("Statement", COLUMNS, stream(db, stmt), row_count=count(db, stmt))
    words = described(ReportFilters())
    words["Member"] = who
    return make_report(TITLE, [sheet], words)
