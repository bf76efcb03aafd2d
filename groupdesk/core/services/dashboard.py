"""The state of the organisation at a glance: every figure is one SQL aggregate.

``snapshot(today)`` answers the home page in a handful of queries; the ``*_list`` methods
return the rows behind a figure, for the list a click on it opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import QueryableAttribute

from groupdesk.core import licences
from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.dues.figures import DuesFigures, PaymentLine, dues_figures, payments_in_month
from groupdesk.core.membership import dues_ran_out
from groupdesk.core.models import (
    Assignment,
    AssignmentStatus,
    Challenge,
    ChallengeCategory,
    ChallengeStatus,
    Member,
    MemberProfession,
    MemberStatus,
    MitigationAction,
    Profession,
    Shift,
    ShiftStatus,
    VolunteerProject,
)
from groupdesk.core.models.enums import PLACE_STATES

FILL_WEEKS = 4
LICENCE_DAYS = licences.EXPIRING_DAYS  # the one definition: core.licences
HOUR_MONTHS = 12
# Everyone who is or was on the shift: attending does not make a place empty again.
ACTIVE_SIGNUPS = PLACE_STATES


class Bar(NamedTuple):
    """One chart element: ``key`` identifies what a click on it should open."""

    key: object
    label: str
    value: float


class ShiftNeed(NamedTuple):
    shift_id: int
    project: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str | None
    min_volunteers: int
    max_volunteers: int
    signed_up: int


class ExpiringLicence(NamedTuple):
    member_id: int
    member_number: str
    full_name: str
    profession: str
    licence_number: str | None
    valid_until: dt.date


class OverdueAction(NamedTuple):
    action_id: int
    challenge_id: int
    challenge: str
    action: str
    owner: str | None
    due_on: dt.date


class MemberLine(NamedTuple):
    member_id: int
    member_number: str
    full_name: str
    status: str
    city: str | None


class HoursLine(NamedTuple):
    member_number: str
    full_name: str
    project: str
    starts_at: dt.datetime
    hours: float


@dataclass(frozen=True)
class DashboardSnapshot:
    today: dt.date
    members_by_status: dict[str, int]
    members_per_profession: list[Bar]  # key: profession id
    hours_per_month: list[Bar]  # key: first day of the month; all 12 months, oldest first
    places_filled: int
    places_total: int
    shifts_upcoming: int
    understaffed_count: int
    understaffed: list[ShiftNeed]  # the first few, soonest first
    licences_expiring: int
    licences_expired: int
    open_by_category: list[Bar]  # key: category id (None for uncategorised)
    overdue_mitigations: int
    dues: DuesFigures

    @property
    def fill_rate(self) -> float | None:
        return self.places_filled / self.places_total if self.places_total else None


def month_start(day: dt.date, back: int = 0) -> dt.date:
    """First day of the month ``back`` months before ``day``'s month."""
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


