"""Automatic and manual backups, rotation, restore and the integrity check."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from groupdesk.core.database import open_database
from groupdesk.core.database.backup import (
    backup_before,
    check_database,
    list_backups,
    make_backup,
    restore_backup,
)
from groupdesk.core.database.errors import BackupUnusable, Choice, DatabaseCorrupt
from groupdesk.core.demo import generate_demo
from groupdesk.core.messages import catalogue
from groupdesk.core.models import OrganisationSettings

from .helpers import add_member, count_rows, damage, file_digest, member_count, swap_indexes


def _demo(path: Path, members: int = 40) -> None:
    db = open_database(path)
    generate_demo(db, members=members, shifts=5)
    db.close()


def test_first_open_of_the_day_backs_up_once(db_path: Path) -> None:
    _demo(db_path)  # a new file: nothing to back up yet
    db = open_database(db_path)
    folder = db.backup_dir
    db.close()
    open_database(db_path).close()
    backups = list_backups(folder)
    assert [(b.reason, b.members) for b in backups] == [("daily", 40)]
    assert backups[0].taken.date() == dt.date.today()


def test_backup_of_a_live_wal_database_has_the_latest_commits(db) -> None:
    add_member(db, "A-1")
    add_member(db, "A-2")
    # Still open: the two members sit in the -wal file, not yet in the main file.
    assert Path(f"{db.path}-wal").stat().st_size > 0
    dest = backup_before(db, "import")
    assert dest is not None and ".before-import." in dest.name
    assert count_rows(dest) == 2
    assert not Path(f"{dest}-wal").exists()


def test_rotation_keeps_seven_daily_and_four_weekly(db, tmp_path: Path) -> None:
    folder = tmp_path / "rot"
    start = dt.datetime(2026, 1, 1, 9, 0)
    for day in range(60):
        make_backup(db.path, folder, "daily", now=start + dt.timedelta(days=day))
    make_backup(db.path, folder, "manual", now=start)
    kept = list_backups(folder)
    daily = [b.taken.date() for b in kept if b.reason == "daily"]
    newest = (start + dt.timedelta(days=59)).date()
    assert daily[:7] == [newest - dt.timedelta(days=i) for i in range(7)]
    assert len(daily) <= 11 and len(daily) >= 7 + 2  # older weeks beyond the last 7 days
    assert [b.reason for b in kept].count("manual") == 1  # never rotated away


def test_a_damaged_database_never_replaces_the_good_backups(db, tmp_path: Path) -> None:
    generate_demo(db, members=300, shifts=20)
    folder = tmp_path / "good"
    start = dt.datetime(2026, 3, 1, 9, 0)
    for day in range(9):
        make_backup(db.path, folder, "daily", now=start + dt.timedelta(days=day))
    before = [b.path for b in list_backups(folder)]
    db.close()
    damage(db.path)
    with pytest.raises(sqlite3.DatabaseError):
        make_backup(db.path, folder, "daily", now=start + dt.timedelta(days=30))
    after = list_backups(folder)
    assert [b.path for b in after] == before
    assert all(b.members == 300 for b in after)
    assert not list(folder.glob("*.partial"))


def test_backup_folder_setting_is_used(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    with db.transaction() as s:
        s.get(OrganisationSettings, 1).backup_dir = str(tmp_path / "on-usb")
    db.close()
    db = open_database(db_path)
    assert db.backup_dir == tmp_path / "on-usb"
    assert [b.reason for b in list_backups(tmp_path / "on-usb")] == ["daily"]
    db.close()


def test_an_unusable_backup_folder_does_not_stop_the_open(db_path: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    db = open_database(db_path)
    with db.transaction() as s:
        s.get(OrganisationSettings, 1).backup_dir = str(blocker)
    db.close()
    db = open_database(db_path)
    assert db.backup_problem is not None
    assert "backup failed" in catalogue("en").text(db.backup_problem)
    said = catalogue("id").text(db.backup_problem)
    assert "cadangan otomatis hari ini gagal" in said and "foldernya tidak dapat dibuat" in said
    assert member_count(db) == 0
    db.close()


def test_restore_brings_back_the_backup_and_keeps_what_was_there(db_path, tmp_path) -> None:
    _demo(db_path, members=40)
    folder = tmp_path / "b"
    good = make_backup(db_path, folder, "manual")
    db = open_database(db_path)
    add_member(db, "NEW-1")
    assert member_count(db) == 41
    db.close()

    result = restore_backup(good, db_path, folder=folder)

    assert result.saved_current is not None and ".before-restore." in result.saved_current.name
    assert count_rows(result.saved_current) == 41
    db = open_database(db_path)
    assert member_count(db) == 40
    db.close()


def test_restore_over_a_damaged_file_sets_it_aside(db_path: Path, tmp_path: Path) -> None:
    _demo(db_path, members=300)
    folder = tmp_path / "b"
    good = make_backup(db_path, folder, "manual")
    damage(db_path)
    damaged_digest = file_digest(db_path)
    with pytest.raises(DatabaseCorrupt):
        open_database(db_path)

    result = restore_backup(good, db_path, folder=folder)

    assert result.current_was_damaged and result.saved_current is not None
    assert ".damaged." in result.saved_current.name
    assert file_digest(result.saved_current) == damaged_digest
    db = open_database(db_path)
    assert member_count(db) == 300
    db.close()
    # Damaged copies are kept for rescue, never rotated away.
    make_backup(db_path, folder, "daily")
    assert result.saved_current.exists()


def test_restore_of_a_missing_database(db_path: Path, tmp_path: Path) -> None:
    _demo(db_path, members=12)
    good = make_backup(db_path, tmp_path / "b", "manual")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    result = restore_backup(good, db_path, folder=tmp_path / "b")
    assert result.saved_current is None
    assert count_rows(db_path) == 12


@pytest.mark.parametrize("kind", ["text", "foreign", "damaged"])
def test_an_unusable_backup_is_refused_and_nothing_changes(db_path, tmp_path, kind) -> None:
    _demo(db_path, members=300)
    bad = tmp_path / "bad.sqlite"
    if kind == "text":
        bad.write_text("name,phone\nSiti,0812\n")
    elif kind == "foreign":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE t (x)")
    else:
        shutil.copy(db_path, bad)
        damage(bad)
    digest = file_digest(db_path)
    with pytest.raises(BackupUnusable):
        restore_backup(bad, db_path, folder=tmp_path / "b")
    assert file_digest(db_path) == digest
    assert not (tmp_path / "b").exists()


def test_check_finds_nothing_in_a_good_database(db) -> None:
    generate_demo(db, members=30, shifts=5)
    assert check_database(db.path) == []


def test_check_reports_damage_and_broken_links(db_path: Path) -> None:
    _demo(db_path, members=300)
    with sqlite3.connect(db_path) as conn:  # foreign keys are off in a plain connection
        conn.execute("UPDATE member_professions SET member_id = 999999 WHERE id = 1")
    findings = [catalogue("en").text(f) for f in check_database(db_path)]
    assert findings == ["foreign key: member_professions row 1 refers to a missing members row"]
    damage(db_path)
    said = [catalogue("en").text(f) for f in check_database(db_path)]
    assert any(f.startswith("integrity:") or "cannot be read" in f for f in said)


def test_damage_only_the_full_check_sees_stops_the_daily_backup_and_the_open(db_path) -> None:
    _demo(db_path, members=200)
    swap_indexes(db_path)
    digest = file_digest(db_path)
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(db_path)
    assert "missing from index" in caught.value.reason
    assert Choice.OPEN_READ_ONLY in caught.value.choices
    assert file_digest(db_path) == digest
    db = open_database(db_path, read_only=True)  # still readable, to rescue what is there
    assert member_count(db) == 200
    db.close()
    assert all(b.reason != "daily" for b in list_backups(db.backup_dir))
