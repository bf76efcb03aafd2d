"""A member whose dues ran out is lapsed through every door: the export command on a file
nobody opened since, the application built over a database opened for writing, and the roster
read from a read-only file."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

from sqlalchemy import insert, select

from groupdesk.core.application import Application
from groupdesk.core.database import open_database
from groupdesk.core.models import AuditEntry, Member
from groupdesk.core.services.roster import RosterFilter, RosterService


def _roster_with_a_lapsed_payer(path: Path) -> None:
    """As an import leaves it: statuses as written in the spreadsheet, no rule applied."""
    db = open_database(path, lock_factory=None)
    with db.transaction() as s:
        for number, name, paid in (
            ("GD-1", "Ayu Lestari", dt.date(2020, 6, 30)),
            ("GD-2", "Budi Santoso", dt.date.today() + dt.timedelta(days=100)),
        ):
            s.execute(
                insert(Member).values(
                    member_number=number,
                    full_name=name,
                    sort_name=name.casefold(),
                    search_text=name.casefold(),
                    status="active",
                    paid_until=paid,
                    version=1,
                )
            )
    db.close()


def test_export_members_lists_a_member_paid_until_2020_as_lapsed(tmp_path: Path) -> None:
    path = tmp_path / "roster.sqlite"
    _roster_with_a_lapsed_payer(path)
    out = tmp_path / "anggota.csv"
    done = subprocess.run(
        [sys.executable, "-m", "groupdesk", "--db", str(path), "export", "members", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["Nama Lengkap"]: row["Status"] for row in csv.DictReader(handle)}
    # in the organisation's language (Indonesian unless it chose another)
    assert rows == {"Ayu Lestari": "Menunggak", "Budi Santoso": "Aktif"}
    lapsed_only = tmp_path / "lapsed.csv"
    done = subprocess.run(
        [sys.executable, "-m", "groupdesk", "--db", str(path), "export", "members",
         str(lapsed_only), "--status", "lapsed"],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Ayu Lestari" in lapsed_only.read_text(encoding="utf-8-sig")
    assert "Budi Santoso" not in lapsed_only.read_text(encoding="utf-8-sig")


def test_read_only_roster_shows_and_filters_the_status_as_of_today(tmp_path: Path) -> None:
    path = tmp_path / "roster.sqlite"
    _roster_with_a_lapsed_payer(path)
    db = open_database(path, read_only=True)
    try:
        roster = RosterService(db)
        assert roster.count(RosterFilter(statuses=frozenset({"active"}))) == 1
        assert roster.count(RosterFilter(statuses=frozenset({"lapsed"}))) == 1
        assert roster.count_by_status()["lapsed"] == 1
    finally:
        db.close()


def test_opening_for_writing_records_the_lapse_in_the_members_history(tmp_path: Path) -> None:
    path = tmp_path / "roster.sqlite"
    _roster_with_a_lapsed_payer(path)
    app = Application.open(path, lock_factory=None)
    db = app.db
    try:
        with db.session() as s:
            stored = dict(s.execute(select(Member.full_name, Member.status)).all())
            history = s.scalars(select(AuditEntry).where(AuditEntry.entity == "member")).all()
        assert stored == {"Ayu Lestari": "lapsed", "Budi Santoso": "active"}
        assert len(history) == 1
    finally:
        db.close()
