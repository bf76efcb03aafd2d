"""The challenges register: what the groups struggle with, and what is being done about it.

Lists are filtered in SQL; every write is one transaction that either saves whole (with its
audit entries) or raises :class:`ValidationError` with the database untouched.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, insert, or_, select
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session, aliased

from groupdesk.core import audit
from groupdesk.core.database import Database
from groupdesk.core.errors import NotFound as RecordGone
from groupdesk.core.errors import ValidationError as ValidationError
from groupdesk.core.models import (
    AuditAction,
    Challenge,
    ChallengeCategory,
    ChallengeGroup,
    ChallengeStatus,
    Member,
    MitigationAction,
    Profession,
    Severity,
    VolunteerProject,
)
from groupdesk.core.services.member_finder import MemberFinder
from groupdesk.core.text_keys import search_patterns

ENTITY = "challenge"
ACTION_ENTITY = "mitigation_action"
CATEGORY_ENTITY = "challenge_category"
UNRESOLVED = frozenset({ChallengeStatus.OPEN.value, ChallengeStatus.MITIGATING.value})
# The date column each status stamps when a challenge reaches it.
STEP_DATE = {
    ChallengeStatus.OPEN.value: "raised_on",
    ChallengeStatus.MITIGATING.value: "mitigating_since",
    ChallengeStatus.RESOLVED.value: "resolved_on",
}


class NotFound(RecordGone):
    """The challenge, action or category is gone (deleted elsewhere)."""

    code = "challenge.not_found"

    def __init__(self, record_id: int) -> None:
        super().__init__(record_id=record_id)
        self.record_id = record_id


class OpenActionsError(ValidationError):
    """Resolving refused while mitigation actions are still open; ``count`` says how many.

    The caller may ask the person and resolve anyway with ``allow_open_actions=True``.
    """

    code = "challenge.open_actions"

    def __init__(self, count: int) -> None:
        super().__init__("status", "challenge.open_actions", count=count)
        self.count = count


class UnknownMember(ValidationError):
    """A member field holds typed text that names nobody (or several people)."""

    code = "challenge.unknown_member"

    def __init__(self, field: str, text: str) -> None:
        super().__init__(field, "challenge.unknown_member", text=text)
        self.text = text


def step_dates(status: str) -> tuple[str, ...]:
    """The step dates a challenge at ``status`` has: when it was raised, then when its
    mitigation started, then when it was resolved; the steps go in that order."""
    if status not in STEP_DATE:
        raise ValidationError("status", "challenge.unknown_status", status=status)
    dates = list(STEP_DATE.values())
    return tuple(dates[: list(STEP_DATE).index(status) + 1])


@dataclass(frozen=True)
class DeletedChallenge:
    """All a deletion took away, so that undo can put back the very same rows."""

    challenge: dict[str, Any]
    actions: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class ChallengeFilter:
    search: str = ""
    category_id: int | None = None
    no_category: bool = False  # only challenges without a category
    statuses: frozenset[str] = frozenset()
    severity: str | None = None
    profession_id: int | None = None
    project_id: int | None = None
    member_id: int | None = None
    owner_id: int | None = None
    overdue_only: bool = False


class ChallengeRow(NamedTuple):
    id: int
    title: str
    category: str | None
    status: str
    severity: str
    concerns: str
    owner: str | None
    raised_on: dt.date | None
    open_actions: int
    overdue_actions: int


@dataclass
class ChallengeInput:
    """What the form edits. Member fields hold member ids (None for nobody)."""

    title: str = ""
    category_id: int | None = None
    description: str | None = None
    profession_id: int | None = None
    project_id: int | None = None
    member_id: int | None = None
    severity: str = Severity.MEDIUM.value
    status: str = ChallengeStatus.OPEN.value
    owner_id: int | None = None
    raised_on: dt.date | None = None
    mitigating_since: dt.date | None = None
    resolved_on: dt.date | None = None
    mitigation_notes: str | None = None


class ActionRow(NamedTuple):
    id: int
    challenge_id: int
    action: str
    owner_id: int | None
    owner: str | None
    due_on: dt.date | None
    done_on: dt.date | None

    def overdue(self, today: dt.date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today


class CategoryRow(NamedTuple):
    id: int
    name: str
    group: str
    description: str | None
    in_use: int


class Choice(NamedTuple):
    id: int
    name: str


class ChallengeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading ------------------------------------------------------------------------

    def list(self, flt: ChallengeFilter, today: dt.date) -> list[ChallengeRow]:
        owner = aliased(Member)
        concerned = aliased(Member)
        open_actions = (
            select(func.count())
            .where(
                MitigationAction.challenge_id == Challenge.id, MitigationAction.done_on.is_(None)
            )
            .scalar_subquery()
        )
        overdue = (
            select(func.count())
            .where(MitigationAction.challenge_id == Challenge.id, _overdue(today))
            .scalar_subquery()
        )
        stmt = (
            select(
                Challenge.id,
                Challenge.title,
                ChallengeCategory.name,
                Challenge.status,
                Challenge.severity,
                Profession.name,
                VolunteerProject.name,
                concerned.full_name,
                owner.full_name,
                Challenge.raised_on,
                open_actions,
                case((Challenge.status == ChallengeStatus.RESOLVED.value, 0), else_=overdue),
            )
            .outerjoin(ChallengeCategory, ChallengeCategory.id == Challenge.category_id)
            .outerjoin(Profession, Profession.id == Challenge.profession_id)
            .outerjoin(VolunteerProject, VolunteerProject.id == Challenge.project_id)
            .outerjoin(concerned, concerned.id == Challenge.member_id)
            .outerjoin(owner, owner.id == Challenge.owner_id)
            .where(*self._conditions(flt, today))
            .order_by(Challenge.raised_on.desc(), Challenge.id.desc())
        )
        with self._db.engine.connect() as conn:
            rows = conn.execute(stmt).all()
        return [
            ChallengeRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                " · ".join(x for x in (r[5], r[6], r[7]) if x),
                r[8],
                r[9],
                int(r[10]),
                int(r[11]),
            )
            for r in rows
        ]

    def for_profession(self, profession_id: int, today: dt.date) -> builtins.list[ChallengeRow]:
        return self.list(ChallengeFilter(profession_id=profession_id), today)

    def for_project(self, project_id: int, today: dt.date) -> builtins.list[ChallengeRow]:
        return self.list(ChallengeFilter(project_id=project_id), today)

    def for_member(self, member_id: int, today: dt.date) -> builtins.list[ChallengeRow]:
        return self.list(ChallengeFilter(member_id=member_id), today)

    def get(self, challenge_id: int) -> ChallengeInput:
        with self._db.session() as session:
            ch = session.get(Challenge, challenge_id)
            if ch is None:
                raise NotFound(challenge_id)
            return ChallengeInput(**{f.name: getattr(ch, f.name) for f in fields(ChallengeInput)})

    def actions(self, challenge_id: int) -> builtins.list[ActionRow]:
        stmt = (
            select(
                MitigationAction.id,
                MitigationAction.challenge_id,
                MitigationAction.action,
                MitigationAction.owner_id,
                Member.full_name,
                MitigationAction.due_on,
                MitigationAction.done_on,
            )
            .outerjoin(Member, Member.id == MitigationAction.owner_id)
            .where(MitigationAction.challenge_id == challenge_id)
            .order_by(MitigationAction.done_on.is_not(None), MitigationAction.due_on.is_(None))
            .order_by(MitigationAction.due_on, MitigationAction.id)
        )
        with self._db.engine.connect() as conn:
            return [ActionRow(*r) for r in conn.execute(stmt)]

    def categories(self) -> builtins.list[CategoryRow]:
        used = (
            select(func.count())
            .where(Challenge.category_id == ChallengeCategory.id)
            .scalar_subquery()
        )
        stmt = select(
            ChallengeCategory.id,
            ChallengeCategory.name,
            ChallengeCategory.group,
            ChallengeCategory.description,
            used,
        ).order_by(ChallengeCategory.group, ChallengeCategory.name)
        with self._db.engine.connect() as conn:
            return [CategoryRow(*r) for r in conn.execute(stmt)]

    def professions(self) -> builtins.list[Choice]:
        return self._choices(select(Profession.id, Profession.name).order_by(Profession.name))

    def projects(self) -> builtins.list[Choice]:
        return self._choices(
            select(VolunteerProject.id, VolunteerProject.name).order_by(VolunteerProject.name)
        )

    def owners(self) -> builtins.list[Choice]:
        """Members who own at least one challenge: the owner filter's choices."""
        stmt = (
            select(Member.id, Member.full_name)
            .where(Member.id.in_(select(Challenge.owner_id).where(Challenge.owner_id.is_not(None))))
            .order_by(Member.sort_name)
        )
        return self._choices(stmt)

    def member_finder(self) -> MemberFinder:
        """Finds the members the form's member fields name."""
        return MemberFinder(self._db)

    @staticmethod
    def step_dates(status: str) -> tuple[str, ...]:
        """The step dates a challenge at ``status`` has (see :func:`step_dates`)."""
        return step_dates(status)

    @staticmethod
    def picked_member(field: str, typed: str, member_id: int | None) -> int | None:
        """The member a form's member field names: refused (:class:`UnknownMember`) when
        text was typed that names no one member; None when the field is empty."""
        if member_id is None and typed.strip():
            raise UnknownMember(field, typed.strip())
        return member_id

    def member_name(self, member_id: int | None) -> str:
        if member_id is None:
            return ""
        with self._db.engine.connect() as conn:
            return (
                conn.execute(
                    select(Member.full_name).where(Member.id == member_id)
                ).scalar_one_or_none()
                or ""
            )

    # -- writing challenges -------------------------------------------------------------

    def create(self, data: ChallengeInput, today: dt.date) -> int:
        data = _stamped(data, None, today)
        _validate(data)
        with self._db.transaction() as session:
            _check_refs(session, data)
            ch = Challenge(**{f.name: getattr(data, f.name) for f in fields(ChallengeInput)})
            session.add(ch)
            session.flush()
            audit.record(session, ENTITY, ch.id, AuditAction.CREATE, {"title": (None, data.title)})
            return ch.id

    def update(
        self,
        challenge_id: int,
        data: ChallengeInput,
        today: dt.date,
        *,
        allow_open_actions: bool = False,
    ) -> None:
        """Save the form; resolving with open actions needs ``allow_open_actions``."""
        with self._db.transaction() as session:
            ch = session.get(Challenge, challenge_id)
            if ch is None:
                raise NotFound(challenge_id)
            data = _stamped(data, ch.status, today)
            _validate(data)
            _check_refs(session, data)
            resolving = data.status == ChallengeStatus.RESOLVED.value != ch.status
            if resolving and not allow_open_actions:
                still_open = _open_actions(session, challenge_id)
                if still_open:
                    raise OpenActionsError(still_open)
            changes: dict[str, tuple[object, object]] = {}
            for f in fields(ChallengeInput):
                old, new = getattr(ch, f.name), getattr(data, f.name)
                if old != new:
                    setattr(ch, f.name, new)
                    changes[f.name] = (old, new)
            if changes:
                audit.record(session, ENTITY, ch.id, AuditAction.UPDATE, changes)

    def set_status(
        self, challenge_id: int, status: str, on: dt.date, *, allow_open_actions: bool = False
    ) -> None:
        """Move a challenge along the workflow, stamping ``on`` as the date of the step.

        Resolving a challenge whose actions are still open raises :class:`OpenActionsError`
        unless ``allow_open_actions`` says the person chose to resolve it anyway."""
        if status not in STEP_DATE:
            raise ValidationError("status", "challenge.unknown_status", status=status)
        data = self.get(challenge_id)
        if data.status == status:
            return
        data.status = status
        if status == ChallengeStatus.MITIGATING.value:
            data.mitigating_since = on
        elif status == ChallengeStatus.RESOLVED.value:
            data.resolved_on = on
        self.update(challenge_id, data, on, allow_open_actions=allow_open_actions)

    def open_action_count(self, challenge_id: int) -> int:
        with self._db.session() as session:
            return _open_actions(session, challenge_id)

    def delete(self, challenge_id: int) -> DeletedChallenge:
        """Delete a challenge with its actions; the returned rows let undo restore them."""
        with self._db.transaction() as session:
            ch = session.get(Challenge, challenge_id)
            if ch is None:
                raise NotFound(challenge_id)
            row = {c.key: getattr(ch, c.key) for c in Challenge.__table__.columns}
            actions = tuple(
                dict(r._mapping)
                for r in session.execute(
                    select(MitigationAction.__table__)
                    .where(MitigationAction.challenge_id == challenge_id)
                    .order_by(MitigationAction.id)
                )
            )
            session.execute(
                sql_delete(MitigationAction).where(MitigationAction.challenge_id == challenge_id)
            )
            audit.record(session, ENTITY, ch.id, AuditAction.DELETE, {"title": (ch.title, None)})
            session.delete(ch)
            return DeletedChallenge(row, actions)

    def restore_deleted(self, deleted: DeletedChallenge) -> int:
        """Undo of :meth:`delete`: the same challenge (same id) with its actions. A category,
        member, profession or project deleted meanwhile is left out, not invented."""
        with self._db.transaction() as session:
            row = dict(deleted.challenge)
            if session.get(Challenge, row["id"]) is not None:
                raise ValidationError("title", "challenge.already_there")
            for name, model in _REFERENCES:
                if row[name] is not None and session.get(model, row[name]) is None:
                    row[name] = None
            session.execute(insert(Challenge.__table__).values(**row))
            actions = [dict(a) for a in deleted.actions]
            for action in actions:
                if (
                    action["owner_id"] is not None
                    and session.get(Member, action["owner_id"]) is None
                ):
                    action["owner_id"] = None
            if actions:
                session.execute(insert(MitigationAction.__table__), actions)
            audit.record(
                session, ENTITY, row["id"], AuditAction.RESTORE, {"title": (None, row["title"])}
            )
            return int(row["id"])

    # -- mitigation actions -------------------------------------------------------------

    def add_action(
        self,
        challenge_id: int,
        action: str,
        owner_id: int | None,
        due_on: dt.date | None,
        done_on: dt.date | None = None,
    ) -> int:
        with self._db.transaction() as session:
            ch = session.get(Challenge, challenge_id)
            if ch is None:
                raise NotFound(challenge_id)
            text = _check_action(ch, action, owner_id, due_on, done_on, session)
            row = MitigationAction(
                challenge_id=challenge_id,
                action=text,
                owner_id=owner_id,
                due_on=due_on,
                done_on=done_on,
            )
            session.add(row)
            session.flush()
            audit.record(
                session, ACTION_ENTITY, row.id, AuditAction.CREATE, {"action": (None, text)}
            )
            return row.id

    def update_action(
        self,
        action_id: int,
        action: str,
        owner_id: int | None,
        due_on: dt.date | None,
        done_on: dt.date | None,
    ) -> None:
        with self._db.transaction() as session:
            row = session.get(MitigationAction, action_id)
            if row is None:
                raise NotFound(action_id)
            ch = session.get(Challenge, row.challenge_id)
            assert ch is not None
            text = _check_action(ch, action, owner_id, due_on, done_on, session)
            changes: dict[str, tuple[object, object]] = {}
            for name, new in (
                ("action", text),
                ("owner_id", owner_id),
                ("due_on", due_on),
                ("done_on", done_on),
            ):
                old = getattr(row, name)
                if old != new:
                    setattr(row, name, new)
                    changes[name] = (old, new)
            if changes:
                audit.record(session, ACTION_ENTITY, row.id, AuditAction.UPDATE, changes)

    def mark_done(self, action_id: int, on: dt.date) -> None:
        row = next((a for a in self._action(action_id)), None)
        if row is None:
            raise NotFound(action_id)
        self.update_action(action_id, row.action, row.owner_id, row.due_on, on)

    def delete_action(self, action_id: int) -> dict[str, Any] | None:
        """Delete one action; returns its row, so that undo can put the same one back."""
        with self._db.transaction() as session:
            row = session.get(MitigationAction, action_id)
            if row is None:
                return None
            kept = {c.key: getattr(row, c.key) for c in MitigationAction.__table__.columns}
            audit.record(
                session, ACTION_ENTITY, row.id, AuditAction.DELETE, {"action": (row.action, None)}
            )
            session.delete(row)
            return kept

    def restore_action(self, kept: dict[str, Any]) -> int:
        """Undo of :meth:`delete_action`: the same action (same id) on its challenge."""
        with self._db.transaction() as session:
            if session.get(Challenge, kept["challenge_id"]) is None:
                raise ValidationError("action", "challenge.action_challenge_gone")
            if session.get(MitigationAction, kept["id"]) is not None:
                raise ValidationError("action", "challenge.action_already_there")
            row = dict(kept)
            if row["owner_id"] is not None and session.get(Member, row["owner_id"]) is None:
                row["owner_id"] = None
            session.execute(insert(MitigationAction.__table__).values(**row))
            audit.record(
                session,
                ACTION_ENTITY,
                row["id"],
                AuditAction.RESTORE,
                {"action": (None, row["action"])},
            )
            return int(row["id"])

    def action(self, action_id: int) -> ActionRow | None:
        """One action as the actions list shows it, or None when it is gone."""
        return next(iter(self._action(action_id)), None)

    def _action(self, action_id: int) -> builtins.list[ActionRow]:
        with self._db.session() as session:
            row = session.get(MitigationAction, action_id)
            if row is None:
                return []
            return [
                ActionRow(
                    row.id,
                    row.challenge_id,
                    row.action,
                    row.owner_id,
                    None,
                    row.due_on,
                    row.done_on,
                )
            ]

    # -- categories ---------------------------------------------------------------------

    def add_category(
        self, name: str, group: str = ChallengeGroup.GENERAL.value, description: str | None = None
    ) -> int:
        name = _category_name(name, group)
        with self._db.transaction() as session:
            _unique_category(session, name, None)
            row = ChallengeCategory(name=name, group=group, description=description or None)
            session.add(row)
            session.flush()
            audit.record(
                session,
                CATEGORY_ENTITY,
                row.id,
                AuditAction.CREATE,
                {"name": (None, name), "group": (None, group)},
            )
            return row.id

    def update_category(
        self, category_id: int, name: str, group: str, description: str | None
    ) -> None:
        name = _category_name(name, group)
        with self._db.transaction() as session:
            row = session.get(ChallengeCategory, category_id)
            if row is None:
                raise NotFound(category_id)
            _unique_category(session, name, category_id)
            new = {"name": name, "group": group, "description": description or None}
            changes = {k: (getattr(row, k), v) for k, v in new.items() if getattr(row, k) != v}
            row.name, row.group, row.description = name, group, description or None
            if changes:
                audit.record(session, CATEGORY_ENTITY, row.id, AuditAction.UPDATE, changes)

    def delete_category(self, category_id: int) -> None:
        with self._db.transaction() as session:
            row = session.get(ChallengeCategory, category_id)
            if row is None:
                return
            used = session.scalar(select(func.count()).where(Challenge.category_id == category_id))
            if used:
                raise ValidationError(
                    "category", "challenge.category_in_use", name=row.name, count=used
                )
            audit.record(
                session, CATEGORY_ENTITY, row.id, AuditAction.DELETE, {"name": (row.name, None)}
            )
            session.delete(row)

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def _conditions(flt: ChallengeFilter, today: dt.date) -> builtins.list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = []
        for pattern in search_patterns(flt.search):
            conds.append(
                or_(
                    func.lower(Challenge.title).like(pattern, escape="\\"),
                    func.lower(func.coalesce(Challenge.description, "")).like(pattern, escape="\\"),
                )
            )
        if flt.category_id is not None:
            conds.append(Challenge.category_id == flt.category_id)
        if flt.no_category:
            conds.append(Challenge.category_id.is_(None))
        if flt.statuses:
            conds.append(Challenge.status.in_(sorted(flt.statuses)))
        if flt.severity:
            conds.append(Challenge.severity == flt.severity)
        if flt.profession_id is not None:
            conds.append(Challenge.profession_id == flt.profession_id)
        if flt.project_id is not None:
            conds.append(Challenge.project_id == flt.project_id)
        if flt.member_id is not None:
            conds.append(Challenge.member_id == flt.member_id)
        if flt.owner_id is not None:
            conds.append(Challenge.owner_id == flt.owner_id)
        if flt.overdue_only:
            conds.append(Challenge.status != ChallengeStatus.RESOLVED.value)
            conds.append(
                exists().where(MitigationAction.challenge_id == Challenge.id, _overdue(today))
            )
        return conds

    def _choices(self, stmt: Select[int, str]) -> builtins.list[Choice]:
        with self._db.engine.connect() as conn:
            return [Choice(*r) for r in conn.execute(stmt)]


