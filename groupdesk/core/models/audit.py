"""Who changed what and when: the member history, the undo of an import and the
personal-data export read this. Rows are written by :mod:`groupdesk.core.audit` only."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow
from .json_value import JsonText, JsonValue


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    field: Mapped[str | None] = mapped_column(String(64))
    # Typed values as JSON: true stays true, 5 stays 5, a date is its ISO text.
    old_value: Mapped[JsonValue] = mapped_column(JsonText)
    new_value: Mapped[JsonValue] = mapped_column(JsonText)
    # Naive UTC, like every stored time.
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The operating-system account (SQLite file) or the database role (server).
    changed_by: Mapped[str] = mapped_column(String(120))

    __table_args__ = (
        Index(None, "entity", "entity_id", "changed_at"),
        CheckConstraint("changed_by <> ''", name="changed_by"),
    )
