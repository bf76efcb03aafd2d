"""Sign-ups: capacity with a waitlist that moves up, conflict checks before saving, and
attendance with hours.

A sign-up that breaks a hard rule the organisation does not let anyone override is refused
with :class:`RuleBlocks`. Any other conflict is refused with :class:`ConflictsFound` unless the
coordinator gives a real override reason, which is kept on the sign-up and in the audit log
together with the rules it overrode. Attendance (check-in, attended, no-show, hours) opens
when the shift starts: nobody can have attended a shift that has not happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, insert, select, update
from sqlalchemy.orm import Session

from groupdesk.core import audit
from groupdesk.core.database import Database
from groupdesk.core.database.inserted import inserted_id
from groupdesk.core.database.sql_types import AnyRow
from groupdesk.core.errors import ValidationError
from groupdesk.core.models import Assignment, AuditAction, Member, Shift, VolunteerProject
from groupdesk.core.models.enums import PLACE_STATES
from groupdesk.core.scheduling.conflicts import (
    Conflict,
    ListedConflict,
    blocking,
    check_reason,
    check_signup,
    conflicts_between,
)
from groupdesk.core.services.common import load_rules, org_now

_S = Shift.__table__.c
_A = Assignment.__table__.c
_M = Member.__table__.c
_P = VolunteerProject.__table__.c

ENTITY = "assignment"
MAX_HOURS = 48.0
# Check-in and check-out may be recorded this far around the shift's planned times.
TIME_SLACK = dt.timedelta(hours=12)


class ConflictsFound(ValidationError):
    """The sign-up breaks conflict rules; repeat it with an override reason to accept them."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__(
            "override_reason", "signup.conflicts", reasons=[c.message for c in conflicts]
        )
        self.conflicts = conflicts


class RuleBlocks(ValidationError):
    """The sign-up breaks a hard rule the organisation does not allow to be overridden."""

    code = "signup.rule_blocks"

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__(
            "member",
            "signup.rule_blocks",
            rules=[c.rule for c in conflicts],
            reasons=[c.message for c in conflicts],
        )
        self.conflicts = conflicts


class AttendanceNotOpen(ValidationError):
    """Attendance for a shift that has not started yet."""

    code = "attendance.not_open"

    def __init__(self, opens_at: dt.datetime) -> None:
        super().__init__("attendance", "attendance.not_open", opens_at=opens_at)


@dataclass(frozen=True)
class SignUpReview:
    """What a sign-up would meet: every conflict, and those of them that block it outright."""

    conflicts: tuple[Conflict, ...]
    blocking: tuple[Conflict, ...]


@dataclass(frozen=True)
class SignUpResult:
    assignment_id: int
    status: str
    conflicts: tuple[Conflict, ...] = ()

    @property
    def waitlisted(self) -> bool:
        return self.status == "waitlisted"


@dataclass(frozen=True)
class AttendanceRow:
    assignment_id: int
    member_id: int
    name: str
    phone: str | None
    status: str
    check_in_at: dt.datetime | None
    check_out_at: dt.datetime | None
    hours: float | None
    override_reason: str | None


@dataclass(frozen=True)
class HoursTotal:
    member_id: int
    name: str
    project_id: int
    project_name: str
    month: str  # YYYY-MM
    hours: float
    attended: int
    no_shows: int


def filled(session: Session, shift_id: int) -> int:
    return int(
        session.execute(
            select(func.count()).where(_A.shift_id == shift_id, _A.status.in_(PLACE_STATES))
        ).scalar_one()
    )


def promote_waitlist(session: Session, shift_id: int) -> list[int]:
    """Move waiting members onto free places, first come first served. Returns their ids."""
    cap = session.execute(select(_S.max_volunteers).where(_S.id == shift_id)).scalar_one()
    free = cap - filled(session, shift_id)
    if free <= 0:
        return []
    waiting = session.execute(
        select(_A.id)
        .where(_A.shift_id == shift_id, _A.status == "waitlisted")
        .order_by(_A.signed_up_at, _A.id)
        .limit(free)
    ).scalars()
    promoted = []
    for aid in waiting:
        session.execute(update(Assignment).where(_A.id == aid).values(status="signed_up"))
        audit.record(
            session, ENTITY, aid, AuditAction.UPDATE, {"status": ("waitlisted", "signed_up")}
        )
        promoted.append(aid)
    return promoted


