"""A small association with a dues ledger, for the payment import tests (core and window)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, text

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.models import Member
from groupdesk.core.text_keys import sort_name

TODAY = dt.date(2026, 12, 20)

MEMBERS = [
    # number, name, phone as the member form stores it, status
    ("A-001", "Siti Rahayu", "+62 812-3456-7890", "active"),
    ("A-002", "Budi Santoso", "+62 813-1111-2222", "active"),
    ("A-003", "Ayu Lestari", None, "active"),
    ("A-004", "Dewi Lestari", None, "left"),
    ("A-005", "Agus Salim", "+62 815-5555-0000", "active"),
    ("A-006", "Agus Salim", None, "active"),
]


def charged_members(db, today: dt.date = TODAY) -> DuesService:  # type: ignore[no-untyped-def]
    """Six members; all but the one who left owe 50.000 a month, September to November."""
    with db.engine.begin() as conn:
        for number, name, phone, status in MEMBERS:
            conn.execute(
                insert(Member),
                [
                    {
                        "member_number": number,
                        "full_name": name,
                        "sort_name": sort_name(name),
                        "search_text": name.lower(),
                        "phone": phone,
                        "status": status,
                        "joined_on": dt.date(2025, 1, 1),
                    }
                ],
            )
    service = DuesService(db, clock=lambda: today)
    biasa = service.add_type("Anggota Biasa")
    service.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1))
    with db.engine.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM members ORDER BY id")).scalars())
    for member_id in ids:
        service.assign_type(member_id, biasa, dt.date(2025, 1, 1))
    for period in ("2026-09", "2026-10", "2026-11"):
        service.charge_period(period)
    return service
