"""A small hand-built association whose report figures are counted by hand in the tests.

"Today" is Monday 1 July 2024 for every report built from it.

Members: Ayu (GD-001), Budi (GD-002), a member whose name is a formula (GD-003), and
Dedi (GD-004) who is in the trash.

Past shifts (project, start, length, who attended with what hours):
  s1 Bersih Pantai  Mon 06/05/2024 08:00-12:00  Ayu (none -> 4 h), Budi 3.5 h
  s2 Bersih Pantai  Mon 20/05/2024 08:00-11:00  Ayu (none -> 3 h)
  s3 Posyandu       Mon 03/06/2024 09:00-15:00  Ayu 6 h; GD-003 no-show
Upcoming:
  s4 Posyandu       Thu 04/07/2024 08:00-10:00  needs 3: Ayu confirmed, Budi signed up -> short 1
  s5 Bersih Pantai  Sat 06/07/2024 08:00-10:00  needs 1: Budi confirmed -> fine
  s6 Posyandu       Sun 07/07/2024 08:00-10:00  needs 2, cancelled -> not listed
  s7 Bersih Pantai  Mon 08/07/2024 07:00-09:00  needs 2: GD-003 waitlisted, Dedi cancelled
                                                 -> short 2
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from groupdesk.core.models import (
    Assignment,
    Challenge,
    ChallengeCategory,
    Member,
    MemberProfession,
    MitigationAction,
    OrganisationSettings,
    Profession,
    Shift,
    VolunteerProject,
)
from groupdesk.core.text_keys import member_search_text, sort_name

TODAY = dt.date(2024, 7, 1)
INJECTION_NAME = '=HYPERLINK("http://evil.example","klik")'


@dataclass
class Sample:
    shift_ids: dict[str, int]
    shift_uuids: dict[str, str]


def _member(number: str, name: str, **extra) -> Member:
    phone = extra.pop("phone", None)
    city = extra.pop("city", "Bandung")
    return Member(
        member_number=number,
        full_name=name,
        sort_name=sort_name(name),
        search_text=member_search_text(number, name, None, phone, city),
        phone=phone,
        city=city,
        **extra,
    )


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def build_sample(db, language: str = "en") -> Sample:
    """The sample data of an organisation whose files are written in ``language``."""
    with db.transaction() as session:
        session.get(OrganisationSettings, 1).language = language
        ayu = _member("GD-001", "Ayu Lestari", phone="+62 812-1111-2222", status="active")
        budi = _member("GD-002", "Budi Santoso", phone="0813 2222 3333", status="lapsed")
        evil = _member("GD-003", INJECTION_NAME, phone="-1+2", status="active", city="Medan")
        dedi = _member("GD-004", "Dedi Trash", status="active", deleted_at=dt.datetime(2024, 1, 1))
        session.add_all([ayu, budi, evil, dedi])
        session.flush()
        # Both come with every new database (reference data); Dokter needs a licence.
        dokter = session.scalars(select(Profession).where(Profession.name == "Dokter")).one()
        guru = session.scalars(select(Profession).where(Profession.name == "Guru")).one()
        assert dokter.licence_required and not guru.licence_required
        session.add_all(
            [
                MemberProfession(
                    member_id=ayu.id,
                    profession_id=dokter.id,
                    licence_number="STR-A",
                    licence_valid_until=TODAY + dt.timedelta(days=30),
                ),
                MemberProfession(
                    member_id=budi.id,
                    profession_id=dokter.id,
                    licence_number="STR-B",
                    licence_valid_until=TODAY - dt.timedelta(days=10),
                ),
                MemberProfession(member_id=evil.id, profession_id=dokter.id),
                MemberProfession(member_id=ayu.id, profession_id=guru.id),
                MemberProfession(
                    member_id=budi.id,
                    profession_id=guru.id,
                    licence_valid_until=TODAY + dt.timedelta(days=400),
                ),
                MemberProfession(member_id=dedi.id, profession_id=guru.id),
            ]
        )
        pantai = VolunteerProject(name="Bersih Pantai", location="Kuta")
        posyandu = VolunteerProject(name="Posyandu", location="Cianjur")
        session.add_all([pantai, posyandu])
        session.flush()

        def shift(project, day, start, end, need, **extra) -> Shift:
            s = Shift(
                project_id=project.id,
                starts_at=_at(day, *start),
                ends_at=_at(day, *end),
                min_volunteers=need,
                max_volunteers=max(need, 5),
                **extra,
            )
            session.add(s)
            return s

        shifts = {
            "s1": shift(pantai, dt.date(2024, 5, 6), (8,), (12,), 2),
            "s2": shift(pantai, dt.date(2024, 5, 20), (8,), (11,), 1),
            "s3": shift(posyandu, dt.date(2024, 6, 3), (9,), (15,), 1, location="Puskesmas"),
            "s4": shift(posyandu, dt.date(2024, 7, 4), (8,), (10,), 3),
            "s5": shift(pantai, dt.date(2024, 7, 6), (8,), (10,), 1),
            "s6": shift(posyandu, dt.date(2024, 7, 7), (8,), (10,), 2, status="cancelled"),
            "s7": shift(pantai, dt.date(2024, 7, 8), (7,), (9,), 2),
        }
        session.flush()

        def sign(key, member, status, hours=None) -> None:
            session.add(
                Assignment(shift_id=shifts[key].id, member_id=member.id, status=status, hours=hours)
            )

        sign("s1", ayu, "attended")
        sign("s1", budi, "attended", 3.5)
        sign("s2", ayu, "attended")
        sign("s3", ayu, "attended", 6.0)
        sign("s3", evil, "no_show")
        sign("s4", ayu, "confirmed")
        sign("s4", budi, "signed_up")
        sign("s5", budi, "confirmed")
        sign("s7", evil, "waitlisted")
        sign("s7", dedi, "cancelled")

        category = session.scalars(
            select(ChallengeCategory).where(ChallengeCategory.name == "Tekanan kerja")
        ).one()
        open_one = Challenge(
            title="Jam jaga terlalu panjang",
            category_id=category.id,
            profession_id=dokter.id,
            project_id=posyandu.id,
            owner_id=ayu.id,
            severity="high",
            status="open",
            raised_on=dt.date(2024, 6, 1),
        )
        resolved = Challenge(
            title="Kurang perahu",
            project_id=pantai.id,
            severity="low",
            status="resolved",
            raised_on=dt.date(2024, 5, 1),
            resolved_on=dt.date(2024, 5, 11),
        )
        session.add_all([open_one, resolved])
        session.flush()
        session.add_all(
            [
                MitigationAction(challenge_id=open_one.id, action="Tambah relawan malam"),
                MitigationAction(
                    challenge_id=open_one.id, action="Atur ulang jadwal", done_on=TODAY
                ),
            ]
        )
    return Sample(
        shift_ids={key: s.id for key, s in shifts.items()},
        shift_uuids={key: s.uuid for key, s in shifts.items()},
    )
