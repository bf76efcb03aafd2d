"""Shifts: one at a time or as a repeating series, edits to the rest of a series, copying a
week, cancelling; and the week's shifts with how full each one is, for the calendar.

Times are naive wall-clock times in the organisation's time zone and are stored as given.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, fields
from typing import Any, cast

from sqlalchemy import case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from groupdesk.core import audit
from groupdesk.core.database import Database
from groupdesk.core.database.inserted import inserted_id
from groupdesk.core.errors import ValidationError
from groupdesk.core.models import (
    Assignment,
    AuditAction,
    Member,
    Shift,
    VolunteerProject,
)
from groupdesk.core.models.enums import PLACE_STATES

_S = Shift.__table__.c
_A = Assignment.__table__.c
_P = VolunteerProject.__table__.c
_M = Member.__table__.c

ENTITY = "shift"
MAX_SERIES = 366
FILLING_STATES = PLACE_STATES


@dataclass(frozen=True)
class ShiftInput:
    project_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str | None = None
    min_volunteers: int = 1
    max_volunteers: int = 5
    required_profession_id: int | None = None
    required_skill_id: int | None = None
    demanding: bool = False
    notes: str | None = None

    def values(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class ShiftSummary:
    """One calendar block: the shift and how full it is."""

    id: int
    project_id: int
    project_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str | None
    min_volunteers: int
    max_volunteers: int
    filled: int
    waitlisted: int
    status: str
    demanding: bool
    series_id: str | None

    @property
    def fill(self) -> str:
        """``under`` the minimum, ``between`` minimum and maximum, or ``full``."""
        if self.filled >= self.max_volunteers:
            return "full"
        if self.filled < self.min_volunteers:
            return "under"
        return "between"


@dataclass(frozen=True)
class Volunteer:
    assignment_id: int
    member_id: int
    name: str
    phone: str | None
    email: str | None
    status: str


def validate_shift(data: ShiftInput) -> None:
    if data.starts_at is None:
        raise ValidationError("starts_at", "shift.needs_start")
    if data.ends_at is None or data.ends_at <= data.starts_at:
        raise ValidationError("ends_at", "shift.ends_before_start")
    if data.ends_at - data.starts_at > dt.timedelta(hours=48):
        raise ValidationError("ends_at", "shift.too_long", hours=48)
    if data.max_volunteers is None or data.max_volunteers < 1:
        raise ValidationError("max_volunteers", "shift.max_below_one")
    if data.min_volunteers is None or data.min_volunteers < 0:
        raise ValidationError("min_volunteers", "shift.min_negative")
    if data.min_volunteers > data.max_volunteers:
        raise ValidationError("min_volunteers", "shift.min_above_max")


# A new shift starts at this hour, lasts this long and asks for this many volunteers, until
# the coordinator says otherwise.
NEW_SHIFT_START = dt.time(8, 0)
NEW_SHIFT_HOURS = 4
NEW_SHIFT_MIN_VOLUNTEERS = 1
NEW_SHIFT_MAX_VOLUNTEERS = 5


class ShiftService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def new_shift_defaults(
        self,
        project_id: int | None,
        *,
        when: dt.datetime | None = None,
        shown_from: dt.date | None = None,
        today: dt.date | None = None,
    ) -> ShiftInput:
        """What the form for a new shift of ``project_id`` starts with.

        It starts ``when`` if given (a slot picked on the calendar), else at 08:00 on the first
        day shown, but never before tomorrow. Place and requirements come from the project:
        its location, and its first profession, or else its first skill, since asking for
        both would leave out most of the people who can do it.
        """
        from groupdesk.core.services.projects import ProjectService

        if when is None:
            tomorrow = (today or dt.date.today()) + dt.timedelta(days=1)
            day = max(shown_from or tomorrow, tomorrow)
            when = dt.datetime.combine(day, NEW_SHIFT_START)
        project = ProjectService(self._db).get(project_id) if project_id else None
        profession = project.profession_ids[0] if project and project.profession_ids else None
        skills = project.skill_ids if project else ()
        return ShiftInput(
            project_id=project_id or 0,
            starts_at=when,
            ends_at=when + dt.timedelta(hours=NEW_SHIFT_HOURS),
            location=project.location if project else None,
            min_volunteers=NEW_SHIFT_MIN_VOLUNTEERS,
            max_volunteers=NEW_SHIFT_MAX_VOLUNTEERS,
            required_profession_id=profession,
            required_skill_id=None if profession or not skills else skills[0],
        )

    # -- reading --------------------------------------------------------------------------

    def shifts_between(
        self,
        start: dt.datetime,
        end: dt.datetime,
        *,
        project_id: int | None = None,
        include_cancelled: bool = True,
    ) -> list[ShiftSummary]:
        """Shifts starting in [start, end) with their fill, in time order."""
        conds = [_S.starts_at >= start, _S.starts_at < end]
        if project_id is not None:
            conds.append(_S.project_id == project_id)
        if not include_cancelled:
            conds.append(_S.status == "scheduled")
        # Counting only the shifts of the range keeps this independent of the table size.
        in_range = select(_S.id).where(*conds)
        filled = func.sum(case((_A.status.in_(FILLING_STATES), 1), else_=0))
        waiting = func.sum(case((_A.status == "waitlisted", 1), else_=0))
        counts = (
            select(_A.shift_id, filled.label("filled"), waiting.label("waiting"))
            .where(_A.shift_id.in_(in_range))
            .group_by(_A.shift_id)
            .subquery()
        )
        stmt = (
            select(
                _S.id,
                _S.project_id,
                _P.name,
                _S.starts_at,
                _S.ends_at,
                _S.location,
                _S.min_volunteers,
                _S.max_volunteers,
                func.coalesce(counts.c.filled, 0),
                func.coalesce(counts.c.waiting, 0),
                _S.status,
                _S.demanding,
                _S.series_id,
            )
            .join(VolunteerProject.__table__, _P.id == _S.project_id)
            .outerjoin(counts, counts.c.shift_id == _S.id)
            .where(*conds)
            .order_by(_S.starts_at, _S.id)
        )
        with self._db.engine.connect() as conn:
            return [
                ShiftSummary(
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    int(r[6]),
                    int(r[7]),
                    int(r[8]),
                    int(r[9]),
                    r[10],
                    bool(r[11]),
                    r[12],
                )
                for r in conn.execute(stmt)
            ]

    def get(self, shift_id: int) -> tuple[ShiftInput, str, str | None]:
        """The shift's fields, its status and its series id."""
        with self._db.engine.connect() as conn:
            r = conn.execute(select(Shift.__table__).where(_S.id == shift_id)).mappings().first()
        if r is None:
            raise ValidationError("shift", "shift.gone")
        data = ShiftInput(**{f.name: r[f.name] for f in fields(ShiftInput)})
        return data, r["status"], r["series_id"]

    def volunteers(self, shift_id: int, *, include_cancelled: bool = False) -> list[Volunteer]:
        """Who is on the shift or waiting for a place, in sign-up order."""
        conds = [_A.shift_id == shift_id]
        if not include_cancelled:
            conds.append(_A.status != "cancelled")
        stmt = (
            select(_A.id, _M.id, _M.full_name, _M.phone, _M.email, _A.status)
            .join(Member.__table__, _M.id == _A.member_id)
            .where(*conds)
            .order_by(
                case((_A.status == "waitlisted", 1), else_=0),
                _A.signed_up_at,
                _A.id,
            )
        )
        with self._db.engine.connect() as conn:
            return [Volunteer(*r) for r in conn.execute(stmt)]

    # -- writing --------------------------------------------------------------------------

    def create(self, data: ShiftInput) -> int:
        return self.create_series(data, "none", count=1)[0]

    def create_series(
        self,
        data: ShiftInput,
        repeat: str,
        *,
        count: int | None = None,
        until: dt.date | None = None,
    ) -> list[int]:
        """One shift, or a weekly or daily series of ``count`` shifts or up to ``until``."""
        validate_shift(data)
        starts = self._occurrences(data.starts_at, repeat, count, until)
        series_id = str(uuid.uuid4()) if len(starts) > 1 else None
        duration = data.ends_at - data.starts_at
        ids = []
        with self._db.transaction() as session:
            self._check_project(session, data.project_id)
            for start in starts:
                values = data.values() | {
                    "starts_at": start,
                    "ends_at": start + duration,
                    "uuid": str(uuid.uuid4()),
                    "series_id": series_id,
                    "status": "scheduled",
                    "version": 1,
                }
                new_id = inserted_id(session.execute(insert(Shift).values(**values)))
                audit.record(
                    session, ENTITY, new_id, AuditAction.CREATE, {"starts_at": (None, start)}
                )
                ids.append(new_id)
        return ids

    @staticmethod
    def _occurrences(
        first: dt.datetime, repeat: str, count: int | None, until: dt.date | None
    ) -> list[dt.datetime]:
        if repeat in ("none", "", None):
            return [first]
        if repeat not in ("weekly", "daily"):
            raise ValidationError("repeat", "shift.repeat_how")
        step = dt.timedelta(days=7 if repeat == "weekly" else 1)
        if count is None and until is None:
            raise ValidationError("count", "shift.repeat_how_long")
        if count is not None:
            if count < 1:
                raise ValidationError("count", "shift.repeat_once")
            if count > MAX_SERIES:
                raise ValidationError("count", "shift.series_too_long", max=MAX_SERIES)
            return [first + i * step for i in range(count)]
        assert until is not None
        if until < first.date():
            raise ValidationError("until", "shift.until_before_first")
        out = []
        at = first
        while at.date() <= until:
            out.append(at)
            if len(out) > MAX_SERIES:
                raise ValidationError("until", "shift.series_too_long", max=MAX_SERIES)
            at += step
        return out

    @staticmethod
    def _check_project(session: Session, project_id: int) -> None:
        if session.execute(select(_P.id).where(_P.id == project_id)).first() is None:
            raise ValidationError("project_id", "shift.needs_project")

    def update(self, shift_id: int, data: ShiftInput, *, rest_of_series: bool = False) -> list[int]:
        """Change one shift, or it and the later shifts of its series (each keeps its own day,
        moved by the same amount). Returns the ids changed."""
        validate_shift(data)
        with self._db.transaction() as session:
            self._check_project(session, data.project_id)
            old = (
                session.execute(select(Shift.__table__).where(_S.id == shift_id)).mappings().first()
            )
            if old is None:
                raise ValidationError("shift", "shift.gone")
            targets = [dict(old)]
            if rest_of_series and old["series_id"]:
                targets += [
                    dict(r)
                    for r in session.execute(
                        select(Shift.__table__)
                        .where(
                            _S.series_id == old["series_id"],
                            _S.starts_at > old["starts_at"],
                            _S.id != shift_id,
                            _S.status == "scheduled",
                        )
                        .order_by(_S.starts_at)
                    ).mappings()
                ]
            taken = (
                session.execute(
                    select(func.count())
                    .where(
                        _A.shift_id.in_([t["id"] for t in targets]),
                        _A.status.in_(FILLING_STATES),
                    )
                    .group_by(_A.shift_id)
                )
                .scalars()
                .all()
            )
            most = max(taken, default=0)
            if data.max_volunteers < most:
                raise ValidationError(
                    "max_volunteers",
                    "shift.places_taken",
                    count=most,
                )
            move = data.starts_at - old["starts_at"]
            duration = data.ends_at - data.starts_at
            changed = []
            for t in targets:
                values = data.values()
                if t["id"] != shift_id:
                    values["starts_at"] = t["starts_at"] + move
                    values["ends_at"] = values["starts_at"] + duration
                changes = {key: (t[key], new) for key, new in values.items() if t[key] != new}
                if not changes:
                    continue  # saved unchanged: the record, its version and time stay as they are
                audit.record(session, ENTITY, t["id"], AuditAction.UPDATE, changes)
                values["version"] = t["version"] + 1
                session.execute(update(Shift).where(_S.id == t["id"]).values(**values))
                if values["max_volunteers"] > t["max_volunteers"]:
                    from groupdesk.core.services.signups import promote_waitlist

                    promote_waitlist(session, t["id"])
                changed.append(t["id"])
        return changed

    def copy_week(
        self,
        from_monday: dt.date,
        to_monday: dt.date,
        *,
        project_id: int | None = None,
    ) -> list[int]:
        """Copy the scheduled shifts of one week (without sign-ups) to another week."""
        if from_monday == to_monday:
            raise ValidationError("to_week", "shift.copy_same_week")
        start = dt.datetime.combine(
            from_monday - dt.timedelta(days=from_monday.weekday()), dt.time()
        )
        target = dt.datetime.combine(to_monday - dt.timedelta(days=to_monday.weekday()), dt.time())
        move = target - start
        conds = [
            _S.starts_at >= start,
            _S.starts_at < start + dt.timedelta(days=7),
            _S.status == "scheduled",
        ]
        if project_id is not None:
            conds.append(_S.project_id == project_id)
        ids = []
        with self._db.transaction() as session:
            rows = (
                session.execute(select(Shift.__table__).where(*conds).order_by(_S.starts_at))
                .mappings()
                .all()
            )
            for r in rows:
                values = {f.name: r[f.name] for f in fields(ShiftInput)} | {
                    "starts_at": r["starts_at"] + move,
                    "ends_at": r["ends_at"] + move,
                    "uuid": str(uuid.uuid4()),
                    "series_id": None,
                    "status": "scheduled",
                    "version": 1,
                }
                new_id = inserted_id(session.execute(insert(Shift).values(**values)))
                audit.record(
                    session,
                    ENTITY,
                    new_id,
                    AuditAction.CREATE,
                    {"copied_from": (None, r["id"]), "starts_at": (None, values["starts_at"])},
                )
                ids.append(new_id)
        return ids

    def cancel(self, shift_id: int, reason: str | None = None) -> list[Volunteer]:
        """Cancel the shift; returns who was on it or waiting, so they can be told."""
        people = self.volunteers(shift_id)
        with self._db.transaction() as session:
            row = session.execute(select(_S.status, _S.version).where(_S.id == shift_id)).first()
            if row is None:
                raise ValidationError("shift", "shift.gone")
            if row.status == "cancelled":
                raise ValidationError("status", "shift.already_cancelled")
            session.execute(
                update(Shift)
                .where(_S.id == shift_id)
                .values(status="cancelled", version=row.version + 1)
            )
            changes: dict[str, tuple[object, object]] = {"status": ("scheduled", "cancelled")}
            if reason:
                changes["cancel_reason"] = (None, reason)
            audit.record(session, ENTITY, shift_id, AuditAction.UPDATE, changes)
        return people

    def restore(self, shift_id: int) -> None:
        """Undo a cancellation: the sign-ups were kept, so everyone is back on it."""
        with self._db.transaction() as session:
            row = session.execute(select(_S.status, _S.version).where(_S.id == shift_id)).first()
            if row is None or row.status != "cancelled":
                return
            session.execute(
                update(Shift)
                .where(_S.id == shift_id)
                .values(status="scheduled", version=row.version + 1)
            )
            audit.record(
                session,
                ENTITY,
                shift_id,
                AuditAction.UPDATE,
                {"status": ("cancelled", "scheduled")},
            )

    def take_out(self, shift_ids: list[int]) -> list[dict[str, object]]:
        """Remove new shifts (undo of their creation) and return them as they were, so that
        :meth:`put_back` (redo) brings back the same shifts: same ids and the same calendar
        UIDs, so a calendar that imported them does not show them twice."""
        with self._db.transaction() as session:
            rows = [
                dict(r)
                for r in session.execute(select(Shift.__table__).where(_S.id.in_(shift_ids)))
                .mappings()
                .all()
            ]
            for sid in shift_ids:
                session.execute(delete(Shift).where(_S.id == sid))
            audit.record_all(
                session, (audit.Change(ENTITY, sid, AuditAction.DELETE) for sid in shift_ids)
            )
        return rows

    def put_back(self, rows: list[dict[str, Any]]) -> None:
        """Insert shifts that :meth:`take_out` removed, exactly as they were."""
        with self._db.transaction() as session:
            for row in rows:
                session.execute(insert(Shift).values(**row))
            audit.record_all(
                session,
                (audit.Change(ENTITY, cast(int, row["id"]), AuditAction.RESTORE) for row in rows),
            )

    def delete(self, shift_ids: list[int]) -> None:
        """Remove shifts entirely (used to undo their creation)."""
        with self._db.transaction() as session:
            for sid in shift_ids:
                session.execute(delete(Shift).where(_S.id == sid))
            audit.record_all(
                session, (audit.Change(ENTITY, sid, AuditAction.DELETE) for sid in shift_ids)
            )


__all__ = ["ShiftInput", "ShiftService", "ShiftSummary", "Volunteer"]
