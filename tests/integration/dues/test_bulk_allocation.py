"""Payments settled in bulk (an imported file) settle exactly what the same payments
recorded one at a time settle: the same shares of the same charges, the same credit left."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import insert, text

from groupdesk.core.database import open_database
from groupdesk.core.dues.allocation import allocate_members
from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.dues.receipt_numbers import take_receipts
from groupdesk.core.models import Member
from groupdesk.core.text_keys import sort_name

TODAY = dt.date(2026, 12, 20)
# (member number, amount, paid on): partial, exact, over-payments and two in a row
PAYMENTS = [
    ("D-001", 30_000, dt.date(2026, 11, 2)),
    ("D-002", 175_000, dt.date(2026, 11, 3)),
    ("D-001", 45_000, dt.date(2026, 11, 4)),
    ("D-003", 50_000, dt.date(2026, 11, 5)),
    ("D-001", 100_000, dt.date(2026, 12, 1)),
    ("D-002", 10_000, dt.date(2026, 12, 2)),
]


def _ledger(path: Path) -> DuesService:
    db = open_database(path, lock_factory=None)
    service = DuesService(db, clock=lambda: TODAY)
    biasa = service.add_type("Anggota Biasa")
    service.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1))
    with db.engine.begin() as conn:
        for n, name in enumerate(("Siti Rahayu", "Budi Santoso", "Ayu Lestari"), start=1):
            conn.execute(
                insert(Member),
                [
                    {
                        "member_number": f"D-{n:03d}",
                        "full_name": name,
                        "sort_name": sort_name(name),
                        "search_text": name.lower(),
                        "status": "active",
                        "joined_on": dt.date(2025, 1, 1),
                    }
                ],
            )
    with db.engine.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM members ORDER BY id")).scalars())
    for member_id in ids:
        service.assign_type(member_id, biasa, dt.date(2025, 1, 1))
    for period in ("2026-08", "2026-09", "2026-10"):
        service.charge_period(period)
    return service


def _settled(service: DuesService) -> tuple[list[tuple], list[tuple]]:
    with service.db.engine.connect() as conn:
        shares = conn.execute(
            text("SELECT payment_id, charge_id, amount FROM ledger_allocations ORDER BY 1, 2")
        ).all()
        entries = conn.execute(
            text("SELECT id, member_id, amount, receipt_number FROM ledger_entries ORDER BY id")
        ).all()
    return [tuple(r) for r in shares], [tuple(r) for r in entries]


def test_bulk_and_single_settle_the_same_charges(tmp_path: Path) -> None:
    single = _ledger(tmp_path / "single.sqlite")
    bulk = _ledger(tmp_path / "bulk.sqlite")
    try:
        for number, amount, paid_on in PAYMENTS:
            single.record_payment(number, amount, paid_on, "transfer")
        with bulk.db.begin() as conn:
            members = {
                number: pk
                for number, pk in conn.execute(text("SELECT member_number, id FROM members"))
            }
            receipts = take_receipts(conn, [paid_on.year for _n, _a, paid_on in PAYMENTS])
            for (number, amount, paid_on), receipt in zip(PAYMENTS, receipts, strict=True):
                conn.execute(
                    text(
                        "INSERT INTO ledger_entries (member_id, kind, amount, entry_date, method,"
                        " receipt_number, recorded_by, recorded_at) VALUES (:m, 'payment', :a,"
                        " :d, 'transfer', :r, 'test', :d)"
                    ),
                    {"m": members[number], "a": -amount, "d": paid_on, "r": receipt},
                )
            settled = allocate_members(conn, members.values())
        assert _settled(bulk) == _settled(single)
        assert settled == 150_000 + 150_000 + 50_000  # three months each; D-003 paid one
        # and a charge run afterwards spends the credit both left the same way
        single.charge_period("2026-11")
        bulk.charge_period("2026-11")
        assert _settled(bulk) == _settled(single)
    finally:
        single.db.close()
        bulk.db.close()
