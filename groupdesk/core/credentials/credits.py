"""Activities that earn continuing-education credits (SKP), and the credits members earned
at them. An activity still to come earns nothing yet: refused, nothing written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.core import audit
from groupdesk.core.errors import ValidationError
from groupdesk.core.messages import Message
from groupdesk.core.models import AuditAction, Member
from groupdesk.core.models.credential import ACTIVITY_KINDS, CreditActivity, CreditAward


def check_activity(
    name: str, kind: str, held_on: dt.date | None, points: float | None, today: dt.date
) -> str:
    """The activity's name, trimmed; ValidationError for what cannot be recorded."""
    name = (name or "").strip()
    if not name:
        raise ValidationError("activity", "credits.activity_name_required")
    if kind not in ACTIVITY_KINDS:
        raise ValidationError(
            "kind",
            "credits.unknown_activity_kind",
            value=kind,
            choices=[Message(f"credits.kind.{k}") for k in ACTIVITY_KINDS],
        )
    if held_on is None:
        raise ValidationError("held_on", "credits.date_required")
    if held_on > today:
        raise ValidationError("held_on", "credits.future_activity", when=held_on)
    if points is None or points < 0:
        raise ValidationError("points", "credits.points_invalid")
    return name


def add_activity(
    session: Session,
    name: str,
    kind: str,
    held_on: dt.date | None,
    points: float | None,
    *,
    organiser: str | None = None,
    category: str | None = None,
    today: dt.date,
) -> int:
    """A new activity; refused for a date still to come, a missing name, negative points."""
    name = check_activity(name, kind, held_on, points, today)
    activity = CreditActivity(
        name=name,
        kind=kind,
        held_on=held_on,
        organiser=(organiser or "").strip() or None,
        category=(category or "").strip() or None,
        points=float(points or 0),
    )
    session.add(activity)
    session.flush()
    audit.record(
        session,
        "credit_activity",
        activity.id,
        AuditAction.CREATE,
        {"name": (None, name), "held_on": (None, held_on), "points": (None, points)},
    )
    return activity.id


def award_credits(
    session: Session,
    activity_id: int,
    awards: Mapping[int, float | None],
    *,
    today: dt.date,
) -> list[int]:
    """Credits for members at one activity (``None``: the activity's points). A member who
    has the activity's credits already, an unknown member, or an activity still to come
    refuses the whole call."""
    activity = session.get(CreditActivity, activity_id)
    if activity is None:
        raise ValidationError("activity", "credits.unknown_activity")
    if activity.held_on > today:
        raise ValidationError("held_on", "credits.future_activity", when=activity.held_on)
    wanted = sorted(awards)
    known = {
        pk: deleted
        for pk, deleted in session.execute(
            select(Member.id, Member.deleted_at).where(Member.id.in_(wanted))
        )
    }
    for member_id in wanted:
        if member_id not in known or known[member_id] is not None:
            raise ValidationError("member", "credentials.unknown_member", member=member_id)
    already = session.scalar(
        select(Member.full_name)
        .join(CreditAward, CreditAward.member_id == Member.id)
        .where(CreditAward.activity_id == activity_id, CreditAward.member_id.in_(wanted))
        .limit(1)
    )
    if already is not None:
        raise ValidationError("member", "credits.already_awarded", name=already)
    ids = []
    for member_id in wanted:
        points = awards[member_id]
        points = activity.points if points is None else points
        if points < 0:
            raise ValidationError("points", "credits.points_invalid")
        award = CreditAward(member_id=member_id, activity_id=activity_id, points=points)
        session.add(award)
        session.flush()
        ids.append(award.id)
    return ids