def _open_actions(session: Session, challenge_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                MitigationAction.challenge_id == challenge_id, MitigationAction.done_on.is_(None)
            )
        )
        or 0
    )


def _overdue(today: dt.date) -> ColumnElement[bool]:
    return and_(
        MitigationAction.due_on < today,
        MitigationAction.done_on.is_(None),
    )


def _stamped(data: ChallengeInput, old_status: str | None, today: dt.date) -> ChallengeInput:
    """On a new challenge or a change of step, fill the date of each step reached and clear
    those it has not reached."""
    data = ChallengeInput(**{f.name: getattr(data, f.name) for f in fields(ChallengeInput)})
    data.title = (data.title or "").strip()
    data.description = (data.description or "").strip() or None
    data.mitigation_notes = (data.mitigation_notes or "").strip() or None
    if old_status == data.status:
        # Saved without a change of step: the dates stay as they are, blanks included
        # (an imported challenge may not know when it was raised).
        return data
    if data.raised_on is None and old_status is None:
        data.raised_on = today
    if data.status == ChallengeStatus.OPEN.value:
        data.mitigating_since = data.resolved_on = None
    elif data.status == ChallengeStatus.MITIGATING.value:
        data.resolved_on = None
        if data.mitigating_since is None:
            data.mitigating_since = today
    elif data.status == ChallengeStatus.RESOLVED.value and data.resolved_on is None:
        data.resolved_on = today
    return data


