"""Small pieces every write service needs: the organisation's settings and clock, audit rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from groupdesk.core.models import (
    DEFAULT_TIME_ZONE,
    AuditEntry,
    OrganisationSettings,
    utcnow,
)

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class OrgRules:
    """The organisation settings scheduling reads, as plain values."""

    time_zone: str = DEFAULT_TIME_ZONE
    language: str = "id"
    name: str = ""
    max_hours_per_24h: float = 10.0
    min_rest_minutes: int = 8 * 60
    max_consecutive_demanding: int = 2
    overlap_buffer_minutes: int = 0


def load_rules(conn: Connection | Session) -> OrgRules:
    o = OrganisationSettings.__table__.c
    row = conn.execute(
        select(
            o.time_zone,
            o.language,
            o.name,
            o.max_hours_per_24h,
            o.min_rest_minutes,
            o.max_consecutive_demanding,
            o.overlap_buffer_minutes,
        ).where(o.id == 1)
    ).first()
    if row is None:
        return OrgRules()
    return OrgRules(
        time_zone=row.time_zone or DEFAULT_TIME_ZONE,
        language=row.language or "id",
        name=row.name or "",
        max_hours_per_24h=float(row.max_hours_per_24h or 10.0),
        min_rest_minutes=int(row.min_rest_minutes or 0),
        max_consecutive_demanding=int(row.max_consecutive_demanding or 0),
        overlap_buffer_minutes=int(row.overlap_buffer_minutes or 0),
    )


def org_now(time_zone: str) -> dt.datetime:
    """The organisation's wall-clock time now, naive, comparable with shift times."""
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo(DEFAULT_TIME_ZONE)
    return dt.datetime.now(zone).replace(tzinfo=None, microsecond=0)


def audit(
    session: Session,
    entity: str,
    entity_id: int,
    action: str,
    field: str | None = None,
    old: object = None,
    new: object = None,
) -> None:
    session.execute(
        insert(AuditEntry).values(
            entity=entity,
            entity_id=entity_id,
            action=action,
            field=field,
            old_value=None if old is None else str(old),
            new_value=None if new is None else str(new),
            changed_at=utcnow(),
        )
    )


LANGUAGES = ("id", "en")


def check_time_zone(name: str) -> None:
    from groupdesk.core.errors import ValidationError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("time_zone", "Not a time zone this computer knows.") from None


def check_language(code: str) -> None:
    from groupdesk.core.errors import ValidationError

    if code not in LANGUAGES:
        raise ValidationError("language", "Choose Indonesian or English.")


def validate_rules(rules: OrgRules) -> None:
    from groupdesk.core.errors import ValidationError

    check_time_zone(rules.time_zone)
    check_language(rules.language)
    if not 0 < rules.max_hours_per_24h <= 24:
        raise ValidationError("max_hours_per_24h", "Between 0 and 24 hours.")
    if not 0 <= rules.min_rest_minutes <= 48 * 60:
        raise ValidationError("min_rest_minutes", "Between 0 and 48 hours of rest.")
    if not 0 <= rules.max_consecutive_demanding <= 50:
        raise ValidationError("max_consecutive_demanding", "Between 0 (no limit) and 50.")
    if not 0 <= rules.overlap_buffer_minutes <= 240:
        raise ValidationError("overlap_buffer_minutes", "Between 0 and 240 minutes.")


def save_rules(session: Session, rules: OrgRules) -> None:
    """Store the scheduling settings (one transaction is the caller's); audited per field."""
    from sqlalchemy import update

    validate_rules(rules)
    old = load_rules(session)
    values = {
        k: getattr(rules, k)
        for k in (
            "time_zone",
            "language",
            "max_hours_per_24h",
            "min_rest_minutes",
            "max_consecutive_demanding",
            "overlap_buffer_minutes",
        )
    }
    exists = session.execute(
        select(OrganisationSettings.id).where(OrganisationSettings.id == 1)
    ).first()
    if exists is None:
        session.execute(insert(OrganisationSettings).values(id=1, **values))
    else:
        session.execute(
            update(OrganisationSettings).where(OrganisationSettings.id == 1).values(**values)
        )
    for key, new in values.items():
        if getattr(old, key) != new:
            audit(session, "organisation", 1, "update", key, getattr(old, key), new)
