"""Every file the command line writes is checked first: never over the open database, its
journal and lock files, its backups or the file being imported, never into a missing or
unwritable folder; the format follows the name. One line, and nothing lost."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import openpyxl
import pytest

from groupdesk.core.database import open_database
from groupdesk.core.database.backup import MANUAL, make_backup
from groupdesk.core.importing.runner import ImportSummary
from groupdesk.core.models import Member
from tests.integration.importing.helpers import cli, write_book

from .helpers import add_member, count_rows, file_digest

GOOD_AND_BAD = [
    ["Nama", "Email"],
    ["Ayu Lestari", "ayu@contoh.or.id"],
    ['=HYPERLINK("http://x","klik")', "bukan-email"],
    ["Budi Santoso", "budi@contoh.or.id"],
]


@pytest.fixture
def roster(db_path: Path) -> Path:
    """A database with the 25 members made since this morning's backup."""
    db = open_database(db_path, lock_factory=None)
    for number in range(25):
        add_member(db, f"GD-{number:03d}", f"Anggota {number}")
    db.close()
    return db_path


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return write_book(tmp_path / "anggota.xlsx", GOOD_AND_BAD)


def _one_line(code: int, err: str, expected_code: int = 2) -> None:
    assert code == expected_code, err
    assert err.count("\n") == 1 and err.startswith("groupdesk: error: "), err
    assert "Traceback" not in err


def _refused(roster: Path, sheet: Path, report: Path | str, *words: str) -> None:
    db_digest, sheet_digest = file_digest(roster), file_digest(sheet)
    code, out, err = cli(
        "--db", str(roster), "import", "members", str(sheet), "--skip-invalid", "--errors",
        str(report),
    )  # fmt: skip
    _one_line(code, err)
    assert all(word in err for word in words), err
    assert out == ""
    assert file_digest(roster) == db_digest and count_rows(roster) == 25
    assert file_digest(sheet) == sheet_digest


def test_the_error_report_never_replaces_the_database(roster, sheet, tmp_path) -> None:
    _refused(roster, sheet, roster, "open database")
    os.symlink(roster, tmp_path / "laporan.xlsx")
    _refused(roster, sheet, tmp_path / "laporan.xlsx", "open database")
    os.link(roster, tmp_path / "salinan.xlsx")
    _refused(roster, sheet, tmp_path / "salinan.xlsx", "open database")
    _refused(roster, sheet, f"{roster}-wal", "belongs to the open database")
    _refused(roster, sheet, f"{roster}.lock", "belongs to the open database")


def test_the_error_report_never_replaces_the_file_being_imported(roster, sheet) -> None:
    _refused(roster, sheet, sheet, "file being read")
    _refused(roster, sheet, sheet.parent / "." / sheet.name, "file being read")


def test_the_error_report_never_goes_into_the_backup_folder(roster, sheet) -> None:
    db = open_database(roster, read_only=True)
    assert db.backup_dir is not None
    backup = make_backup(roster, db.backup_dir, MANUAL)
    db.close()
    digest = file_digest(backup)
    _refused(roster, sheet, backup.with_suffix(".xlsx"), "backup folder")
    assert file_digest(backup) == digest


@pytest.mark.parametrize("where", ["missing folder", "a folder", "no extension"])
def test_a_bad_report_path_is_refused_before_anything_is_imported(
    roster, sheet, tmp_path, where
) -> None:
    report = {
        "missing folder": tmp_path / "tidak-ada" / "laporan.xlsx",
        "a folder": tmp_path,
        "no extension": tmp_path / "laporan",
    }[where]
    _refused(roster, sheet, report)


def test_errors_csv_is_a_csv_with_formulas_kept_inert(roster, sheet, tmp_path) -> None:
    report = tmp_path / "laporan.csv"
    code, _out, err = cli(
        "--db", str(roster), "import", "members", str(sheet), "--errors", str(report)
    )
    assert code == 1 and "1 row rejected" in err
    assert not zipfile.is_zipfile(report)
    text = report.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "Nama,Email,Row in the original file,Reason"
    assert text.splitlines()[1].startswith("\"'=HYPERLINK(")


