"""An Indonesian roster with the KTP's fields: NIK, "Tempat, Tgl Lahir", Jenis Kelamin,
Pendidikan. A bad NIK is refused with its reason, a disagreeing one only warned about, and a
member already on the roster is found by NIK."""

from __future__ import annotations

from pathlib import Path

from groupdesk.core.importing import ImportPlan, prepare
from groupdesk.core.messages import catalogue

from .helpers import cli, count, members, write_book

HEADERS = ["Nama Lengkap", "No. KTP", "Jenis Kelamin", "Tempat, Tgl Lahir", "Pendidikan"]
said = catalogue("en").text


def test_an_indonesian_sheet_fills_the_identity_fields(db, tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "anggota.xlsx",
        [
            HEADERS,
            ["Ayu Lestari", "3273 0157 0885 0002", "P", "Bandung, 17 Agustus 1985", "S-1"],
            ["Budi Santoso", "3578011203900001", "Laki-laki", "Kab. Malang, 12-03-1990", "Ners"],
            ["Citra", None, "Wanita", None, "Sp.PD"],
        ],
    )
    code, out, err = cli("--db", str(db.path), "import", "members", str(path))
    assert (code, err) == (0, ""), err
    assert out.startswith("3 added")
    stored = {m["full_name"]: m for m in members(db).values()}
    ayu, budi, citra = stored["Ayu Lestari"], stored["Budi Santoso"], stored["Citra"]
    assert (ayu["nik"], ayu["gender"], ayu["birth_place"], ayu["birth_date"]) == (
        "3273015708850002",
        "female",
        "Bandung",
        "1985-08-17",
    )
    assert ayu["education"] == "s1" and "3273015708850002" in ayu["search_text"]
    assert (budi["gender"], budi["birth_place"], budi["education"]) == (
        "male",
        "Kab. Malang",
        "profesi",
    )
    assert (citra["nik"], citra["gender"], citra["education"]) == (None, "female", "sp")


def test_a_bad_nik_is_refused_with_its_reason_and_nothing_is_written(db, tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "a.xlsx",
        [
            HEADERS,
            ["Ayu", "32730157088500A2", "P", None, None],
            ["Budi", "357801120390001", "L", None, None],
            ["Citra", "3578015203900001", "P", None, None],
        ],
    )
    prepared = prepare(db, ImportPlan("members", path))
    ayu, budi, citra = prepared.rows
    assert ayu.action == "reject" and "only digits" in said(ayu.errors["nik"])
    assert budi.action == "reject" and "16 digits (this has 15)" in said(budi.errors["nik"])
    assert citra.action == "add"
    code, _out, err = cli("--db", str(db.path), "import", "members", str(path))
    assert code == 1 and err.count("\n") == 1
    assert count(db, "members") == 0


def test_a_nik_that_disagrees_is_imported_as_given_with_a_warning(db, tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "a.xlsx",
        [HEADERS, ["Ayu", "3273015708850002", "L", "Bandung, 18 Agustus 1985", None]],
    )
    [row] = prepare(db, ImportPlan("members", path)).rows
    assert row.action == "add" and not row.errors
    assert "17/08/1985" in said(row.warnings["nik"]) or "17 Aug 1985" in said(row.warnings["nik"])
    assert "Female" in said(row.warnings["gender"])
    assert cli("--db", str(db.path), "import", "members", str(path))[0] == 0
    [ayu] = members(db).values()
    assert (ayu["birth_date"], ayu["gender"]) == ("1985-08-18", "male")


def test_a_member_is_found_by_nik_before_email(db, tmp_path: Path) -> None:
    first = write_book(
        tmp_path / "first.xlsx",
        [["Nama", "NIK", "Email"], ["Ayu Lestari", "3273015708850002", "ayu@contoh.or.id"]],
    )
    assert cli("--db", str(db.path), "import", "members", str(first))[0] == 0
    again = write_book(
        tmp_path / "again.xlsx",
        [
            ["Nama", "NIK", "Email", "Pendidikan Terakhir"],
            ["Ayu L.", "3273015708850002", "ayu.baru@contoh.or.id", "S2"],
        ],
    )
    [row] = prepare(db, ImportPlan("members", again, policy="update")).rows
    assert (row.action, row.match_reason) == ("update", "NIK")
    code, out, _err = cli(
        "--db", str(db.path), "import", "members", str(again), "--on-duplicate", "update"
    )
    assert code == 0 and out.startswith("0 added, 1 updated")
    [ayu] = members(db).values()
    assert (ayu["email"], ayu["education"]) == ("ayu.baru@contoh.or.id", "s2")


def test_a_nik_twice_in_the_file_is_refused(db, tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "a.xlsx",
        [["Nama", "NIK"], ["Ayu", "3273015708850002"], ["Ayu Lestari", "3273015708850002"]],
    )
    first, second = prepare(db, ImportPlan("members", path)).rows
    assert first.action == "add" and second.action == "reject"
    assert "also on row" in said(second.errors["nik"])
