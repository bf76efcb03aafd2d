"""Projects, shifts, sign-ups and challenges from CSV and xlsx files."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from groupdesk.core.importing import ImportPlan, prepare

from .helpers import cli, count, write_book, write_csv


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
    assert actions == ["add", "add", "reject", "reject"]
    assert "2 members are called Budi Santoso" in prepared.rows[2].errors["full_name"]
    assert "no shift" in prepared.rows[3].errors["start_time"]
    code, out, _ = cli("--db", str(db.path), "import", "signups", str(signups), "--skip-invalid")
    assert out.startswith("2 added, 0 updated, 0 skipped, 2 rejected")
    assert sorted(_rows(db, "SELECT status FROM assignments")) == [("attended",), ("signed_up",)]
    code, out, _ = cli("--db", str(db.path), "import", "signups", str(signups), "--skip-invalid")
    assert out.startswith("0 added, 0 updated, 2 skipped, 2 rejected")

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
