"""Small SQL helpers shared by the reports: streaming rows, counting, and the few
expressions whose spelling differs between SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Float, cast, func, select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect

FETCH = 2000
"""Rows fetched from the cursor at a time: memory stays flat, round trips stay few."""


def stream(
    db: Database,
    stmt: AnySelect,
    shape: Callable[[Sequence[Any]], Sequence[object]] | None = None,
) -> Iterator[Sequence[object]]:
    """Yield the rows of ``stmt`` as plain tuples, a batch at a time, never all at once.

    The connection is opened on the first row asked for and closed when the consumer is
    done (or stops early: a cancelled export closes the generator, which closes it too).
    """
    with db.engine.connect() as conn:
        result = conn.execution_options(yield_per=FETCH).execute(stmt)
        if shape is None:
            for row in result:
                yield tuple(row)
        else:
            for row in result:
                yield shape(row)


def count(db: Database, stmt: AnySelect) -> int:
    """How many rows ``stmt`` returns, asked of the database with COUNT(*)."""
    counting = select(func.count()).select_from(stmt.order_by(None).subquery())
    with db.engine.connect() as conn:
        return int(conn.execute(counting).scalar_one())


def scalar(db: Database, stmt: AnySelect) -> Any:
    with db.engine.connect() as conn:
        return conn.execute(stmt).scalar()


def _dialect(db: Database) -> str:
    return db.engine.dialect.name


def month_start(db: Database, moment: Any) -> ColumnElement[Any]:
    """Text 'yyyy-mm-01' of the month a timestamp falls in (the report turns it into a date)."""
    if _dialect(db) == "postgresql":
        return func.to_char(moment, "YYYY-MM-01")
    return func.strftime("%Y-%m-01", moment)


def hours_between(db: Database, start: Any, end: Any) -> ColumnElement[float | Decimal]:
    """Length of a shift in hours, as a number (counted in whole minutes, so 4 h is 4.0)."""
    if _dialect(db) == "postgresql":
        return func.extract("epoch", end - start) / 3600.0
    minutes = func.round((func.julianday(end) - func.julianday(start)) * 1440)
    return minutes / cast(60.0, Float)


def joined_text(db: Database, column: Any, separator: str = ", ") -> ColumnElement[str]:
    """Aggregate text values of a group into one cell ("Ayu, Budi, Sari")."""
    if _dialect(db) == "postgresql":
        return func.string_agg(column, separator)
    return func.group_concat(column, separator)
