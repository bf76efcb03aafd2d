"""The organisation's own settings: its name, the country phone numbers default to, its time
zone and language. One row, read often, changed rarely."""

from __future__ import annotations

from dataclasses import dataclass, replace

import phonenumbers

from groupdesk.core import audit
from groupdesk.core.database import Database
from groupdesk.core.models import AuditAction, OrganisationSettings
from groupdesk.core.services.common import (
    ORGANISATION_ENTITY,
    OrgRules,
    check_language,
    check_time_zone,
    load_rules,
    save_rules,
)
from groupdesk.core.validation import ValidationError


@dataclass(frozen=True)
class Settings:
    name: str
    phone_country: str
    time_zone: str
    language: str

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def phone_countries() -> list[tuple[str, int]]:
    """Region codes with their calling code, e.g. ('ID', 62), sorted by region."""
    return sorted(
        (region, phonenumbers.country_code_for_region(region))
        for region in phonenumbers.SUPPORTED_REGIONS
    )


class OrganisationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> Settings:
        with self._db.session() as s:
            row = s.get(OrganisationSettings, 1)
            if row is None:
                return Settings("", "ID", "Asia/Jakarta", "id")
            return Settings(row.name, row.phone_country, row.time_zone, row.language)

    def save(self, settings: Settings) -> Settings:
        name = " ".join(settings.name.split())
        country = settings.phone_country.strip().upper()
        if country not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError("phone_country", "settings.unknown_country", country=country)
        check_time_zone(settings.time_zone)
        check_language(settings.language)
        new = {
            "name": name,
            "phone_country": country,
            "time_zone": settings.time_zone,
            "language": settings.language,
        }
        with self._db.transaction() as s:
            row = s.get(OrganisationSettings, 1)
            if row is None:
                row = OrganisationSettings(id=1)
                old: dict[str, object] = dict.fromkeys(new)
            else:
                old = {key: getattr(row, key) for key in new}
            for key, value in new.items():
                setattr(row, key, value)
            s.add(row)
            changes = {k: (old[k], v) for k, v in new.items() if old[k] != v}
            if changes:
                s.flush()
                audit.record(s, ORGANISATION_ENTITY, 1, AuditAction.UPDATE, changes)
        return Settings(name, country, settings.time_zone, settings.language)

    def rules(self) -> OrgRules:
        """The scheduling rules (time zone, guardrails, which hard rules may be overridden)."""
        with self._db.engine.connect() as conn:
            return load_rules(conn)

    def save_rules(self, rules: OrgRules) -> OrgRules:
        """Check and store the scheduling rules in one transaction (ValidationError for the
        first field that is not acceptable; nothing is then written)."""
        with self._db.transaction() as session:
            save_rules(session, rules)
        return self.rules()
