"""Reading the audit trail back: one record's changes, newest first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from groupdesk.core.messages.texts.fields import FIELDS
from groupdesk.core.models import AuditEntry
from groupdesk.core.models.json_value import JsonValue


@dataclass(frozen=True)
class HistoryLine:
    """One audit row as a reader shows it; the values as typed as they were recorded."""

    changed_at: dt.datetime  # UTC
    changed_by: str
    action: str
    field: str | None
    old_value: JsonValue
    new_value: JsonValue


def history(target: Session | Connection, entity: str, entity_id: int) -> list[HistoryLine]:
    rows = target.execute(
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


def field_label_code(entity: str, field: str | None) -> str | None:
    """The message code of a changed field's label ("field.member.city"), for the History
    tab; None for a field without one (shown by its stored name)."""
    if field is None:
        return None
    return FIELDS.get(entity, {}).get(field)
