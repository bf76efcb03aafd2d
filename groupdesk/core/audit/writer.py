"""The one place audit rows are written: every service that changes data comes here.

A change is recorded in the transaction that makes it, so the row and the change are saved
together or not at all. Each row says which record (entity and id), what happened (the
action), which field, its old and new value as typed JSON, when (UTC) and who (see
:mod:`groupdesk.core.audit.who`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from groupdesk.core.models import AuditAction, AuditEntry, utcnow

from .who import who as current_user

Changes = Mapping[str, tuple[object, object]]


@dataclass(frozen=True)
class Change:
    """One audit row before it is written: ``field`` None when no single field applies."""

    entity: str
    entity_id: int
    action: AuditAction
    field: str | None = None
    old: object = None
    new: object = None


def changes_of(
    entity: str, entity_id: int, action: AuditAction, changes: Changes | None = None
) -> list[Change]:
    """One :class:`Change` per changed field, or one without a field when none is given."""
    if not changes:
        return [Change(entity, entity_id, action)]
    return [
        Change(entity, entity_id, action, name, old, new) for name, (old, new) in changes.items()
    ]


def record(
    target: Session | Connection,
    entity: str,
    entity_id: int,
    action: AuditAction,
    changes: Changes | None = None,
    *,
    user: str | None = None,
    when: dt.datetime | None = None,
) -> None:
    """Record ``action`` on one record: a row per ``field: (old, new)`` in ``changes``, or one
    row without a field (a record moved to the trash, brought back, ...)."""
    record_all(target, changes_of(entity, entity_id, action, changes), user=user, when=when)


def record_all(
    target: Session | Connection,
    entries: Iterable[Change],
    *,
    user: str | None = None,
    when: dt.datetime | None = None,
) -> None:
    """Record many changes at once (one statement), all by the same user at the same time.

    ``user`` is for a caller that knows better than the connection (None: :func:`who`);
    ``when`` for one that stamps its own rows with the same time (None: now, UTC)."""
    rows: list[dict[str, Any]] = []
    for change in entries:
        rows.append(
            {
                "entity": change.entity,
                "entity_id": change.entity_id,
                "action": AuditAction(change.action).value,
                "field": change.field,
                "old_value": change.old,
                "new_value": change.new,
            }
        )
    if not rows:
        return
    by = (user or "").strip() or current_user(target)
    at = when or utcnow()
    for row in rows:
        row["changed_by"], row["changed_at"] = by, at
    target.execute(insert(AuditEntry.__table__), rows)
