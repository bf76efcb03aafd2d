"""Personal-data rights: the export holds all of one member and nobody else; anonymising wipes
the personal fields everywhere (the audit trail too) and keeps the hours."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from groupdesk.core.models import Assignment, AuditEntry, CustomFieldValue, MemberProfession
from groupdesk.core.services.duplicates import DuplicateService
from groupdesk.core.services.members import MemberService
from groupdesk.core.services.personal_data import AlreadyAnonymised, PersonalDataService
from groupdesk.core.services.roster import RosterFilter, RosterService
from tests.integration.services import pair_world
from tests.integration.services.pair_world import TODAY


@pytest.fixture
def world(db):
    return pair_world.build(db)


@pytest.fixture
def rights(db) -> PersonalDataService:
    return PersonalDataService(db)


def test_export_holds_everything_about_the_member(rights, world) -> None:
    data = rights.export_member(world.ayu2)
    member = data["member"]
    assert (member["full_name"], member["phone"], member["address"], member["notes"]) == (
        "Ayu Lestary",
        "+62 812-3456-7890",
        "Jl. Mawar 1",
        "Prefers mornings",
    )
    assert member["birth_date"] == "1990-08-17"
    assert [p["profession"] for p in data["professions"]] == ["Dokter", "Guru"]
    assert data["professions"][0]["licence_number"] == "L-2"
    assert len(data["skills"]) == 2 and len(data["interests"]) == 1
    assert [w["weekday"] for w in data["availability"]] == ["Monday", "Wednesday"]
    assert data["custom_fields"] == [{"field": "Ukuran Kaos", "key": "ukuran_kaos", "value": "L"}]
    assert len(data["sign_ups"]) == 3 and data["total_hours"] == 8
    assert {s["status"] for s in data["sign_ups"]} == {"signed_up", "attended"}
    assert data["coordinates_projects"] == ["Posyandu"]
    assert [c["roles"] for c in data["challenges"]] == [["concerns", "owner"], ["action owner"]]
    assert {h["field"] for h in data["history"]} >= {"full_name", "notes"}
    json.dumps(data)  # serialisable as it is


def test_export_holds_nothing_of_other_members(rights, world) -> None:
    text = json.dumps(rights.export_member(world.ayu2), ensure_ascii=False)
    for other in ("Ayu Lestari", "ayu@example.id", "Bandung", "Budi", "GD-1", "keluarga"):
        assert other not in text
    assert '"M"' not in text  # Ayu's shirt size, not hers


@pytest.mark.parametrize("suffix", [".json", ".txt"])
def test_written_file_is_utf8_and_readable(tmp_path, db, rights, world, suffix) -> None:
    members = MemberService(db, today=TODAY)
    members.update(members.get(world.budi).with_changes(full_name="Budi Ṣantoso"))
    out = tmp_path / "out"
    out.mkdir()
    path = rights.write_export(world.budi, out / f"budi{suffix}")
    text = path.read_text(encoding="utf-8")
    assert "Budi Ṣantoso" in text
    if suffix == ".json":
        assert json.loads(text)["member"]["email"] == "budi@example.id"
        assert "\n  " in text  # indented for people, not just programs
    else:
        assert text.startswith("Personal data held about Budi Ṣantoso (GD-3)")
    assert [p.name for p in out.iterdir()] == [f"budi{suffix}"]  # no half-written leftovers


def personal_audit_values(db, member_id):
    with db.session() as s:
        return [
            v
            for row in s.execute(
                select(AuditEntry.old_value, AuditEntry.new_value).where(
                    AuditEntry.entity == "member", AuditEntry.entity_id == member_id
                )
            )
            for v in row
            if v
        ]


def test_anonymise_wipes_personal_fields_and_their_history_but_keeps_hours(
    db, rights, world
) -> None:
    with db.session() as s:
        hours = s.scalar(
            select(func.sum(Assignment.hours)).where(Assignment.member_id == world.ayu2)
        )
    assert "Jl. Mawar 1" in personal_audit_values(db, world.ayu2)
    assert rights.anonymise(world.ayu2) == [world.ayu2]
    record = MemberService(db, today=TODAY).get(world.ayu2)
    # the organisation's language (Indonesian unless set otherwise), stored as the name
    assert record.full_name == f"Anggota anonim #{world.ayu2}"
    assert (record.email, record.phone, record.birth_date, record.address) == (None,) * 4
    assert (record.city, record.notes, record.consent_given) == (None, None, False)
    assert record.member_number == "GD-2" and record.status == "active"
    assert [p.licence_number for p in record.professions] == [None, None]
    with db.session() as s:
        assert (
            s.scalar(select(func.sum(Assignment.hours)).where(Assignment.member_id == world.ayu2))
            == hours
        )
        assert s.scalar(select(func.count()).where(Assignment.member_id == world.ayu2)) == 3
        assert s.scalar(select(func.count()).where(CustomFieldValue.member_id == world.ayu2)) == 0
        assert s.scalar(select(func.count()).where(MemberProfession.member_id == world.ayu2)) == 2
    leftovers = " ".join(personal_audit_values(db, world.ayu2))
    for secret in ("Ayu", "Lestary", "Mawar", "Jakarta", "812", "1990", "Prefers", "L-2"):
        assert secret not in leftovers
    history = MemberService(db).history(world.ayu2)
    assert history[0].action == "anonymise"
    # The roster search no longer finds her by her old name or phone.
    roster = RosterService(db)
    assert roster.count(RosterFilter(search="lestary")) == 0
    assert roster.count(RosterFilter(search="0812 3456")) == 1  # Ayu's own number
    # Others are untouched.
    assert MemberService(db).get(world.ayu).full_name == "Ayu Lestari"


def test_anonymising_twice_is_refused_cleanly(db, rights, world) -> None:
    rights.anonymise(world.budi)
    before = MemberService(db).get(world.budi)
    with pytest.raises(AlreadyAnonymised, match="was anonymised on"):
        rights.anonymise(world.budi)
    assert MemberService(db).get(world.budi) == before


def test_anonymising_a_merged_member_also_wipes_the_record_merged_into_it(
    db, rights, world
) -> None:
    DuplicateService(db).merge(world.ayu, world.ayu2)
    assert sorted(rights.anonymise(world.ayu)) == sorted([world.ayu, world.ayu2])
    twin = MemberService(db).get(world.ayu2)
    assert twin.full_name.startswith("Anggota anonim") and twin.address is None


def test_anonymised_member_is_named_in_the_organisations_language(db, rights, world) -> None:
    """An English-speaking organisation keeps "Anonymised member #n"; the name is found by
    search and the member stays out of the duplicate list."""
    from groupdesk.core.models import OrganisationSettings

    with db.transaction() as s:
        s.get(OrganisationSettings, 1).language = "en"
    rights.anonymise(world.ayu2)
    assert MemberService(db).get(world.ayu2).full_name == f"Anonymised member #{world.ayu2}"
    roster = RosterService(db)
    assert roster.count(RosterFilter(search="anonymised member")) == 1
    assert roster.matches(world.ayu2, RosterFilter(search="anonymised member"))
    pairs = DuplicateService(db).find()
    assert all(world.ayu2 not in (p.member_a.id, p.member_b.id) for p in pairs)
