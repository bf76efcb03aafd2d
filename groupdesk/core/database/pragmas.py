"""Per-connection SQLite settings that make every write durable and every link checked."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event

BUSY_TIMEOUT_MS = 5000


def install_sqlite_pragmas(engine: Engine, *, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
        # DDL in a migration is inside the transaction too and rolls back with it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                # WAL lets readers go on while one writer commits; FULL makes a commit
                # survive a power cut, which matters more here than write speed.
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")
