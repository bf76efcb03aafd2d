"""Declarative base shared by every table.

Constraint names follow one convention so that Alembic's batch mode can rebuild SQLite
tables (SQLite cannot ALTER a constraint it cannot name).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, ClassVar

from sqlalchemy import DateTime, MetaData, Table, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Naive UTC timestamp; SQLite has no time zones, so every audit time is UTC by rule."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:
        # Every model maps one Table (none maps a join or a query), so code may use its
        # name and insert into it.
        __table__: ClassVar[Table]


class Timestamped:
    """Creation and last-change times, set by the database layer rather than by callers."""

    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )


def check_in(column: str, values: tuple[str, ...]) -> str:
    """SQL text of a CHECK that keeps an enumerated text column within its values."""
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"
