"""Finding one member by a fragment of a name or a member number, for pickers.

The search runs in SQL over the roster's folded search text, ordered by the sort-name index
and cut at a small limit, so it answers as fast on 100,000 members as on a hundred.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select

from groupdesk.core.database import Database
from groupdesk.core.models import Member
from groupdesk.core.services.roster import RosterFilter, RosterService

DEFAULT_LIMIT = 20


class MemberChoice(NamedTuple):
    id: int
    member_number: str
    full_name: str

    @property
    def label(self) -> str:
        """How a picker shows the member: two people may share a name, never a number."""
        return f"{self.full_name} ({self.member_number})"


class MemberFinder:
    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, text: str, limit: int = DEFAULT_LIMIT) -> list[MemberChoice]:
        """Members (not in the trash) whose name, number, phone, email or city contain every
        word of ``text``, by name; at most ``limit``. Nothing for blank text."""
        if not text.strip():
            return []
        conds = RosterService.conditions(RosterFilter(search=text))
        stmt = (
            select(Member.id, Member.member_number, Member.full_name)
            .where(*conds)
            .order_by(Member.sort_name, Member.id)
            .limit(max(1, limit))
        )
        with self._db.engine.connect() as conn:
            return [MemberChoice(*r) for r in conn.execute(stmt)]

    def exact(self, text: str) -> MemberChoice | None:
        """The member whose number is ``text`` or, failing that, the only one of that name."""
        key = text.strip()
        if not key:
            return None
        with self._db.engine.connect() as conn:
            found = conn.execute(
                select(Member.id, Member.member_number, Member.full_name).where(
                    Member.member_number == key.upper(), Member.deleted_at.is_(None)
                )
            ).first()
            if found is None:
                named = conn.execute(
                    select(Member.id, Member.member_number, Member.full_name)
                    .where(func.lower(Member.full_name) == key.lower(), Member.deleted_at.is_(None))
                    .limit(2)
                ).all()
                found = named[0] if len(named) == 1 else None
        return MemberChoice(*found) if found else None

    def get(self, member_id: int | None) -> MemberChoice | None:
        if member_id is None:
            return None
        with self._db.engine.connect() as conn:
            found = conn.execute(
                select(Member.id, Member.member_number, Member.full_name).where(
                    Member.id == member_id
                )
            ).first()
        return MemberChoice(*found) if found else None
