"""Duplicates: found for the right reasons only, merged losing nothing, unmerged exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from groupdesk.core.models import (
    Assignment,
    AuditEntry,
    AvailabilityWindow,
    Challenge,
    CustomFieldValue,
    Member,
    MemberInterest,
    MemberProfession,
    MemberSkill,
    MitigationAction,
    VolunteerProject,
)
from groupdesk.core.services.duplicates import (
    REASON_EMAIL,
    REASON_NAME,
    REASON_PHONE,
    DuplicateService,
    MergeRefused,
)
from groupdesk.core.services.members import MemberService, StaleEditError
from groupdesk.core.services.roster import RosterFilter, RosterService
from groupdesk.core.validation import ValidationError
from tests.integration.services import pair_world
from tests.integration.services.pair_world import TODAY


@pytest.fixture
def world(db):
    return pair_world.build(db)


@pytest.fixture
def dupes(db) -> DuplicateService:
    return DuplicateService(db)


def pairs_by_ids(found):
    return {(p.member_a.id, p.member_b.id): p for p in found}


def test_each_reason_finds_its_pair_and_nobody_else(dupes, world) -> None:
    found = pairs_by_ids(dupes.find())
    assert set(found) == {(world.ayu, world.ayu2), (world.dedi, world.dodi)}
    ayu = found[(world.ayu, world.ayu2)]
    # Phone written two ways; names one letter apart with the same birth date.
    assert ayu.reasons == (REASON_PHONE, REASON_NAME)
    assert found[(world.dedi, world.dodi)].reasons == (REASON_EMAIL,)
    assert ayu.member_a.full_name == "Ayu Lestari" and ayu.member_b.full_name == "Ayu Lestary"
    assert 88 <= ayu.score <= 100


def test_trashed_members_and_crowded_keys_are_not_offered(db, dupes, world) -> None:
    MemberService(db, today=TODAY).move_to_trash([world.dodi])
    assert (world.dedi, world.dodi) not in pairs_by_ids(dupes.find())
    members = MemberService(db, today=TODAY)
    from groupdesk.core.services.members import MemberRecord

    for n in range(13):  # an office line shared by thirteen people is not a duplicate
        members.create(
            MemberRecord(
                member_number=f"X-{n}", full_name=f"Staff {chr(65 + n) * 3}", phone="022-2034567"
            )
        )
    assert all(REASON_PHONE not in p.reasons or world.ayu == p.member_a.id for p in dupes.find())


def counts(db, member_ids):
    with db.session() as s:

        def n(model, *where):
            return s.scalar(select(func.count()).select_from(model).where(*where))

        return {
            "professions": n(MemberProfession, MemberProfession.member_id.in_(member_ids)),
            "skills": n(MemberSkill, MemberSkill.member_id.in_(member_ids)),
            "interests": n(MemberInterest, MemberInterest.member_id.in_(member_ids)),
            "windows": n(AvailabilityWindow, AvailabilityWindow.member_id.in_(member_ids)),
            "shifts": len(
                set(
                    s.scalars(
                        select(Assignment.shift_id).where(Assignment.member_id.in_(member_ids))
                    )
                )
            ),
            "hours": s.scalar(
                select(func.sum(Assignment.hours)).where(Assignment.member_id.in_(member_ids))
            ),
            "history": set(
                s.execute(
                    select(AuditEntry.id, AuditEntry.action).where(
                        AuditEntry.entity == "member", AuditEntry.entity_id.in_(member_ids)
                    )
                ).all()
            ),
        }


def test_merge_keeps_every_profession_sign_up_hour_and_history_line(db, dupes, world) -> None:
    both = (world.ayu, world.ayu2)
    before = counts(db, both)
    assert before["hours"] == 12 and before["shifts"] == 3
    result = dupes.merge(world.ayu, world.ayu2, {"city": "b", "address": "b"})
    after = counts(db, (world.ayu,))
    assert after["professions"] == 2  # Dokter (once, with the later licence) and Guru
    assert after["skills"] == 2 and after["interests"] == 2
    assert after["windows"] == 2  # the Monday window both had is kept once
    assert after["shifts"] == before["shifts"] and after["hours"] == before["hours"] == 12
    # Both histories now read as the kept member's, followed by what the merge changed.
    assert before["history"] < after["history"]
    added = after["history"] - before["history"]
    assert {action for _, action in added} == {"merge"} and len(added) == 4
    assert result.moved["history entries"] == 8  # 7 fields at creation, 1 edit
    assert result.moved["sign-ups"] == 2
    members = MemberService(db, today=TODAY)
    kept = members.get(world.ayu)
    assert (kept.full_name, kept.city, kept.address) == ("Ayu Lestari", "Jakarta", "Jl. Mawar 1")
    assert kept.email == "ayu@example.id"  # the other had none: nothing to choose
    assert kept.notes == "Prefers mornings"  # blank on the kept side: taken from the other
    dokter = next(p for p in kept.professions if p.profession_id == world.dokter)
    assert (dokter.licence_number, dokter.licence_valid_until) == ("L-2", dt.date(2028, 6, 30))
    assert dokter.qualification == "S1"
    assert dict(kept.custom) == {world.shirt: "M"}
    with db.session() as s:
        assert s.get(Member, world.ayu2).deleted_at is not None
        challenge = s.get(Challenge, world.challenge)
        assert (challenge.member_id, challenge.owner_id) == (world.ayu, world.ayu)
        assert s.get(MitigationAction, world.action).owner_id == world.ayu
        assert s.get(VolunteerProject, world.project).coordinator_id == world.ayu
        hours = dict(
            s.execute(
                select(Assignment.shift_id, Assignment.hours).where(
                    Assignment.member_id == world.ayu
                )
            ).all()
        )
    assert hours == {world.shifts[0]: 4, world.shifts[1]: 3, world.shifts[2]: 5}
    other_history = members.history(world.ayu2)
    assert [(h.action, h.field, h.new_value) for h in other_history] == [
        ("merge", "merged_into", f"GD-1 (#{world.ayu})")
    ]
    assert RosterService(db).count(RosterFilter(search="ayu")) == 2  # Ayu and Citra
    assert RosterService(db).count(RosterFilter(search="jakarta")) == 1  # search key follows


def snapshot(db):
    ignore = {"version", "updated_at"}
    out = {}
    with db.session() as s:
        for model in (
            Member,
            MemberProfession,
            MemberSkill,
            MemberInterest,
            AvailabilityWindow,
            CustomFieldValue,
            Assignment,
            Challenge,
            MitigationAction,
            VolunteerProject,
            AuditEntry,
        ):
            rows = [
                {k: v for k, v in r._mapping.items() if k not in ignore}
                for r in s.execute(select(model.__table__))
            ]
            out[model.__tablename__] = sorted(rows, key=repr)
    return out


def test_unmerge_puts_both_members_back_exactly(db, dupes, world) -> None:
    before = snapshot(db)
    result = dupes.merge(world.ayu2, world.ayu, {"member_number": "b", "full_name": "b"})
    assert MemberService(db).get(world.ayu2).member_number == "GD-1"
    assert snapshot(db) != before
    dupes.unmerge(result)
    assert snapshot(db) == before
    # And again: redo after undo gives the same merge.
    again = dupes.merge(world.ayu2, world.ayu, {"member_number": "b", "full_name": "b"})
    assert again.moved == result.moved


@pytest.mark.parametrize("which", ["same", "trash", "stale"])
def test_refused_merges_change_nothing(db, dupes, world, which) -> None:
    before = snapshot(db)
    if which == "same":
        with pytest.raises(MergeRefused):
            dupes.merge(world.ayu, world.ayu)
    elif which == "trash":
        MemberService(db, today=TODAY).move_to_trash([world.budi])
        before = snapshot(db)
        with pytest.raises(MergeRefused, match="trash"):
            dupes.merge(world.ayu, world.budi)
    else:
        with pytest.raises(StaleEditError):
            dupes.merge(world.ayu, world.ayu2, versions=(1, 1))
    assert snapshot(db) == before


def test_choices_that_contradict_each_other_are_refused_at_the_field(db, dupes, world) -> None:
    members = MemberService(db, today=TODAY)
    members.update(members.get(world.budi).with_changes(joined_on=dt.date(1991, 1, 1)))
    members.update(
        members.get(world.citra).with_changes(joined_on=dt.date(1986, 1, 1), birth_date=None)
    )
    before = snapshot(db)
    # Budi born 1990 + Citra's joining date 1986: joined before born.
    with pytest.raises(ValidationError) as info:
        dupes.merge(world.budi, world.citra, {"joined_on": "b"})
    assert info.value.field == "joined_on"
    assert snapshot(db) == before


def test_titles_and_degrees_do_not_hide_a_duplicate(db, dupes) -> None:
    from groupdesk.core.services.members import MemberRecord

    members = MemberService(db, today=TODAY)
    born = dt.date(1988, 5, 12)
    titled = members.create(
        MemberRecord(
            member_number="N-1", full_name="Ns. Ratna Dewi Lestari, S.Kep", birth_date=born
        )
    ).id
    bare = members.create(
        MemberRecord(member_number="N-2", full_name="Ratna Dewi Lestari", birth_date=born)
    ).id
    doctor = members.create(
        MemberRecord(member_number="N-3", full_name="dr. Budi Santoso, Sp.PD", birth_date=born)
    ).id
    found = pairs_by_ids(dupes.find())
    assert (titled, bare) in found and found[(titled, bare)].reasons == (REASON_NAME,)
    assert found[(titled, bare)].score == 100
    # the stored names keep what was written
    assert found[(titled, bare)].member_a.full_name == "Ns. Ratna Dewi Lestari, S.Kep"
    assert not any(doctor in pair for pair in found)