def _validate(data: ChallengeInput) -> None:
    if not data.title:
        raise ValidationError("title", "challenge.needs_title")
    if len(data.title) > 200:
        raise ValidationError("title", "challenge.title_too_long", max=200)
    if data.severity not in {s.value for s in Severity}:
        raise ValidationError("severity", "challenge.unknown_severity", severity=data.severity)
    if data.status not in STEP_DATE:
        raise ValidationError("status", "challenge.unknown_status", status=data.status)
    raised = data.raised_on
    if raised and data.mitigating_since and data.mitigating_since < raised:
        raise ValidationError("mitigating_since", "challenge.mitigation_before_raised")
    if raised and data.resolved_on and data.resolved_on < raised:
        raise ValidationError("resolved_on", "challenge.resolved_before_raised")
    if data.mitigating_since and data.resolved_on and data.resolved_on < data.mitigating_since:
        raise ValidationError("resolved_on", "challenge.resolved_before_mitigation")


# The columns of a challenge that point at another record, and the record's class.
_REFERENCES: tuple[tuple[str, type], ...] = (
    ("category_id", ChallengeCategory),
    ("profession_id", Profession),
    ("project_id", VolunteerProject),
    ("member_id", Member),
    ("owner_id", Member),
)


def _check_refs(session: Session, data: ChallengeInput) -> None:
    for name, model in _REFERENCES:
        value = getattr(data, name)
        if value is not None and session.get(model, value) is None:
            raise ValidationError(name, "challenge.entry_gone")


