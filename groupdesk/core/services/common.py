"""Small pieces every write service needs: the organisation's settings and clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, insert, select
from sqlalchemy.orm import Session

from groupdesk.core import audit
from groupdesk.core.models import DEFAULT_TIME_ZONE, AuditAction, OrganisationSettings

Clock = Callable[[], dt.datetime]
ORGANISATION_ENTITY = "organisation"


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
    unknown = set(rules.overridable) - set(HARD_RULES)
    if unknown:
        raise ValidationError("overridable", f"Unknown rule: {', '.join(sorted(unknown))}.")
    phone = rules.contact_phone.strip()
    if phone and (len(phone) > 40 or sum(ch.isdigit() for ch in phone) < 6):
        raise ValidationError("contact_phone", "Enter a phone number, such as 0812 3456 7890.")


def save_rules(session: Session, rules: OrgRules) -> None:
    """Store the scheduling settings (one transaction is the caller's); audited per field."""
    from sqlalchemy import update

    validate_rules(rules)
    old = load_rules(session)
    values: dict[str, object] = {
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
    values["override_rules"] = ",".join(r for r in HARD_RULES if r in rules.overridable)
    values["contact_phone"] = " ".join(rules.contact_phone.split()) or None
    before = {
        "override_rules": ",".join(r for r in HARD_RULES if r in old.overridable),
        "contact_phone": old.contact_phone or None,
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
    changes: dict[str, tuple[object, object]] = {}
    for key, new in values.items():
        was = before[key] if key in before else getattr(old, key)
        if was != new:
            changes[key] = (was, new)
    if changes:
        audit.record(session, ORGANISATION_ENTITY, 1, AuditAction.UPDATE, changes)
