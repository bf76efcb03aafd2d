"""Two people charging the same month at the same moment on a server: every member is charged
exactly once, and the two runs' counts add up to the members charged."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, text

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.errors import ValidationError
from groupdesk.core.models import Member

from .test_races import _race

MEMBERS = 300
RACES = 5


def test_concurrent_charges_of_one_month_charge_each_member_once(pg_db) -> None:
    dues = DuesService(pg_db)
    biasa = dues.add_type("Anggota Biasa")
    dues.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1))
    with pg_db.engine.begin() as conn:
        conn.execute(
            insert(Member),
            [
                {
                    "member_number": f"R-{i}",
                    "full_name": f"Anggota {i}",
                    "sort_name": f"a{i}",
                    "search_text": f"a{i}",
                    "status": "active",
                }
                for i in range(MEMBERS)
            ],
        )
        conn.execute(
            text(
                "INSERT INTO member_type_assignments (member_id, type_id, valid_from) "
                "SELECT id, :t, '2026-01-01' FROM members"
            ),
            {"t": biasa},
        )
    for month in range(1, RACES + 1):
        period = f"2026-{month:02d}"
        outcomes = _race(
            lambda p=period: dues.charge_period(p), lambda p=period: dues.charge_period(p)
        )
        assert not [o for o in outcomes if isinstance(o, Exception)], [str(o) for o in outcomes]
        assert sum(o.count for o in outcomes) == MEMBERS, outcomes
        with pg_db.engine.begin() as conn:
            stored = conn.execute(
                text("SELECT COUNT(*) FROM ledger_entries WHERE period = :p"), {"p": period}
            ).scalar_one()
        assert stored == MEMBERS


def test_balances_and_paid_until_follow_the_ledger_on_a_server(pg_db) -> None:
    """The roster's kept balance, paid-until from the ledger, the entry fee and undoing a
    month's charges read the same on PostgreSQL, also with two charging runs at once."""
    dues = DuesService(pg_db, clock=lambda: dt.date(2026, 12, 20))
    biasa = dues.add_type("Anggota Biasa")
    dues.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1), entry_fee=100_000)
    with pg_db.engine.begin() as conn:
        conn.execute(
            insert(Member),
            [
                {
                    "member_number": f"S-{i}",
                    "full_name": f"Anggota {i}",
                    "sort_name": f"a{i}",
                    "search_text": f"a{i}",
                    "status": "active",
                    "joined_on": dt.date(2026, 11, 15) if i == 0 else dt.date(2020, 1, 1),
                }
                for i in range(20)
            ],
        )
        conn.execute(
            text(
                "INSERT INTO member_type_assignments (member_id, type_id, valid_from) "
                "SELECT id, :t, '2020-01-01' FROM members"
            ),
            {"t": biasa},
        )
    dues.let_ledger_decide(True)
    outcomes = _race(lambda: dues.charge_period("2026-11"), lambda: dues.charge_period("2026-11"))
    assert not [o for o in outcomes if isinstance(o, Exception)], [str(o) for o in outcomes]
    dues.record_payment("S-1", 50_000, dt.date(2026, 12, 1))
    with pg_db.engine.connect() as conn:
        wrong = conn.execute(
            text(
                "SELECT m.id FROM members m WHERE m.dues_balance <> COALESCE((SELECT "
                "SUM(e.amount) FROM ledger_entries e WHERE e.member_id = m.id), 0)"
            )
        ).all()
        paid = dict(conn.execute(text("SELECT member_number, paid_until FROM members")).all())
    assert wrong == []
    assert paid["S-1"] == dt.date(2026, 11, 30) and paid["S-2"] == dt.date(2026, 10, 31)
    assert paid["S-0"] is None  # joined mid-November: only the entry fee, no dues yet
    with pytest.raises(ValidationError):
        dues.undo_charges("2026-11", "salah")  # S-1 paid November
