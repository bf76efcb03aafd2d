"""Writing and reading the audit trail: every change leaves old and new values behind."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.core.models import AuditEntry, utcnow


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def record(
    session: Session,
    entity: str,
    entity_id: int,
    action: str,
    changes: Mapping[str, tuple[object, object]] | None = None,
) -> None:
    """One row per changed field (or a single row when no field applies)."""
    when, who = utcnow(), current_user()
    if not changes:
        session.add(
            AuditEntry(
                entity=entity, entity_id=entity_id, action=action, changed_at=when, changed_by=who
            )
        )
        return
    for field, (old, new) in changes.items():
        session.add(
            AuditEntry(
                entity=entity,
                entity_id=entity_id,
                action=action,
                field=field,
                old_value=as_text(old),
                new_value=as_text(new),
                changed_at=when,
                changed_by=who,
            )
        )


@dataclass(frozen=True)
class HistoryLine:
    changed_at: dt.datetime
    changed_by: str | None
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None


def history(session: Session, entity: str, entity_id: int) -> list[HistoryLine]:
    rows = session.execute(
        select(
            AuditEntry.changed_at,
            AuditEntry.changed_by,
            AuditEntry.action,
            AuditEntry.field,
            AuditEntry.old_value,
            AuditEntry.new_value,
        )
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.changed_at.desc(), AuditEntry.id.desc())
    ).all()
    return [HistoryLine(*r) for r in rows]
