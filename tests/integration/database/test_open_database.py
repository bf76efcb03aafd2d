"""Opening databases: new, existing, and every kind of file a user might point us at."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from groupdesk.core.database import (
    DatabaseCorrupt,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    NotADatabase,
    NotAGroupDeskDatabase,
    open_database,
)
from groupdesk.core.database.migrate import head_revision
from groupdesk.core.models import ChallengeCategory, Member, OrganisationSettings, Profession


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_created_at_head_with_reference_lists(db_path: Path) -> None:
    db = open_database(db_path)
    assert db.created
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == (
            head_revision()
        )
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Profession)) == 8
        assert s.scalar(select(func.count()).select_from(ChallengeCategory)) == 8
        settings = s.get(OrganisationSettings, 1)
        assert settings is not None
        assert settings.time_zone == "Asia/Jakarta"
        assert settings.phone_country == "ID"
    db.close()
    again = open_database(db_path)
    assert not again.created and again.upgraded_from is None
    again.close()


def test_connections_are_durable_and_checked(db) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_a_failed_transaction_leaves_nothing_behind(db) -> None:
    with pytest.raises(RuntimeError), db.transaction() as s:
        s.add(Member(member_number="A-1", full_name="Ayu", sort_name="ayu", search_text="ayu"))
        s.flush()
        raise RuntimeError("power cut")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0


def test_missing_file_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    target = tmp_path / "nope.sqlite"
    with pytest.raises(DatabaseMissing):
        open_database(target, create=False)
    assert not target.exists()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", DatabaseCorrupt),  # emptied by a full disk: a backup repairs it
        (b"FamilyID,LastName\n1,Santoso\n", NotADatabase),
        (b"PK\x03\x04" + b"\x00" * 200, NotADatabase),
        (b"SQLite format 3\x00" + b"\xff" * 4000, DatabaseCorrupt),
    ],
    ids=["empty", "csv", "zip", "damaged-sqlite"],
)
def test_files_that_are_not_usable_databases_are_refused_untouched(
    tmp_path: Path, content: bytes, error: type[Exception]
) -> None:
    target = tmp_path / "roster.sqlite"
    target.write_bytes(content)
    before = digest(target)
    with pytest.raises(error) as info:
        open_database(target)
    assert str(target) in str(info.value)
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.sqlite"]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabase, match="folder"):
        open_database(tmp_path)


def test_someone_elses_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "other.db"
    with sqlite3.connect(target) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    before = digest(target)
    with pytest.raises(NotAGroupDeskDatabase):
        open_database(target)
    assert digest(target) == before


def test_database_from_a_newer_groupdesk_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = digest(db_path)
    with pytest.raises(DatabaseTooNew, match="newer GroupDesk"):
        open_database(db_path)
    assert digest(db_path) == before


def test_read_only_file_is_refused_then_opens_read_only(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    db_path.chmod(0o444)
    try:
        with pytest.raises(DatabaseReadOnly):
            open_database(db_path)
        db = open_database(db_path, read_only=True)
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Profession)) == 8
        db.close()
    finally:
        db_path.chmod(0o644)


def test_read_only_open_never_writes(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
    before = digest(db_path)
    db = open_database(db_path, read_only=True)
    with (
        pytest.raises(Exception, match=r"readonly|read-only|attempt to write"),
        db.transaction() as s,
    ):
        s.add(Member(member_number="A-1", full_name="Ayu", sort_name="ayu", search_text="ayu"))
    db.close()
    assert digest(db_path) == before
