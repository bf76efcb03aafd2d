"""Receipts read from a server the same way as from a file: numbers in order, the periods a
payment settled, a reversal marked."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, text

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.dues.receipts import receipt_for, receipts_between
from groupdesk.core.models import Member


def test_receipts_on_a_server(pg_db) -> None:
    dues = DuesService(pg_db, clock=lambda: dt.date(2026, 12, 20))
    biasa = dues.add_type("Anggota Biasa")
    dues.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1))
    with pg_db.engine.begin() as conn:
        conn.execute(
            insert(Member),
            [
                {
                    "member_number": "P-1",
                    "full_name": "Siti Rahayu",
                    "sort_name": "siti rahayu",
                    "search_text": "siti rahayu",
                    "status": "active",
                }
            ],
        )
        member = conn.execute(text("SELECT id FROM members")).scalar_one()
    dues.assign_type(member, biasa, dt.date(2026, 1, 1))
    dues.charge_period("2026-11")
    dues.charge_period("2026-12")
    first = dues.record_payment("P-1", 100_000, dt.date(2026, 12, 3), "transfer", "BCA 1")
    second = dues.record_payment("P-1", 20_000, dt.date(2026, 12, 4))
    dues.reverse(second.entry_id, "salah input")
    receipt = receipt_for(pg_db, first.entry_id)
    assert (receipt.first_period, receipt.last_period) == ("2026-11", "2026-12")
    assert receipt.amount == 100_000 and not receipt.is_reversed
    batch = receipts_between(pg_db, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert [r.number for r in batch] == ["KW/2026/000001", "KW/2026/000002"]
    assert batch[1].reversed_on == dt.date(2026, 12, 20)
    assert batch[1].reversal_reason == "salah input"
