"""Ids on a server: rows written with ids GroupDesk chose must not be handed out again.

A PostgreSQL table's id comes from its sequence, which knows nothing of rows inserted with an
explicit id (the demo data does that, to link its rows in one pass). Left alone, the next
member added by hand would be given id 1 again and refused.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from groupdesk.core.models import Base


def catch_up_sequences(conn: Connection) -> None:
    """Move every id sequence past the highest id in its table (nothing to do on SQLite)."""
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        sequence = func.pg_get_serial_sequence(table.name, "id")
        highest = select(func.coalesce(func.max(table.c.id), 0)).scalar_subquery()
        conn.execute(select(func.setval(sequence, highest + 1, False)))
