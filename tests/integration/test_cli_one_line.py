"""What used to end in a traceback ends in one line on stderr, and the database is untouched.

Each case runs ``groupdesk`` as a user would, in its own process. Folders and files a user
cannot write are made with the permission bits; when the tests run as root (as CI does), the
command runs without root's power to ignore them, as an ordinary user would meet them.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from groupdesk.cli import main
from groupdesk.core.database import open_database
from groupdesk.core.demo import generate_demo

AS_ORDINARY_USER = (
    ["setpriv", "--bounding-set=-all", "--inh-caps=-all"] if os.geteuid() == 0 else []
)


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*AS_ORDINARY_USER, sys.executable, "-m", "groupdesk", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def assert_one_line(out: subprocess.CompletedProcess[str], *words: str) -> None:
    assert out.returncode != 0, out.stdout
    assert "Traceback" not in out.stderr, out.stderr
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("groupdesk: error: "), out.stderr
    for word in words:
        assert word in out.stderr, out.stderr


def content(path: Path) -> str:
    """What the database holds (not how its bytes lie), read without writing."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "roster.sqlite"
    db = open_database(path)
    generate_demo(db, members=40, shifts=6)
    db.close()
    return path


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield folder
    folder.chmod(stat.S_IRWXU)


def test_a_shift_number_beyond_any_id(demo: Path) -> None:
    before = content(demo)
    out = run_cli(
        "--db", str(demo), "export", "signin", str(demo.parent / "s.pdf"), "--shift", "9" * 23
    )
    assert_one_line(out, "no shift")
    assert content(demo) == before and not (demo.parent / "s.pdf").exists()


def test_backup_into_a_read_only_folder(demo: Path, read_only_folder: Path) -> None:
    before = content(demo)
    assert_one_line(run_cli("--db", str(demo), "backup", str(read_only_folder)), "read-only")
    out = run_cli("--db", str(demo), "backup", str(read_only_folder / "copy.sqlite"))
    assert_one_line(out, "read-only")
    assert content(demo) == before and not any(read_only_folder.iterdir())


@pytest.fixture
def locked_backups(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A user data folder whose backups folder cannot be written."""
    data = tmp_path / "data"
    backups = data / "GroupDesk" / "backups"
    backups.mkdir(parents=True)
    backups.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield {"XDG_DATA_HOME": str(data)}
    backups.chmod(stat.S_IRWXU)


def test_import_when_no_backup_can_be_made(demo: Path, locked_backups, tmp_path: Path) -> None:
    sheet = tmp_path / "anggota.csv"
    sheet.write_text("Member number,Full name\nZ-1,Zaki\n", encoding="utf-8")
    before = content(demo)
    out = run_cli("--db", str(demo), "import", "members", str(sheet), env=locked_backups)
    assert_one_line(out, "cadangan tidak dapat ditulis")  # the organisation's language
    assert content(demo) == before


def test_restore_when_no_backup_can_be_made(demo: Path, locked_backups, tmp_path: Path) -> None:
    backup = tmp_path / "older.sqlite"
    db = open_database(backup)
    generate_demo(db, members=5, shifts=1)
    db.close()
    before = content(demo)
    out = run_cli("--db", str(demo), "restore", str(backup), env=locked_backups)
    assert_one_line(out, "no backup can be written")
    assert content(demo) == before


def test_restore_onto_a_read_only_database(demo: Path, tmp_path: Path) -> None:
    backup = tmp_path / "copy.sqlite"
    assert main(["--db", str(demo), "backup", str(backup)]) == 0
    with sqlite3.connect(demo) as conn:
        conn.execute("UPDATE members SET city = 'Ambon'")
    before = content(demo)
    demo.chmod(stat.S_IRUSR)
    try:
        out = run_cli("--db", str(demo), "restore", str(backup))
    finally:
        demo.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert_one_line(out, "read-only")
    assert content(demo) == before


def test_a_database_kind_groupdesk_does_not_support(tmp_path: Path) -> None:
    out = run_cli("--db", "mysql://anggota@localhost/roster", "export", "members", "x.csv")
    assert_one_line(out, "PostgreSQL", "not mysql")


def test_a_postgresql_server_that_does_not_answer(tmp_path: Path) -> None:
    pytest.importorskip("psycopg", reason="the psycopg driver is not installed")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once the socket is closed
    url = f"postgresql+psycopg://groupdesk@127.0.0.1:{port}/roster"
    out = run_cli("--db", url, "export", "members", str(tmp_path / "x.csv"))
    assert_one_line(out, "cannot connect")


def test_a_database_with_one_damaged_page(demo: Path, tmp_path: Path) -> None:
    with sqlite3.connect(demo) as conn:
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'professions'"
        ).fetchone()
    page = 4096
    with demo.open("r+b") as fh:  # no connection is open now
        # The cell pointers of the table's first page point outside it now.
        fh.seek((root[0] - 1) * page + 8)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(200)))
    for args in (("export", "members", str(tmp_path / "x.csv")), ("backup",)):
        assert_one_line(run_cli("--db", str(demo), *args), "damaged")


def test_a_calendar_of_a_project_whose_name_holds_a_line_break(demo: Path) -> None:
    with sqlite3.connect(demo) as conn:
        (project_id,) = conn.execute("SELECT project_id FROM shifts LIMIT 1").fetchone()
        conn.execute(
            "UPDATE volunteer_projects SET name = ? WHERE id = ?",
            ("Bersih\r\nPantai", project_id),
        )
    before = content(demo)
    out_file = demo.parent / "shifts.ics"
    out = run_cli(
        "--db", str(demo), "export", "schedule", str(out_file), "--project", "Bersih\r\nPantai"
    )
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    calendar = out_file.read_text(encoding="utf-8")
    assert "Bersih Pantai" in calendar.replace("\r\n ", "") and "BEGIN:VEVENT" in calendar
    assert content(demo) == before


def test_a_bug_is_one_line_with_the_traceback_in_the_log(demo, monkeypatch, capsys) -> None:
    import groupdesk.commands.check as check

    def broken(_args: object) -> int:
        raise RuntimeError("a bug\nover two lines")

    monkeypatch.setattr(check, "run", broken)
    assert main(["--db", str(demo), "check"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError" in err and "Traceback" not in err
    log_file = Path(err.rsplit(" in ", 1)[1].strip())
    assert "Traceback" in log_file.read_text(encoding="utf-8")
