"""Dues arrears: every member with unpaid charges, what they owe and how old it is.

What is owed on a charge is its amount less what payments were allocated to it (payments
settle the oldest charges first); reversed charges owe nothing. Each unpaid amount is aged by
its charge's date against the report's day ("today"): 0-30 days, 31-90 days, over 90 days.
All of it is summed per member in one grouped query. Members in the trash are left out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, func, select

from groupdesk.core.database import Database
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.models import Member
from groupdesk.core.models.dues import LedgerEntry

from .common import described, make_report, refuse
from .filters import ReportFilters
from .ledger_sql import E, entry_month, settled_per_charge, type_on, unreversed_ids
from .sql import stream

TITLE = "Dues arrears"
RECENT_DAYS, MIDDLE_DAYS = 30, 90

MONEY = ColumnKind.MONEY
COLUMNS = [
    Column("member_number", "Member Number"),
    Column("full_name", "Full Name"),
    Column("phone", "Phone"),
    Column("membership_type", "Membership Type"),
    Column("oldest_unpaid", "Oldest Unpaid Period"),
    Column("unpaid_charges", "Unpaid Charges", ColumnKind.INTEGER, total=True),
    Column("total_owed", "Total Owed", MONEY, total=True),
    Column("days_0_30", "0-30 Days", MONEY, total=True),
    Column("days_31_90", "31-90 Days", MONEY, total=True),
    Column("days_over_90", "Over 90 Days", MONEY, total=True),
]
PDF_COLUMNS = (
    "member_number",
    "full_name",
    "oldest_unpaid",
    "total_owed",
    "days_0_30",
    "days_31_90",
    "days_over_90",
)


def _open_charges(db: Database) -> Any:
    """Each live charge with what is still owed on it (the whole ledger is read: allocations
    are summed once and joined, rather than looked up charge by charge)."""
    period = func.coalesce(E.period, func.substr(entry_month(db), 1, 7))
    settled = settled_per_charge()
    return (
        select(
            E.member_id.label("member_id"),
            E.entry_date.label("day"),
            period.label("period"),
            (E.amount - func.coalesce(settled.c.settled, 0)).label("owed"),
        )
        .select_from(LedgerEntry.__table__)
        .outerjoin(settled, settled.c.charge_id == E.id)
        .where(E.kind == "charge", unreversed_ids())
        .subquery()
    )


def query(db: Database, today: dt.date) -> Any:
    """Members owing, by name: their type today and the owed amounts per age."""
    charges = _open_charges(db)
    c = charges.c
    recent = today - dt.timedelta(days=RECENT_DAYS)
    middle = today - dt.timedelta(days=MIDDLE_DAYS)
    owing = (
        select(
            c.member_id.label("member_id"),
            func.min(c.period).label("oldest"),
            func.count().label("charges"),
            func.sum(c.owed).label("owed"),
            func.sum(case((c.day >= recent, c.owed), else_=0)).label("recent"),
            func.sum(
                case((c.day < recent, case((c.day >= middle, c.owed), else_=0)), else_=0)
            ).label("middle"),
            func.sum(case((c.day < middle, c.owed), else_=0)).label("old"),
        )
        .where(c.owed > 0)
        .group_by(c.member_id)
        .subquery()
    )
    m, o = Member.__table__.c, owing.c
    return (
        select(
            m.member_number,
            m.full_name,
            m.phone,
            type_on(m.id, today),
            o.oldest,
            o.charges,
            o.owed,
            o.recent,
            o.middle,
            o.old,
        )
        .join_from(owing, Member.__table__, m.id == o.member_id)
        .where(m.deleted_at.is_(None))
        .order_by(m.sort_name, m.id)
    )


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "arrears", "project", "from", "to", "status", "shift", "member")
    today = filters.reference_day
    stmt = query(db, today)
    # Read once: counting first would run the whole aggregation twice, and the result is
    # one short row per member owing (about 10 MB at 100,000 members).
    rows = list(stream(db, stmt))
    sheet = ReportSheet("Arrears", COLUMNS, rows, row_count=len(rows))
    words = described(
        filters,
        **{"Owed as of": f"{today:%d/%m/%Y}", "Ageing": "ageing", "Membership type": "type_today"},
    )
    return make_report(TITLE, [sheet], words)
