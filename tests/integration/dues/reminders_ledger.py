"""A hand-built ledger for the reminder tests: who owes what on 20 December 2026.

Five members pay 50.000 a month, charged for November and December 2026 and, in advance,
for January 2027 (due on 1 January):

- Dewi paid nothing: November and December open, 100.000 in arrears.
- Siti paid 50.000 (November): December in arrears, January due soon.
- Budi paid 100.000: only January, due in 12 days.
- Eko paid 150.000: settled up to January, owes nothing.
- Gita paid 50.000 that was then reversed: November and December open again.
- Fajar owes November and December but has left: not reminded.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, text

from groupdesk.core.database import Database
from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.models import Member
from groupdesk.core.text_keys import sort_name

TODAY = dt.date(2026, 12, 20)
ORGANISATION = "Ikatan Bidan Sehat"
MEMBERS = {
    "A-001": ("Dewi Lestari", "0812 3456 7890", "Jl. Melati No. 5"),
    "A-002": ("Siti Rahayu", "+62 813-1111-2222", "Jl. Kenanga 12"),
    "A-003": ("Budi Santoso", None, "Jl. Mawar 3"),
    "A-004": ("Eko Prasetyo", "+62 814-3333-4444", None),
    "A-005": ("Gita Permata", "12345", "Jl. Anggrek 8"),
    "A-006": ("Fajar Nugroho", "+62 815-5555-6666", None),
}


def build(db: Database) -> dict[str, int]:
    """The ledger above; the members' ids by name."""
    service = DuesService(db, clock=lambda: TODAY)
    biasa = service.add_type("Anggota Biasa")
    service.add_fee(biasa, 50_000, "monthly", dt.date(2025, 1, 1))
    ids: dict[str, int] = {}
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE organisation_settings SET name = :n, contact_phone = :p"),
            {"n": ORGANISATION, "p": "+62 811-000-111"},
        )
        for number, (name, phone, address) in MEMBERS.items():
            conn.execute(
                insert(Member),
                [
                    {
                        "member_number": number,
                        "full_name": name,
                        "sort_name": sort_name(name),
                        "search_text": name.lower(),
                        "status": "active",
                        "joined_on": dt.date(2025, 1, 1),
                        "phone": phone,
                        "address": address,
                        "city": "Bandung" if address else None,
                    }
                ],
            )
            ids[name] = conn.execute(
                text("SELECT id FROM members WHERE member_number = :n"), {"n": number}
            ).scalar_one()
    for member in ids.values():
        service.assign_type(member, biasa, dt.date(2025, 1, 1))
    service.charge_period("2026-11")
    service.charge_period("2026-12")
    service.record_payment("A-002", 50_000, dt.date(2026, 12, 3))
    service.record_payment("A-003", 100_000, dt.date(2026, 12, 4))
    service.record_payment("A-004", 150_000, dt.date(2026, 12, 5))
    reversed_payment = service.record_payment("A-005", 50_000, dt.date(2026, 12, 6))
    service.reverse(reversed_payment.entry_id, "cheque bounced")
    service.charge_period("2027-01")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE members SET status = 'left' WHERE member_number = 'A-006'"))
    return ids
