"""Small hand-built schedules: a few members, one or two projects, shifts in January 2030."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select, update

from groupdesk.core.models import (
    AvailabilityWindow,
    CauseArea,
    Member,
    MemberInterest,
    MemberProfession,
    MemberSkill,
    OrganisationSettings,
    Profession,
    Skill,
)
from groupdesk.core.services.projects import ProjectInput, ProjectService
from groupdesk.core.services.shifts import ShiftInput, ShiftService
from groupdesk.core.services.signups import SignUpService

NOW = dt.datetime(2030, 1, 1, 9, 0)  # a Tuesday
MONDAY = dt.date(2030, 1, 7)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A time in the week of Monday 7 January 2030 (day 0 = Monday)."""
    return dt.datetime.combine(MONDAY + dt.timedelta(days=day), dt.time(hour, minute))


class Schedule:
    def __init__(self, db) -> None:
        self.db = db
        self.projects = ProjectService(db)
        self.shifts = ShiftService(db)
        self.signups = SignUpService(db, clock=lambda: self.now)
        self.now = NOW
        self._n = 0
        self.project_id = self.projects.create(ProjectInput(name="Posko Banjir", status="active"))

    def ref(self, model, name: str) -> int:
        with self.db.engine.connect() as conn:
            return conn.execute(select(model.id).where(model.name == name)).scalar_one()

    def member(
        self,
        name: str = "",
        *,
        status: str = "active",
        professions: dict[str, dt.date | None] | None = None,
        skills: tuple[str, ...] = (),
        interests: tuple[str, ...] = (),
        windows: tuple[tuple[int, int, int], ...] = (),
        phone: str | None = None,
    ) -> int:
        self._n += 1
        name = name or f"Member {self._n}"
        with self.db.transaction() as s:
            mid = s.execute(
                insert(Member).values(
                    member_number=f"T-{self._n:04d}",
                    full_name=name,
                    sort_name=name.casefold(),
                    status=status,
                    phone=phone,
                    search_text=name.casefold(),
                    version=1,
                )
            ).inserted_primary_key[0]
            for prof, until in (professions or {}).items():
                s.execute(
                    insert(MemberProfession).values(
                        member_id=mid,
                        profession_id=self.ref(Profession, prof),
                        licence_valid_until=until,
                    )
                )
            for skill in skills:
                s.execute(
                    insert(MemberSkill).values(member_id=mid, skill_id=self.ref(Skill, skill))
                )
            for cause in interests:
                s.execute(
                    insert(MemberInterest).values(
                        member_id=mid, cause_area_id=self.ref(CauseArea, cause)
                    )
                )
            for weekday, h1, h2 in windows:
                s.execute(
                    insert(AvailabilityWindow).values(
                        member_id=mid,
                        weekday=weekday,
                        start_time=dt.time(h1),
                        end_time=dt.time(h2),
                    )
                )
        return mid

    def shift(self, starts_at, ends_at, *, project_id=None, **kw) -> int:
        data = ShiftInput(
            project_id=project_id or self.project_id, starts_at=starts_at, ends_at=ends_at, **kw
        )
        return self.shifts.create(data)

    def settings(self, **values) -> None:
        with self.db.transaction() as s:
            s.execute(
                update(OrganisationSettings).where(OrganisationSettings.id == 1).values(**values)
            )


@pytest.fixture
def sched(db) -> Schedule:
    schedule = Schedule(db)
    # Defaults chosen so that only the rule under test speaks.
    schedule.settings(
        max_hours_per_24h=12,
        min_rest_minutes=0,
        max_consecutive_demanding=2,
        overlap_buffer_minutes=0,
    )
    return schedule
