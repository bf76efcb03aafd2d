"""Every schema revision a user's file can be at upgrades to the newest without losing a row.

A database is built *through the migration scripts* at each earlier revision, filled with
data, upgraded by ``open_database`` (which backs it up first), and compared table by table,
row by row. Today the package ships one revision (the head), so the head itself is also
treated as "earlier": a next revision is added the way a later GroupDesk would ship one,
rebuilding two tables that other tables point at (the SQLite way: copy, drop, rename),
which is where upgrades lose rows if anything does.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select

from groupdesk.core.database import MigrationFailed, migrate, open_database
from groupdesk.core.database.backup import check_database, list_backups
from groupdesk.core.demo import generate_demo
from groupdesk.core.models import AuditEntry


def _fill_at_head(path: Path) -> None:
    from groupdesk.core.reference_data import seed_reference_data

    db = open_database(path, daily_backup=False)
    with db.transaction() as s:
        seed_reference_data(s)
    generate_demo(db, members=150, shifts=40, signups=300)
    db.close()


def _fill_from_head(path: Path) -> None:
    """Fill an older file with demo data made at the head, keeping the columns it has."""
    source = path.with_name(f"head-{path.name}")
    _fill_at_head(source)
    with sqlite3.connect(path) as target:
        target.execute("PRAGMA foreign_keys = OFF")
        target.execute("ATTACH DATABASE ? AS head", (str(source),))
        tables = [
            r[0]
            for r in target.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        for table in tables:
            columns = [r[1] for r in target.execute(f'PRAGMA main.table_info("{table}")')]
            names = ", ".join(f'"{c}"' for c in columns)
            target.execute(f'DELETE FROM main."{table}"')
            target.execute(
                f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM head."{table}"'
            )
        target.commit()
        target.execute("DETACH DATABASE head")


# Audit rows as the writers before revision 0003 left them (values as text, most without a
# user), with what each must read after the upgrade: (old, new, changed_by).
LEGACY_AUDIT: list[tuple[tuple[object, ...], tuple[object, object, str]]] = [
    (("member", 1, "update", "consent_given", "no", "yes", "ani"), (False, True, "ani")),
    (("member", 1, "update", "city", "Medan", "yes", None), ("Medan", "yes", "unknown")),
    (
        ("member", 1, "update", "paid_until", None, "2027-01-31", ""),
        (None, "2027-01-31", "unknown"),
    ),
    (("shift", 3, "update", "max_volunteers", "4", "6", None), (4, 6, "unknown")),
    (("shift", 3, "update", "demanding", "False", "True", None), (False, True, "unknown")),
    (("shift", 3, "update", "location", "4", "Aula", None), ("4", "Aula", "unknown")),
    (("assignment", 4, "update", "hours", None, "3.5", None), (None, 3.5, "unknown")),
    (
        ("assignment", 4, "update", "check_out_at", None, "2026-11-02 11:40:00", None),
        (None, "2026-11-02T11:40:00", "unknown"),
    ),
    (
        ("assignment", 4, "update", "overridden_rules", None, "overlap, max_hours", None),
        (None, ["overlap", "max_hours"], "unknown"),
    ),
    (("project", 5, "update", "professions", "[]", "[1, 2]", None), ([], [1, 2], "unknown")),
    (
        ("challenge", 2, "update", "status", "open", "mitigating", None),
        ("open", "mitigating", "unknown"),
    ),
    (
        ("organisation", 1, "update", "max_hours_per_24h", "10.0", "12", None),
        (10.0, 12.0, "unknown"),
    ),
    (
        ("import", 1, "import", "members", None, '{"kind":"members","added":[[1,3]]}', "ani"),
        (None, {"kind": "members", "added": [[1, 3]]}, "ani"),
    ),
]
LEGACY_TIME = dt.datetime(2026, 11, 2, 12, 0)
AUDIT_CONVERTED = {"old_value", "new_value", "changed_by"}  # by revision 0003


def _fill_before_typed_audit(path: Path) -> None:
    """An older file: the head's demo data, and audit rows as the old writers wrote them."""
    _fill_from_head(path)
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO audit_log (entity, entity_id, action, field, old_value, new_value,"
            " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, f"{LEGACY_TIME:%Y-%m-%d %H:%M:%S.%f}") for row, _ in LEGACY_AUDIT],
        )


# How to fill a database that is at an older revision with that revision's tables. Each
# migration added to the package adds its predecessor here (the test below insists).
FILLERS: dict[str, Callable[[Path], None]] = {
    "0001": _fill_before_typed_audit,
    "0002": _fill_before_typed_audit,
    "0003": _fill_from_head,
    "0004": _fill_from_head,
    "0005": _fill_from_head,
    "0006": _fill_from_head,
    "0007": _fill_from_head,
}
HEAD = migrate.head_revision()
EARLIER = sorted(migrate.known_revisions() - {HEAD})


