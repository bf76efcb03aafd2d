"""Short lists for pickers and filters: (id, name) pairs, sorted the way people scan them."""

from __future__ import annotations

from sqlalchemy import func, select

from groupdesk.core.database import Database
from groupdesk.core.models import CauseArea, Member, Profession, Skill


class Lookups:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _pairs(
        self, model: type[Profession] | type[Skill] | type[CauseArea]
    ) -> list[tuple[int, str]]:
        with self._db.engine.connect() as conn:
            stmt = select(model.id, model.name).order_by(func.lower(model.name))
            return [(int(i), str(n)) for i, n in conn.execute(stmt)]

    def professions(self) -> list[tuple[int, str]]:
        return self._pairs(Profession)

    def skills(self) -> list[tuple[int, str]]:
        return self._pairs(Skill)

    def cause_areas(self) -> list[tuple[int, str]]:
        return self._pairs(CauseArea)

    def cities(self) -> list[str]:
        stmt = (
            select(Member.city)
            .distinct()
            .where(Member.city.is_not(None), Member.deleted_at.is_(None))
            .order_by(Member.city)
        )
        with self._db.engine.connect() as conn:
            return [c for (c,) in conn.execute(stmt) if c is not None]  # none is: see where
