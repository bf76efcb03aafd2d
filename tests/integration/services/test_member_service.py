"""Editing members: validated at the field, one transaction, versioned, audited, trashable."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from groupdesk.core.models import Assignment, Member, Profession, Skill
from groupdesk.core.services.custom_fields import CustomFieldService
from groupdesk.core.services.members import (
    AvailabilityEntry,
    MemberRecord,
    MemberService,
    ProfessionEntry,
    StaleEditError,
)
from groupdesk.core.services.roster import RosterFilter, RosterService
from groupdesk.core.validation import ValidationError

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def service(db) -> MemberService:
    return MemberService(db, today=TODAY)


def ayu(**changes) -> MemberRecord:
    return MemberRecord(
        member_number="GD-000001",
        full_name="  Ayu   Lestari ",
        phone="0812-3456-7890",
        email="Ayu@Example.ID",
        city="Bandung",
        birth_date=dt.date(1990, 8, 17),
    ).with_changes(**changes)


def ids_of(db, model) -> dict[str, int]:
    with db.session() as s:
        return dict(s.execute(select(model.name, model.id)).all())


def test_create_normalises_and_finds_the_member(db, service) -> None:
    created = service.create(ayu())
    assert created.full_name == "Ayu Lestari"
    assert created.phone == "+62 812-3456-7890"
    assert created.email == "Ayu@example.id"
    found = RosterService(db).fetch_page(RosterFilter(search="08123456"), sort=_name_sort())
    assert [r.id for r in found] == [created.id]
    assert {line.action for line in service.history(created.id)} == {"create"}


def _name_sort():
    from groupdesk.core.services.roster import RosterSort

    return RosterSort()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"member_number": ""}, "member_number"),
        ({"member_number": "GD#1"}, "member_number"),
        ({"full_name": "   "}, "full_name"),
        ({"email": "ayu@"}, "email"),
        ({"phone": "12345"}, "phone"),
        ({"phone": "0812-34"}, "phone"),
        ({"birth_date": TODAY + dt.timedelta(days=1)}, "birth_date"),
        ({"joined_on": dt.date(1980, 1, 1)}, "joined_on"),
        ({"status": "vanished"}, "status"),
        ({"availability": (AvailabilityEntry(2, dt.time(12), dt.time(9)),)}, "availability"),
    ],
)
def test_invalid_values_are_refused_at_their_field_and_nothing_is_saved(
    db, service, changes, field
) -> None:
    with pytest.raises(ValidationError) as info:
        service.create(ayu(**changes))
    assert info.value.field == field
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Member)) == 0


def test_member_numbers_are_unique(service) -> None:
    service.create(ayu())
    with pytest.raises(ValidationError, match="already in use") as info:
        service.create(ayu(full_name="Budi"))
    assert info.value.field == "member_number"
    assert service.suggest_member_number() == "GD-000002"


def test_update_records_old_and_new_values_and_children(db, service) -> None:
    prof = ids_of(db, Profession)
    skills = ids_of(db, Skill)
    created = service.create(ayu())
    updated = service.update(
        created.with_changes(
            city="Surabaya",
            professions=(ProfessionEntry(prof["Perawat"], "D3", "STR-1", dt.date(2027, 1, 31)),),
            skill_ids=frozenset({skills["Pertolongan Pertama"]}),
            availability=(AvailabilityEntry(5, dt.time(8), dt.time(12)),),
        )
    )
    assert updated.version == created.version + 1
    assert updated.professions[0].licence_number == "STR-1"
    history = service.history(created.id)
    city = next(h for h in history if h.field == "city")
    assert (city.old_value, city.new_value) == ("Bandung", "Surabaya")
    assert any(h.field == "professions" for h in history)
    roster = RosterService(db)
    flt = RosterFilter(profession_id=prof["Perawat"], licence_expiring_days=90, today=TODAY)
    assert roster.count(flt) == 1
    assert roster.count(RosterFilter(skill_id=skills["Mengajar"])) == 0


def test_a_stale_edit_is_refused_and_the_newer_one_kept(service) -> None:
    created = service.create(ayu())
    first = service.update(created.with_changes(city="Medan"))
    with pytest.raises(StaleEditError):
        service.update(created.with_changes(city="Padang"))
    assert service.get(created.id).city == first.city == "Medan"


def test_inline_edit_of_one_field(service) -> None:
    created = service.create(ayu())
    saved = service.update_field(created.id, "status", "inactive", version=created.version)
    assert saved.status == "inactive"
    with pytest.raises(ValidationError):
        service.update_field(created.id, "email", "not-an-email", version=saved.version)
    assert service.get(created.id).email == "Ayu@example.id"


def test_trash_restore_and_empty(db, service) -> None:
    from groupdesk.core.demo import generate_demo

    generate_demo(db, members=30, today=TODAY)
    roster = RosterService(db)
    with db.session() as s:
        busy = s.scalar(select(Assignment.member_id).limit(1))
        signups = s.scalar(select(func.count()).where(Assignment.member_id == busy))
    assert service.move_to_trash([busy]) == 1
    assert roster.total() == 29
    assert roster.count(RosterFilter(in_trash=True)) == 1
    assert service.restore([busy]) == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).where(Assignment.member_id == busy)) == signups
    service.move_to_trash([busy])
    assert service.empty_trash() == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).where(Assignment.member_id == busy)) == 0
    assert roster.total() == 29


def test_paid_until_in_the_past_makes_a_member_lapsed(db, service) -> None:
    late = service.create(ayu(paid_until=TODAY - dt.timedelta(days=1)))
    paid = service.create(
        ayu(member_number="GD-2", full_name="Budi", paid_until=TODAY + dt.timedelta(days=10))
    )
    assert service.refresh_lapsed() == 1
    assert service.get(late.id).status == "lapsed"
    assert service.get(paid.id).status == "active"
    due = RosterService(db).count(RosterFilter(renewal_due_days=30, today=TODAY))
    assert due == 2


def test_custom_fields_are_typed_filtered_and_audited(db, service) -> None:
    fields = CustomFieldService(db)
    shirt = fields.create("Ukuran Kaos", "choice", ["S", "M", "L"])
    vaccinated = fields.create("Vaksin", "bool")
    created = service.create(ayu(custom=((shirt.id, "m"), (vaccinated.id, "ya"))))
    assert dict(created.custom) == {shirt.id: "M", vaccinated.id: True}
    with pytest.raises(ValidationError, match="choose one of"):
        service.update(created.with_changes(custom=((shirt.id, "XXL"),)))
    roster = RosterService(db)
    assert roster.count(RosterFilter(custom_field_id=shirt.id, custom_value="m")) == 1
    assert roster.count(RosterFilter(custom_field_id=shirt.id, custom_value="l")) == 0
