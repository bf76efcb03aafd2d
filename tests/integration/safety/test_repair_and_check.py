"""Repair that repairs, a check that says what a file is, and no half-made database.

A restore exists for a damaged database: one cut short or emptied must be set aside (kept
for rescue) and replaced, not refused. ``check`` must name a file that is an intact SQLite
database but not a usable GroupDesk one, and a database made half by a killed creation.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from groupdesk.cli import main
from groupdesk.core.database import open_database
from groupdesk.core.database.backup import list_backups, make_backup
from groupdesk.core.demo import generate_demo

from .helpers import count_rows

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def demo_path(db_path: Path) -> Path:
    db = open_database(db_path)
    generate_demo(db, members=120, shifts=10)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return db_path


def _backup_folder(path: Path) -> Path:
    db = open_database(path, read_only=True)
    try:
        assert db.backup_dir is not None
        return db.backup_dir
    finally:
        db.close()


@pytest.mark.parametrize("keep", [0, 0.5, 0.999])
def test_restore_sets_a_cut_short_or_empty_database_aside_and_restores(
    demo_path: Path, keep: float, capsys
) -> None:
    folder = _backup_folder(demo_path)
    good = make_backup(demo_path, folder, "manual")
    data = demo_path.read_bytes()
    damaged = data[: int(len(data) * keep)]
    demo_path.write_bytes(damaged)

    assert main(["--db", str(demo_path), "restore", str(good)]) == 0

    assert count_rows(demo_path) == 120
    aside = [b for b in list_backups(folder, demo_path.stem) if b.reason == "damaged"]
    assert len(aside) == 1 and aside[0].path.read_bytes() == damaged
    assert "damaged file was kept" in capsys.readouterr().out


def test_restore_still_refuses_to_replace_a_file_that_is_no_database(demo_path, tmp_path):
    good = make_backup(demo_path, tmp_path / "b", "manual")
    letter = tmp_path / "surat.sqlite"
    letter.write_text("Dear members, ...\n" * 50)
    assert main(["--db", str(letter), "restore", str(good)]) != 0
    assert letter.read_text().startswith("Dear members")


def _check(path: Path, capsys) -> tuple[int, str]:
    status = main(["--db", str(path), "check"])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_check_says_what_a_foreign_newer_or_empty_file_is(demo_path, tmp_path, capsys) -> None:
    other = tmp_path / "contacts.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.close()
    status, said = _check(other, capsys)
    assert status == 1 and "another program's SQLite database" in said and "contacts" in said

    no_tables = tmp_path / "kosong.sqlite"
    with sqlite3.connect(no_tables) as conn:
        conn.execute("PRAGMA user_version = 7")  # a valid SQLite file with no tables
    conn.close()
    status, said = _check(no_tables, capsys)
    assert status == 1 and "no tables" in said

    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    conn.close()
    status, said = _check(demo_path, capsys)
    assert status == 1 and "newer GroupDesk" in said


def _drop_reference_data(path: Path) -> None:
    """What a kill between the two transactions of an older GroupDesk's creation left."""
    with sqlite3.connect(path) as conn:
        for table in (
            "organisation_settings",
            "professions",
            "skills",
            "cause_areas",
            "challenge_categories",
        ):
            conn.execute(f"DELETE FROM {table}")
    conn.close()


def test_a_half_made_database_is_named_by_check_and_completed_on_open(db_path, capsys) -> None:
    open_database(db_path).close()
    _drop_reference_data(db_path)

    status, said = _check(db_path, capsys)
    assert status == 1 and "half-made" in said

    assert main(["--db", str(db_path), "demo", "--members", "30"]) == 0
    assert count_rows(db_path, "professions") > 0
    assert count_rows(db_path, "organisation_settings") == 1
    assert _check(db_path, capsys)[0] == 0


KILLED_CREATION = textwrap.dedent(
    """
    import os, signal, sys
    from sqlalchemy import Engine, event
    from groupdesk.core.database import open_database
    from groupdesk.core.demo import generate_demo

    statements, kill_at = [0], int(sys.argv[2])

    @event.listens_for(Engine, "before_cursor_execute")
    def count(*_args):
        statements[0] += 1
        if statements[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    db = open_database(sys.argv[1])
    generate_demo(db, members=25, shifts=3)
    db.close()
    print("statements", statements[0], flush=True)
    """
)
KILLS = 30


def _create(path: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", KILLED_CREATION, str(path), str(kill_at)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
    )


def test_a_creation_killed_anywhere_leaves_nothing_or_a_whole_database(tmp_path, capsys):
    done = _create(tmp_path / "full.sqlite", 0)
    assert done.returncode == 0, done.stderr
    total = int(done.stdout.split()[-1])
    # Kill points spread over every statement of creating and filling a database.
    points = sorted({1 + (i * total) // KILLS for i in range(KILLS)})
    outcomes = {"nothing": 0, "whole, empty": 0, "whole, with demo": 0}
    for n, kill_at in enumerate(points):
        path = tmp_path / f"k{n}.sqlite"
        killed = _create(path, kill_at)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        if not path.exists():
            outcomes["nothing"] += 1
        else:
            status, said = _check(path, capsys)
            assert status == 0, f"kill at statement {kill_at}: {said}"
            members = count_rows(path)
            outcomes["whole, with demo" if members else "whole, empty"] += 1
        # Whatever was left, `demo` now fills it (or says it already holds data).
        assert main(["--db", str(path), "demo", "--members", "20"]) in (0, 1)
        capsys.readouterr()
        assert count_rows(path, "professions") > 0
    print(f"{len(points)} kills over {total} statements: {outcomes}")
    assert sum(outcomes.values()) == len(points)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a terminal")
def test_restore_and_backup_show_their_progress_on_a_terminal(demo_path, tmp_path) -> None:
    good = make_backup(demo_path, tmp_path / "b", "manual")
    for args in (("restore", str(good)), ("backup", str(tmp_path / "copy.sqlite"))):
        leader, follower = os.openpty()
        done = subprocess.run(
            [sys.executable, "-m", "groupdesk.cli", "--db", str(demo_path), *args],
            stdout=subprocess.PIPE,
            stderr=follower,
            text=True,
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=120,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal has no writer left
                break
            if not chunk:
                break
            shown += chunk
        os.close(leader)
        assert done.returncode == 0
        assert b"100%" in shown and "%" not in done.stdout
