"""Two people charging the same month at the same moment on a server: every member is charged
exactly once, and the two runs' counts add up to the members charged."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, text

from groupdesk.core.dues.ledger import DuesService
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
