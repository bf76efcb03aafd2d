"""A seminar's attendance sheet imported as credits (SKP): members by number or name, the
activity found or created once, reasons per cell, all or nothing, nobody counted twice, and
undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import text

from groupdesk.core.importing import ImportPlan, execute, prepare, undo_import
from groupdesk.core.messages import catalogue
from tests.integration.credentials.setup import TODAY, nurses

from .helpers import cli, count, write_book, write_csv

said = catalogue("en").text


def _awards(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT m.member_number, a.name, a.held_on, a.organiser, w.points "
                    "FROM credit_awards w JOIN members m ON m.id = w.member_id "
                    "JOIN credit_activities a ON a.id = w.activity_id ORDER BY w.id"
                )
            )
        ]


def _sheet(tmp_path: Path) -> Path:
    return write_book(
        tmp_path / "daftar-hadir.xlsx",
        [
            ("No. Anggota", "Nama Peserta", "Nama Kegiatan", "Tanggal", "Penyelenggara", "SKP"),
            ("P-001", "Perawat Ani", "Seminar Luka Kronis", dt.date(2026, 10, 3), "PPNI", 2),
            (None, "Perawat Budi", "Seminar Luka Kronis", dt.date(2026, 10, 3), "PPNI", "2"),
            ("P-003", None, "Pelatihan BTCLS", "12/11/2026", "RSUD", "2,5"),
        ],
        sheet="Hadir",
    )


def _run(db, path: Path):  # type: ignore[no-untyped-def]
    prepared = prepare(db, ImportPlan("credits", path), today=TODAY)
    return prepared, execute(db, prepared)


def test_an_attendance_sheet_gives_each_member_their_credits(db, tmp_path: Path) -> None:
    nurses(db)
    _prepared, summary = _run(db, _sheet(tmp_path))
    assert summary.line() == (
        "3 added, 0 updated, 0 skipped, 0 rejected; new activities: "
        "Seminar Luka Kronis and Pelatihan BTCLS"
    )
    assert _awards(db) == [
        ("P-001", "Seminar Luka Kronis", "2026-10-03", "PPNI", 2.0),
        ("P-002", "Seminar Luka Kronis", "2026-10-03", "PPNI", 2.0),
        ("P-003", "Pelatihan BTCLS", "2026-11-12", "RSUD", 2.5),
    ]
    assert count(db, "credit_activities") == 2
    # the same sheet again: everyone has these credits already, nothing counted twice
    prepared, again = _run(db, _sheet(tmp_path))
    assert (again.added, again.skipped) == (0, 3)
    assert "already" in said(prepared.rows[0].warnings["_row"])
    assert count(db, "credit_awards") == 3 and count(db, "credit_activities") == 2


def test_undo_takes_back_the_credits_and_the_activities_it_created(db, tmp_path: Path) -> None:
    nurses(db)
    _prepared, summary = _run(db, _sheet(tmp_path))
    undo_import(db, summary.batch)
    assert count(db, "credit_awards") == 0 and count(db, "credit_activities") == 0


def test_a_future_date_or_unknown_member_refuses_the_file_with_reasons(db, tmp_path: Path) -> None:
    nurses(db)
    sheet = write_csv(
        tmp_path / "salah.csv",
        [
            "No. Anggota;Kegiatan;Tanggal;SKP",
            "P-001;Seminar;03/10/2026;2",
            "P-001;Seminar;03/10/2026;2",
            "P-404;Seminar;03/10/2026;2",
            "P-002;Kongres;01/01/2027;5",
            "P-003;Kongres;01/10/2026;-1",
        ],
    )
    prepared, summary = _run(db, sheet)
    rows = prepared.rows
    assert not summary.written and count(db, "credit_awards") == 0
    assert count(db, "credit_activities") == 0
    assert (summary.added, summary.skipped, summary.rejected) == (1, 1, 3)
    assert "row 2" in said(rows[1].warnings["_row"])
    assert "P-404" in said(rows[2].errors["member_number"])
    assert said(rows[3].errors["date"]) == (
        "the activity on 1 Jan 2027 has not taken place yet; its credits cannot be recorded"
    )
    assert "points" in rows[4].errors


def test_the_command_line_imports_credits(db, tmp_path: Path) -> None:
    nurses(db)
    good = write_csv(
        tmp_path / "skp.csv", ["No. Anggota;Kegiatan;Tanggal;SKP", "P-001;Webinar;03/10/2026;1"]
    )
    code, out, err = cli("--db", str(db.path), "import", "credits", str(good), "--dry-run")
    assert (code, err) == (0, "") and "1 added" in out and count(db, "credit_awards") == 0
    code, out, err = cli("--db", str(db.path), "import", "credits", str(good))
    assert (code, err) == (0, "") and out.startswith("1 added, 0 updated, 0 skipped, 0 rejected")
    assert _awards(db) == [("P-001", "Webinar", "2026-10-03", None, 1.0)]
    later = (dt.date.today() + dt.timedelta(days=40)).strftime("%d/%m/%Y")
    bad = write_csv(
        tmp_path / "nanti.csv", ["No. Anggota;Kegiatan;Tanggal;SKP", f"P-002;Kongres;{later};5"]
    )
    code, out, err = cli("--db", str(db.path), "import", "credits", str(bad))
    assert code == 1 and "1 rejected" in out and len(err.splitlines()) == 1
    assert count(db, "credit_awards") == 1


def test_members_are_found_by_nik_and_a_wrong_nik_is_said_in_its_cell(db, tmp_path: Path) -> None:
    nurses(db)
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE members SET nik = '3273011708850001' WHERE member_number = 'P-002'")
        )
    sheet = write_csv(
        tmp_path / "hadir.csv",
        [
            "NIK,Nama Kegiatan,Tanggal,SKP",
            "3273011708850001,Seminar Luka Kronis,03/10/2026,2",
            "3174011203800003,Seminar Luka Kronis,03/10/2026,2",
            "32730117O8850001,Seminar Luka Kronis,03/10/2026,2",
        ],
    )
    prepared = prepare(db, ImportPlan("credits", sheet), today=TODAY)
    first, unknown, letters = prepared.rows
    assert not first.errors and first.values["member_id"] is not None
    assert said(unknown.errors["nik"]) == "no member has the NIK 3174011203800003"
    assert "nik" in letters.errors
    # the sheet without its wrong rows gives Budi his credits, found by NIK alone
    ok = write_csv(
        tmp_path / "ok.csv",
        ["NIK,Nama Kegiatan,Tanggal,SKP", "3273011708850001,Seminar Luka Kronis,03/10/2026,2"],
    )
    _prepared, summary = _run(db, ok)
    assert summary.added == 1
    assert _awards(db) == [("P-002", "Seminar Luka Kronis", "2026-10-03", None, 2.0)]
