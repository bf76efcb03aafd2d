"""The shipped migrations build exactly the schema the models describe, and upgrades keep data."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select

from groupdesk.core.database import migrate, open_database
from groupdesk.core.demo import generate_demo
from groupdesk.core.models import Base, Member


def _schema(path: Path) -> dict[str, object]:
    engine = create_engine(f"sqlite:///{path}")
    insp = inspect(engine)
    schema = {
        table: (
            sorted((c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)),
            sorted(i["name"] for i in insp.get_indexes(table)),
            sorted(str(u["name"]) for u in insp.get_unique_constraints(table)),
            sorted(str(c["name"]) for c in insp.get_check_constraints(table)),
            sorted(str(f["name"]) for f in insp.get_foreign_keys(table)),
        )
        for table in insp.get_table_names()
    }
    engine.dispose()
    return schema


def test_migrations_and_models_agree(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite"
    engine = create_engine(f"sqlite:///{migrated}")
    with engine.begin() as conn:
        migrate.upgrade_to_head(conn)
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []

    created = tmp_path / "created.sqlite"
    open_database(created).close()
    assert _schema(migrated) == _schema(created)


def test_every_constraint_has_a_name(tmp_path: Path) -> None:
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            assert constraint.name, f"unnamed constraint on {table.name}"
        for index in table.indexes:
            assert index.name, f"unnamed index on {table.name}"


def _add_future_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of the shipped scripts plus one more revision, as a later GroupDesk would ship."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    (scripts / "versions" / "9001_member_nickname.py").write_text(
        textwrap.dedent(
            f"""
            import sqlalchemy as sa
            from alembic import op

            revision = "9001"
            down_revision = {migrate.head_revision()!r}
            branch_labels = None
            depends_on = None

            def upgrade():
                with op.batch_alter_table("members") as batch:
                    batch.add_column(sa.Column("nickname", sa.String(60)))

            def downgrade():
                with op.batch_alter_table("members") as batch:
                    batch.drop_column("nickname")
            """
        )
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)


def test_older_database_is_backed_up_then_upgraded_keeping_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite"
    backups = tmp_path / "backups"
    old = open_database(path, backup_dir=backups)
    old_head = migrate.head_revision()
    generate_demo(old, members=50)
    old.close()
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT * FROM members ORDER BY id").fetchall()
        shifts_before = conn.execute("SELECT count(*) FROM assignments").fetchone()[0]

    _add_future_revision(tmp_path, monkeypatch)
    upgraded = open_database(path, backup_dir=backups)
    assert upgraded.upgraded_from == old_head
    assert migrate.current_revision_of(upgraded) == "9001"
    before_upgrade = [b for b in upgraded.backups if ".before-upgrade-" in b.name]
    assert len(before_upgrade) == 1 and before_upgrade[0].parent == backups
    with upgraded.engine.connect() as conn:
        columns = [c["name"] for c in inspect(conn).get_columns("members")]
        after = conn.exec_driver_sql(
            f"SELECT {', '.join(c for c in columns if c != 'nickname')} FROM members ORDER BY id"
        ).fetchall()
        assert "nickname" in columns
        assert conn.exec_driver_sql("SELECT count(*) FROM assignments").scalar() == shifts_before
    assert [tuple(r) for r in after] == before and len(before) == 50
    upgraded.close()

    with sqlite3.connect(before_upgrade[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_head
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == 50


def test_count_helpers_see_the_demo(db) -> None:
    generate_demo(db, members=20)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 20


def test_revisions_read_from_the_scripts_are_alembics(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a database reads the scripts' revision lines instead of loading Alembic; both
    must name the same revisions and the same newest one, shipped or with a later script."""
    for later_script in (False, True):
        if later_script:
            _add_future_revision(tmp_path, monkeypatch)
        scripts = migrate.script_directory()
        assert migrate.known_revisions() == {r.revision for r in scripts.walk_revisions()}
        assert migrate.head_revision() == scripts.get_current_head()
    assert migrate.head_revision() == "9001"


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "g.sqlite"
    open_database(path).close()
    probe = (
        "import sys; from groupdesk.core.database import open_database; "
        f"open_database({str(path)!r}, daily_backup=False).close(); "
        "print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
