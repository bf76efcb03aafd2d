"""Lists every new database starts with, drawn from the domain articles.

Names are in Indonesian, the language our first users type in their spreadsheets; the
descriptions are written in the organisation's language when the rows are made (their English
sources, by code, are in ``messages/texts/reference.py``). All of them are ordinary rows the
association may edit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .messages.catalogue import Catalogue, catalogue
from .messages.languages import DEFAULT_LANGUAGE
from .models import CauseArea, ChallengeCategory, OrganisationSettings, Profession, Skill

# (name, description, licence required)
PROFESSIONS: tuple[tuple[str, str, bool], ...] = (
    ("Dokter", "Doctor; practises with an STR and an SIP", True),
    ("Perawat", "Nurse; registered with an STR", True),
    ("Bidan", "Midwife; registered with an STR", True),
    ("Guru", "Teacher", False),
    ("Psikolog", "Psychologist; practises with an SIPP", True),
    ("Advokat", "Lawyer", True),
    ("Apoteker", "Pharmacist; registered with an STRA", True),
    ("Pekerja Sosial", "Social worker", False),
)

CAUSE_AREAS: tuple[tuple[str, str], ...] = (
    ("Penanggulangan Bencana", "Disaster relief"),
    ("Pendidikan", "Education"),
    ("Kesehatan", "Health"),
    ("Lingkungan", "Environment"),
    ("Perawatan Lansia", "Elderly care"),
    ("Anak dan Remaja", "Children and youth"),
)

SKILLS: tuple[tuple[str, str], ...] = (
    ("Pertolongan Pertama", "First aid"),
    ("Mengajar", "Teaching"),
    ("Konseling", "Counselling"),
    ("Memasak", "Cooking"),
    ("Mengemudi", "Driving"),
    ("Logistik", "Logistics"),
    ("Bahasa Isyarat", "Sign language"),
    ("Administrasi", "Administration"),
    ("Fotografi", "Photography"),
    ("Teknologi Informasi", "IT support"),
)

# (name, group, description) - the challenges the two domain articles name.
CHALLENGE_CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("Tekanan kerja", "occupational", "Work pressure"),
    ("Tanggung jawab tinggi", "occupational", "Heavy responsibility"),
    ("Situasi emosional yang sulit", "occupational", "Emotionally hard situations"),
    ("Mengikuti perkembangan bidang", "occupational", "Keeping up with the field"),
    ("Etika profesi", "occupational", "Professional ethics"),
    ("Mencari waktu luang", "volunteer", "Finding time"),
    (
        "Mencari proyek yang sesuai minat",
        "volunteer",
        "Finding a project that fits one's interests",
    ),
    ("Beban emosional", "volunteer", "Emotional strain"),
)


def seed_reference_data(session: Session) -> None:
    """Fill the lists a new database needs; rows that already exist are left alone."""
    settings = session.get(OrganisationSettings, 1)
    if settings is None:
        settings = OrganisationSettings(id=1)
        session.add(settings)
    say = catalogue(settings.language or DEFAULT_LANGUAGE)
    fields = ("name", "description", "licence_required")
    _add_missing(session, Profession, PROFESSIONS, fields, say, "profession")
    _add_missing(session, CauseArea, CAUSE_AREAS, ("name", "description"), say, "cause_area")
    _add_missing(session, Skill, SKILLS, ("name", "description"), say, "skill")
    fields = ("name", "group", "description")
    _add_missing(
        session, ChallengeCategory, CHALLENGE_CATEGORIES, fields, say, "challenge_category"
    )


def _add_missing(
    session: Session,
    model: type[Profession] | type[CauseArea] | type[Skill] | type[ChallengeCategory],
    rows: Sequence[tuple[object, ...]],
    fields: tuple[str, ...],
    say: Catalogue,
    kind: str,
) -> None:
    existing = set(session.scalars(select(model.name)))
    for row in rows:
        values = dict(zip(fields, row, strict=True))
        if values["name"] not in existing:
            values["description"] = say.text(f"reference.{kind}.{_code(str(values['name']))}")
            session.add(model(**values))


def _code(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
