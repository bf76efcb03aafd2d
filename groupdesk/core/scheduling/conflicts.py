"""Conflict rules for putting a member on a shift, each one explainable.

A rule looks at plain facts (the shift, the member, the member's other shifts nearby and the
organisation's guardrails) and returns :class:`Conflict` objects with a reason a coordinator
can read out. The same :func:`evaluate` serves a single sign-up, the week's conflict list and
an importer checking a batch; only the loading differs.

Severity: ``hard`` conflicts block a sign-up. The organisation may allow an override per rule
(``OrgRules.overridable``; an expired licence and a missing profession are not overridable
until it says so), and then the coordinator must give a reason (:func:`check_reason`), which is
kept on the sign-up and in the history. ``soft`` ones are warnings worth knowing (a handover
inside the allowed buffer, a time outside the member's stated availability); they are shown
before saving and accepted with a reason too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Row, Select, and_, select
from sqlalchemy.orm import Session

from groupdesk.core.messages import Message, catalogue
from groupdesk.core.models import (
    Assignment,
    AvailabilityWindow,
    Member,
    MemberProfession,
    MemberSkill,
    Profession,
    Shift,
    Skill,
    VolunteerProject,
)
from groupdesk.core.models.enums import PLACE_STATES
from groupdesk.core.org_rules import OrgRules, load_rules, org_now

HARD = "hard"
SOFT = "soft"

OVERLAP = "overlap"
AVAILABILITY = "availability"
PROFESSION = "profession"
SKILL = "skill"
LICENCE = "licence"
INACTIVE = "inactive"
MAX_HOURS = "max_hours"
MIN_REST = "min_rest"
CONSECUTIVE_DEMANDING = "consecutive_demanding"
RULES = (
    OVERLAP,
    AVAILABILITY,
    PROFESSION,
    SKILL,
    LICENCE,
    INACTIVE,
    MAX_HOURS,
    MIN_REST,
    CONSECUTIVE_DEMANDING,
)

# Sign-up states that put a member on the shift (the waitlist does not).
ACTIVE_STATES = PLACE_STATES
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
CHAIN_GAP = dt.timedelta(hours=24)


@dataclass(frozen=True)
class Conflict:
    """One rule a sign-up would break: ``message`` says it (in no language yet), ``params``
    carries the facts for code that decides by them."""

    rule: str
    severity: str
    message: Message
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def reason(self) -> str:
        """The message in English, for logs and the import's English report."""
        return catalogue("en").text(self.message)

    @property
    def hard(self) -> bool:
        return self.severity == HARD


@dataclass(frozen=True)
class ShiftFacts:
    id: int
    project_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    demanding: bool = False
    required_profession_id: int | None = None
    required_profession: str | None = None
    licence_required: bool = False
    required_skill_id: int | None = None
    required_skill: str | None = None


@dataclass
class MemberFacts:
    id: int
    name: str
    status: str = "active"
    deleted: bool = False
    # profession id -> licence valid until (None: no date on record)
    professions: dict[int, dt.date | None] = field(default_factory=dict)
    skills: set[int] = field(default_factory=set)
    # (weekday 0 = Monday, start, end)
    windows: list[tuple[int, dt.time, dt.time]] = field(default_factory=list)
    # other shifts the member is on (not the one being checked)
    shifts: list[ShiftFacts] = field(default_factory=list)


def _hm(t: dt.datetime | dt.time) -> str:
    return t.strftime("%H:%M")


DAY_CODES = ("day.mon", "day.tue", "day.wed", "day.thu", "day.fri", "day.sat", "day.sun")


def _when(s: ShiftFacts) -> dict[str, dt.datetime]:
    """When another shift runs, as message parameters (written the reader's way)."""
    return {"starts": s.starts_at, "ends": s.ends_at}


