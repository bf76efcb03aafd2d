"""A small hand-built dues ledger whose report figures are counted by hand in the tests.

"Today" is Monday 15 June 2026. Monthly fees: Biasa 50.000, Luar Biasa 100.000; Kehormatan
is exempt. Everyone joined on 1 January 2025; charged January to June 2026 (each charge dated
the 1st, so aged 165, 134, 106, 75, 45 and 14 days).

  A-001 Ayu Lestari   Biasa       paid 150.000 on 10/03 (cash): Jan-Mar settled
                                  owes Apr, May (31-90) and Jun (0-30) = 150.000
  A-002 Budi Santoso  Luar Biasa  paid 100.000 on 05/02 (transfer "BCA 123", later reversed)
                                  and 200.000 on 20/04 (QRIS): Feb-Mar settled, Jan open again
                                  owes Jan (over 90), Apr, May (31-90), Jun (0-30) = 400.000
  A-003 Citra Dewi    Kehormatan  exempt: never charged, owes nothing
  A-004 Dedi Kurnia   Biasa       his February charge reversed, paid nothing
                                  owes Jan, Mar (over 90), Apr, May (31-90), Jun (0-30) = 250.000

Expected per month: Jan 200.000, Feb 150.000, Mar-Jun 200.000 each = 1.150.000; collected
(cash basis, reversed left out): Mar 150.000, Apr 200.000 = 350.000; difference 800.000,
which is what the arrears add up to.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, text

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.models import Member

TODAY = dt.date(2026, 6, 15)
JOINED = dt.date(2025, 1, 1)
MEMBERS = {
    "A-001": ("Ayu Lestari", "Biasa"),
    "A-002": ("Budi Santoso", "Luar Biasa"),
    "A-003": ("Citra Dewi", "Kehormatan"),
    "A-004": ("Dedi Kurnia", "Biasa"),
}


def build_ledger(db, *, numbers: dict[str, str] | None = None) -> DuesService:
    """The ledger above; ``numbers`` renames the member numbers (for a database that has
    members of its own)."""
    rename = numbers or {}
    service = DuesService(db, clock=lambda: TODAY)
    types = {
        "Biasa": service.add_type("Biasa"),
        "Luar Biasa": service.add_type("Luar Biasa"),
        "Kehormatan": service.add_type("Kehormatan", exempt=True),
    }
    service.add_fee(types["Biasa"], 50_000, "monthly", dt.date(2020, 1, 1))
    service.add_fee(types["Luar Biasa"], 100_000, "monthly", dt.date(2020, 1, 1))
    service.add_fee(types["Kehormatan"], 0, "monthly", dt.date(2020, 1, 1))
    with db.engine.begin() as conn:
        conn.execute(
            insert(Member),
            [
                {
                    "member_number": rename.get(number, number),
                    "full_name": name,
                    "sort_name": name.lower(),
                    "search_text": name.lower(),
                    "status": "active",
                    "joined_on": JOINED,
                }
                for number, (name, _kind) in MEMBERS.items()
            ],
        )
        ids = {
            number: conn.execute(
                text("SELECT id FROM members WHERE member_number = :n"),
                {"n": rename.get(number, number)},
            ).scalar_one()
            for number in MEMBERS
        }
    for number, (_name, kind) in MEMBERS.items():
        service.assign_type(ids[number], types[kind], JOINED)
    for month in range(1, 7):
        service.charge_period(f"2026-{month:02d}")
    with db.engine.begin() as conn:
        dedi_february = conn.execute(
            text("SELECT id FROM ledger_entries WHERE member_id = :m AND period = '2026-02'"),
            {"m": ids["A-004"]},
        ).scalar_one()
    service.reverse(dedi_february, "salah tagih")
    ayu, budi = rename.get("A-001", "A-001"), rename.get("A-002", "A-002")
    bounced = service.record_payment(budi, 100_000, dt.date(2026, 2, 5), "transfer", "BCA 123")
    service.record_payment(ayu, 150_000, dt.date(2026, 3, 10), "tunai")
    service.record_payment(budi, 200_000, dt.date(2026, 4, 20), "qris")
    service.reverse(bounced.entry_id, "giro kosong")
    return service
