"""The rules that used to live in the window hold for every door, because they are the core's:
the application object applies them whichever way the database was opened."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from groupdesk.core.application import Application
from groupdesk.core.database import open_database
from groupdesk.core.errors import BackupFailed, StaleEditError
from groupdesk.core.models import AuditEntry, Member, OrganisationSettings
from groupdesk.core.services.challenges import UnknownMember
from groupdesk.core.services.duplicates import merge_fields
from groupdesk.core.services.members import MemberRecord
from groupdesk.core.services.projects import ProjectInput
from groupdesk.core.services.shifts import ShiftInput
from groupdesk.core.validation import ValidationError

TOMORROW = dt.date.today() + dt.timedelta(days=1)


def _write_lapsed_payer(path: Path) -> None:
    """As an import or an older GroupDesk leaves it: paid until 2020, still marked active."""
    db = open_database(path, lock_factory=None)
    with db.transaction() as s:
        s.execute(
            insert(Member).values(
                member_number="GD-1",
                full_name="Ayu Lestari",
                sort_name="ayu lestari",
                search_text="ayu lestari",
                status="active",
                paid_until=dt.date(2020, 6, 30),
                version=1,
            )
        )
    db.close()


def test_any_door_that_opens_the_database_for_writing_records_the_lapse(tmp_path) -> None:
    path = tmp_path / "roster.sqlite"
    _write_lapsed_payer(path)
    with Application.open(path, lock_factory=None) as app:
        assert app.members.get(1).status == "lapsed"
        with app.db.session() as s:
            history = s.scalars(select(AuditEntry).where(AuditEntry.entity == "member")).all()
        assert [(h.field, h.old_value, h.new_value) for h in history] == [
            ("status", "active", "lapsed")
        ]


def test_a_read_only_open_writes_nothing_yet_reads_the_member_as_lapsed(tmp_path) -> None:
    path = tmp_path / "roster.sqlite"
    _write_lapsed_payer(path)
    with Application.open(path, read_only=True) as app:
        assert app.roster.count_by_status()["lapsed"] == 1
        assert app.members.get(1).status == "active"  # as stored: nothing was written


def test_an_inline_edit_of_a_member_someone_else_changed_is_refused(db) -> None:
    app = Application(db)
    ayu = app.members.create(MemberRecord(member_number="GD-1", full_name="Ayu Lestari"))
    app.members.update(ayu.with_changes(notes="Pindah ke Kupang"))  # a colleague saves first
    with pytest.raises(StaleEditError):
        app.members.check_field(ayu.id, "city", "Ambon", version=ayu.version)
    with pytest.raises(ValidationError):
        app.members.check_field(ayu.id, "email", "not an email", version=ayu.version + 1)
    before, after = app.members.check_field(ayu.id, "city", " Ambon ", version=ayu.version + 1)
    assert (before.city, after.city) == (None, "Ambon")
    assert app.members.get(ayu.id).city is None  # checking writes nothing


def test_emptying_the_trash_backs_up_first_whoever_asks(db) -> None:
    app = Application(db)
    ayu = app.members.create(MemberRecord(member_number="GD-1", full_name="Ayu Lestari"))
    app.members.move_to_trash([ayu.id])
    assert app.members.empty_trash() == 1
    assert [p.name for p in db.backups if ".before-trash." in p.name]


def test_no_backup_no_emptied_trash_when_the_folder_is_a_file(db, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    db.backup_dir = blocker
    app = Application(db)
    ayu = app.members.create(MemberRecord(member_number="GD-1", full_name="Ayu Lestari"))
    app.members.move_to_trash([ayu.id])
    with pytest.raises(BackupFailed):
        app.members.empty_trash()
    assert app.members.trash_count() == 1


def test_a_new_shift_starts_from_the_projects_place_and_needs(db) -> None:
    app = Application(db)
    nurse = app.lookups.professions()[0][0]
    pid = app.projects.create(
        ProjectInput(name="Posko Banjir", location="Bekasi", profession_ids=(nurse,))
    )
    shown_last_year = dt.date.today() - dt.timedelta(days=365)
    data = app.shifts.new_shift_defaults(pid, shown_from=shown_last_year)
    assert data == ShiftInput(
        project_id=pid,
        starts_at=dt.datetime.combine(TOMORROW, dt.time(8, 0)),  # never in the past
        ends_at=dt.datetime.combine(TOMORROW, dt.time(12, 0)),
        location="Bekasi",
        min_volunteers=1,
        max_volunteers=5,
        required_profession_id=nurse,
        required_skill_id=None,
    )
    picked = dt.datetime(2031, 5, 6, 14, 0)
    assert app.shifts.new_shift_defaults(pid, when=picked).starts_at == picked


def test_a_merge_keeps_a_value_where_the_kept_record_has_none(db) -> None:
    app = Application(db)
    keep = app.members.create(
        MemberRecord(member_number="GD-1", full_name="Ayu Lestari", city="Bandung")
    )
    other = app.members.create(
        MemberRecord(
            member_number="GD-2",
            full_name="Ayu  Lestari",
            email="ayu@example.org",
            city="Bogor",
        )
    )
    rows = {
        f.key: f
        for f in merge_fields(
            keep, other, app.duplicates.linked(keep.id), app.duplicates.linked(other.id)
        )
    }
    assert (rows["email"].default, rows["email"].choosable) == ("b", True)
    assert (rows["city"].default, rows["city"].choosable) == ("a", True)
    assert not rows["full_name"].choosable  # the same name, spaced differently
    result = app.duplicates.merge(keep.id, other.id)
    merged = app.members.get(result.keep_id)
    assert (merged.email, merged.city) == ("ayu@example.org", "Bandung")


def test_a_challenges_dates_follow_its_status_in_order(db) -> None:
    app = Application(db)
    assert app.challenges.step_dates("open") == ("raised_on",)
    assert app.challenges.step_dates("mitigating") == ("raised_on", "mitigating_since")
    assert app.challenges.step_dates("resolved")[-1] == "resolved_on"
    with pytest.raises(UnknownMember) as refused:
        app.challenges.picked_member("owner_id", "Nobody Here", None)
    assert refused.value.field == "owner_id" and refused.value.params == {"text": "Nobody Here"}
    assert app.challenges.picked_member("owner_id", "", None) is None


def test_the_rules_are_the_organisations_saved_rules(db) -> None:
    app = Application(db, user="sekretaris")
    assert app.user == "sekretaris"
    app.organisation.save_rules(replace(app.rules, min_rest_minutes=90))
    assert app.rules.min_rest_minutes == 90
    with db.session() as s:
        assert s.get(OrganisationSettings, 1).min_rest_minutes == 90
