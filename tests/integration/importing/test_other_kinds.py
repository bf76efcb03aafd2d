"""Projects, shifts, sign-ups and challenges from CSV and xlsx files."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from groupdesk.core.importing import ImportPlan, prepare
from groupdesk.core.messages import catalogue

from .helpers import cli, count, write_book, write_csv

said = catalogue("en").text


def _rows(db, sql: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def _setup(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    people = write_csv(
        tmp_path / "anggota.csv",
        [
            "No. Anggota;Nama Lengkap;Email",
            "A1;Ayu Lestari;ayu@contoh.or.id",
            "A2;Budi Santoso;budi@contoh.or.id",
            "A3;Budi Santoso;budi2@contoh.or.id",
        ],
    )
    assert cli("--db", str(db.path), "import", "members", str(people))[0] == 0
    projects = write_book(
        tmp_path / "proyek.xlsx",
        [
            [
                "Nama Proyek",
                "Bidang",
                "Lokasi",
                "Tanggal Mulai",
                "Selesai",
                "Koordinator",
                "Status",
            ],
            ["Bersih Pantai", "Lingkungan", "Kuta", "01/09/2024", "30/09/2024", "A1", "Aktif"],
            [
                "Kelas Membaca",
                "Literasi Anak",
                "Bogor",
                "2024-10-01",
                None,
                "Ayu Lestari",
                "Direncanakan",
            ],
        ],
    )
    code, out, err = cli("--db", str(db.path), "import", "projects", str(projects))
    assert code == 0, (out, err)
    assert out.startswith("2 added, 0 updated, 0 skipped, 0 rejected; new cause areas: Literasi")


def test_projects_with_cause_areas_and_coordinators(db, tmp_path: Path) -> None:
    _setup(db, tmp_path)
    assert _rows(
        db,
        "SELECT p.name, c.name, p.start_date, p.end_date, p.status, m.member_number "
        "FROM volunteer_projects p JOIN cause_areas c ON c.id = p.cause_area_id "
        "JOIN members m ON m.id = p.coordinator_id ORDER BY p.name",
    ) == [
        ("Bersih Pantai", "Lingkungan", "2024-09-01", "2024-09-30", "active", "A1"),
        ("Kelas Membaca", "Literasi Anak", "2024-10-01", None, "planned", "A1"),
    ]


def test_shifts_signups_and_challenges(db, tmp_path: Path) -> None:
    _setup(db, tmp_path)
    shifts = write_csv(
        tmp_path / "giliran.csv",
        [
            "Proyek,Tanggal,Jam Mulai,Jam Selesai,Kuota,Profesi",
            "Bersih Pantai,07/09/2024,07:00,11:00,10,",
            "Bersih Pantai,07/09/2024,13.00,17.00,5,Dokter",
            "Kelas Membaca,05/10/2024,9:00,11:30,3,",
            "Proyek Hantu,05/10/2024,9:00,11:30,3,",
        ],
    )
    code, out, err = cli("--db", str(db.path), "import", "shifts", str(shifts))
    assert code == 1 and out.startswith("3 added, 0 updated, 0 skipped, 1 rejected")
    assert count(db, "shifts") == 0
    code, out, _ = cli("--db", str(db.path), "import", "shifts", str(shifts), "--skip-invalid")
    assert code == 0 and count(db, "shifts") == 3
    assert _rows(db, "SELECT starts_at, ends_at, max_volunteers FROM shifts ORDER BY id")[1] == (
        "2024-09-07 13:00:00.000000",
        "2024-09-07 17:00:00.000000",
        5,
    )
    signups = write_book(
        tmp_path / "relawan.xlsx",
        [
            ["No. Anggota", "Nama", "Proyek", "Tanggal", "Jam Mulai", "Kehadiran"],
            ["A1", None, "Bersih Pantai", "07/09/2024", "07:00", "Hadir"],
            [None, "ayu lestari", "Bersih Pantai", "07/09/2024", "13:00", None],
            [None, "Budi Santoso", "Bersih Pantai", "07/09/2024", "07:00", None],
            ["A2", None, "Bersih Pantai", "08/09/2024", "07:00", None],
        ],
    )
    prepared = prepare(db, ImportPlan("signups", signups))
    actions = [row.action for row in prepared.rows]
    # Ayu is no doctor: the shift's own rule refuses her, as it would in the window.
    assert actions == ["add", "reject", "reject", "reject"]
    assert "Dokter" in said(prepared.rows[1].errors["_row"])
    assert "2 members are called Budi Santoso" in said(prepared.rows[2].errors["full_name"])
    assert "no shift" in said(prepared.rows[3].errors["start_time"])
    code, out, _ = cli("--db", str(db.path), "import", "signups", str(signups), "--skip-invalid")
    assert out.startswith("1 added, 0 updated, 0 skipped, 3 rejected")
    assert sorted(_rows(db, "SELECT status FROM assignments")) == [("attended",)]
    code, out, _ = cli("--db", str(db.path), "import", "signups", str(signups), "--skip-invalid")
    assert out.startswith("0 added, 0 updated, 1 skipped, 3 rejected")

    challenges = write_csv(
        tmp_path / "tantangan.csv",
        [
            "Judul,Kategori,Tingkat,Status,Proyek,Pelapor,Tanggal",
            "Relawan kurang,Mencari waktu luang,Tinggi,Terbuka,Bersih Pantai,A1,01/09/2024",
            "Dana terbatas,Keuangan,sedang,ditangani,,,02/09/2024",
        ],
    )
    code, out, err = cli("--db", str(db.path), "import", "challenges", str(challenges))
    assert code == 0, err
    assert out.startswith("2 added, 0 updated, 0 skipped, 0 rejected; new categories: Keuangan")
    assert _rows(db, "SELECT title, severity, status, raised_on FROM challenges ORDER BY id") == [
        ("Relawan kurang", "high", "open", "2024-09-01"),
        ("Dana terbatas", "medium", "mitigating", "2024-09-02"),
    ]


def test_projects_update_by_name(db, tmp_path: Path) -> None:
    _setup(db, tmp_path)
    again = write_book(
        tmp_path / "p2.xlsx", [["Nama Proyek", "Lokasi"], ["bersih pantai", "Sanur"]]
    )
    _code, out, _ = cli(
        "--db", str(db.path), "import", "projects", str(again), "--on-duplicate", "update"
    )
    assert out.startswith("0 added, 1 updated")
    assert ("Sanur",) in _rows(db, "SELECT location FROM volunteer_projects")


def test_imported_sign_ups_meet_the_same_conflict_rules_as_the_window(db, tmp_path: Path) -> None:
    """A member already on an overlapping shift is refused, and so is the second of two
    overlapping rows of the same file; the other rows can still go in."""
    import datetime as dt

    from groupdesk.core.demo import generate_demo
    from groupdesk.core.services.shifts import ShiftInput, ShiftService

    today = dt.date.today()
    generate_demo(db, members=80, shifts=5, today=today)
    day = today + dt.timedelta(days=7)
    project_id, project = _rows(db, "SELECT id, name FROM volunteer_projects ORDER BY id")[4]
    shifts = ShiftService(db)
    first = shifts.create(
        ShiftInput(
            project_id,
            dt.datetime.combine(day, dt.time(8)),
            dt.datetime.combine(day, dt.time(12)),
            max_volunteers=9,
        )
    )
    overlapping = shifts.create(
        ShiftInput(
            project_id,
            dt.datetime.combine(day, dt.time(10)),
            dt.datetime.combine(day, dt.time(14)),
            max_volunteers=9,
        )
    )
    assert first and overlapping
    free = (
        "SELECT member_number FROM members m WHERE status = 'active' AND NOT EXISTS "
        "(SELECT 1 FROM assignments a WHERE a.member_id = m.id) ORDER BY id"
    )
    number, other = (row[0] for row in _rows(db, free)[:2])
    date = day.strftime("%d/%m/%Y")
    signups = write_csv(
        tmp_path / "jadwal.csv",
        [
            "No. Anggota,Proyek,Tanggal,Jam Mulai",
            f"{number},{project},{date},08:00",
            f"{number},{project},{date},10:00",
            f"{other},{project},{date},10:00",
        ],
    )
    prepared = prepare(db, ImportPlan("signups", signups))
    assert [row.action for row in prepared.rows] == ["add", "reject", "add"]
    assert "overlap" in said(prepared.rows[1].errors["_row"]).lower()
    code, out, _ = cli("--db", str(db.path), "import", "signups", str(signups))
    assert code == 1 and out.startswith("2 added, 0 updated, 0 skipped, 1 rejected")
    assert _rows(
        db, f"SELECT count(*) FROM assignments WHERE shift_id IN ({first}, {overlapping})"
    ) == [(0,)]


def test_an_import_that_writes_backs_the_database_up_first(db, tmp_path: Path) -> None:
    from groupdesk.core.importing.runner import execute

    book = write_csv(tmp_path / "anggota.csv", ["Nama,No. HP", "Ayu Lestari,0812-3456-7890"])
    prepared = prepare(db, ImportPlan("members", book))
    execute(db, prepared, dry_run=True)
    assert not any(".before-import." in p.name for p in db.backups)
    execute(db, prepared)
    backups = [p for p in db.backups if ".before-import." in p.name]
    assert len(backups) == 1 and backups[0].exists()


def test_the_backup_an_import_makes_holds_the_data_as_it_was_before(db, tmp_path: Path) -> None:
    """The copy runs beside the import's writing: it must still be the file before them."""
    import sqlite3

    from groupdesk.core.importing.runner import execute

    before = write_csv(tmp_path / "a.csv", ["Nama,No. HP", "Ayu Lestari,0812-3456-7890"])
    execute(db, prepare(db, ImportPlan("members", before)))
    many = ["Nama,No. HP"] + [f"Anggota {n},0812-{n:04d}-0000" for n in range(1, 301)]
    execute(db, prepare(db, ImportPlan("members", write_csv(tmp_path / "b.csv", many))))
    assert count(db, "members") == 301
    newest = [p for p in db.backups if ".before-import." in p.name][-1]
    copy = sqlite3.connect(newest)
    try:
        assert copy.execute("SELECT count(*) FROM members").fetchone() == (1,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()


def test_an_import_whose_backup_fails_writes_nothing(db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The backup finishes beside the import; when it fails the import is rolled back."""
    import sqlite3

    import pytest

    from groupdesk.core.database import backup
    from groupdesk.core.importing.runner import execute

    def damaged_copy(src, tmp, destination, **_: object):  # type: ignore[no-untyped-def]
        src.close()
        raise sqlite3.DatabaseError("backup failed its integrity check: page 4")

    monkeypatch.setattr(backup, "_copy_pinned", damaged_copy)
    book = write_csv(tmp_path / "anggota.csv", ["Nama,No. HP", "Ayu Lestari,0812-3456-7890"])
    with pytest.raises(sqlite3.DatabaseError):
        execute(db, prepare(db, ImportPlan("members", book)))
    assert count(db, "members") == 0
    assert not any(".before-import." in p.name for p in db.backups)
    assert not list((db.backup_dir or tmp_path).glob("*.partial*"))