class SignUpService:
    def __init__(self, db: Database, clock: Callable[[], dt.datetime] | None = None) -> None:
        self._db = db
        self._clock = clock

    def now(self, session: Session) -> dt.datetime:
        if self._clock is not None:
            return self._clock()
        return org_now(load_rules(session).time_zone)

    def _refuse(
        self, session: Session, shift_id: int, member_id: int
    ) -> tuple[AnyRow, AnyRow | None, dt.datetime]:
        """Raises ValidationError when the sign-up cannot be made at all (no override)."""
        shift = session.execute(
            select(_S.status, _S.starts_at, _S.max_volunteers).where(_S.id == shift_id)
        ).first()
        if shift is None:
            raise ValidationError("shift", "shift.gone")
        if shift.status == "cancelled":
            raise ValidationError("shift", "signup.shift_cancelled")
        now = self.now(session)
        if shift.starts_at <= now:
            raise ValidationError("shift", "signup.shift_started")
        if session.execute(select(_M.id).where(_M.id == member_id)).first() is None:
            raise ValidationError("member", "signup.needs_member")
        existing = session.execute(
            select(_A.id, _A.status).where(_A.shift_id == shift_id, _A.member_id == member_id)
        ).first()
        if existing is not None and existing.status != "cancelled":
            raise ValidationError("member", "signup.already_on_shift")
        return shift, existing, now

    def precheck(self, shift_id: int, member_id: int) -> None:
        """Refuse before asking about conflicts: a cancelled or past shift, a double sign-up."""
        with self._db.session() as session:
            self._refuse(session, shift_id, member_id)

    def check(self, shift_id: int, member_id: int) -> list[Conflict]:
        """The conflicts a sign-up would have, to show before saving."""
        with self._db.session() as session:
            rules = load_rules(session)
            return check_signup(
                session, shift_id, member_id, rules=rules, today=self.now(session).date()
            )

    def conflicts_between(
        self, start: dt.datetime, end: dt.datetime, *, project_id: int | None = None
    ) -> list[ListedConflict]:
        """Every conflict of every sign-up on scheduled shifts starting in [start, end)."""
        with self._db.session() as session:
            return conflicts_between(session, start, end, project_id=project_id)

    def review(self, shift_id: int, member_id: int) -> SignUpReview:
        """The conflicts and which of them block, by the organisation's rules."""
        with self._db.session() as session:
            rules = load_rules(session)
            found = check_signup(
                session, shift_id, member_id, rules=rules, today=self.now(session).date()
            )
            return SignUpReview(tuple(found), tuple(blocking(found, rules)))

    def attendance_opens(self, shift_id: int) -> tuple[bool, dt.datetime]:
        """Whether attendance can be recorded now, and when it opens (the shift's start)."""
        with self._db.session() as session:
            start = session.execute(select(_S.starts_at).where(_S.id == shift_id)).scalar_one()
            return self.now(session) >= start, start

    def sign_up(
        self,
        shift_id: int,
        member_id: int,
        *,
        override_reason: str | None = None,
        notes: str | None = None,
    ) -> SignUpResult:
        override_reason = (override_reason or "").strip() or None
        with self._db.transaction() as session:
            shift, existing, now = self._refuse(session, shift_id, member_id)
            rules = load_rules(session)
            conflicts = check_signup(session, shift_id, member_id, rules=rules, today=now.date())
            blocked = blocking(conflicts, rules)
            if blocked:
                raise RuleBlocks(blocked)
            if conflicts and override_reason is None:
                raise ConflictsFound(conflicts)
            if conflicts:
                override_reason = check_reason(override_reason)
            status = (
                "waitlisted" if filled(session, shift_id) >= shift.max_volunteers else ("signed_up")
            )
            values = {
                "status": status,
                "signed_up_at": now,
                "override_reason": override_reason if conflicts else None,
                "notes": notes,
                "check_in_at": None,
                "check_out_at": None,
                "hours": None,
            }
            if existing is not None:
                aid = existing.id
                session.execute(update(Assignment).where(_A.id == aid).values(**values))
                audit.record(
                    session, ENTITY, aid, AuditAction.UPDATE, {"status": ("cancelled", status)}
                )
            else:
                aid = inserted_id(
                    session.execute(
                        insert(Assignment).values(shift_id=shift_id, member_id=member_id, **values)
                    )
                )
                audit.record(
                    session,
                    ENTITY,
                    aid,
                    AuditAction.CREATE,
                    {
                        "shift_id": (None, shift_id),
                        "member_id": (None, member_id),
                        "status": (None, status),
                    },
                )
            if conflicts:
                rules_broken = list(dict.fromkeys(c.rule for c in conflicts))
                audit.record(
                    session,
                    ENTITY,
                    aid,
                    AuditAction.UPDATE,
                    {
                        "override_reason": (None, override_reason),
                        "overridden_rules": (None, rules_broken),
                    },
                )
        return SignUpResult(aid, status, tuple(conflicts))

    def _assignment(self, session: Session, assignment_id: int) -> AnyRow:
        row = session.execute(
            select(
                _A.id,
                _A.shift_id,
                _A.status,
                _A.check_in_at,
                _A.check_out_at,
                _A.hours,
                _S.starts_at,
                _S.ends_at,
            )
            .join(Shift.__table__, _S.id == _A.shift_id)
            .where(_A.id == assignment_id)
        ).first()
        if row is None:
            raise ValidationError("assignment", "signup.gone")
        return row

    def _set(self, session: Session, row: AnyRow, **values: Any) -> None:
        changes = {
            key: (getattr(row, key, None), new)
            for key, new in values.items()
            if getattr(row, key, None) != new
        }
        if changes:
            audit.record(session, ENTITY, row.id, AuditAction.UPDATE, changes)
        session.execute(update(Assignment).where(_A.id == row.id).values(**values))

    def cancel(self, assignment_id: int) -> list[int]:
        """Cancel a sign-up; returns the waitlisted sign-ups that moved up into the place."""
        with self._db.transaction() as session:
            row = self._assignment(session, assignment_id)
            if row.status == "cancelled":
                return []
            self._set(session, row, status="cancelled")
            return promote_waitlist(session, row.shift_id)

    def restore(self, assignment_id: int, status: str) -> None:
        """Put a cancelled sign-up back as it was (undo); waitlisted if the place is gone."""
        with self._db.transaction() as session:
            row = self._assignment(session, assignment_id)
            cap = session.execute(
                select(_S.max_volunteers).where(_S.id == row.shift_id)
            ).scalar_one()
            if status in PLACE_STATES and filled(session, row.shift_id) >= cap:
                status = "waitlisted"
            self._set(session, row, status=status)

    def confirm(self, assignment_id: int) -> None:
        with self._db.transaction() as session:
            row = self._assignment(session, assignment_id)
            if row.status != "signed_up":
                raise ValidationError("status", "attendance.only_signed_up_confirmed")
            self._set(session, row, status="confirmed")

    def _attendable(self, row: AnyRow, session: Session) -> dt.datetime:
        """Refuse attendance for someone without a place, or before the shift has started.
        Returns the time now."""
        if row.status in ("waitlisted", "cancelled"):
            raise ValidationError("status", "attendance.needs_place")
        now = self.now(session)
        if now < row.starts_at:
            raise AttendanceNotOpen(row.starts_at)
        return now

    def check_in(self, assignment_id: int, at: dt.datetime | None = None) -> None:
        with self._db.transaction() as session:
            row = self._assignment(session, assignment_id)
            now = self._attendable(row, session)
            at = at or now
            self._check_time(row, at, now, "check_in_at")
            self._set(session, row, status="attended", check_in_at=at)

    @staticmethod
    def _check_time(row: AnyRow, at: dt.datetime, now: dt.datetime, field: str) -> None:
        if at > now:
            raise ValidationError(field, "attendance.in_future")
        if not row.starts_at - TIME_SLACK <= at <= row.ends_at + TIME_SLACK:
            raise ValidationError(field, "attendance.time_far_from_shift", hours=12)

    def set_times(
        self,
        assignment_id: int,
        check_in_at: dt.datetime | None,
        check_out_at: dt.datetime | None,
    ) -> float | None:
        """Correct the recorded arrival and leaving times; hours follow them when both are
        known. Returns the hours now stored."""
        with self._db.transaction() as session:
            row = self._assignment(session, assignment_id)
            now = self._attendable(row, session)
            if check_out_at is not None and check_in_at is None:
                raise ValidationError("check_in_at", "attendance.check_in_first")
            if check_in_at is not None:
                self._check_time(row, check_in_at, now, "check_in_at")
            hours: float | None = row.hours
            if check_out_at is not None:
                assert check_in_at is not None
                self._check_time(row, check_out_at, now, "check_out_at")
                if check_out_at <= check_in_at:
                    raise ValidationError("check_out_at", "attendance.out_before_in")
                hours = round((check_out_at - check_in_at).total_seconds() / 3600, 2)
                _check_hours(hours)
            values: dict[str, object] = {"check_in_at": check_in_at, "check_out_at": check_out_at}
            if check_in_at is not None:
                values |= {"status": "attended", "hours": hours}
            self._set(session, row, **values)
            return hours

    def check_out(self, assignment_id: int, at: dt.datetime | None = None) -> float:
        """Record leaving; hours become the time between check-in and check-out."""
        with self._db.transaction() as session:
            row = self._assignment(session, assignment_id)
            now = self._attendable(row, session)
            at = at or now
            self._check_time(row, at, now, "check_out_at")
            start = row.check_in_at or row.starts_at
            if at <= start:
                raise ValidationError("check_out_at", "attendance.out_before_in")
            hours: float = round((at - start).total_seconds() / 3600, 2)
            if hours > MAX_HOURS:
                raise ValidationError("check_out_at", "attendance.out_too_late", hours=48)
            self._set(
                session, row, status="attended", check_in_at=start, check_out_at=at, hours=hours
            )
            return hours

    def mark_attended(self, assignment_id: int, hours: float | None = None) -> float:
        """Attended; hours default to the shift's length."""
        with self._db.transaction() as session:
            row = self._assignment(session, assignment_id)
            self._attendable(row, session)
            if hours is None:
                hours = round((row.ends_at - row.starts_at).total_seconds() / 3600, 2)
            _check_hours(hours)
            self._set(session, row, status="attended", hours=hours)
            return hours

    def mark_no_show(self, assignment_id: int) -> None:
        with self._db.transaction() as session:
            row = self._assignment(session, assignment_id)
            self._attendable(row, session)
            self._set(
                session, row, status="no_show", hours=None, check_in_at=None, check_out_at=None
            )

    def set_hours(self, assignment_id: int, hours: float | None) -> None:
        with self._db.transaction() as session:
            row = self._assignment(session, assignment_id)
            if hours is not None:
                _check_hours(hours)
                self._attendable(row, session)
            self._set(session, row, hours=hours)

    # -- reading --------------------------------------------------------------------------

    def attendance(self, shift_id: int) -> list[AttendanceRow]:
        stmt = (
            select(
                _A.id,
                _M.id,
                _M.full_name,
                _M.phone,
                _A.status,
                _A.check_in_at,
                _A.check_out_at,
                _A.hours,
                _A.override_reason,
            )
            .join(Member.__table__, _M.id == _A.member_id)
            .where(_A.shift_id == shift_id)
            .order_by(
                case((_A.status == "cancelled", 2), (_A.status == "waitlisted", 1), else_=0),
                _A.signed_up_at,
                _A.id,
            )
        )
        with self._db.engine.connect() as conn:
            return [AttendanceRow(*r) for r in conn.execute(stmt)]

    def totals(
        self,
        *,
        member_id: int | None = None,
        project_id: int | None = None,
        month: str | None = None,
        limit: int = 1000,
    ) -> list[HoursTotal]:
        """Hours, attended shifts and no-shows per member, project and month (YYYY-MM)."""
        month_of = func.strftime("%Y-%m", _S.starts_at)
        conds: list[ColumnElement[bool]] = [_A.status.in_(("attended", "no_show"))]
        if member_id is not None:
            conds.append(_A.member_id == member_id)
        if project_id is not None:
            conds.append(_S.project_id == project_id)
        if month is not None:
            start = dt.datetime.strptime(month, "%Y-%m")
            end = (start + dt.timedelta(days=32)).replace(day=1)
            conds += [_S.starts_at >= start, _S.starts_at < end]
        stmt = (
            select(
                _M.id,
                _M.full_name,
                _P.id,
                _P.name,
                month_of,
                func.coalesce(func.sum(case((_A.status == "attended", _A.hours), else_=0)), 0),
                func.sum(case((_A.status == "attended", 1), else_=0)),
                func.sum(case((_A.status == "no_show", 1), else_=0)),
            )
            .select_from(Assignment.__table__)
            .join(Shift.__table__, _S.id == _A.shift_id)
            .join(VolunteerProject.__table__, _P.id == _S.project_id)
            .join(Member.__table__, _M.id == _A.member_id)
            .where(*conds)
            .group_by(_M.id, _P.id, month_of)
            .order_by(_M.sort_name, _M.id, month_of, _P.name)
            .limit(limit)
        )
        with self._db.engine.connect() as conn:
            return [
                HoursTotal(
                    r[0], r[1], r[2], r[3], r[4], round(float(r[5]), 2), int(r[6]), int(r[7])
                )
                for r in conn.execute(stmt)
            ]


def time_on_shift(starts_at: dt.datetime, ends_at: dt.datetime, clock: dt.time) -> dt.datetime:
    """A clock time typed for a shift, on the day that puts it nearest the shift (a night
    shift's 02:00 check-out is on the day after it started)."""
    middle = starts_at + (ends_at - starts_at) / 2
    days = (starts_at.date() + dt.timedelta(days=d) for d in (-1, 0, 1))
    return min(
        (dt.datetime.combine(day, clock) for day in days),
        key=lambda moment: abs(moment - middle),
    )


def _check_hours(hours: float) -> None:
    if hours < 0:
        raise ValidationError("hours", "attendance.hours_negative")
    if hours > MAX_HOURS:
        raise ValidationError("hours", "attendance.hours_too_many", hours=48)
