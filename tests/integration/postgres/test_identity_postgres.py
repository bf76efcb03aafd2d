"""The identity fields on a server: a roster with NIK, TTL, gender and education imports,
its photo is kept, and a member is found again by NIK."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from groupdesk.core.importing import ImportPlan, execute, prepare
from groupdesk.core.services.members import MemberService
from tests.integration.importing.helpers import write_book

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def test_identity_fields_on_a_server(pg_db, tmp_path: Path) -> None:
    sheet = write_book(
        tmp_path / "anggota.xlsx",
        [
            ["Nama Lengkap", "NIK", "Jenis Kelamin", "TTL", "Pendidikan"],
            ["Ayu Lestari", "3273015708850002", "P", "Bandung, 17 Agustus 1985", "S1"],
        ],
    )
    first = execute(pg_db, prepare(pg_db, ImportPlan("members", sheet)))
    assert first.added == 1
    with pg_db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, nik, gender, birth_place, education, birth_date FROM members")
        ).one()
    assert tuple(row[1:5]) == ("3273015708850002", "female", "Bandung", "s1")
    members = MemberService(pg_db)
    members.update(members.get(row[0]).with_changes(photo=PNG))
    assert members.get(row[0]).photo == PNG
    again = prepare(pg_db, ImportPlan("members", sheet, policy="update"))
    assert [(r.action, r.match_reason) for r in again.rows] == [("unchanged", "NIK")]
