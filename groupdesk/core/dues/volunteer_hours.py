"""Volunteer hours a membership type requires each year (as OpenJVerein's fee groups do): the
link between the roster and the volunteer side. The hours report shows each member's
shortfall (``reports/hours.py``)."""

from __future__ import annotations

from enum import Enum

from sqlalchemy import Connection, text

from groupdesk.core import audit
from groupdesk.core.database import Database
from groupdesk.core.errors import NotFound, ValidationError
from groupdesk.core.models import AuditAction


class Unchanged(Enum):
    """A form that leaves the hours as they are (not the same as "none")."""

    UNCHANGED = "unchanged"


UNCHANGED = Unchanged.UNCHANGED


def check_required_hours(hours: int | None) -> None:
    if hours is not None and not 0 <= hours <= 8760:
        raise ValidationError("required_hours", "dues.required_hours_range", hours=hours)


def set_required_hours(db: Database, type_id: int, hours: int | None) -> None:
    """Members of the type owe ``hours`` volunteer hours a year (None or 0: no such duty)."""
    check_required_hours(hours)
    with db.begin() as conn:
        write_required_hours(conn, type_id, hours)


def write_required_hours(conn: Connection, type_id: int, hours: int | None) -> None:
    """The change in ``conn``'s transaction, recorded in the type's history."""
    before = conn.execute(
        text("SELECT required_hours FROM membership_types WHERE id = :t"), {"t": type_id}
    ).one_or_none()
    if before is None:
        raise NotFound(type_id)
    value = hours or None
    if before[0] == value:
        return
    conn.execute(
        text("UPDATE membership_types SET required_hours = :h WHERE id = :t"),
        {"h": value, "t": type_id},
    )
    audit.record(
        conn, "membership_type", type_id, AuditAction.UPDATE, {"required_hours": (before[0], value)}
    )
