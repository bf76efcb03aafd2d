"""A spreadsheet cannot record attendance for a shift of a day still to come."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from groupdesk.core.importing import ImportPlan, prepare
from groupdesk.core.messages import catalogue

from .helpers import write_csv
from .test_other_kinds import _setup

said = catalogue("en").text


def test_attendance_for_a_future_shift_is_rejected(db, tmp_path: Path) -> None:
    _setup(db, tmp_path)
    from .helpers import cli

    shifts = write_csv(
        tmp_path / "giliran.csv",
        ["Proyek,Tanggal,Jam Mulai,Jam Selesai,Kuota", "Bersih Pantai,07/09/2024,07:00,11:00,10"],
    )
    assert cli("--db", str(db.path), "import", "shifts", str(shifts))[0] == 0
    signups = write_csv(
        tmp_path / "hadir.csv",
        [
            "No. Anggota,Proyek,Tanggal,Jam Mulai,Kehadiran",
            "A1,Bersih Pantai,07/09/2024,07:00,Hadir",
            "A2,Bersih Pantai,07/09/2024,07:00,",
        ],
    )
    before = prepare(db, ImportPlan("signups", signups), today=dt.date(2024, 9, 6))
    assert [r.action for r in before.rows] == ["reject", "add"]
    assert "Attendance opens when the shift starts" in said(before.rows[0].errors["status"])
    after = prepare(db, ImportPlan("signups", signups), today=dt.date(2024, 9, 7))
    assert [r.action for r in after.rows] == ["add", "add"]
