"""The import command on files people really have: the shared corpus, hostile packages and
files that are not spreadsheets at all. One line, the right exit status, the database as it
was."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REALFILES
from tests.unit.spreadsheet.builders import (
    BILLION_LAUGHS,
    far_cell_xlsx,
    million_empty_rows,
    repeated_ods,
    rewrite_part,
    write_xlsx,
    zip_bomb,
)

from .helpers import cli, count, members, write_csv

UNREADABLE = {
    "xlsx-corpus/calamine/pass_protected.xlsx": "password",
    "xlsx-corpus/excelize/encryptAES.xlsx": "password",
    "xlsx-corpus/openpyxl/null_file.xlsx": "empty",
    "xlsx-corpus/openpyxl/null_archive.xlsx": "",
    "xlsx-corpus/tealeg-xlsx/badfile_noWorkbookRels.xlsx": "damaged",
    "xlsx-corpus/calamine/empty_sheet.xlsx": "empty",
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _untouched(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    return count(db, "members"), count(db, "audit_log")


def _one_line_failure(code: int, out: str, err: str) -> None:
    assert code == 2, (code, out, err)
    assert out == "" and err.count("\n") == 1 and err.startswith("groupdesk: error: ")
    assert "Traceback" not in err


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_corpus_files_are_one_line_and_exit_2(db, name: str) -> None:
    path = REALFILES / name
    if not path.is_file():
        pytest.skip("the shared real-file corpus is not present")
    before = _untouched(db)
    code, out, err = cli("--db", str(db.path), "import", "members", str(path))
    _one_line_failure(code, out, err)
    assert UNREADABLE[name] in err.lower() and path.name in err
    assert _untouched(db) == before


def test_the_database_is_not_even_created_for_an_unreadable_file(tmp_path: Path) -> None:
    target = tmp_path / "new.sqlite"
    code, out, err = cli(
        "--db",
        str(target),
        "import",
        "members",
        str(FIXTURES / "spreadsheets" / "pass_protected.xlsx"),
    )
    _one_line_failure(code, out, err)
    assert "password" in err and not target.exists()


@pytest.mark.parametrize(
    "make",
    [
        "picture",
        "zip bomb",
        "entity bomb",
        "header only",
        "missing file",
        "cell at XFD1048576",
        "ods of repeated rows",
    ],
)
def test_hostile_and_wrong_files(db, tmp_path: Path, make: str) -> None:
    path = tmp_path / "anggota.xlsx"
    if make == "picture":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)
    elif make == "zip bomb":
        zip_bomb(path)
    elif make == "entity bomb":
        base = write_xlsx(tmp_path / "base.xlsx", [["Nama"], ["Ayu"]])
        rewrite_part(base, path, "xl/worksheets/sheet1.xml", lambda _: BILLION_LAUGHS.encode())
    elif make == "header only":
        path = write_csv(tmp_path / "anggota.csv", ["Nama,Email"])
    elif make == "cell at XFD1048576":  # aborted the whole process (a 550 GB allocation)
        far_cell_xlsx(path)
    elif make == "ods of repeated rows":  # 831 bytes that grew to 9.8 GB
        path = repeated_ods(tmp_path / "anggota.ods")
    before, digest = _untouched(db), _digest(db.path)
    code, out, err = cli("--db", str(db.path), "import", "members", str(path))
    _one_line_failure(code, out, err)
    assert _untouched(db) == before and _digest(db.path) == digest


def test_a_million_empty_rows_import_the_rows_that_hold_data(db, tmp_path: Path) -> None:
    path = million_empty_rows(tmp_path / "padded.xlsx", total_rows=300_000)
    code, out, err = cli("--db", str(db.path), "import", "members", str(path))
    assert code == 0 and out.startswith("1 added, 0 updated, 0 skipped, 0 rejected"), err
    assert [m["full_name"] for m in members(db).values()] == ["Budi"]


def test_an_unknown_template_is_a_usage_error(db, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", ["Nama", "Ayu"])
    code, out, err = cli(
        "--db", str(db.path), "import", "members", str(path), "--mapping", "Bulanan"
    )
    _one_line_failure(code, out, err)
    assert "Bulanan" in err


def _corpus() -> list[object]:
    if not REALFILES.is_dir():
        return [pytest.param(None, id="corpus-missing")]
    files = sorted(
        path
        for folder in ("roster", "xlsx-corpus")
        for path in (REALFILES / folder).rglob("*")
        if path.is_file()
    )
    return [pytest.param(p, id=p.relative_to(REALFILES).as_posix()) for p in files]


@pytest.mark.parametrize("path", _corpus())
def test_every_corpus_file_imported_as_members_ends_cleanly(db, path: Path | None) -> None:
    if path is None:
        pytest.skip("the shared real-file corpus is not present")
    code, out, err = cli(
        "--db", str(db.path), "import", "members", str(path), "--skip-invalid", "--dry-run"
    )
    assert code in (0, 1, 2), (code, err)
    assert "Traceback" not in err and err.count("\n") <= 1
    if code == 0:
        assert " added, " in out and out.count("\n") == 1
    assert count(db, "members") == 0  # a dry run


@pytest.mark.parametrize("name", ["roster/churchcrm/test_import.csv", "roster/moodle/example.csv"])
def test_roster_files_of_other_programs_import_their_people(db, name: str) -> None:
    path = REALFILES / name
    if not path.is_file():
        pytest.skip("the shared real-file corpus is not present")
    code, out, err = cli("--db", str(db.path), "import", "members", str(path), "--skip-invalid")
    assert code == 0, err
    added = int(out.split(" added")[0])
    assert added >= 2 and count(db, "members") == added
    names = [m["full_name"] for m in members(db).values()]
    assert all(" " in name for name in names)  # first and last name joined


def test_one_rejected_row_is_named_in_the_singular(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "anggota.csv",
        ["Nama,Email", "Ayu Lestari,ayu@contoh.or.id", "Budi,budi@@contoh"],
    )
    code, _out, err = cli("--db", str(db.path), "import", "members", str(path))
    assert code == 1
    assert err.startswith("groupdesk: 1 row rejected, nothing was imported"), err
    assert count(db, "members") == 0