def _minutes(delta: dt.timedelta) -> int:
    return int(delta.total_seconds() // 60)


MIN_REASON_CHARS = 10


def blocking(conflicts: Iterable[Conflict], rules: OrgRules) -> list[Conflict]:
    """The hard conflicts the organisation does not allow anyone to override."""
    return [c for c in conflicts if c.hard and c.rule not in rules.overridable]


def check_reason(reason: str | None) -> str:
    """An override reason someone can read back later: at least ten characters with a letter,
    so "x" or "ok" is not an explanation. Returns it cleaned; raises ValidationError."""
    from groupdesk.core.errors import ValidationError

    text = " ".join((reason or "").split())
    if len(text) < MIN_REASON_CHARS or not any(ch.isalpha() for ch in text):
        raise ValidationError(
            "override_reason",
            "signup.override_reason_short",
            min=MIN_REASON_CHARS,
        )
    return text


# -- the rules ------------------------------------------------------------------------------


def check_status(shift: ShiftFacts, member: MemberFacts) -> list[Conflict]:
    if member.deleted:
        return [
            Conflict(
                INACTIVE,
                HARD,
                Message("conflict.in_trash", {"name": member.name}),
                {"status": "deleted"},
            )
        ]
    if member.status != "active":
        return [
            Conflict(
                INACTIVE,
                HARD,
                Message("conflict.not_active", {"name": member.name, "status": member.status}),
                {"status": member.status},
            )
        ]
    return []


def check_qualification(shift: ShiftFacts, member: MemberFacts, today: dt.date) -> list[Conflict]:
    found: list[Conflict] = []
    pid = shift.required_profession_id
    if pid is not None:
        name = shift.required_profession or str(pid)
        if pid not in member.professions:
            found.append(
                Conflict(
                    PROFESSION,
                    HARD,
                    Message("conflict.lacks_profession", {"profession": name}),
                    {"profession": name},
                )
            )
        else:
            valid_until = member.professions[pid]
            if valid_until is None:
                if shift.licence_required:
                    found.append(
                        Conflict(
                            LICENCE,
                            SOFT,
                            Message("conflict.licence_undated", {"profession": name}),
                            {"profession": name, "date": None},
                        )
                    )
            elif valid_until < today:
                found.append(
                    Conflict(
                        LICENCE,
                        HARD,
                        Message(
                            "conflict.licence_expired", {"profession": name, "date": valid_until}
                        ),
                        {"profession": name, "date": valid_until, "expired": True},
                    )
                )
            elif valid_until < shift.ends_at.date():
                found.append(
                    Conflict(
                        LICENCE,
                        HARD,
                        Message(
                            "conflict.licence_expires", {"profession": name, "date": valid_until}
                        ),
                        {"profession": name, "date": valid_until, "expired": False},
                    )
                )
    sid = shift.required_skill_id
    if sid is not None and sid not in member.skills:
        name = shift.required_skill or str(sid)
        found.append(
            Conflict(SKILL, HARD, Message("conflict.lacks_skill", {"skill": name}), {"skill": name})
        )
    return found


def covered_by_windows(
    starts_at: dt.datetime, ends_at: dt.datetime, windows: Iterable[tuple[int, dt.time, dt.time]]
) -> bool:
    """Whether one weekly window holds the whole shift (to midnight if it runs past it)."""
    weekday = starts_at.weekday()
    start = starts_at.time()
    end = ends_at.time() if ends_at.date() == starts_at.date() else dt.time(23, 59, 59)
    return any(w == weekday and ws <= start and we >= end for w, ws, we in windows)


def check_availability(shift: ShiftFacts, member: MemberFacts) -> list[Conflict]:
    if not member.windows or covered_by_windows(shift.starts_at, shift.ends_at, member.windows):
        return []
    weekday = shift.starts_at.weekday()
    same_day = [f"{_hm(s)}–{_hm(e)}" for w, s, e in sorted(member.windows) if w == weekday]
    day = Message(DAY_CODES[weekday])
    if same_day:
        text = Message("conflict.outside_hours", {"day": day, "free": same_day})
    else:
        days = [Message(DAY_CODES[w]) for w in sorted({w for w, _, _ in member.windows})]
        text = Message("conflict.not_free_that_day", {"day": day, "days": days})
    return [Conflict(AVAILABILITY, SOFT, text, {"weekday": weekday, "free": same_day})]


def check_overlap(shift: ShiftFacts, member: MemberFacts, rules: OrgRules) -> list[Conflict]:
    found = []
    buffer = rules.overlap_buffer_minutes
    for other in member.shifts:
        if other.starts_at < shift.ends_at and other.ends_at > shift.starts_at:
            minutes = _minutes(
                min(other.ends_at, shift.ends_at) - max(other.starts_at, shift.starts_at)
            )
            params = {"project": other.project_name, "minutes": minutes, "buffer": buffer}
            if minutes <= buffer:
                found.append(
                    Conflict(
                        OVERLAP,
                        SOFT,
                        Message("conflict.handover", {**params, **_when(other)}),
                        params,
                    )
                )
            else:
                found.append(
                    Conflict(
                        OVERLAP,
                        HARD,
                        Message("conflict.overlap", {**params, **_when(other)}),
                        params,
                    )
                )
    return found


def _overlap_hours(
    intervals: Sequence[tuple[dt.datetime, dt.datetime]], lo: dt.datetime, hi: dt.datetime
) -> float:
    total = 0.0
    for s, e in intervals:
        a, b = max(s, lo), min(e, hi)
        if b > a:
            total += (b - a).total_seconds() / 3600
    return total


def check_max_hours(shift: ShiftFacts, member: MemberFacts, rules: OrgRules) -> list[Conflict]:
    day = dt.timedelta(hours=24)
    intervals = [(shift.starts_at, shift.ends_at)] + [
        (o.starts_at, o.ends_at)
        for o in member.shifts
        if o.ends_at > shift.starts_at - day and o.starts_at < shift.ends_at + day
    ]
    # The busiest 24 hours touching this shift start at some shift's start or end at some end.
    windows = [(s, s + day) for s, _ in intervals] + [(e - day, e) for _, e in intervals]
    worst = max(
        _overlap_hours(intervals, lo, hi)
        for lo, hi in windows
        if lo < shift.ends_at and hi > shift.starts_at
    )
    limit = rules.max_hours_per_24h
    if worst > limit + 1e-9:
        return [
            Conflict(
                MAX_HOURS,
                HARD,
                Message("conflict.max_hours", {"hours": round(worst, 2), "limit": limit}),
                {"hours": round(worst, 2), "limit": limit},
            )
        ]
    return []


def check_min_rest(shift: ShiftFacts, member: MemberFacts, rules: OrgRules) -> list[Conflict]:
    need = rules.min_rest_minutes
    if need <= 0:
        return []
    found = []
    for o in member.shifts:
        if o.ends_at <= shift.starts_at:
            gap, before = _minutes(shift.starts_at - o.ends_at), True
        elif o.starts_at >= shift.ends_at:
            gap, before = _minutes(o.starts_at - shift.ends_at), False
        else:
            continue  # overlapping: the overlap rule speaks for it
        if gap < need:
            code = "conflict.rest_after" if before else "conflict.rest_before"
            found.append(
                Conflict(
                    MIN_REST,
                    HARD,
                    Message(
                        code,
                        {"minutes": gap, "required": need, "project": o.project_name, **_when(o)},
                    ),
                    {"minutes": gap, "required": need, "project": o.project_name},
                )
            )
    return found


def check_consecutive_demanding(
    shift: ShiftFacts, member: MemberFacts, rules: OrgRules
) -> list[Conflict]:
    """Demanding shifts less than a day apart count as one run; the run has a limit."""
    limit = rules.max_consecutive_demanding
    if not shift.demanding or limit <= 0:
        return []
    ordered = sorted([*member.shifts, shift], key=lambda s: (s.starts_at, s.id))
    at = ordered.index(shift)
    run = 1
    i = at
    while (
        i > 0
        and ordered[i - 1].demanding
        and ordered[i].starts_at - ordered[i - 1].ends_at < CHAIN_GAP
    ):
        run += 1
        i -= 1
    i = at
    while (
        i + 1 < len(ordered)
        and ordered[i + 1].demanding
        and ordered[i + 1].starts_at - ordered[i].ends_at < CHAIN_GAP
    ):
        run += 1
        i += 1
    if run > limit:
        return [
            Conflict(
                CONSECUTIVE_DEMANDING,
                HARD,
                Message("conflict.consecutive", {"run": run, "limit": limit}),
                {"run": run, "limit": limit},
            )
        ]
    return []


def evaluate(
    shift: ShiftFacts, member: MemberFacts, rules: OrgRules, today: dt.date
) -> list[Conflict]:
    """Every conflict of putting ``member`` on ``shift``; hard ones first."""
    found = [
        *check_status(shift, member),
        *check_overlap(shift, member, rules),
        *check_qualification(shift, member, today),
        *check_availability(shift, member),
        *check_max_hours(shift, member, rules),
        *check_min_rest(shift, member, rules),
        *check_consecutive_demanding(shift, member, rules),
    ]
    return sorted(found, key=lambda c: (c.severity != HARD, RULES.index(c.rule)))


# -- loading facts --------------------------------------------------------------------------

_S = Shift.__table__.c
_A = Assignment.__table__.c


def _context_pad(rules: OrgRules) -> dt.timedelta:
    chain = dt.timedelta(days=2 * (rules.max_consecutive_demanding + 1))
    rest = dt.timedelta(minutes=rules.min_rest_minutes)
    return min(max(dt.timedelta(hours=24), rest, chain), dt.timedelta(days=14))


def _shift_query() -> Select[*tuple[Any, ...]]:
    pt, kt, vt = Profession.__table__, Skill.__table__, VolunteerProject.__table__
    p, k, v = pt.c, kt.c, vt.c
    return (
        select(
            _S.id,
            v.name,
            _S.starts_at,
            _S.ends_at,
            _S.demanding,
            _S.required_profession_id,
            p.name.label("profession"),
            p.licence_required,
            _S.required_skill_id,
            k.name.label("skill"),
        )
        .join(vt, v.id == _S.project_id)
        .outerjoin(pt, p.id == _S.required_profession_id)
        .outerjoin(kt, k.id == _S.required_skill_id)
    )


def _shift_facts(row: Row[*tuple[Any, ...]]) -> ShiftFacts:
    return ShiftFacts(
        id=row[0],
        project_name=row[1],
        starts_at=row[2],
        ends_at=row[3],
        demanding=bool(row[4]),
        required_profession_id=row[5],
        required_profession=row[6],
        licence_required=bool(row[7]),
        required_skill_id=row[8],
        required_skill=row[9],
    )


def load_shift(conn: Connection | Session, shift_id: int) -> ShiftFacts | None:
    row = conn.execute(_shift_query().where(_S.id == shift_id)).first()
    return _shift_facts(row) if row else None


def load_members(
    conn: Connection | Session,
    member_ids: Sequence[int],
    lo: dt.datetime,
    hi: dt.datetime,
) -> dict[int, MemberFacts]:
    """Facts about these members, with the shifts they are on between ``lo`` and ``hi``."""
    ids = sorted(set(member_ids))
    out: dict[int, MemberFacts] = {}
    m = Member.__table__.c
    mp = MemberProfession.__table__.c
    ms = MemberSkill.__table__.c
    aw = AvailabilityWindow.__table__.c
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for r in conn.execute(
            select(m.id, m.full_name, m.status, m.deleted_at).where(m.id.in_(chunk))
        ):
            out[r.id] = MemberFacts(r.id, r.full_name, r.status, r.deleted_at is not None)
        for lic in conn.execute(
            select(mp.member_id, mp.profession_id, mp.licence_valid_until).where(
                mp.member_id.in_(chunk)
            )
        ):
            out[lic[0]].professions[lic[1]] = lic[2]
        for k in conn.execute(select(ms.member_id, ms.skill_id).where(ms.member_id.in_(chunk))):
            out[k[0]].skills.add(k[1])
        for r in conn.execute(
            select(aw.member_id, aw.weekday, aw.start_time, aw.end_time).where(
                aw.member_id.in_(chunk)
            )
        ):
            out[r[0]].windows.append((r[1], r[2], r[3]))
        q = (
            _shift_query()
            .add_columns(_A.member_id)
            .join(Assignment.__table__, _A.shift_id == _S.id)
            .where(
                _A.member_id.in_(chunk),
                _A.status.in_(ACTIVE_STATES),
                _S.status == "scheduled",
                _S.starts_at < hi,
                _S.ends_at > lo,
            )
        )
        for r in conn.execute(q):
            if r[-1] in out:
                out[r[-1]].shifts.append(_shift_facts(r))
    return out


def check_signup(
    conn: Connection | Session,
    shift_id: int,
    member_id: int,
    *,
    rules: OrgRules | None = None,
    today: dt.date | None = None,
) -> list[Conflict]:
    """Conflicts of putting one member on one shift (the shift itself is left out of theirs)."""
    rules = rules or load_rules(conn)
    today = today or org_now(rules.time_zone).date()
    shift = load_shift(conn, shift_id)
    if shift is None:
        return []
    pad = _context_pad(rules)
    facts = load_members(conn, [member_id], shift.starts_at - pad, shift.ends_at + pad)
    member = facts.get(member_id)
    if member is None:
        return []
    member.shifts = [s for s in member.shifts if s.id != shift_id]
    return evaluate(shift, member, rules, today)


@dataclass(frozen=True)
class ListedConflict:
    shift_id: int
    member_id: int
    member_name: str
    project_name: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    conflict: Conflict


def conflicts_between(
    conn: Connection | Session,
    start: dt.datetime,
    end: dt.datetime,
    *,
    project_id: int | None = None,
    today: dt.date | None = None,
) -> list[ListedConflict]:
    """Every conflict of every sign-up on scheduled shifts starting in [start, end)."""
    rules = load_rules(conn)
    today = today or org_now(rules.time_zone).date()
    conds = [_S.starts_at >= start, _S.starts_at < end, _S.status == "scheduled"]
    if project_id is not None:
        conds.append(_S.project_id == project_id)
    rows = conn.execute(
        _shift_query()
        .add_columns(_A.member_id)
        .join(Assignment.__table__, and_(_A.shift_id == _S.id, _A.status.in_(ACTIVE_STATES)))
        .where(*conds)
        .order_by(_S.starts_at, _S.id)
    ).all()
    pad = _context_pad(rules)
    members = load_members(conn, [r[-1] for r in rows], start - pad, end + pad)
    by_member: dict[int, list[ShiftFacts]] = defaultdict(list)
    for mid, facts in members.items():
        by_member[mid] = facts.shifts
    out: list[ListedConflict] = []
    for r in rows:
        shift = _shift_facts(r)
        member = members.get(r[-1])
        if member is None:
            continue
        view = MemberFacts(
            member.id,
            member.name,
            member.status,
            member.deleted,
            member.professions,
            member.skills,
            member.windows,
            [s for s in by_member[member.id] if s.id != shift.id],
        )
        for c in evaluate(shift, view, rules, today):
            out.append(
                ListedConflict(
                    shift.id,
                    member.id,
                    member.name,
                    shift.project_name,
                    shift.starts_at,
                    shift.ends_at,
                    c,
                )
            )
    return out


def check_many(
    conn: Connection | Session,
    pairs: Sequence[tuple[int, int]],
    *,
    today: dt.date | None = None,
) -> list[list[Conflict]]:
    """Conflicts of many (shift id, member id) sign-ups at once, as an import checks a file:
    the rules are the same as for one sign-up, and each row also counts the rows before it,
    so two overlapping rows for the same member are caught before either is saved."""
    if not pairs:
        return []
    rules = load_rules(conn)
    today = today or org_now(rules.time_zone).date()
    shift_ids = sorted({s for s, _ in pairs})
    shifts: dict[int, ShiftFacts] = {}
    for start in range(0, len(shift_ids), 900):
        chunk = shift_ids[start : start + 900]
        for row in conn.execute(_shift_query().where(_S.id.in_(chunk))):
            shifts[row[0]] = _shift_facts(row)
    if not shifts:
        return [[] for _ in pairs]
    pad = _context_pad(rules)
    lo = min(s.starts_at for s in shifts.values()) - pad
    hi = max(s.ends_at for s in shifts.values()) + pad
    members = load_members(conn, [m for _, m in pairs], lo, hi)
    out: list[list[Conflict]] = []
    for shift_id, member_id in pairs:
        shift, member = shifts.get(shift_id), members.get(member_id)
        if shift is None or member is None:
            out.append([])
            continue
        others = [s for s in member.shifts if s.id != shift_id]
        view = MemberFacts(
            member.id,
            member.name,
            member.status,
            member.deleted,
            member.professions,
            member.skills,
            member.windows,
            others,
        )
        out.append(evaluate(shift, view, rules, today))
        if all(s.id != shift_id for s in member.shifts):
            member.shifts.append(shift)  # later rows see this one as already taken
    return out
