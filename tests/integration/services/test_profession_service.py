"""Professions: listed with counts from SQL, edited with refusals, licences read as states."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from groupdesk.core.models import Member, MemberProfession, Profession
from groupdesk.core.services.members import MemberRecord, MemberService, ProfessionEntry
from groupdesk.core.services.professions import (
    LicenceState,
    ProfessionInUse,
    ProfessionService,
    ProfessionValues,
)
from groupdesk.core.validation import ValidationError

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def professions(db) -> ProfessionService:
    return ProfessionService(db, today=TODAY)


@pytest.fixture
def world(db, professions):
    """Two new professions (the seeded ones stay empty) and five members, counted by hand:

    Terapis (licence needed): Ani expired 10 days ago, Budi ends in 20 days, Citra ends in
    200 days, Dewi has no licence number, Eko (in the trash) ends in 5 days.
    Penyuluh (no licence): Ani, Budi.
    """
    bidan = professions.create(ProfessionValues("Terapis", "Therapists", True))
    guru = professions.create(ProfessionValues("Penyuluh"))
    members = MemberService(db, today=TODAY)

    def add(number, name, *entries):
        return members.create(
            MemberRecord(member_number=number, full_name=name, professions=tuple(entries))
        ).id

    days = dt.timedelta
    ids = {
        "ani": add(
            "1",
            "Ani",
            ProfessionEntry(bidan, "D3", "B-1", TODAY - days(10)),
            ProfessionEntry(guru),
        ),
        "budi": add(
            "2",
            "Budi",
            ProfessionEntry(bidan, None, "B-2", TODAY + days(20)),
            ProfessionEntry(guru),
        ),
        "citra": add("3", "Citra", ProfessionEntry(bidan, None, "B-3", TODAY + days(200))),
        "dewi": add("4", "Dewi", ProfessionEntry(bidan, None, None, None)),
        "eko": add("5", "Eko", ProfessionEntry(bidan, None, "B-5", TODAY + days(5))),
    }
    members.move_to_trash([ids["eko"]])
    return {"terapis": bidan, "penyuluh": guru, **ids}


def test_list_counts_members_and_licences_without_the_trash(professions, world) -> None:
    rows = {r.name: r for r in professions.list(expiring_days=30)}
    assert list(rows) == sorted(rows, key=str.lower)
    bidan = rows["Terapis"]
    assert (bidan.members, bidan.expiring, bidan.expired) == (4, 1, 1)
    assert bidan.licence_required and bidan.description == "Therapists"
    assert (rows["Penyuluh"].members, rows["Penyuluh"].expiring, rows["Penyuluh"].expired) == (
        2,
        0,
        0,
    )
    # A wider window takes in Citra too.
    wide = {r.name: r for r in professions.list(expiring_days=365)}
    assert wide["Terapis"].expiring == 2


def test_members_of_a_profession_carry_their_licence_state(professions, world) -> None:
    rows = professions.members(world["terapis"], expiring_days=30)
    states = {r.full_name: r.state for r in rows}
    assert states == {
        "Ani": LicenceState.EXPIRED,
        "Budi": LicenceState.EXPIRING,
        "Citra": LicenceState.VALID,
        "Dewi": LicenceState.MISSING,
    }
    # Soonest end first, no date last.
    assert [r.full_name for r in rows] == ["Ani", "Budi", "Citra", "Dewi"]
    assert [r.days_left for r in rows] == [-10, 20, 200, None]
    guru = professions.members(world["penyuluh"])
    assert {r.state for r in guru} == {LicenceState.NOT_NEEDED}


def test_only_attention_keeps_expired_expiring_and_missing(professions, world) -> None:
    rows = professions.members(world["terapis"], expiring_days=30, only_attention=True)
    assert [r.full_name for r in rows] == ["Ani", "Budi", "Dewi"]
    assert professions.members(world["penyuluh"], only_attention=True) == []


@pytest.mark.parametrize("name", ["", "   ", "terapis", " TERAPIS ", "dokter", "x" * 121])
def test_bad_names_are_refused_at_the_name_field(db, professions, world, name) -> None:
    before = professions.list()
    with pytest.raises(ValidationError) as info:
        professions.create(ProfessionValues(name))
    assert info.value.field == "name"
    with pytest.raises(ValidationError):
        professions.update(world["penyuluh"], ProfessionValues(name))
    assert professions.list() == before


def test_rename_keeps_members_and_is_audited(db, professions, world) -> None:
    before = professions.update(
        world["penyuluh"], ProfessionValues("  Penyuluh   Desa ", "Extension workers")
    )
    assert before == ProfessionValues("Penyuluh", None, False)
    rows = {r.name: r for r in professions.list()}
    assert rows["Penyuluh Desa"].members == 2
    # Renaming to its own name in another case is not a clash with itself.
    professions.update(world["penyuluh"], ProfessionValues("penyuluh desa"))
    assert professions.get(world["penyuluh"]).name == "penyuluh desa"


def test_deleting_one_in_use_asks_then_takes_the_links_and_undo_restores(
    db, professions, world
) -> None:
    with pytest.raises(ProfessionInUse) as info:
        professions.delete(world["terapis"])
    assert info.value.members == 5  # Eko in the trash still holds it
    assert "Terapis" in {r.name for r in professions.list()}
    with db.session() as s:
        version_before = s.get(Member, world["ani"]).version
    deleted = professions.delete(world["terapis"], confirmed=True)
    assert "Terapis" not in {r.name for r in professions.list()}
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(MemberProfession)) == 2
        assert s.get(Member, world["ani"]).version == version_before + 1
    professions.restore_deleted(deleted)
    rows = {r.name: r for r in professions.list(expiring_days=30)}
    assert (rows["Terapis"].members, rows["Terapis"].expiring, rows["Terapis"].expired) == (4, 1, 1)
    with db.session() as s:
        assert s.get(Profession, world["terapis"]).name == "Terapis"
        assert s.scalar(select(func.count()).select_from(MemberProfession)) == 7


def test_an_unused_profession_is_deleted_without_asking(professions) -> None:
    before = professions.list()
    pid = professions.create(ProfessionValues("Ahli Gizi", licence_required=True))
    assert len(professions.list()) == len(before) + 1
    professions.delete(pid)
    assert professions.list() == before
