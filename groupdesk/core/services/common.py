"""Small pieces every write service needs: the organisation's settings and clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from groupdesk.core import audit
from groupdesk.core.models import AuditAction, OrganisationSettings

# The organisation's rules are read by scheduling too, which services use: they live below both.
from groupdesk.core.org_rules import DEFAULT_OVERRIDABLE as DEFAULT_OVERRIDABLE
from groupdesk.core.org_rules import HARD_RULES as HARD_RULES
from groupdesk.core.org_rules import OrgRules as OrgRules
from groupdesk.core.org_rules import load_rules as load_rules
from groupdesk.core.org_rules import org_now as org_now
from groupdesk.core.org_rules import parse_override_rules as parse_override_rules

Clock = Callable[[], dt.datetime]
ORGANISATION_ENTITY = "organisation"


LANGUAGES = ("id", "en")


def check_time_zone(name: str) -> None:
    from groupdesk.core.errors import ValidationError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError("time_zone", "settings.unknown_time_zone") from None


def check_language(code: str) -> None:
    from groupdesk.core.errors import ValidationError

    if code not in LANGUAGES:
        raise ValidationError("language", "settings.unknown_language")


def validate_rules(rules: OrgRules) -> None:
    from groupdesk.core.errors import ValidationError

    check_time_zone(rules.time_zone)
    check_language(rules.language)
    if not 0 < rules.max_hours_per_24h <= 24:
        raise ValidationError("max_hours_per_24h", "settings.max_hours_range", max=24)
    if not 0 <= rules.min_rest_minutes <= 48 * 60:
        raise ValidationError("min_rest_minutes", "settings.rest_range", max=48)
    if not 0 <= rules.max_consecutive_demanding <= 50:
        raise ValidationError("max_consecutive_demanding", "settings.consecutive_range", max=50)
    if not 0 <= rules.overlap_buffer_minutes <= 240:
        raise ValidationError("overlap_buffer_minutes", "settings.buffer_range", max=240)
    unknown = set(rules.overridable) - set(HARD_RULES)
    if unknown:
        raise ValidationError("overridable", "settings.unknown_rules", rules=sorted(unknown))
    phone = rules.contact_phone.strip()
    if phone and (len(phone) > 40 or sum(ch.isdigit() for ch in phone) < 6):
        raise ValidationError("contact_phone", "settings.contact_phone_invalid")


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
