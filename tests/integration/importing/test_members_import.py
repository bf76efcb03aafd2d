"""Members from spreadsheets as secretaries make them: Indonesian headers, notes above the
table, dates in every form, phone numbers Excel mangled; all or nothing, with a report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from groupdesk.core.importing import ImportPlan, execute, prepare
from groupdesk.core.importing.base import ImportCancelled
from groupdesk.core.importing.error_report import REASON_HEADER
from groupdesk.core.messages import catalogue
from groupdesk.core.spreadsheet import read_sheet
from groupdesk.core.spreadsheet.dates import to_serial

from .helpers import cli, count, members, write_book, write_csv

HEADERS = [
    "No. Anggota",
    "Nama Lengkap",
    "Email",
    "No. HP",
    "Tanggal Lahir",
    "Tgl Bergabung",
    "Profesi",
    "Keahlian",
    "Status",
    "Kota",
]

said = catalogue("en").text


def roster(path: Path, rows: list[list[object]], **kwargs: object) -> Path:
    return write_book(path, [HEADERS, *rows], **kwargs)  # type: ignore[arg-type]


def test_indonesian_roster_with_notes_above_a_table_at_b4(db, tmp_path: Path) -> None:
    path = roster(
        tmp_path / "anggota.xlsx",
        [
            [
                "A-001",
                "Ayu Lestari  ",
                "Ayu@Contoh.or.id ",
                "0812-3456-7890",
                "17/08/1990",
                dt.date(2015, 1, 5),
                "Dokter; Perawat",
                "Memasak, Fotografi",
                "Aktif",
                "Bandung ",
            ],
            [
                "A-002",
                "Budi Santoso",
                None,
                "81234567891",
                "17-08-1985",
                to_serial(dt.date(2016, 2, 1)),
                "Guru",
                None,
                "Tidak Aktif",
                "Medan",
            ],
            [None] * 10,  # an empty row in the middle
            [
                "A-003",
                "Citra Dewi",
                "citra@contoh.or.id",
                "+62 857 1234 5678",
                "1980-03-04",
                "17 Agustus 2020",
                "Bidan",
                "Pertolongan Pertama",
                "Keluar",
                "Jakarta",
            ],
        ],
        start_row=3,
        start_col=1,
        notes=["Daftar Anggota Perkumpulan", "Dicetak 1 Januari 2024"],
    )
    code, out, err = cli("--db", str(db.path), "import", "members", str(path))
    assert (code, err) == (0, "")
    assert out.startswith("3 added, 0 updated, 0 skipped, 0 rejected")
    stored = members(db)
    ayu, budi, citra = stored["A-001"], stored["A-002"], stored["A-003"]
    assert ayu["full_name"] == "Ayu Lestari" and ayu["city"] == "Bandung"
    assert ayu["email"] == "Ayu@contoh.or.id"
    assert ayu["phone"] == "+62 812-3456-7890"
    assert ayu["birth_date"] == "1990-08-17" and ayu["joined_on"] == "2015-01-05"
    assert budi["birth_date"] == "1985-08-17" and budi["joined_on"] == "2016-02-01"
    assert budi["phone"] == "+62 812-3456-7891"  # read as 0812..., with a warning (below)
    assert citra["birth_date"] == "1980-03-04" and citra["joined_on"] == "2020-08-17"
    assert [m["status"] for m in (ayu, budi, citra)] == ["active", "inactive", "left"]
    assert ayu["sort_name"] == "ayu lestari" and "081234567890" in ayu["search_text"]
    assert count(db, "member_professions") == 4 and count(db, "member_skills") == 3


def test_a_dropped_leading_zero_is_a_warning_not_a_silent_fix(db, tmp_path: Path) -> None:
    path = roster(
        tmp_path / "a.xlsx", [["1", "Budi", None, 81234567891, None, None, None, None, None, None]]
    )
    prepared = prepare(db, ImportPlan("members", path))
    [row] = prepared.rows
    assert row.action == "add" and not row.errors
    assert "leading 0" in said(row.warnings["phone"])
    assert "081234567891" in said(row.warnings["phone"])


@pytest.mark.parametrize(
    "cell",
    [
        "17/08/2024",
        "17-08-2024",
        "2024-08-17",
        "17 Agustus 2024",
        "17 Agu 2024",
        to_serial(dt.date(2024, 8, 17)),
        dt.date(2024, 8, 17),
    ],
)
def test_dates_in_every_form_people_type(db, tmp_path: Path, cell: object) -> None:
    path = write_book(tmp_path / "d.xlsx", [["Nama", "Tanggal Lahir"], ["Ayu", cell]])
    [row] = prepare(db, ImportPlan("members", path)).rows
    assert row.values["birth_date"] == dt.date(2024, 8, 17), row.errors


def test_serials_of_a_1904_workbook(db, tmp_path: Path) -> None:
    serial = to_serial(dt.date(2024, 8, 17), date1904=True)
    path = write_book(
        tmp_path / "mac.xlsx", [["Nama", "Tanggal Lahir"], ["Ayu", serial]], date1904=True
    )
    [row] = prepare(db, ImportPlan("members", path)).rows
    assert row.values["birth_date"] == dt.date(2024, 8, 17)


def test_a_bad_row_means_nothing_is_written_and_the_report_names_it(db, tmp_path: Path) -> None:
    path = roster(
        tmp_path / "a.xlsx",
        [
            ["1", "Ayu", "ayu@contoh.or.id", "081234567890", None, None, None, None, None, None],
            ["2", "Budi", "budi@@contoh", "12", "31/02/1990", None, None, None, "Cuti?", None],
            ["3", "Citra", None, None, None, None, None, None, None, None],
        ],
    )
    report = tmp_path / "errors.xlsx"
    code, out, err = cli(
        "--db", str(db.path), "import", "members", str(path), "--errors", str(report)
    )
    assert code == 1
    assert out.strip() == "2 added, 0 updated, 0 skipped, 1 rejected (nothing written)"
    assert err.count("\n") == 1 and "nothing was imported" in err
    assert count(db, "members") == 0
    rows = read_sheet(report)
    assert rows[0][: len(HEADERS)] == HEADERS and rows[0][-1] == REASON_HEADER
    assert len(rows) == 2
    bad = rows[1]
    assert bad[:4] == ["2", "Budi", "budi@@contoh", "12"] and bad[4] == "31/02/1990"
    assert bad[-2] == 3  # the row number in the original file
    for words in ("Email", "Phone", "Birth date", "Status"):
        assert words in bad[-1]


def test_skip_invalid_imports_only_the_valid_rows(db, tmp_path: Path) -> None:
    path = roster(
        tmp_path / "a.xlsx",
        [
            ["1", "Ayu", None, None, None, None, None, None, None, None],
            ["2", None, None, None, None, None, None, None, None, None],  # no name
            ["3", "Citra", None, None, None, None, None, None, None, None],
        ],
    )
    code, out, _ = cli("--db", str(db.path), "import", "members", str(path), "--skip-invalid")
    assert code == 0 and out.startswith("2 added, 0 updated, 0 skipped, 1 rejected")
    assert sorted(members(db)) == ["1", "3"]


def test_dry_run_writes_nothing(db, tmp_path: Path) -> None:
    path = roster(tmp_path / "a.xlsx", [["1", "Ayu"] + [None] * 8])
    code, out, _ = cli("--db", str(db.path), "import", "members", str(path), "--dry-run")
    assert code == 0 and out.startswith("1 added, 0 updated, 0 skipped, 0 rejected")
    assert count(db, "members") == 0 and count(db, "audit_log") == 0


def test_duplicate_policies_skip_update_and_new(db, tmp_path: Path) -> None:
    first = roster(
        tmp_path / "first.xlsx",
        [
            ["1", "Ayu", "ayu@contoh.or.id", None, "01/01/1990", None, None, None, None, "Bogor"],
            ["2", "Budi", None, None, "02/02/1991", None, None, None, None, "Medan"],
        ],
    )
    assert cli("--db", str(db.path), "import", "members", str(first))[0] == 0
    # no numbers: matched by email (Ayu), by name and birth date (Budi); Dewi is new
    again = write_book(
        tmp_path / "again.xlsx",
        [
            ["Nama", "Email", "Tanggal Lahir", "Kota"],
            ["Ayu", "AYU@contoh.or.id", None, "Depok"],
            ["Budi", None, "02/02/1991", "Medan"],
            ["Dewi", None, None, "Solo"],
        ],
    )
    code, out, _ = cli("--db", str(db.path), "import", "members", str(again))
    assert out.startswith("1 added, 0 updated, 2 skipped, 0 rejected") and code == 0
    assert members(db)["1"]["city"] == "Bogor"
    code, out, _ = cli(
        "--db", str(db.path), "import", "members", str(again), "--on-duplicate", "update"
    )
    # Ayu changes (city, and her blank birth date clears the stored one); Budi is unchanged;
    # Dewi has no birth date, so she cannot be matched by name and is added again
    assert out.startswith("1 added, 1 updated, 1 skipped, 0 rejected"), out
    assert members(db)["1"]["city"] == "Depok"
    code, out, _ = cli(
        "--db", str(db.path), "import", "members", str(again), "--on-duplicate", "new"
    )
    assert out.startswith("3 added, 0 updated, 0 skipped, 0 rejected"), out
    assert count(db, "members") == 7
    numbered = roster(tmp_path / "n.xlsx", [["1", "Someone Else"] + [None] * 8])
    code, out, _ = cli(
        "--db", str(db.path), "import", "members", str(numbered), "--on-duplicate", "new"
    )
    assert code == 1 and out.startswith("0 added, 0 updated, 0 skipped, 1 rejected")


def test_a_number_twice_in_the_file_is_rejected(db, tmp_path: Path) -> None:
    path = roster(tmp_path / "a.xlsx", [["7", "Ayu"] + [None] * 8, ["7", "Budi"] + [None] * 8])
    prepared = prepare(db, ImportPlan("members", path))
    assert [row.action for row in prepared.rows] == ["add", "reject"]
    assert "row 2" in said(prepared.rows[1].errors["_row"])


def test_cancel_during_the_import_leaves_the_database_as_it_was(db, tmp_path: Path) -> None:
    rows = [[str(n), f"Anggota {n}"] + [None] * 8 for n in range(1, 12001)]
    path = roster(tmp_path / "big.xlsx", rows)
    prepared = prepare(db, ImportPlan("members", path))
    indexes = _indexes(db)
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 5000  # cancel after the first chunk was written

    with pytest.raises(ImportCancelled):
        execute(db, prepared, progress)
    assert 5000 in seen and seen[-1] < 12000
    assert count(db, "members") == 0 and count(db, "audit_log") == 0
    assert _indexes(db) == indexes  # dropped for the bulk insert, back after the rollback
    summary = execute(db, prepared, lambda done, total: True)
    assert summary.added == 12000 and count(db, "members") == 12000
    assert _indexes(db) == indexes


def _indexes(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with db.engine.connect() as conn:
        return sorted(
            tuple(r)
            for r in conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))
        )


def test_professions_licences_skills_interests_and_new_names(db, tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "p.xlsx",
        [
            ["Nama", "Profesi", "No. STR", "STR Berlaku s/d", "Keahlian", "Minat"],
            ["Ayu", "dokter / PERAWAT", "STR-123", "31/12/2027", "Memasak; Menjahit", "Pendidikan"],
            ["Budi", None, "STR-9", None, None, None],
        ],
    )
    prepared = prepare(db, ImportPlan("members", path))
    ayu, budi = prepared.rows
    assert ayu.values["_professions"] == ["dokter", "PERAWAT"]
    assert "Menjahit" in said(ayu.warnings["skills"])  # a new skill, said before it is created
    assert "profession" in said(budi.errors["licence_number"])
    prepared.plan.skip_invalid = True
    summary = execute(db, prepared)
    assert summary.line().startswith("1 added, 0 updated, 0 skipped, 1 rejected")
    assert "new skills: Menjahit" in summary.line()
    from groupdesk.core.services.members import MemberService

    record = MemberService(db).get(next(iter(members(db).values()))["id"])
    assert record.professions[0].licence_number == "STR-123"
    assert record.professions[0].licence_valid_until == dt.date(2027, 12, 31)
    assert len(record.professions) == 2 and len(record.skill_ids) == 2
    assert len(record.cause_area_ids) == 1


def test_custom_fields_are_mappable(db, tmp_path: Path) -> None:
    from groupdesk.core.services.custom_fields import CustomFieldService

    CustomFieldService(db).create("Ukuran Kaos", "choice", ["S", "M", "L"])
    path = write_book(tmp_path / "c.xlsx", [["Nama", "Ukuran Kaos"], ["Ayu", "m"], ["Budi", "XXL"]])
    prepared = prepare(db, ImportPlan("members", path))
    assert "custom:ukuran_kaos" in prepared.mapping.values()
    ayu, budi = prepared.rows
    assert ayu.values["custom:ukuran_kaos"] == "M" and "custom:ukuran_kaos" in budi.errors


def test_churchcrm_style_first_and_last_name_columns(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "people.csv",
        ["FirstName,LastName,Email,HomePhone", "Ayu,Lestari,ayu@contoh.or.id,0812-3456-7890"],
    )
    code, out, _ = cli("--db", str(db.path), "import", "members", str(path))
    assert code == 0 and out.startswith("1 added")
    [ayu] = members(db).values()
    assert ayu["full_name"] == "Ayu Lestari" and ayu["member_number"] == "1"


def test_a_titled_name_matches_the_member_by_name_and_birth_date(db, tmp_path: Path) -> None:
    first = roster(
        tmp_path / "first.xlsx",
        [["1", "Ratna Dewi Lestari", None, None, "12/05/1988", None, None, None, None, "Bogor"]],
    )
    assert cli("--db", str(db.path), "import", "members", str(first))[0] == 0
    again = write_book(
        tmp_path / "again.xlsx",
        [
            ["Nama", "Tanggal Lahir", "Kota"],
            ["Ns. Ratna Dewi Lestari, S.Kep", "12/05/1988", "Depok"],
        ],
    )
    code, out, _ = cli(
        "--db", str(db.path), "import", "members", str(again), "--on-duplicate", "update"
    )
    assert code == 0 and out.startswith("0 added, 1 updated"), out
    assert members(db)["1"]["city"] == "Depok"
