"""Occupational groups: listing them with counts, editing them, and the licences of their members.

Counts come from SQL (one grouped query), so the Professions page costs the same whether the
association has a thousand members or a hundred thousand.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, delete, func, insert, select, update

from groupdesk.core import audit, licences
from groupdesk.core.database import Database
from groupdesk.core.errors import NotFound, Refusal
from groupdesk.core.licences import EXPIRING_DAYS
from groupdesk.core.models import (
    AuditAction,
    Challenge,
    Member,
    MemberProfession,
    Profession,
    ProjectRequiredProfession,
    Shift,
)
from groupdesk.core.text_keys import fold
from groupdesk.core.validation import ValidationError, clean

ENTITY = "profession"
MEMBER_ENTITY = "member"
NAME_MAX = 120
DEFAULT_EXPIRING_DAYS = EXPIRING_DAYS  # the one definition: core.licences


class ProfessionNotFound(NotFound, LookupError):
    """The profession is gone (deleted elsewhere, or never there)."""

    code = "profession.not_found"

    def __init__(self, profession_id: int) -> None:
        super().__init__(profession_id=profession_id)
        self.profession_id = profession_id


class ProfessionInUse(Refusal):
    """Deleting would remove the profession from members (or projects); ask first."""

    def __init__(self, name: str, members: int, other_uses: int) -> None:
        self.name = name
        self.members = members
        self.other_uses = other_uses
        super().__init__("profession.in_use", name=name, count=members, other_uses=other_uses)


class LicenceState(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    NOT_NEEDED = "not_needed"
    MISSING = "missing"  # the profession needs a licence and no number is recorded


@dataclass(frozen=True)
class ProfessionSummary:
    id: int
    name: str
    description: str | None
    licence_required: bool
    members: int
    expiring: int  # licences ending between today and today + N days
    expired: int  # licences that ended before today


@dataclass(frozen=True)
class ProfessionMember:
    member_id: int
    member_number: str
    full_name: str
    qualification: str | None
    licence_number: str | None
    licence_valid_until: dt.date | None
    state: LicenceState
    days_left: int | None  # negative once expired


@dataclass(frozen=True)
class ProfessionValues:
    name: str
    description: str | None = None
    licence_required: bool = False


@dataclass(frozen=True)
class DeletedProfession:
    """All a deletion took away, so that undo can put back the very same rows."""

    profession: dict[str, Any]
    member_links: tuple[dict[str, Any], ...]
    project_links: tuple[int, ...]
    shift_ids: tuple[int, ...]
    challenge_ids: tuple[int, ...]


def licence_state(
    licence_required: bool,
    licence_number: str | None,
    valid_until: dt.date | None,
    today: dt.date,
    days: int,
) -> LicenceState:
    """The state the page shows; a date decides first, then a missing number."""
    date_state = licences.state(valid_until, today, days)
    if date_state == "expired":
        return LicenceState.EXPIRED
    if date_state == "expiring":
        return LicenceState.EXPIRING
    if licence_required and not (licence_number or "").strip():
        return LicenceState.MISSING
    if not licence_required and valid_until is None and not licence_number:
        return LicenceState.NOT_NEEDED
    return LicenceState.VALID


class ProfessionService:
    def __init__(self, db: Database, *, today: dt.date | None = None) -> None:
        self._db = db
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- reading ------------------------------------------------------------------------

    def list(self, expiring_days: int = DEFAULT_EXPIRING_DAYS) -> list[ProfessionSummary]:
        """Every profession with its member count and licence counts, by name."""
        today = self.today
        MP = MemberProfession
        live = (
            select(
                MP.profession_id,
                MP.licence_valid_until,
                licences.member_counts().label("counted"),
            )
            .join(Member, Member.id == MP.member_id)
            .where(Member.deleted_at.is_(None))
            .subquery()
        )
        until, counted = live.c.licence_valid_until, live.c.counted
        stmt = (
            select(
                Profession.id,
                Profession.name,
                Profession.description,
                Profession.licence_required,
                func.count(live.c.profession_id),
                func.coalesce(
                    func.sum(
                        case(
                            (and_(counted, licences.is_expiring(until, today, expiring_days)), 1),
                            else_=0,
                        )
                    ),
                    0,
                ),
                func.coalesce(
                    func.sum(case((and_(counted, licences.is_expired(until, today)), 1), else_=0)),
                    0,
                ),
            )
            .outerjoin(live, live.c.profession_id == Profession.id)
            .group_by(
                Profession.id, Profession.name, Profession.description, Profession.licence_required
            )
            .order_by(func.lower(Profession.name), Profession.id)
        )
        with self._db.engine.connect() as conn:
            return [
                ProfessionSummary(r[0], r[1], r[2], bool(r[3]), int(r[4]), int(r[5]), int(r[6]))
                for r in conn.execute(stmt)
            ]

    def get(self, profession_id: int) -> ProfessionValues:
        with self._db.session() as s:
            p = s.get(Profession, profession_id)
            if p is None:
                raise ProfessionNotFound(profession_id)
            return ProfessionValues(p.name, p.description, bool(p.licence_required))

    def members(
        self,
        profession_id: int,
        expiring_days: int = DEFAULT_EXPIRING_DAYS,
        *,
        only_attention: bool = False,
    ) -> builtins.list[ProfessionMember]:
        """Members holding the profession (trash left out), soonest-ending licence first.

        ``only_attention`` keeps the ones whose licence is expired, expiring within
        ``expiring_days``, or missing its number.
        """
        today = self.today
        days = max(expiring_days, 0)
        limit = today + dt.timedelta(days=days)
        MP = MemberProfession
        stmt = (
            select(
                Member.id,
                Member.member_number,
                Member.full_name,
                MP.qualification,
                MP.licence_number,
                MP.licence_valid_until,
                Profession.licence_required,
            )
            .join(MP, MP.member_id == Member.id)
            .join(Profession, Profession.id == MP.profession_id)
            .where(MP.profession_id == profession_id, Member.deleted_at.is_(None))
            .order_by(
                MP.licence_valid_until.is_(None),
                MP.licence_valid_until,
                Member.sort_name,
                Member.id,
            )
        )
        if only_attention:
            stmt = stmt.where(
                (MP.licence_valid_until <= limit)
                | (
                    Profession.licence_required
                    & (func.coalesce(func.trim(MP.licence_number), "") == "")
                )
            )
        out = []
        with self._db.engine.connect() as conn:
            for mid, number, name, qual, lic, until, required in conn.execute(stmt):
                out.append(
                    ProfessionMember(
                        mid,
                        number,
                        name,
                        qual,
                        lic,
                        until,
                        licence_state(bool(required), lic, until, today, days),
                        None if until is None else (until - today).days,
                    )
                )
        return out

    # -- checking -----------------------------------------------------------------------

    def validate(
        self, values: ProfessionValues, profession_id: int | None = None
    ) -> ProfessionValues:
        name = clean(values.name)
        if not name:
            raise ValidationError("name", "profession.needs_name")
        if len(name) > NAME_MAX:
            raise ValidationError("name", "profession.name_too_long", max=NAME_MAX)
        with self._db.session() as s:
            for other_id, other_name in s.execute(select(Profession.id, Profession.name)):
                if other_id != profession_id and fold(other_name) == fold(name):
                    raise ValidationError("name", "profession.name_taken", name=other_name)
        description = (values.description or "").strip() or None
        return ProfessionValues(name, description, bool(values.licence_required))

    # -- writing ------------------------------------------------------------------------

    def create(self, values: ProfessionValues) -> int:
        cleaned = self.validate(values)
        with self._db.transaction() as s:
            p = Profession(
                name=cleaned.name,
                description=cleaned.description,
                licence_required=cleaned.licence_required,
            )
            s.add(p)
            s.flush()
            audit.record(
                s,
                ENTITY,
                p.id,
                AuditAction.CREATE,
                {"name": (None, cleaned.name), "licence_required": (None, p.licence_required)},
            )
            return p.id

    def update(self, profession_id: int, values: ProfessionValues) -> ProfessionValues:
        """Rename or change a profession; returns the values it had before."""
        cleaned = self.validate(values, profession_id)
        with self._db.transaction() as s:
            p = s.get(Profession, profession_id)
            if p is None:
                raise ProfessionNotFound(profession_id)
            before = ProfessionValues(p.name, p.description, bool(p.licence_required))
            changes = {
                key: (getattr(before, key), getattr(cleaned, key))
                for key in ("name", "description", "licence_required")
                if getattr(before, key) != getattr(cleaned, key)
            }
            if changes:
                p.name, p.description = cleaned.name, cleaned.description
                p.licence_required = cleaned.licence_required
                audit.record(s, ENTITY, profession_id, AuditAction.UPDATE, changes)
            return before

    def usage(self, profession_id: int) -> tuple[int, int]:
        """(members holding it, projects/shifts/challenges naming it)."""
        with self._db.session() as s:
            return _usage(s, profession_id)

    def delete(self, profession_id: int, *, confirmed: bool = False) -> DeletedProfession:
        """Delete a profession; one still in use needs ``confirmed``, and then its links go."""
        with self._db.transaction() as s:
            p = s.get(Profession, profession_id)
            if p is None:
                raise ProfessionNotFound(profession_id)
            members, others = _usage(s, profession_id)
            if (members or others) and not confirmed:
                raise ProfessionInUse(p.name, members, others)
            row = {c.key: getattr(p, c.key) for c in Profession.__table__.columns}
            links = tuple(
                dict(r._mapping)
                for r in s.execute(
                    select(MemberProfession.__table__).where(
                        MemberProfession.profession_id == profession_id
                    )
                )
            )
            projects = tuple(
                s.scalars(
                    select(ProjectRequiredProfession.project_id).where(
                        ProjectRequiredProfession.profession_id == profession_id
                    )
                )
            )
            shifts = tuple(
                s.scalars(select(Shift.id).where(Shift.required_profession_id == profession_id))
            )
            challenges = tuple(
                s.scalars(select(Challenge.id).where(Challenge.profession_id == profession_id))
            )
            member_ids = sorted({link["member_id"] for link in links})
            s.execute(
                delete(MemberProfession).where(MemberProfession.profession_id == profession_id)
            )
            s.execute(
                delete(ProjectRequiredProfession).where(
                    ProjectRequiredProfession.profession_id == profession_id
                )
            )
            if shifts:
                s.execute(
                    update(Shift)
                    .where(Shift.id.in_(shifts))
                    .values(required_profession_id=None, version=Shift.version + 1)
                    .execution_options(synchronize_session=False)
                )
            if challenges:
                s.execute(
                    update(Challenge)
                    .where(Challenge.id.in_(challenges))
                    .values(profession_id=None, version=Challenge.version + 1)
                    .execution_options(synchronize_session=False)
                )
            _touch_members(s, member_ids)
            s.execute(delete(Profession).where(Profession.id == profession_id))
            audit.record_all(
                s,
                [
                    audit.Change(ENTITY, profession_id, AuditAction.DELETE, "name", p.name, None),
                    *_licence_changes(links, removed=True),
                ],
            )
            return DeletedProfession(row, links, projects, shifts, challenges)

    def restore_deleted(self, deleted: DeletedProfession) -> int:
        """Undo of a deletion: the same profession (same id) with every link it had."""
        with self._db.transaction() as s:
            row = deleted.profession
            if s.scalar(
                select(func.count()).where(func.lower(Profession.name) == row["name"].lower())
            ):
                raise ValidationError("name", "profession.name_taken", name=row["name"])
            s.execute(insert(Profession.__table__).values(**row))
            live_members = set(
                s.scalars(
                    select(Member.id).where(
                        Member.id.in_([link["member_id"] for link in deleted.member_links])
                    )
                )
            )
            links = [link for link in deleted.member_links if link["member_id"] in live_members]
            if links:
                s.execute(insert(MemberProfession.__table__), links)
            for project_id in deleted.project_links:
                s.execute(
                    insert(ProjectRequiredProfession.__table__).values(
                        project_id=project_id, profession_id=row["id"]
                    )
                )
            if deleted.shift_ids:
                s.execute(
                    update(Shift)
                    .where(Shift.id.in_(deleted.shift_ids))
                    .values(required_profession_id=row["id"], version=Shift.version + 1)
                    .execution_options(synchronize_session=False)
                )
            if deleted.challenge_ids:
                s.execute(
                    update(Challenge)
                    .where(Challenge.id.in_(deleted.challenge_ids))
                    .values(profession_id=row["id"], version=Challenge.version + 1)
                    .execution_options(synchronize_session=False)
                )
            _touch_members(s, sorted(live_members))
            audit.record_all(
                s,
                [
                    audit.Change(ENTITY, row["id"], AuditAction.RESTORE, "name", None, row["name"]),
                    *_licence_changes(links, removed=False),
                ],
            )
            return int(row["id"])


def _licence_changes(links: Any, *, removed: bool) -> list[audit.Change]:
    """A member's history says when a licence went with its profession (or came back)."""
    out = []
    for link in links:
        held = {k: v for k, v in link.items() if k not in ("id", "member_id")}
        old, new = (held, None) if removed else (None, held)
        out.append(
            audit.Change(
                MEMBER_ENTITY, link["member_id"], AuditAction.UPDATE, "professions", old, new
            )
        )
    return out


def _usage(s: Any, profession_id: int) -> tuple[int, int]:
    members = s.scalar(select(func.count()).where(MemberProfession.profession_id == profession_id))
    others = sum(
        int(s.scalar(select(func.count()).where(col == profession_id)) or 0)
        for col in (
            ProjectRequiredProfession.profession_id,
            Shift.required_profession_id,
            Challenge.profession_id,
        )
    )
    return int(members or 0), others


def _touch_members(s: Any, member_ids: list[int]) -> None:
    """A member whose professions changed has a new version: an open form sees it is stale."""
    for start in range(0, len(member_ids), 500):
        chunk = member_ids[start : start + 500]
        s.execute(
            update(Member)
            .where(Member.id.in_(chunk))
            .values(version=Member.version + 1)
            .execution_options(synchronize_session=False)
        )


__all__ = [
    "DEFAULT_EXPIRING_DAYS",
    "DeletedProfession",
    "LicenceState",
    "ProfessionInUse",
    "ProfessionMember",
    "ProfessionNotFound",
    "ProfessionService",
    "ProfessionSummary",
    "ProfessionValues",
    "licence_state",
]
