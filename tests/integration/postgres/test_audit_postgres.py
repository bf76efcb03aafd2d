"""On a server, the history names the database role that made each change (what the
server's own logs and permissions go by), not the account of the computer it came from, and
keeps the same typed values as a file does."""

from __future__ import annotations

import os
import pwd
from pathlib import Path

import pytest
from sqlalchemy import text

from groupdesk.core.services.members import MemberRecord, MemberService
from tests.integration.services.audit_world import change_everything, users
from tests.integration.services.test_audit_trail import mismatches


def role(db) -> str:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT current_user")).scalar())


def test_every_kind_of_change_is_recorded_with_the_database_role(pg_db, tmp_path: Path) -> None:
    assert role(pg_db) == "groupdesk" != pwd.getpwuid(os.getuid()).pw_name
    expected = change_everything(pg_db, tmp_path)
    assert mismatches(pg_db, expected, "groupdesk") == []
    assert users(pg_db) == ["groupdesk"]


def test_each_role_is_named_for_its_own_changes(pg_db, pg_url: str) -> None:
    """Two people on one server, each with their own login: each change names its maker."""
    from groupdesk.core.database import open_database

    with pg_db.engine.begin() as conn:
        conn.execute(text("CREATE ROLE sekretaris LOGIN"))
        conn.execute(text("GRANT ALL ON ALL TABLES IN SCHEMA public TO sekretaris"))
        conn.execute(text("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO sekretaris"))
    MemberService(pg_db).create(MemberRecord(member_number="A-1", full_name="Ayu"))
    other = open_database(pg_url.replace("//groupdesk@", "//sekretaris@"))
    try:
        MemberService(other).create(MemberRecord(member_number="B-1", full_name="Budi"))
    finally:
        other.close()
    with pg_db.engine.connect() as conn:
        rows = dict(
            conn.execute(
                text(
                    "SELECT m.member_number, a.changed_by FROM audit_log a"
                    " JOIN members m ON m.id = a.entity_id"
                    " WHERE a.entity = 'member' AND a.field = 'member_number'"
                )
            ).all()
        )
    assert rows == {"A-1": "groupdesk", "B-1": "sekretaris"}


def test_the_environment_does_not_name_the_user_on_a_server(
    pg_db, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LOGNAME", "USER", "USERNAME"):
        monkeypatch.setenv(name, "mallory")
    MemberService(pg_db).create(MemberRecord(member_number="A-1", full_name="Ayu"))
    assert users(pg_db) == ["groupdesk"]


def test_an_older_server_database_gets_typed_history(pg_url: str) -> None:
    """The history written as text by earlier versions is converted when the server's
    database is upgraded, as a file's is."""
    from alembic import command
    from sqlalchemy import create_engine, select

    from groupdesk.core.database import migrate, open_database
    from groupdesk.core.models import AuditEntry
    from tests.integration.database.test_upgrade_every_revision import LEGACY_AUDIT, LEGACY_TIME

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0002")
        conn.execute(
            text(
                "INSERT INTO audit_log (entity, entity_id, action, field, old_value, new_value,"
                " changed_by, changed_at) VALUES (:e, :i, :a, :f, :o, :n, :b, :t)"
            ),
            [
                dict(zip("eiafonb", row, strict=True)) | {"t": LEGACY_TIME}
                for row, _ in LEGACY_AUDIT
            ],
        )
    engine.dispose()
    db = open_database(pg_url)
    try:
        assert db.upgraded_from == "0002"
        with db.engine.connect() as conn:
            got = conn.execute(
                select(AuditEntry.old_value, AuditEntry.new_value, AuditEntry.changed_by)
                .where(AuditEntry.changed_at == LEGACY_TIME)
                .order_by(AuditEntry.id)
            ).all()
        assert [tuple(r) for r in got] == [want for _, want in LEGACY_AUDIT]
    finally:
        db.close()
