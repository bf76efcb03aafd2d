"""A nursing profession with STR as its licence (25 SKP within its validity, at least 5 of
them from the "Ilmiah" category), SIP as a second kind, and three nurses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from groupdesk.core.credentials import add_kind
from groupdesk.core.models import Member, Profession

TODAY = dt.date(2026, 12, 4)


@dataclass
class Setup:
    profession: int
    str_kind: int
    sip_kind: int
    members: list[int]


def nurses(db, count: int = 3) -> Setup:
    with db.transaction() as s:
        prof = Profession(name="Perawat Anestesi", licence_required=True)
        s.add(prof)
        members = [
            Member(
                member_number=f"P-{i:03d}",
                full_name=f"Perawat {name}",
                sort_name=f"perawat {name.lower()}",
                search_text="",
            )
            for i, name in enumerate(["Ani", "Budi", "Citra", "Dewi", "Eko"][:count], start=1)
        ]
        s.add_all(members)
        s.flush()
        str_kind = add_kind(
            s, prof.id, "STR", is_licence=True, credits_required=25, category_minimums={"Ilmiah": 5}
        )
        sip_kind = add_kind(s, prof.id, "SIP")
        return Setup(prof.id, str_kind, sip_kind, [m.id for m in members])
