"""Who could take a shift: volunteers ranked by fit, each with the reasons.

SQL does the heavy part: it narrows 100,000 members to those who hold the shift's required
profession (with a licence valid on the day) or skill, or, for a shift without requirements,
to those whose weekly availability covers it; it scores them (available, not busy then,
interested in the project's cause) and orders them by score, then by fewest hours in the last
30 days. Whoever cancelled their own sign-up for this shift goes to the end of the list, with
that as the first reason: they just said they cannot come. Only a bounded head of that list
comes back to Python, where the full conflict rules (wellbeing guardrails included) are run
and the reasons are written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from groupdesk.core.database import Database
from groupdesk.core.messages import Message, catalogue
from groupdesk.core.models import (
    Assignment,
    AvailabilityWindow,
    CauseArea,
    Member,
    MemberInterest,
    MemberProfession,
    MemberSkill,
    Shift,
    VolunteerProject,
)
from groupdesk.core.org_rules import OrgRules, load_rules, org_now
from groupdesk.core.scheduling.conflicts import (
    ACTIVE_STATES,
    HARD,
    Conflict,
    _context_pad,
    evaluate,
    load_members,
    load_shift,
)

_M = Member.__table__.c
_S = Shift.__table__.c
_A = Assignment.__table__.c
_P = VolunteerProject.__table__.c
_AW = AvailabilityWindow.__table__.c
_MI = MemberInterest.__table__.c
_MP = MemberProfession.__table__.c
_MS = MemberSkill.__table__.c

W_FREE = 8  # not on another shift then
W_AVAILABLE = 4
W_INTEREST = 2
FAIRNESS_DAYS = 30


@dataclass(frozen=True)
class Reason:
    """Why a volunteer is (or is not) a good fit; ``message`` says it in no language yet."""

    kind: str  # qualification, available, no_overlap, interest, fairness, or a conflict rule
    message: Message
    good: bool = True

    @property
    def text(self) -> str:
        """In English, for logs; a reader gets ``catalogue(lang).text(reason.message)``."""
        return catalogue("en").text(self.message)


@dataclass(frozen=True)
class Suggestion:
    member_id: int
    name: str
    phone: str | None
    email: str | None
    score: int
    hours_30d: float
    reasons: tuple[Reason, ...] = ()
    conflicts: tuple[Conflict, ...] = field(default=())
    cancelled: bool = False  # cancelled their sign-up for this very shift

    @property
    def hard_conflicts(self) -> int:
        return sum(1 for c in self.conflicts if c.severity == HARD)


class SuggestionService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_shift(
        self, shift_id: int, *, limit: int = 20, now: dt.datetime | None = None
    ) -> list[Suggestion]:
        with self._db.session() as session:
            return suggest(session, shift_id, limit=limit, now=now)


def suggest(
    session: Session,
    shift_id: int,
    *,
    limit: int = 20,
    now: dt.datetime | None = None,
    rules: OrgRules | None = None,
) -> list[Suggestion]:
    rules = rules or load_rules(session)
    now = now or org_now(rules.time_zone)
    shift = load_shift(session, shift_id)
    if shift is None:
        return []
    cause = session.execute(
        select(_P.cause_area_id, CauseArea.__table__.c.name)
        .outerjoin(CauseArea.__table__, CauseArea.__table__.c.id == _P.cause_area_id)
        .join(Shift.__table__, _S.project_id == _P.id)
        .where(_S.id == shift_id)
    ).first()
    cause_id, cause_name = (cause[0], cause[1]) if cause else (None, None)

    weekday = shift.starts_at.weekday()
    t_start = shift.starts_at.time()
    t_end = (
        shift.ends_at.time()
        if shift.ends_at.date() == shift.starts_at.date()
        else dt.time(23, 59, 59)
    )
    available = exists().where(
        _AW.member_id == _M.id,
        _AW.weekday == weekday,
        _AW.start_time <= t_start,
        _AW.end_time >= t_end,
    )
    # Members on a shift that overlaps this one (a few hundred rows at most).
    busy = (
        select(_A.member_id)
        .join(Shift.__table__, _S.id == _A.shift_id)
        .where(
            _S.starts_at < shift.ends_at,
            _S.starts_at > shift.starts_at - dt.timedelta(hours=48),
            _S.ends_at > shift.starts_at,
            _S.status == "scheduled",
            _A.status.in_(ACTIVE_STATES),
        )
        .subquery()
    )
    # Hours of the last 30 days, gathered from that month's shifts (a few hundred) rather
    # than from every assignment: the IN list and the grouping expression keep SQLite from
    # walking the whole assignments table in member order.
    month_shifts = select(_S.id).where(
        _S.starts_at >= now - dt.timedelta(days=FAIRNESS_DAYS), _S.starts_at < now
    )
    recent = (
        select(_A.member_id, func.sum(_A.hours).label("hours"))
        .where(_A.shift_id.in_(month_shifts), _A.status == "attended")
        .group_by(_A.member_id + 0)
        .subquery()
    )
    already = select(_A.member_id).where(_A.shift_id == shift_id, _A.status != "cancelled")
    cancelled_here = exists().where(
        _A.shift_id == shift_id, _A.member_id == _M.id, _A.status == "cancelled"
    )

    conds = [_M.status == "active", _M.deleted_at.is_(None), _M.id.not_in(already)]
    if shift.required_profession_id is not None:
        conds.append(
            _M.id.in_(
                select(_MP.member_id).where(
                    _MP.profession_id == shift.required_profession_id,
                    or_(
                        _MP.licence_valid_until.is_(None),
                        _MP.licence_valid_until >= shift.ends_at.date(),
                    ),
                )
            )
        )
    if shift.required_skill_id is not None:
        conds.append(
            _M.id.in_(select(_MS.member_id).where(_MS.skill_id == shift.required_skill_id))
        )
    if shift.required_profession_id is None and shift.required_skill_id is None:
        conds.append(
            _M.id.in_(
                select(_AW.member_id).where(
                    _AW.weekday == weekday, _AW.start_time <= t_start, _AW.end_time >= t_end
                )
            )
        )
    interested = (
        exists().where(_MI.member_id == _M.id, _MI.cause_area_id == cause_id)
        if cause_id is not None
        else literal(False)
    )
    is_free = busy.c.member_id.is_(None)
    score = (
        case((is_free, W_FREE), else_=0)
        + case((available, W_AVAILABLE), else_=0)
        + case((interested, W_INTEREST), else_=0)
    ).label("score")
    hours = func.coalesce(recent.c.hours, 0.0).label("hours")
    stmt = (
        select(
            _M.id,
            _M.full_name,
            _M.phone,
            _M.email,
            score,
            hours,
            is_free.label("free"),
            available.label("available"),
            interested.label("interested"),
            cancelled_here.label("cancelled"),
        )
        .outerjoin(busy, busy.c.member_id == _M.id)
        .outerjoin(recent, recent.c.member_id == _M.id)
        .where(*conds)
        .order_by(cancelled_here.asc(), score.desc(), hours.asc(), _M.sort_name, _M.id)
        .limit(limit * 3)
    )
    rows = session.execute(stmt).all()
    if not rows:
        return []

    pad = _context_pad(rules)
    facts = load_members(session, [r.id for r in rows], shift.starts_at - pad, shift.ends_at + pad)
    out = []
    for r in rows:
        member = facts[r.id]
        member.shifts = [s for s in member.shifts if s.id != shift_id]
        conflicts = tuple(evaluate(shift, member, rules, now.date()))
        reasons: list[Reason] = []
        if r.cancelled:
            reasons.append(Reason("cancelled", Message("fit.cancelled"), False))
        if shift.required_profession_id is not None:
            until = member.professions.get(shift.required_profession_id)
            profession = shift.required_profession or ""
            said = (
                Message("fit.profession", {"profession": profession})
                if until is None
                else Message("fit.profession_until", {"profession": profession, "until": until})
            )
            reasons.append(Reason("qualification", said))
        if shift.required_skill_id is not None:
            skill = shift.required_skill or ""
            reasons.append(Reason("qualification", Message("fit.skill", {"skill": skill})))
        if r.available:
            reasons.append(Reason("available", Message("fit.available")))
        else:
            reasons.append(Reason("available", Message("fit.not_available"), False))
        if r.free:
            reasons.append(Reason("no_overlap", Message("fit.no_overlap")))
        if r.interested:
            reasons.append(Reason("interest", Message("fit.interest", {"cause": cause_name})))
        served = {"hours": float(r.hours), "days": FAIRNESS_DAYS}
        reasons.append(Reason("fairness", Message("fit.recent_hours", served)))
        for c in conflicts:
            if c.rule != "availability":
                reasons.append(Reason(c.rule, c.message, False))
        out.append(
            Suggestion(
                r.id,
                r.full_name,
                r.phone,
                r.email,
                int(r.score),
                round(float(r.hours), 2),
                tuple(reasons),
                conflicts,
                bool(r.cancelled),
            )
        )
    out.sort(key=lambda s: (s.cancelled, s.hard_conflicts, -s.score, s.hours_30d))
    return out[:limit]


__all__ = ["Reason", "Suggestion", "SuggestionService", "suggest"]
