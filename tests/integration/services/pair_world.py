"""A small association with one member entered twice, counted by hand, for the merge,
duplicates and personal-data tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from groupdesk.core.models import (
    Assignment,
    CauseArea,
    Challenge,
    MitigationAction,
    Profession,
    Shift,
    Skill,
    VolunteerProject,
)
from groupdesk.core.services.custom_fields import CustomFieldService
from groupdesk.core.services.members import (
    AvailabilityEntry,
    MemberRecord,
    MemberService,
    ProfessionEntry,
)

TODAY = dt.date(2026, 11, 25)
BORN = dt.date(1990, 8, 17)


@dataclass
class PairWorld:
    ayu: int  # the one to keep
    ayu2: int  # the same woman, entered again
    budi: int  # same birth date, another name
    citra: int  # same name as Ayu, born another day
    dedi: int  # Dedi and Dodi share a family email
    dodi: int
    dokter: int
    guru: int
    shirt: int
    shifts: tuple[int, int, int]
    challenge: int
    action: int
    project: int


def build(db) -> PairWorld:
    members = MemberService(db, today=TODAY)
    shirt = CustomFieldService(db).create("Ukuran Kaos", "choice", ["S", "M", "L"]).id
    with db.session() as s:
        prof = dict(s.execute(select(Profession.name, Profession.id)).all())
        skills = list(s.scalars(select(Skill.id).order_by(Skill.id)))[:2]
        causes = list(s.scalars(select(CauseArea.id).order_by(CauseArea.id)))[:2]
    dokter, guru = prof["Dokter"], prof["Guru"]

    def add(number, name, **kw):
        return members.create(MemberRecord(member_number=number, full_name=name, **kw))

    ayu = add(
        "GD-1",
        "Ayu Lestari",
        email="ayu@example.id",
        phone="0812-3456-7890",
        birth_date=BORN,
        city="Bandung",
        professions=(ProfessionEntry(dokter, "S1", "L-1", dt.date(2027, 1, 1)),),
        skill_ids=frozenset({skills[0]}),
        cause_area_ids=frozenset({causes[0]}),
        availability=(AvailabilityEntry(0, dt.time(8), dt.time(12)),),
        custom=((shirt, "M"),),
    )
    ayu2 = add(
        "GD-2",
        "Ayu Lestary",
        phone="+62 812 3456 7890",
        birth_date=BORN,
        city="Jakarta",
        address="Jl. Mawar 1",
        professions=(
            ProfessionEntry(dokter, None, "L-2", dt.date(2028, 6, 30)),
            ProfessionEntry(guru, "S2"),
        ),
        skill_ids=frozenset(skills),
        cause_area_ids=frozenset({causes[1]}),
        availability=(
            AvailabilityEntry(0, dt.time(8), dt.time(12)),
            AvailabilityEntry(2, dt.time(13), dt.time(17)),
        ),
        custom=((shirt, "L"),),
    )
    members.update(ayu2.with_changes(notes="Prefers mornings"))
    budi = add("GD-3", "Budi Santoso", birth_date=BORN, email="budi@example.id")
    citra = add("GD-4", "Ayu Lestari", birth_date=dt.date(1985, 1, 1))
    dedi = add("GD-5", "Dedi Kurniawan", email="keluarga@example.id")
    dodi = add("GD-6", "Dodi Kurniawan", email="Keluarga@example.id")

    with db.transaction() as s:
        project = VolunteerProject(name="Posyandu", coordinator_id=ayu2.id)
        s.add(project)
        s.flush()
        shifts = []
        for day in (1, 2, 3):
            shift = Shift(
                project_id=project.id,
                starts_at=dt.datetime(2026, 11, day, 8),
                ends_at=dt.datetime(2026, 11, day, 13),
            )
            s.add(shift)
            s.flush()
            shifts.append(shift.id)
        s.add_all(
            [
                # Shift 1: both signed up; Ayu's attended sign-up says more.
                Assignment(shift_id=shifts[0], member_id=ayu.id, status="attended", hours=4),
                Assignment(shift_id=shifts[0], member_id=ayu2.id, status="signed_up"),
                Assignment(shift_id=shifts[1], member_id=ayu2.id, status="attended", hours=3),
                # Shift 3: both again; this time the second record has the hours.
                Assignment(shift_id=shifts[2], member_id=ayu.id, status="signed_up"),
                Assignment(
                    shift_id=shifts[2],
                    member_id=ayu2.id,
                    status="attended",
                    hours=5,
                    notes="Brought her own kit",
                ),
            ]
        )
        challenge = Challenge(title="Transport", member_id=ayu2.id, owner_id=ayu2.id)
        s.add(challenge)
        s.flush()
        action = MitigationAction(challenge_id=challenge.id, action="Find a car", owner_id=ayu2.id)
        s.add(action)
        s.flush()
        ids = (challenge.id, action.id, project.id)
    return PairWorld(
        ayu.id,
        ayu2.id,
        budi.id,
        citra.id,
        dedi.id,
        dodi.id,
        dokter,
        guru,
        shirt,
        tuple(shifts),
        *ids,
    )
