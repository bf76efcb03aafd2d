"""The same code on a PostgreSQL server: schema, demo data, roster paging, editing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from groupdesk.core.database import DatabaseTooNew, open_database
from groupdesk.core.database.migrate import head_revision
from groupdesk.core.demo import DemoRefused, generate_demo
from groupdesk.core.services.members import MemberRecord, MemberService, StaleEditError
from groupdesk.core.services.roster import ROSTER_COLUMNS, RosterFilter, RosterService, RosterSort

TODAY = dt.date(2026, 11, 25)


def test_new_server_database_is_created_at_head(pg_db) -> None:
    assert pg_db.created and pg_db.path is None
    with pg_db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
        assert conn.execute(text("SELECT count(*) FROM professions")).scalar() == 8


def test_demo_and_paging_work_on_the_server(pg_db) -> None:
    generate_demo(pg_db, members=240, today=TODAY)
    with pytest.raises(DemoRefused):
        generate_demo(pg_db, members=5, today=TODAY)
    roster = RosterService(pg_db)
    assert roster.total() == 240
    for column in ROSTER_COLUMNS:
        for descending in (False, True):
            seen, after = [], None
            while page := roster.fetch_page(
                RosterFilter(), RosterSort(column, descending), after=after, limit=50
            ):
                seen.extend(page)
                after = page[-1]
            assert len({r.id for r in seen}) == 240, column
    assert roster.count(RosterFilter(search="gd-000012")) == 1


def test_editing_is_versioned_on_the_server(pg_db) -> None:
    service = MemberService(pg_db, today=TODAY)
    created = service.create(
        MemberRecord(member_number="A-1", full_name="Ayu", phone="0812-3456-7890")
    )
    saved = service.update(created.with_changes(city="Medan"))
    with pytest.raises(StaleEditError):
        service.update(created.with_changes(city="Padang"))
    assert service.get(created.id).city == saved.city == "Medan"


def test_newer_schema_on_the_server_is_refused(pg_url) -> None:
    open_database(pg_url).close()
    db = open_database(pg_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    with pytest.raises(DatabaseTooNew):
        open_database(pg_url)
