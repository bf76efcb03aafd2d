"""Revision 0004 adds the dues tables to a 0003 file and takes them away again on downgrade."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect

from groupdesk.core.database import migrate

DUES_TABLES = {
    "membership_types",
    "membership_fees",
    "member_type_assignments",
    "ledger_entries",
    "ledger_allocations",
    "receipt_counters",
    "closed_periods",
}


def _tables(path: Path, *steps: tuple[str, str]) -> set[str]:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        for step, revision in steps:
            getattr(command, step)(migrate.alembic_config(conn), revision)
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    return tables


def test_upgrade_from_0003_and_back(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    at_0003 = _tables(path, ("upgrade", "0003"))
    assert not at_0003 & DUES_TABLES
    assert _tables(path, ("upgrade", "0004")) == at_0003 | DUES_TABLES
    assert _tables(path, ("downgrade", "0003")) == at_0003
