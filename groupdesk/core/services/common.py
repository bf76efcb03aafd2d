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
