"""``groupdesk backup``, ``restore`` and ``check`` as a user meets them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from groupdesk.cli import main
from groupdesk.core.database import open_database
from groupdesk.core.database.backup import list_backups
from groupdesk.core.demo import generate_demo

from .helpers import add_member, count_rows, damage, file_digest


@pytest.fixture
def demo_path(db_path: Path) -> Path:
    db = open_database(db_path)
    generate_demo(db, members=300, shifts=10)
    db.close()
    return db_path


def _one_error_line(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("groupdesk: error: ")
    assert "Traceback" not in err


def test_backup_into_the_backup_folder_a_folder_and_a_file(demo_path, tmp_path, capsys) -> None:
    assert main(["--lang", "en", "--db", str(demo_path), "backup"]) == 0
    out = capsys.readouterr().out
    assert "300 members" in out
    db = open_database(demo_path, read_only=True)
    manual = [b for b in list_backups(db.backup_dir) if b.reason == "manual"]
    db.close()
    assert len(manual) == 1 and manual[0].members == 300

    (tmp_path / "usb").mkdir()
    assert main(["--lang", "en", "--db", str(demo_path), "backup", str(tmp_path / "usb")]) == 0
    assert [b.members for b in list_backups(tmp_path / "usb")] == [300]

    assert (
        main(["--lang", "en", "--db", str(demo_path), "backup", str(tmp_path / "copy.sqlite")]) == 0
    )
    assert count_rows(tmp_path / "copy.sqlite") == 300
    capsys.readouterr()


def test_backup_never_overwrites_an_existing_file(demo_path, tmp_path, capsys) -> None:
    precious = tmp_path / "laporan.xlsx"
    precious.write_bytes(b"PK\x03\x04 not to be lost")
    assert main(["--lang", "en", "--db", str(demo_path), "backup", str(precious)]) == 2
    _one_error_line(capsys.readouterr().err)
    assert precious.read_bytes() == b"PK\x03\x04 not to be lost"


def test_backup_works_while_another_writer_holds_the_database(demo_path, tmp_path, capsys):
    writer = open_database(demo_path)
    add_member(writer, "LIVE-1")
    try:
        assert (
            main(["--lang", "en", "--db", str(demo_path), "backup", str(tmp_path / "live.sqlite")])
            == 0
        )
    finally:
        writer.close()
    assert count_rows(tmp_path / "live.sqlite") == 301
    capsys.readouterr()


def test_restore_puts_the_backup_back_and_saves_the_current(demo_path, tmp_path, capsys):
    backup = tmp_path / "before.sqlite"
    assert main(["--lang", "en", "--db", str(demo_path), "backup", str(backup)]) == 0
    db = open_database(demo_path)
    add_member(db, "LATE-1")
    db.close()
    assert main(["--lang", "en", "--db", str(demo_path), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "300 members" in out and "previous content is saved in" in out
    saved = Path(out.strip().splitlines()[-1].split(" saved in ")[1])
    assert count_rows(saved) == 301
    assert count_rows(demo_path) == 300


def test_restore_is_refused_while_the_database_is_open(demo_path, tmp_path, capsys) -> None:
    backup = tmp_path / "b.sqlite"
    main(["--lang", "en", "--db", str(demo_path), "backup", str(backup)])
    writer = open_database(demo_path)
    try:
        digest = file_digest(demo_path)
        assert main(["--lang", "en", "--db", str(demo_path), "restore", str(backup)]) == 1
        err = capsys.readouterr().err
        _one_error_line(err)
        assert "already open for changes in another GroupDesk" in err
        assert file_digest(demo_path) == digest
    finally:
        writer.close()


@pytest.mark.parametrize("content", [b"", b"hello", b"SQLite format 3\x00" + b"\x00" * 50])
def test_restore_of_a_bad_backup_is_one_line_and_nothing_changes(
    demo_path, tmp_path, capsys, content
) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    digest = file_digest(demo_path)
    assert main(["--lang", "en", "--db", str(demo_path), "restore", str(bad)]) == 1
    _one_error_line(capsys.readouterr().err)
    assert file_digest(demo_path) == digest


def test_restore_of_a_missing_backup_and_of_the_file_itself(demo_path, tmp_path, capsys):
    assert (
        main(["--lang", "en", "--db", str(demo_path), "restore", str(tmp_path / "nope.sqlite")])
        == 1
    )
    _one_error_line(capsys.readouterr().err)
    assert main(["--lang", "en", "--db", str(demo_path), "restore", str(demo_path)]) == 1
    _one_error_line(capsys.readouterr().err)
    assert count_rows(demo_path) == 300


def test_check_passes_a_good_database(demo_path, capsys) -> None:
    assert main(["--lang", "en", "--db", str(demo_path), "check"]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_check_lists_findings_and_exits_1(demo_path, capsys) -> None:
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE member_professions SET member_id = 999999 WHERE id IN (1, 2)")
    digest = file_digest(demo_path)
    assert main(["--lang", "en", "--db", str(demo_path), "check"]) == 1
    captured = capsys.readouterr()
    assert captured.out.count("refers to a missing members row") == 2
    _one_error_line(captured.err)
    assert "2 problems found" in captured.err
    assert file_digest(demo_path) == digest


def test_check_of_a_damaged_database(demo_path, capsys) -> None:
    damage(demo_path)
    assert main(["--lang", "en", "--db", str(demo_path), "check"]) == 1
    captured = capsys.readouterr()
    assert captured.out.strip()
    _one_error_line(captured.err)


@pytest.mark.parametrize("command", ["check", "backup", "restore"])
def test_file_commands_on_what_is_not_a_database(tmp_path, capsys, command) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("anggota: 12\n")
    extra = [str(tmp_path / "x.sqlite")] if command == "restore" else []
    code = main(["--lang", "en", "--db", str(notes), command, *extra])
    assert code == 1
    _one_error_line(capsys.readouterr().err)
    assert notes.read_text() == "anggota: 12\n"


def test_file_commands_refuse_a_server_url(capsys) -> None:
    assert main(["--lang", "en", "--db", "postgresql://u@localhost/groupdesk", "check"]) == 2
    _one_error_line(capsys.readouterr().err)


def test_restore_over_something_that_is_not_a_database_is_refused(demo_path, tmp_path, capsys):
    backup = tmp_path / "b.sqlite"
    main(["--lang", "en", "--db", str(demo_path), "backup", str(backup)])
    sheet = tmp_path / "anggota.csv"
    sheet.write_text("nama,telepon\nSiti,0812\n")
    assert main(["--lang", "en", "--db", str(sheet), "restore", str(backup)]) == 1
    _one_error_line(capsys.readouterr().err)
    assert sheet.read_text() == "nama,telepon\nSiti,0812\n"
