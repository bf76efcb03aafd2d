"""Small tools the data-safety tests share."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sqlalchemy import func, select

from groupdesk.core.models import Member


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def member_count(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(Member)))


def count_rows(path: Path, table: str = "members") -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def add_member(db, number: str, name: str = "Siti Rahayu") -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        s.add(Member(member_number=number, full_name=name, sort_name=name.casefold()))


def damage(path: Path) -> None:
    """Overwrite the middle of the file with garbage, past the header and schema page."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) >= 6 * page, "need a database with a few pages"
    for start in range(2 * page, len(data) - page, 3 * page):
        data[start + 8 : start + 600] = bytes((i * 37 + 11) % 256 for i in range(592))
    path.write_bytes(bytes(data))


def swap_indexes(path: Path) -> None:
    """Damage only quick_check misses: two indexes point at each other's pages."""
    with sqlite3.connect(path) as conn:
        roots = dict(
            conn.execute(
                "SELECT name, rootpage FROM sqlite_master"
                " WHERE name IN ('ix_members_email', 'ix_members_city')"
            )
        )
        conn.execute("PRAGMA writable_schema = ON")
        for name, other in (
            ("ix_members_email", "ix_members_city"),
            ("ix_members_city", "ix_members_email"),
        ):
            conn.execute(
                "UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (roots[other], name)
            )
    conn.close()
