"""The challenges register: filters, the status workflow, refusals that leave no trace."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from groupdesk.core.messages import catalogue
from groupdesk.core.models import AuditEntry, Challenge, MitigationAction
from groupdesk.core.services.challenges import (
    ChallengeFilter,
    ChallengeInput,
    ChallengeService,
    OpenActionsError,
    ValidationError,
)

TODAY = dt.date(2026, 3, 15)


def _count(db, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def _category(service: ChallengeService, name: str) -> int:
    return next(c.id for c in service.categories() if c.name == name)


@pytest.fixture
def service(db) -> ChallengeService:
    return ChallengeService(db)


def test_categories_are_seeded_from_the_domain(service) -> None:
    names = {c.name: c.group for c in service.categories()}
    assert names["Tekanan kerja"] == "occupational"
    assert names["Mencari waktu luang"] == "volunteer"
    assert len(names) == 8


def test_create_stamps_raised_date_and_audits(db, service) -> None:
    cid = service.create(
        ChallengeInput(title="  Night shifts  ", category_id=_category(service, "Tekanan kerja")),
        TODAY,
    )
    saved = service.get(cid)
    assert saved.title == "Night shifts"
    assert saved.raised_on == TODAY and saved.status == "open"
    with db.engine.connect() as conn:
        actions = (
            conn.execute(select(AuditEntry.action).where(AuditEntry.entity == "challenge"))
            .scalars()
            .all()
        )
    assert actions == ["create"]


def test_status_workflow_stamps_each_step(db, service) -> None:
    cid = service.create(ChallengeInput(title="Burn-out", raised_on=TODAY), TODAY)
    service.set_status(cid, "mitigating", TODAY + dt.timedelta(days=2))
    service.set_status(cid, "resolved", TODAY + dt.timedelta(days=9))
    got = service.get(cid)
    assert (got.raised_on, got.mitigating_since, got.resolved_on) == (
        TODAY,
        TODAY + dt.timedelta(days=2),
        TODAY + dt.timedelta(days=9),
    )
    service.set_status(cid, "open", TODAY + dt.timedelta(days=10))
    got = service.get(cid)
    assert got.status == "open" and got.mitigating_since is None and got.resolved_on is None
    with db.engine.connect() as conn:
        changes = conn.execute(
            select(AuditEntry.old_value, AuditEntry.new_value)
            .where(AuditEntry.field == "status")
            .order_by(AuditEntry.id)
        ).all()
    assert changes == [("open", "mitigating"), ("mitigating", "resolved"), ("resolved", "open")]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ChallengeInput(title="   "), "title"),
        (
            ChallengeInput(
                title="x", status="resolved", raised_on=TODAY, resolved_on=TODAY - dt.timedelta(1)
            ),
            "resolved_on",
        ),
        (
            ChallengeInput(
                title="x",
                status="mitigating",
                raised_on=TODAY,
                mitigating_since=TODAY - dt.timedelta(1),
            ),
            "mitigating_since",
        ),
        (ChallengeInput(title="x", severity="apocalyptic"), "severity"),
        (ChallengeInput(title="x", owner_id=999), "owner_id"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(db, service, data, field) -> None:
    with pytest.raises(ValidationError) as err:
        service.create(data, TODAY)
    assert err.value.field == field
    assert _count(db, Challenge) == 0
    assert _count(db, AuditEntry) == 0


def test_a_refused_update_leaves_the_row_as_it_was(db, service) -> None:
    cid = service.create(ChallengeInput(title="Ethics", raised_on=TODAY), TODAY)
    bad = service.get(cid)
    bad.title = "Changed"
    bad.status = "resolved"
    bad.resolved_on = TODAY - dt.timedelta(days=3)
    with pytest.raises(ValidationError):
        service.update(cid, bad, TODAY)
    got = service.get(cid)
    assert got.title == "Ethics" and got.status == "open"


def test_filters(service) -> None:
    work = _category(service, "Tekanan kerja")
    time_ = _category(service, "Mencari waktu luang")
    a = service.create(ChallengeInput(title="Pressure", category_id=work, severity="high"), TODAY)
    b = service.create(ChallengeInput(title="No time", category_id=time_), TODAY)
    service.set_status(b, "resolved", TODAY)
    assert [r.id for r in service.list(ChallengeFilter(category_id=work), TODAY)] == [a]
    assert [
        r.id for r in service.list(ChallengeFilter(statuses=frozenset({"resolved"})), TODAY)
    ] == [b]
    assert [r.id for r in service.list(ChallengeFilter(severity="high"), TODAY)] == [a]
    assert [r.id for r in service.list(ChallengeFilter(search="time"), TODAY)] == [b]
    c = service.create(ChallengeInput(title="Loose end"), TODAY)
    assert [r.id for r in service.list(ChallengeFilter(no_category=True), TODAY)] == [c]


def test_challenges_concerning_a_member(db, service) -> None:
    from groupdesk.core.models import Member

    with db.transaction() as session:
        m = Member(member_number="T-1", full_name="Sari", sort_name="sari")
        session.add(m)
        session.flush()
        member_id = m.id
    mine = service.create(ChallengeInput(title="Sari is overloaded", member_id=member_id), TODAY)
    service.create(ChallengeInput(title="Someone else"), TODAY)
    [row] = service.for_member(member_id, TODAY)
    assert row.id == mine and row.concerns == "Sari"


def test_mitigation_actions_and_overdue(db, service) -> None:
    cid = service.create(
        ChallengeInput(title="Rota", raised_on=TODAY - dt.timedelta(days=30)), TODAY
    )
    late = service.add_action(cid, "Talk to the team", None, TODAY - dt.timedelta(days=2))
    service.add_action(cid, "Write a rota", None, TODAY + dt.timedelta(days=5))
    [row] = service.list(ChallengeFilter(overdue_only=True), TODAY)
    assert (row.open_actions, row.overdue_actions) == (2, 1)
    assert [a.overdue(TODAY) for a in service.actions(cid)] == [True, False]
    service.mark_done(late, TODAY)
    assert service.list(ChallengeFilter(overdue_only=True), TODAY) == []


def test_bad_actions_are_refused(db, service) -> None:
    cid = service.create(ChallengeInput(title="Rota", raised_on=TODAY), TODAY)
    with pytest.raises(ValidationError) as err:
        service.add_action(cid, "  ", None, TODAY)
    assert err.value.field == "action"
    with pytest.raises(ValidationError) as err:
        service.add_action(cid, "Plan", None, TODAY - dt.timedelta(days=1))
    assert err.value.field == "due_on"
    assert _count(db, MitigationAction) == 0


def test_a_category_in_use_cannot_be_deleted(db, service) -> None:
    new = service.add_category("Konflik jadwal", "volunteer", "Clashing schedules")
    cid = service.create(ChallengeInput(title="Clash", category_id=new), TODAY)
    with pytest.raises(ValidationError) as err:
        service.delete_category(new)
    assert (err.value.code, err.value.params) == (
        "challenge.category_in_use",
        {"name": "Konflik jadwal", "count": 1},
    )
    assert any(c.id == new for c in service.categories())
    with pytest.raises(ValidationError):
        service.add_category("konflik jadwal", "volunteer")
    service.update_category(new, "Jadwal bentrok", "volunteer", None)
    other = service.get(cid)
    other.category_id = None
    service.update(cid, other, TODAY)
    service.delete_category(new)
    assert all(c.id != new for c in service.categories())


def test_resolving_with_open_actions_is_refused_unless_the_person_chose_to(db, service) -> None:
    cid = service.create(ChallengeInput(title="Rota", raised_on=TODAY), TODAY)
    first = service.add_action(cid, "Talk to the team", None, TODAY)
    service.add_action(cid, "Write a rota", None, TODAY)
    with pytest.raises(OpenActionsError) as err:
        service.set_status(cid, "resolved", TODAY)
    assert (err.value.count, err.value.field, err.value.params) == (2, "status", {"count": 2})
    assert catalogue("en").text(err.value.message).startswith("2 mitigation actions are still")
    assert catalogue("id").text(err.value.message).startswith("2 tindakan mitigasi masih terbuka")
    data = service.get(cid)
    assert data.status == "open"
    data.status = "resolved"
    with pytest.raises(OpenActionsError):
        service.update(cid, data, TODAY)  # the form's status box is held to the same rule
    service.mark_done(first, TODAY)
    with pytest.raises(OpenActionsError) as err:
        service.set_status(cid, "resolved", TODAY)
    assert err.value.params == {"count": 1}
    assert catalogue("en").text(err.value.message).startswith("1 mitigation action is still open")
    assert service.open_action_count(cid) == 1
    service.set_status(cid, "resolved", TODAY, allow_open_actions=True)
    assert service.get(cid).status == "resolved"
    service.update(cid, service.get(cid), TODAY)  # already resolved: saving again is fine


def test_a_deleted_challenge_comes_back_whole_on_undo(db, service) -> None:
    cid = service.create(ChallengeInput(title="Rota", raised_on=TODAY, severity="high"), TODAY)
    service.add_action(cid, "Talk to the team", None, TODAY, TODAY)
    service.add_action(cid, "Write a rota", None, TODAY + dt.timedelta(days=3))
    before_actions = service.actions(cid)
    before = service.get(cid)
    deleted = service.delete(cid)
    assert _count(db, Challenge) == 0 and _count(db, MitigationAction) == 0
    assert service.restore_deleted(deleted) == cid
    assert service.get(cid) == before
    assert service.actions(cid) == before_actions
    with pytest.raises(ValidationError):
        service.restore_deleted(deleted)  # twice would duplicate it


def test_a_deleted_action_comes_back_with_its_id(db, service) -> None:
    cid = service.create(ChallengeInput(title="Rota", raised_on=TODAY), TODAY)
    aid = service.add_action(cid, "Talk to the team", None, TODAY + dt.timedelta(days=3))
    before = service.actions(cid)
    kept = service.delete_action(aid)
    assert kept is not None and service.actions(cid) == []
    assert service.restore_action(kept) == aid
    assert service.actions(cid) == before
    with pytest.raises(ValidationError):
        service.restore_action(kept)
    service.delete(cid)
    with pytest.raises(ValidationError):
        service.restore_action(kept)  # its challenge is gone


def test_a_category_used_once_is_named_in_the_singular(db, service) -> None:
    new = service.add_category("Konflik jadwal", "volunteer")
    service.create(ChallengeInput(title="Clash", category_id=new), TODAY)
    with pytest.raises(ValidationError) as err:
        service.delete_category(new)
    assert "used by 1 challenge; move it to another category" in str(err.value)
    assert "dipakai oleh 1 tantangan" in catalogue("id").text(err.value.message)


def test_challenges_concerning_a_profession_project_or_member(demo_challenges) -> None:
    service, today = demo_challenges
    rows = service.list(ChallengeFilter(), today)
    dokter = next(p.id for p in service.professions() if p.name == "Dokter")
    assert {r.title for r in service.for_profession(dokter, today)} == {
        "Jam jaga dokter relawan terlalu panjang",
        "Keputusan triase di posko banjir",
    }
    flood = next(p.id for p in service.projects() if p.name == "Bantuan Medis Pasca Banjir")
    assert len(service.for_project(flood, today)) == 6
    assert len(rows) == 20


@pytest.fixture
def demo_challenges(db):
    from groupdesk.core.demo import generate_demo

    generate_demo(db, members=60, shifts=10, today=TODAY)
    return ChallengeService(db), TODAY
