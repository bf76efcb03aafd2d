"""A database that refuses every write, as a file made read-only behind GroupDesk's back does:
SQLite itself answers "attempt to write a readonly database" (no mock of the database)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from groupdesk.core.database import Database


def refuse_writes(db: Database) -> None:
    """From now on every connection to ``db`` may read but not write."""

    def query_only(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")

    event.listen(db.engine, "connect", query_only)
    db.engine.dispose()  # the connections already open are replaced by refusing ones
