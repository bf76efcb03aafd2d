"""Volunteer projects: the form's fields, required professions and skills, and the figures a
coordinator wants at a glance (shifts, sign-ups, hours), counted in SQL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import Table, case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from groupdesk.core import audit
from groupdesk.core.database import Database
from groupdesk.core.database.inserted import inserted_id
from groupdesk.core.errors import ValidationError
from groupdesk.core.models import (
    Assignment,
    AuditAction,
    CauseArea,
    Member,
    Profession,
    ProjectRequiredProfession,
    ProjectRequiredSkill,
    ProjectStatus,
    Shift,
    Skill,
    VolunteerProject,
)
from groupdesk.core.models.enums import PLACE_STATES
from groupdesk.core.services.common import load_rules, org_now

ENTITY = "project"
_P = VolunteerProject.__table__.c
_S = Shift.__table__.c
_A = Assignment.__table__.c
_RP = ProjectRequiredProfession.__table__.c
_RS = ProjectRequiredSkill.__table__.c
_M = Member.__table__.c


@dataclass(frozen=True)
class ProjectInput:
    name: str
    cause_area_id: int | None = None
    partner_organisation: str | None = None
    location: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: str = ProjectStatus.PLANNED.value
    coordinator_id: int | None = None
    description: str | None = None
    profession_ids: tuple[int, ...] = field(default=())
    skill_ids: tuple[int, ...] = field(default=())

    def columns(self) -> dict[str, Any]:
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if f.name not in ("profession_ids", "skill_ids")
        }


@dataclass(frozen=True)
class ProjectRow:
    id: int
    name: str
    status: str
    cause_area: str | None
    location: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    upcoming_shifts: int
    total_shifts: int


@dataclass(frozen=True)
class ProjectGlance:
    upcoming_shifts: int
    past_shifts: int
    understaffed_upcoming: int
    signups_upcoming: int
    waitlisted: int
    hours: float
    volunteers: int
    no_shows: int


def validate_project(data: ProjectInput) -> ProjectInput:
    name = (data.name or "").strip()
    if not name:
        raise ValidationError("name", "project.needs_name")
    if len(name) > 200:
        raise ValidationError("name", "project.name_too_long", max=200)
    if data.status not in {s.value for s in ProjectStatus}:
        raise ValidationError("status", "project.needs_status")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        raise ValidationError("end_date", "project.ends_before_start")
    clean: dict[str, Any] = {
        k: (v.strip() or None) if isinstance(v, str) else v for k, v in data.columns().items()
    }
    clean["name"] = name
    return ProjectInput(
        **clean,
        profession_ids=tuple(sorted(set(data.profession_ids))),
        skill_ids=tuple(sorted(set(data.skill_ids))),
    )


class ProjectService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reference lists ------------------------------------------------------------------

    def _pairs(self, table: Table) -> list[tuple[int, str]]:
        with self._db.engine.connect() as conn:
            return [
                (pk, name)
                for pk, name in conn.execute(
                    select(table.c.id, table.c.name).order_by(table.c.name)
                )
            ]

    def cause_areas(self) -> list[tuple[int, str]]:
        return self._pairs(CauseArea.__table__)

    def professions(self) -> list[tuple[int, str]]:
        return self._pairs(Profession.__table__)

    def skills(self) -> list[tuple[int, str]]:
        return self._pairs(Skill.__table__)

    def member_name(self, member_id: int | None) -> str:
        if member_id is None:
            return ""
        with self._db.engine.connect() as conn:
            return conn.execute(select(_M.full_name).where(_M.id == member_id)).scalar() or ""

    # -- reading --------------------------------------------------------------------------

    def list(self) -> list[ProjectRow]:
        now = self._now()
        counts = (
            select(
                _S.project_id,
                func.sum(case((_S.starts_at >= now, 1), else_=0)).label("upcoming"),
                func.count().label("total"),
            )
            .where(_S.status == "scheduled")
            .group_by(_S.project_id)
            .subquery()
        )
        ca = CauseArea.__table__.c
        stmt = (
            select(
                _P.id,
                _P.name,
                _P.status,
                ca.name,
                _P.location,
                _P.start_date,
                _P.end_date,
                func.coalesce(counts.c.upcoming, 0),
                func.coalesce(counts.c.total, 0),
            )
            .outerjoin(CauseArea.__table__, ca.id == _P.cause_area_id)
            .outerjoin(counts, counts.c.project_id == _P.id)
            .order_by(_P.name)
        )
        with self._db.engine.connect() as conn:
            return [ProjectRow(*r) for r in conn.execute(stmt)]

    def _now(self) -> dt.datetime:
        with self._db.engine.connect() as conn:
            return org_now(load_rules(conn).time_zone)

    def get(self, project_id: int) -> ProjectInput:
        with self._db.engine.connect() as conn:
            r = conn.execute(select(VolunteerProject.__table__).where(_P.id == project_id))
            row = r.mappings().first()
            if row is None:
                raise ValidationError("project", "project.gone")
            profs = conn.execute(select(_RP.profession_id).where(_RP.project_id == project_id))
            skills = conn.execute(select(_RS.skill_id).where(_RS.project_id == project_id))
            return ProjectInput(
                **{k: row[k] for k in ProjectInput.__dataclass_fields__ if k in row},
                profession_ids=tuple(sorted(profs.scalars())),
                skill_ids=tuple(sorted(skills.scalars())),
            )

    def glance(self, project_id: int) -> ProjectGlance:
        """Shifts, sign-ups and hours of one project, each a single aggregate query."""
        now = self._now()
        with self._db.engine.connect() as conn:
            upcoming, past = conn.execute(
                select(
                    func.sum(case((_S.starts_at >= now, 1), else_=0)),
                    func.sum(case((_S.starts_at < now, 1), else_=0)),
                ).where(_S.project_id == project_id, _S.status == "scheduled")
            ).one()
            per_shift = (
                select(
                    _S.id,
                    _S.min_volunteers,
                    func.sum(case((_A.status.in_(PLACE_STATES), 1), else_=0)).label("filled"),
                    func.sum(case((_A.status == "waitlisted", 1), else_=0)).label("waiting"),
                )
                .outerjoin(Assignment.__table__, _A.shift_id == _S.id)
                .where(_S.project_id == project_id, _S.status == "scheduled", _S.starts_at >= now)
                .group_by(_S.id)
                .subquery()
            )
            under, signups, waiting = conn.execute(
                select(
                    func.sum(case((per_shift.c.filled < per_shift.c.min_volunteers, 1), else_=0)),
                    func.sum(per_shift.c.filled),
                    func.sum(per_shift.c.waiting),
                )
            ).one()
            hours, volunteers, no_shows = conn.execute(
                select(
                    func.sum(case((_A.status == "attended", _A.hours), else_=0)),
                    func.count(func.distinct(case((_A.status == "attended", _A.member_id)))),
                    func.sum(case((_A.status == "no_show", 1), else_=0)),
                )
                .select_from(Assignment.__table__)
                .join(Shift.__table__, _S.id == _A.shift_id)
                .where(_S.project_id == project_id)
            ).one()
        return ProjectGlance(
            int(upcoming or 0),
            int(past or 0),
            int(under or 0),
            int(signups or 0),
            int(waiting or 0),
            round(float(hours or 0), 1),
            int(volunteers or 0),
            int(no_shows or 0),
        )

    # -- writing --------------------------------------------------------------------------

    def _name_taken(self, session: Session, name: str, except_id: int | None) -> bool:
        conds = [func.lower(_P.name) == name.lower()]
        if except_id is not None:
            conds.append(_P.id != except_id)
        return session.execute(select(_P.id).where(*conds)).first() is not None

    def create(self, data: ProjectInput) -> int:
        data = validate_project(data)
        with self._db.transaction() as session:
            if self._name_taken(session, data.name, None):
                raise ValidationError("name", "project.name_taken")
            pid = inserted_id(
                session.execute(insert(VolunteerProject).values(**data.columns(), version=1))
            )
            audit.record(
                session,
                ENTITY,
                pid,
                AuditAction.CREATE,
                {k: (None, v) for k, v in data.columns().items() if v not in (None, "")},
            )
            self._write_requirements(session, pid, data, ProjectInput(name=data.name))
        return pid

    def update(self, project_id: int, data: ProjectInput) -> None:
        data = validate_project(data)
        old = self.get(project_id)
        with self._db.transaction() as session:
            if self._name_taken(session, data.name, project_id):
                raise ValidationError("name", "project.name_taken")
            changes = {k: v for k, v in data.columns().items() if getattr(old, k) != v}
            if changes:
                version = session.execute(
                    select(_P.version).where(_P.id == project_id)
                ).scalar_one()
                session.execute(
                    update(VolunteerProject)
                    .where(_P.id == project_id)
                    .values(**changes, version=version + 1)
                )
                audit.record(
                    session,
                    ENTITY,
                    project_id,
                    AuditAction.UPDATE,
                    {k: (getattr(old, k), v) for k, v in changes.items()},
                )
            self._write_requirements(session, project_id, data, old)

    @staticmethod
    def _write_requirements(
        session: Session, pid: int, new: ProjectInput, old: ProjectInput
    ) -> None:
        if set(new.profession_ids) != set(old.profession_ids):
            session.execute(delete(ProjectRequiredProfession).where(_RP.project_id == pid))
            for x in new.profession_ids:
                session.execute(
                    insert(ProjectRequiredProfession).values(project_id=pid, profession_id=x)
                )
            audit.record(
                session,
                ENTITY,
                pid,
                AuditAction.UPDATE,
                {"professions": (sorted(old.profession_ids), sorted(new.profession_ids))},
            )
        if set(new.skill_ids) != set(old.skill_ids):
            session.execute(delete(ProjectRequiredSkill).where(_RS.project_id == pid))
            for x in new.skill_ids:
                session.execute(insert(ProjectRequiredSkill).values(project_id=pid, skill_id=x))
            audit.record(
                session,
                ENTITY,
                pid,
                AuditAction.UPDATE,
                {"skills": (sorted(old.skill_ids), sorted(new.skill_ids))},
            )
