"""The lists a new database starts with are described in the organisation's language: a
secretary reading the Professions page sees Indonesian, not the English sources."""

from __future__ import annotations

from sqlalchemy import select

from groupdesk.core.database import open_database
from groupdesk.core.models import ChallengeCategory, Profession, Skill


def test_a_new_database_describes_its_lists_in_indonesian(tmp_path) -> None:
    db = open_database(tmp_path / "baru.sqlite")
    try:
        with db.session() as s:
            nurse = s.scalars(select(Profession.description).where(Profession.name == "Perawat"))
            first_aid = s.scalars(
                select(Skill.description).where(Skill.name == "Pertolongan Pertama")
            )
            described = set(s.scalars(select(ChallengeCategory.description)))
            assert nurse.one() == "Tenaga keperawatan; terdaftar dengan STR"
            assert first_aid.one() == "P3K dan bantuan hidup dasar"
            assert "Work pressure" not in described and len(described) == 8
    finally:
        db.close()