class DashboardService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def snapshot(self, today: dt.date, understaffed_rows: int = 50) -> DashboardSnapshot:
        with self._db.engine.connect() as conn:
            # Whole-table counts come straight from covering indexes; the few members in
            # the trash are then taken off, which is far cheaper than filtering every row.
            by_status = _minus(
                conn.execute(select(Member.status, func.count()).group_by(Member.status)).all(),
                conn.execute(
                    select(Member.status, func.count())
                    .where(Member.id.in_(_trash()))
                    .group_by(Member.status)
                ).all(),
            )
            # The status as of today: a read-only database has not been brought up to date,
            # so active members past their paid-until date are counted as lapsed (from the
            # paid-until index; none once the rule has been written down).
            overdue_dues = conn.execute(
                select(func.count()).where(dues_ran_out(today), Member.id.not_in(_trash()))
            ).scalar_one()
            if overdue_dues:
                by_status["active"] = by_status.get("active", 0) - overdue_dues
                by_status["lapsed"] = by_status.get("lapsed", 0) + overdue_dues
            per_profession_all = _minus(
                conn.execute(
                    select(MemberProfession.profession_id, func.count()).group_by(
                        MemberProfession.profession_id
                    )
                ).all(),
                conn.execute(
                    select(MemberProfession.profession_id, func.count())
                    .where(MemberProfession.member_id.in_(_trash()))
                    .group_by(MemberProfession.profession_id)
                ).all(),
            )
            names = dict(conn.execute(select(Profession.id, Profession.name)).all())
            hours = dict(conn.execute(self._hours_stmt(today)).all())
            filled, total, upcoming, understaffed_count = conn.execute(self._fill_stmt(today)).one()
            understaffed = [
                ShiftNeed(*r)
                for r in conn.execute(self._understaffed_stmt(today).limit(understaffed_rows))
            ]
            expiring = conn.execute(
                select(func.count()).select_from(
                    self._licences_stmt(today).order_by(None).subquery()
                )
            ).scalar_one()
            expired = conn.execute(
                select(func.count()).select_from(
                    self._licences_stmt(today, expired=True).order_by(None).subquery()
                )
            ).scalar_one()
            by_category = conn.execute(
                select(ChallengeCategory.id, ChallengeCategory.name, func.count(Challenge.id))
                .select_from(Challenge)
                .outerjoin(ChallengeCategory, ChallengeCategory.id == Challenge.category_id)
                .where(Challenge.status != ChallengeStatus.RESOLVED.value)
                .group_by(ChallengeCategory.id, ChallengeCategory.name)
                .order_by(func.count(Challenge.id).desc(), ChallengeCategory.name)
            ).all()
            overdue = conn.execute(
                select(func.count()).select_from(self._overdue_stmt(today).subquery())
            ).scalar_one()
            dues = dues_figures(conn, today)
        months = [month_start(today, back) for back in range(HOUR_MONTHS - 1, -1, -1)]
        return DashboardSnapshot(
            today=today,
            members_by_status={s.value: int(by_status.get(s.value, 0)) for s in MemberStatus},
            members_per_profession=sorted(
                (Bar(pid, names.get(pid, "?"), n) for pid, n in per_profession_all.items() if n),
                key=lambda b: (-b.value, b.label),
            ),
            hours_per_month=[
                Bar(m, m.strftime("%b %Y"), float(hours.get(m.strftime("%Y-%m")) or 0.0))
                for m in months
            ],
            places_filled=int(filled or 0),
            places_total=int(total or 0),
            shifts_upcoming=int(upcoming or 0),
            understaffed_count=int(understaffed_count or 0),
            understaffed=understaffed,
            licences_expiring=int(expiring),
            licences_expired=int(expired),
            open_by_category=[Bar(cid, name, int(n)) for cid, name, n in by_category],
            overdue_mitigations=int(overdue),
            dues=dues,
        )

    # -- the lists behind the figures ---------------------------------------------------

    def understaffed_list(self, today: dt.date) -> list[ShiftNeed]:
        with self._db.engine.connect() as conn:
            return [ShiftNeed(*r) for r in conn.execute(self._understaffed_stmt(today))]

    def upcoming_shifts_list(self, today: dt.date) -> list[ShiftNeed]:
        stmt = self._shift_need_select(today)
        with self._db.engine.connect() as conn:
            return [ShiftNeed(*r) for r in conn.execute(stmt.order_by(Shift.starts_at, Shift.id))]

    def expiring_licences_list(self, today: dt.date) -> list[ExpiringLicence]:
        with self._db.engine.connect() as conn:
            return [ExpiringLicence(*r) for r in conn.execute(self._licences_stmt(today))]

    def expired_licences_list(self, today: dt.date) -> list[ExpiringLicence]:
        """Licences that ended before today, most recently ended first."""
        stmt = self._licences_stmt(today, expired=True)
        with self._db.engine.connect() as conn:
            return [ExpiringLicence(*r) for r in conn.execute(stmt)]

    def payments_list(self, today: dt.date) -> list[PaymentLine]:
        """This month's payments, behind the "collected" figure."""
        return payments_in_month(self._db, today)

    def overdue_list(self, today: dt.date) -> list[OverdueAction]:
        with self._db.engine.connect() as conn:
            return [OverdueAction(*r) for r in conn.execute(self._overdue_stmt(today))]

    def members_of_profession(self, profession_id: int, limit: int = 1000) -> list[MemberLine]:
        stmt = (
            select(Member.id, Member.member_number, Member.full_name, Member.status, Member.city)
            .join(MemberProfession, MemberProfession.member_id == Member.id)
            .where(MemberProfession.profession_id == profession_id, Member.deleted_at.is_(None))
            .order_by(Member.sort_name, Member.id)
            .limit(limit)
        )
        with self._db.engine.connect() as conn:
            return [MemberLine(*r) for r in conn.execute(stmt)]

    def hours_in_month(self, month: dt.date, limit: int = 1000) -> list[HoursLine]:
        start = dt.datetime.combine(month_start(month), dt.time())
        end = dt.datetime.combine(month_start(month, -1), dt.time())
        stmt = (
            select(
                Member.member_number,
                Member.full_name,
                VolunteerProject.name,
                Shift.starts_at,
                Assignment.hours,
            )
            .join(Shift, Shift.id == Assignment.shift_id)
            .join(Member, Member.id == Assignment.member_id)
            .join(VolunteerProject, VolunteerProject.id == Shift.project_id)
            .where(
                Assignment.status == AssignmentStatus.ATTENDED.value,
                Assignment.hours.is_not(None),
                Shift.starts_at >= start,
                Shift.starts_at < end,
            )
            .order_by(Shift.starts_at, Member.sort_name)
            .limit(limit)
        )
        with self._db.engine.connect() as conn:
            return [HoursLine._make(r) for r in conn.execute(stmt)]

    # -- SQL ------------------------------------------------------------------------------

    def _month_key(
        self, column: ColumnElement[Any] | QueryableAttribute[Any]
    ) -> ColumnElement[str]:
        if self._db.engine.dialect.name == "sqlite":
            return func.strftime("%Y-%m", column)
        return func.to_char(column, "YYYY-MM")

    def _hours_stmt(self, today: dt.date) -> Select[str, float | None]:
        start = dt.datetime.combine(month_start(today, HOUR_MONTHS - 1), dt.time())
        end = dt.datetime.combine(month_start(today, -1), dt.time())
        month = self._month_key(Shift.starts_at).label("month")
        return (
            select(month, func.sum(Assignment.hours))
            .select_from(Shift)
            .join(Assignment, Assignment.shift_id == Shift.id)
            .where(
                Shift.starts_at >= start,
                Shift.starts_at < end,
                # hours are served, not planned: a shift of tomorrow adds nothing yet
                Shift.starts_at < dt.datetime.combine(today + dt.timedelta(days=1), dt.time()),
                Assignment.status == AssignmentStatus.ATTENDED.value,
            )
            .group_by(month)
        )

    @staticmethod
    def _fill_window(today: dt.date) -> tuple[dt.datetime, dt.datetime]:
        start = dt.datetime.combine(today, dt.time())
        return start, start + dt.timedelta(days=7 * FILL_WEEKS)

    @staticmethod
    def _signed_up() -> ColumnElement[int]:
        """Active sign-ups of the shift in the outer query, counted from the index."""
        return (
            select(func.count())
            .where(Assignment.shift_id == Shift.id, Assignment.status.in_(ACTIVE_SIGNUPS))
            .correlate(Shift)
            .scalar_subquery()
        )

    def _window(self, today: dt.date) -> tuple[ColumnElement[bool], ...]:
        start, end = self._fill_window(today)
        return (
            Shift.status == ShiftStatus.SCHEDULED.value,
            Shift.starts_at >= start,
            Shift.starts_at < end,
        )

    def _fill_stmt(self, today: dt.date) -> AnySelect:
        shifts = (
            select(
                Shift.min_volunteers.label("lo"),
                Shift.max_volunteers.label("hi"),
                self._signed_up().label("n"),
            )
            .where(*self._window(today))
            .subquery()
        )
        capped = case((shifts.c.n < shifts.c.hi, shifts.c.n), else_=shifts.c.hi)
        return select(
            func.sum(capped),
            func.sum(shifts.c.hi),
            func.count(),
            func.sum(case((shifts.c.n < shifts.c.lo, 1), else_=0)),
        )

    def _shift_need_select(self, today: dt.date) -> AnySelect:
        return (
            select(
                Shift.id,
                VolunteerProject.name,
                Shift.starts_at,
                Shift.ends_at,
                Shift.location,
                Shift.min_volunteers,
                Shift.max_volunteers,
                self._signed_up().label("signed_up"),
            )
            .select_from(Shift)
            .join(VolunteerProject, VolunteerProject.id == Shift.project_id)
            .where(*self._window(today))
        )

    def _understaffed_stmt(self, today: dt.date) -> AnySelect:
        return (
            self._shift_need_select(today)
            .where(self._signed_up() < Shift.min_volunteers)
            .order_by(Shift.starts_at, Shift.id)
        )

    @staticmethod
    def _licences_stmt(today: dt.date, *, expired: bool = False) -> AnySelect:
        until = MemberProfession.licence_valid_until
        return (
            select(
                Member.id,
                Member.member_number,
                Member.full_name,
                Profession.name,
                MemberProfession.licence_number,
                MemberProfession.licence_valid_until,
            )
            .select_from(MemberProfession)
            .join(Member, Member.id == MemberProfession.member_id)
            .join(Profession, Profession.id == MemberProfession.profession_id)
            .where(
                licences.is_expired(until, today)
                if expired
                else licences.is_expiring(until, today, LICENCE_DAYS),
                licences.member_counts(),
            )
            .order_by(until.desc() if expired else until, Member.sort_name)
        )

    @staticmethod
    def _overdue_stmt(today: dt.date) -> AnySelect:
        return (
            select(
                MitigationAction.id,
                Challenge.id,
                Challenge.title,
                MitigationAction.action,
                Member.full_name,
                MitigationAction.due_on,
            )
            .select_from(MitigationAction)
            .join(Challenge, Challenge.id == MitigationAction.challenge_id)
            .outerjoin(Member, Member.id == MitigationAction.owner_id)
            .where(
                and_(
                    MitigationAction.due_on < today,
                    MitigationAction.done_on.is_(None),
                    Challenge.status != ChallengeStatus.RESOLVED.value,
                )
            )
            .order_by(MitigationAction.due_on, MitigationAction.id)
        )


def _trash() -> Select[int]:
    """Ids of members in the trash: few, and found through the deleted_at index."""
    return select(Member.id).where(Member.deleted_at.is_not(None))


def _minus(totals: Iterable[Sequence[Any]], removed: Iterable[Sequence[Any]]) -> dict[Any, int]:
    counts = {key: int(n) for key, n in totals}
    for key, n in removed:
        counts[key] = counts.get(key, 0) - int(n)
    return counts
