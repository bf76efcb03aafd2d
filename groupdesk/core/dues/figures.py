"""The dues figures of the dashboard: this month's dues expected and collected, and what
members owe in all, each with the list behind it.

- expected: the dues charged for this month (a reversed charge no longer counts);
- collected: the payments dated this month that were not reversed;
- owed: the sum of members' positive balances (kept on the roster's rows, so one indexed
  range, however long the ledger).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Connection, text

from groupdesk.core.database import Database

_LIVE = "NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)"


@dataclass(frozen=True)
class DuesFigures:
    in_use: bool  # the organisation keeps a ledger at all
    expected: int
    collected: int
    owed: int
    owing_members: int


class PaymentLine(NamedTuple):
    entry_id: int
    paid_on: dt.date
    receipt_number: str | None
    member_number: str
    full_name: str
    amount: int
    method: str | None


def dues_figures(conn: Connection, today: dt.date) -> DuesFigures:
    if conn.execute(text("SELECT 1 FROM ledger_entries LIMIT 1")).first() is None:
        return DuesFigures(False, 0, 0, 0, 0)
    start, end = _month(today)
    expected = conn.execute(
        text(
            "SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entries e WHERE e.kind = 'charge' "
            f"AND e.charge_kind = 'dues' AND e.period = :period AND {_LIVE}"
        ),
        {"period": f"{today:%Y-%m}"},
    ).scalar_one()
    collected = conn.execute(
        text(
            "SELECT COALESCE(SUM(-e.amount), 0) FROM ledger_entries e WHERE e.kind = 'payment' "
            f"AND e.entry_date >= :start AND e.entry_date < :end AND {_LIVE}"
        ),
        {"start": start, "end": end},
    ).scalar_one()
    owed, owing = conn.execute(
        text(
            "SELECT COALESCE(SUM(dues_balance), 0), COUNT(*) FROM members "
            "WHERE dues_balance > 0 AND deleted_at IS NULL"
        )
    ).one()
    return DuesFigures(True, int(expected), int(collected), int(owed), int(owing))


def payments_in_month(db: Database, today: dt.date, limit: int = 1000) -> list[PaymentLine]:
    """This month's payments that stand, newest first (the list behind "collected")."""
    start, end = _month(today)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT e.id, e.entry_date, e.receipt_number, m.member_number, m.full_name, "
                "-e.amount, e.method FROM ledger_entries e JOIN members m ON m.id = e.member_id "
                f"WHERE e.kind = 'payment' AND e.entry_date >= :start AND e.entry_date < :end "
                f"AND {_LIVE} ORDER BY e.entry_date DESC, e.id DESC LIMIT :limit"
            ),
            {"start": start, "end": end, "limit": limit},
        ).all()
    return [
        PaymentLine(
            int(r[0]),
            r[1] if isinstance(r[1], dt.date) else dt.date.fromisoformat(str(r[1])),
            r[2],
            r[3],
            r[4],
            int(r[5]),
            r[6],
        )
        for r in rows
    ]


def _month(today: dt.date) -> tuple[dt.date, dt.date]:
    start = today.replace(day=1)
    end = (start + dt.timedelta(days=32)).replace(day=1)
    return start, end