def test_the_xlsx_report_keeps_a_formula_like_cell_literal_when_edited(roster, sheet, tmp_path):
    report = tmp_path / "laporan.xlsx"
    code, _, _ = cli("--db", str(roster), "import", "members", str(sheet), "--errors", str(report))
    assert code == 1
    cell = openpyxl.load_workbook(report)["Rejected rows"]["A2"]
    assert cell.value == '=HYPERLINK("http://x","klik")' and cell.data_type == "s"
    assert cell.quotePrefix  # Excel and LibreOffice keep it text when the cell is edited


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_an_input_that_is_not_a_file_says_what_it_is(roster, tmp_path, kind) -> None:
    path = tmp_path / "anggota.xlsx"
    if kind == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)
    code, _out, err = cli("--db", str(roster), "import", "members", str(path))
    _one_line(code, err)
    assert ("folder" if kind == "folder" else "named pipe") in err
    assert "no such file" not in err


def test_ctrl_c_right_after_the_commit_says_the_rows_were_saved(roster, sheet, monkeypatch):
    def interrupted(self: ImportSummary) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(ImportSummary, "message", interrupted)
    code, _out, err = cli("--db", str(roster), "import", "members", str(sheet), "--skip-invalid")
    _one_line(code, err, 130)
    assert "saved" in err and "2 added" in err
    assert count_rows(roster) == 27


def test_ctrl_c_before_the_commit_says_nothing_was_imported(roster, sheet, monkeypatch) -> None:
    from groupdesk.core.database.backup import BackupUnderway

    finish = BackupUnderway.wait

    def interrupted(self: BackupUnderway) -> None:
        finish(self)  # Ctrl-C the moment the import's backup is done, before its commit
        raise KeyboardInterrupt

    monkeypatch.setattr(BackupUnderway, "wait", interrupted)
    code, _out, err = cli("--db", str(roster), "import", "members", str(sheet), "--skip-invalid")
    _one_line(code, err, 130)
    assert "nothing was imported" in err and count_rows(roster) == 25


def test_export_never_replaces_the_database_it_reads(tmp_path) -> None:
    roster = tmp_path / "roster.xlsx"  # a database someone named like a workbook
    db = open_database(roster, lock_factory=None)
    add_member(db, "GD-001")
    db.close()
    digest = file_digest(roster)
    code, _out, err = cli("--db", str(roster), "export", "members", str(roster))
    _one_line(code, err)
    assert "open database" in err and file_digest(roster) == digest


@pytest.mark.parametrize("where", ["a folder", "missing folder"])
def test_export_to_a_folder_or_a_missing_folder_is_one_line(roster, tmp_path, where) -> None:
    (tmp_path / "laporan.xlsx").mkdir()
    target = tmp_path / ("laporan.xlsx" if where == "a folder" else "tidak-ada/laporan.xlsx")
    code, _out, err = cli("--db", str(roster), "export", "members", str(target))
    _one_line(code, err)


def test_a_note_longer_than_an_excel_cell_is_said_to_be_cut_and_csv_keeps_it(
    db_path, tmp_path
) -> None:
    note = "catatan " * 130_000  # about 1 MB
    db = open_database(db_path, lock_factory=None)
    with db.transaction() as s:
        s.add(Member(member_number="GD-1", full_name="Ayu", sort_name="ayu", notes=note))
    db.close()
    code, out, err = cli("--db", str(db_path), "export", "members", str(tmp_path / "a.xlsx"))
    assert code == 0 and "1 cell held" in out and "32,767" in out and ".csv" in out, err
    code, out, err = cli("--db", str(db_path), "export", "members", str(tmp_path / "a.csv"))
    assert code == 0 and "cut" not in out
    fresh = tmp_path / "baru.sqlite"
    code, out, err = cli("--db", str(fresh), "import", "members", str(tmp_path / "a.csv"))
    assert code == 0 and out.startswith("1 added"), err
    db = open_database(fresh, lock_factory=None)
    with db.session() as s:
        assert s.query(Member.notes).scalar().strip() == note.strip()
    db.close()


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder nobody may create files in (an administrator passes permission bits: /proc)."""
    if os.geteuid() == 0:
        return Path("/proc")
    folder = tmp_path / "terkunci"
    folder.mkdir(mode=0o555)
    return folder


def test_an_unwritable_folder_is_one_line_before_the_import_and_the_export(roster, sheet, tmp_path):
    folder = _unwritable_folder(tmp_path)
    _refused(roster, sheet, folder / "laporan.xlsx", "cannot be written")
    code, _out, err = cli("--db", str(roster), "export", "members", str(folder / "a.csv"))
    _one_line(code, err)
    assert "cannot be written" in err