def _build_at(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), revision)
    engine.dispose()


def _rows(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name != 'alembic_version'"
            )
        ]
        dump = {}
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            columns = [d[0] for d in cursor.description]
            dump[table] = (columns, cursor.fetchall())
    return dump


def _same_rows(before: dict, after: dict, converted: dict[str, set[str]] | None = None) -> None:
    """Every row is still there with the same values, except the ``converted`` columns."""
    assert set(before) <= set(after), "a table disappeared"
    for table, (columns, rows) in before.items():
        new_columns, new_rows = after[table]
        kept = [c for c in columns if c not in (converted or {}).get(table, set())]
        old = [columns.index(c) for c in kept]
        new = [new_columns.index(c) for c in kept]
        assert [tuple(r[i] for i in new) for r in new_rows] == [
            tuple(r[i] for i in old) for r in rows
        ], table


NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9101"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade():
    # Rebuilt tables: members is pointed at by a dozen others, shifts by assignments.
    with op.batch_alter_table("members", recreate="always") as batch:
        batch.add_column(sa.Column("nickname", sa.String(60)))
    with op.batch_alter_table("shifts", recreate="always") as batch:
        batch.add_column(sa.Column("briefing", sa.Text))
    op.create_table("member_tags", sa.Column("id", sa.Integer, primary_key=True))
    {fail}


def downgrade():
    raise NotImplementedError
"""


def _ship_next_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, fail: str = "pass"
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts)
    body = NEXT_REVISION.format(head=HEAD, fail=fail)
    (scripts / "versions" / "9101_next.py").write_text(textwrap.dedent(body))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)


def test_every_earlier_revision_has_a_filler() -> None:
    assert [r for r in EARLIER if r not in FILLERS] == []


@pytest.mark.parametrize(
    "revision",
    EARLIER or [pytest.param("none", marks=pytest.mark.skip(reason="only one revision shipped"))],
)
def test_an_earlier_revision_upgrades_keeping_every_row(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    _build_at(path, revision)
    FILLERS[revision](path)
    before = _rows(path)
    db = open_database(path, backup_dir=tmp_path / "b")
    assert db.upgraded_from == revision
    db.close()
    _same_rows(before, _rows(path), {"audit_log": AUDIT_CONVERTED} if revision < "0003" else None)
    assert check_database(path) == []
    if revision < "0003":
        _audit_rows_are_typed(path)


def _audit_rows_are_typed(path: Path) -> None:
    """The old writers' text became typed values, and every row names a user."""
    db = open_database(path, read_only=True)
    with db.engine.connect() as conn:
        legacy = conn.execute(
            select(AuditEntry.old_value, AuditEntry.new_value, AuditEntry.changed_by)
            .where(AuditEntry.changed_at == LEGACY_TIME)
            .order_by(AuditEntry.id)
        ).all()
        users = conn.execute(select(AuditEntry.changed_by)).scalars().all()
    db.close()
    assert [tuple(r) for r in legacy] == [want for _, want in LEGACY_AUDIT]
    assert users and all(users)


def test_the_current_revision_upgrades_to_the_next_keeping_every_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "current.sqlite"
    _build_at(path, HEAD)  # through the scripts, as a user's file was made
    _fill_at_head(path)
    before = _rows(path)
    assert sum(len(rows) for _, rows in before.values()) > 1000

    _ship_next_revision(tmp_path, monkeypatch)
    db = open_database(path, backup_dir=tmp_path / "b")
    assert db.upgraded_from == HEAD and migrate.current_revision_of(db) == "9101"
    db.close()

    after = _rows(path)
    _same_rows(before, after)
    assert "nickname" in after["members"][0] and "member_tags" in after
    assert check_database(path) == []  # every foreign key still points at its row
    (backup,) = [b for b in list_backups(tmp_path / "b") if b.reason.startswith("before-up")]
    _same_rows(before, _rows(backup.path))


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        ('raise RuntimeError("disk full")', "disk full"),
        # A migration that would orphan rows (foreign keys are off while it runs).
        ('op.execute("DELETE FROM members WHERE id <= 3")', "would lose the row they refer to"),
    ],
)
def test_a_failing_upgrade_changes_nothing(tmp_path: Path, monkeypatch, failure, said) -> None:
    path = tmp_path / "current.sqlite"
    _build_at(path, HEAD)
    _fill_at_head(path)
    before = _rows(path)

    _ship_next_revision(tmp_path, monkeypatch, fail=failure)
    with pytest.raises(MigrationFailed) as caught:
        open_database(path, backup_dir=tmp_path / "b")
    assert said in caught.value.reason and "rolled back" in caught.value.reason

    monkeypatch.undo()
    _same_rows(before, _rows(path))
    assert _rows(path).keys() == before.keys()  # no half-made table left behind
    db = open_database(path, read_only=True)
    assert migrate.current_revision_of(db) == HEAD
    db.close()
