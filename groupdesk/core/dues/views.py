"""What the Dues page reads: the membership types with the fee in force, and the ledger a
page at a time.

The ledger grows by a row per member per month (2.4 million at 100,000 members after two
years), so it is never read whole: :func:`ledger_page` filters in SQL and reads ``limit``
rows older than the last one shown (keyset paging on the entry id, newest first).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text

from groupdesk.core.database import Database

from .periods import parse_period

PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class TypeRow:
    """A membership type with the fee version in force on the day asked (None: no fee yet)
    and how many members have the type now."""

    id: int
    name: str
    exempt: bool
    amount: int | None
    period: str | None
    entry_fee: int | None
    fee_from: dt.date | None
    members: int
    required_hours: int | None = None  # volunteer hours a year its members owe


@dataclass(frozen=True, slots=True)
class LedgerFilter:
    """Whose entries and which month ("YYYY-MM": charges for it, payments and reversals
    dated in it); None shows everything."""

    member_id: int | None = None
    period: str | None = None


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One ledger entry as the list shows it; ``amount`` is signed (charge +, payment -)."""

    id: int
    entry_date: dt.date
    member_id: int
    member_number: str
    member_name: str
    kind: str
    period: str | None
    amount: int
    method: str | None
    reference: str | None
    receipt_number: str | None
    reversed: bool
    reverses_id: int | None
    reason: str | None


@dataclass(frozen=True, slots=True)
class TypePeriod:
    """A member's type from ``valid_from`` until ``valid_to`` (None: still)."""

    type_id: int
    name: str
    valid_from: dt.date
    valid_to: dt.date | None


def member_type_history(db: Database, member_id: int) -> list[TypePeriod]:
    """The member's membership types, the newest first."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.type_id, t.name, a.valid_from, a.valid_to FROM member_type_assignments a"
                " JOIN membership_types t ON t.id = a.type_id WHERE a.member_id = :m "
                "ORDER BY a.valid_from DESC, a.id DESC"
            ),
            {"m": member_id},
        ).all()
    return [
        TypePeriod(int(r[0]), r[1], _date(r[2]), _date(r[3]) if r[3] is not None else None)
        for r in rows
    ]


def membership_types(db: Database, on: dt.date | None = None) -> list[TypeRow]:
    """Every type by name, with its fee on ``on`` (today when None)."""
    day = on or dt.date.today()
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT t.id, t.name, t.exempt, f.amount, f.period, f.entry_fee, f.valid_from, "
                "(SELECT COUNT(*) FROM member_type_assignments a WHERE a.type_id = t.id "
                " AND a.valid_from <= :d AND (a.valid_to IS NULL OR a.valid_to >= :d)), "
                "t.required_hours FROM membership_types t "
                "LEFT JOIN membership_fees f ON f.type_id = t.id "
                "AND f.valid_from = (SELECT MAX(f2.valid_from) FROM membership_fees f2 "
                "WHERE f2.type_id = t.id AND f2.valid_from <= :d) ORDER BY t.name"
            ),
            {"d": day},
        ).all()
    return [
        TypeRow(
            id=int(r[0]),
            name=r[1],
            exempt=bool(r[2]),
            amount=None if r[3] is None else int(r[3]),
            period=r[4],
            entry_fee=None if r[5] is None else int(r[5]),
            fee_from=_date(r[6]) if r[6] is not None else None,
            members=int(r[7]),
            required_hours=None if r[8] is None else int(r[8]),
        )
        for r in rows
    ]


def ledger_page(
    db: Database,
    flt: LedgerFilter = LedgerFilter(),
    *,
    before_id: int | None = None,
    limit: int = PAGE_SIZE,
) -> list[LedgerRow]:
    """Up to ``limit`` entries matching ``flt``, newest first, older than ``before_id``."""
    where = ["1 = 1"]
    params: dict[str, object] = {"limit": limit}
    if flt.member_id is not None:
        where.append("e.member_id = :member")
        params["member"] = flt.member_id
    if flt.period:
        start, end = parse_period(flt.period)
        where.append(
            "(e.period = :period OR (e.period IS NULL AND e.entry_date BETWEEN :start AND :end))"
        )
        params.update(period=flt.period, start=start, end=end)
    if before_id is not None:
        where.append("e.id < :before")
        params["before"] = before_id
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT e.id, e.entry_date, e.member_id, m.member_number, m.full_name, e.kind, "
                "e.period, e.amount, e.method, e.reference, e.receipt_number, "
                "EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id), "
                "e.reverses_id, e.reason "
                "FROM ledger_entries e JOIN members m ON m.id = e.member_id "
                f"WHERE {' AND '.join(where)} ORDER BY e.id DESC LIMIT :limit"
            ),
            params,
        ).all()
    return [
        LedgerRow(
            id=int(r[0]),
            entry_date=_date(r[1]),
            member_id=int(r[2]),
            member_number=r[3] or "",
            member_name=r[4] or "",
            kind=r[5],
            period=r[6],
            amount=int(r[7]),
            method=r[8],
            reference=r[9],
            receipt_number=r[10],
            reversed=bool(r[11]),
            reverses_id=None if r[12] is None else int(r[12]),
            reason=r[13],
        )
        for r in rows
    ]


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


__all__ = ["PAGE_SIZE", "LedgerFilter", "LedgerRow", "TypeRow", "ledger_page", "membership_types"]