def _check_action(
    ch: Challenge,
    action: str,
    owner_id: int | None,
    due_on: dt.date | None,
    done_on: dt.date | None,
    session: Session,
) -> str:
    text = (action or "").strip()
    if not text:
        raise ValidationError("action", "challenge.action_needs_text")
    if owner_id is not None and session.get(Member, owner_id) is None:
        raise ValidationError("owner", "challenge.owner_gone")
    if due_on is not None and ch.raised_on is not None and due_on < ch.raised_on:
        raise ValidationError("due_on", "challenge.due_before_raised")
    if due_on is not None and not (dt.date(2000, 1, 1) <= due_on <= dt.date(2100, 12, 31)):
        raise ValidationError("due_on", "challenge.due_implausible")
    if done_on is not None and ch.raised_on is not None and done_on < ch.raised_on:
        raise ValidationError("done_on", "challenge.done_before_raised")
    return text


def _category_name(name: str, group: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("name", "challenge.category_needs_name")
    if group not in {g.value for g in ChallengeGroup}:
        raise ValidationError("group", "challenge.unknown_group", group=group)
    return name


def _unique_category(session: Session, name: str, own_id: int | None) -> None:
    clash = session.scalar(
        select(ChallengeCategory.id).where(func.lower(ChallengeCategory.name) == name.lower())
    )
    if clash is not None and clash != own_id:
        raise ValidationError("name", "challenge.category_name_taken", name=name)
