"""The organisation's rules as plain values: its time zone and clock, and the limits and
overrides scheduling checks against.

Both scheduling (which checks a sign-up) and the services (which save one) read them, so they
live below both; saving them, with its audit, is the services' job (``services.common``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from groupdesk.core.models import DEFAULT_TIME_ZONE, OrganisationSettings

# Rules whose breach can be "hard" (they block a sign-up), by code, as in scheduling.conflicts.
HARD_RULES = (
    "overlap",
    "profession",
    "skill",
    "licence",
    "inactive",
    "max_hours",
    "min_rest",
    "consecutive_demanding",
)
# Out of the box a coordinator may override these with a reason; an expired licence and a
# missing profession are for the organisation to allow, because they put patients at risk.
DEFAULT_OVERRIDABLE = frozenset(HARD_RULES) - {"licence", "profession"}


def parse_override_rules(text: str | None) -> frozenset[str]:
    """The stored comma-separated list; None (never saved) is the default list."""
    if text is None:
        return DEFAULT_OVERRIDABLE
    return frozenset(p.strip() for p in text.split(",") if p.strip() in HARD_RULES)


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
    overridable: frozenset[str] = DEFAULT_OVERRIDABLE
    contact_phone: str = ""


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
            o.override_rules,
            o.contact_phone,
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
        overridable=parse_override_rules(row.override_rules),
        contact_phone=row.contact_phone or "",
    )


def org_now(time_zone: str) -> dt.datetime:
    """The organisation's wall-clock time now, naive, comparable with shift times."""
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo(DEFAULT_TIME_ZONE)
    return dt.datetime.now(zone).replace(tzinfo=None, microsecond=0)
