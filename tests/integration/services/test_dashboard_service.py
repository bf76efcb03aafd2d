"""Dashboard figures against a small association whose every figure was counted by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from groupdesk.core.models import (
    Assignment,
    Challenge,
    ChallengeCategory,
    Member,
    MemberProfession,
    MitigationAction,
    Profession,
    Shift,
    VolunteerProject,
)
from groupdesk.core.services.dashboard import DashboardService

TODAY = dt.date(2026, 3, 15)


def _member(session, number: int, status: str = "active", deleted: bool = False) -> Member:
    m = Member(
        member_number=f"T-{number}",
        full_name=f"Member {number}",
        sort_name=f"member {number}",
        status=status,
        deleted_at=dt.datetime(2026, 1, 1) if deleted else None,
    )
    session.add(m)
    session.flush()
    return m


def _shift(session, project, day: dt.date, lo: int, hi: int, status="scheduled") -> Shift:
    s = Shift(
        project_id=project.id,
        starts_at=dt.datetime.combine(day, dt.time(8)),
        ends_at=dt.datetime.combine(day, dt.time(12)),
        min_volunteers=lo,
        max_volunteers=hi,
        status=status,
    )
    session.add(s)
    session.flush()
    return s


@pytest.fixture
def small(db):
    """3 active, 1 inactive, 1 lapsed, 1 active in the trash (not counted)."""
    with db.transaction() as s:
        a1, a2, a3 = (_member(s, i) for i in (1, 2, 3))
        _member(s, 4, "inactive")
        _member(s, 5, "lapsed")
        gone = _member(s, 6, deleted=True)
        dokter = s.scalar(select(Profession).where(Profession.name == "Dokter"))
        guru = s.scalar(select(Profession).where(Profession.name == "Guru"))
        # Dokter: a1 (expires in 10 days), a2 (in 40 days), gone (in 5 days, in trash)
        # Guru: a3 (expired yesterday)
        s.add_all(
            [
                MemberProfession(
                    member_id=a1.id,
                    profession_id=dokter.id,
                    licence_valid_until=TODAY + dt.timedelta(days=10),
                ),
                MemberProfession(
                    member_id=a2.id,
                    profession_id=dokter.id,
                    licence_valid_until=TODAY + dt.timedelta(days=40),
                ),
                MemberProfession(
                    member_id=gone.id,
                    profession_id=dokter.id,
                    licence_valid_until=TODAY + dt.timedelta(days=5),
                ),
                MemberProfession(
                    member_id=a3.id,
                    profession_id=guru.id,
                    licence_valid_until=TODAY - dt.timedelta(days=1),
                ),
            ]
        )
        p = VolunteerProject(name="Posyandu")
        s.add(p)
        s.flush()
        # Past: February shift, a1 attended 4 h, a2 attended 3.5 h, a3 no-show (3 h ignored)
        feb = _shift(s, p, dt.date(2026, 2, 10), 1, 5)
        s.add_all(
            [
                Assignment(shift_id=feb.id, member_id=a1.id, status="attended", hours=4),
                Assignment(shift_id=feb.id, member_id=a2.id, status="attended", hours=3.5),
                Assignment(shift_id=feb.id, member_id=a3.id, status="no_show", hours=3),
            ]
        )
        # 13 months ago: outside the 12-month window
        old = _shift(s, p, dt.date(2025, 2, 10), 1, 5)
        s.add(Assignment(shift_id=old.id, member_id=a1.id, status="attended", hours=6))
        # Next 4 weeks: one shift with 1 of min 2 (understaffed), capacity 4;
        # one with 3 of min 1 (plus one cancelled), capacity 2 -> 2 places count;
        # one cancelled shift and one 30 days ahead: not counted.
        thin = _shift(s, p, TODAY + dt.timedelta(days=3), 2, 4)
        s.add(Assignment(shift_id=thin.id, member_id=a1.id, status="confirmed"))
        full = _shift(s, p, TODAY + dt.timedelta(days=7), 1, 2)
        s.add_all(
            [
                Assignment(shift_id=full.id, member_id=a1.id, status="signed_up"),
                Assignment(shift_id=full.id, member_id=a2.id, status="confirmed"),
                Assignment(shift_id=full.id, member_id=a3.id, status="confirmed"),
                Assignment(shift_id=full.id, member_id=gone.id, status="cancelled"),
            ]
        )
        _shift(s, p, TODAY + dt.timedelta(days=5), 3, 5, status="cancelled")
        _shift(s, p, TODAY + dt.timedelta(days=30), 3, 5)
        tekanan = s.scalar(
            select(ChallengeCategory).where(ChallengeCategory.name == "Tekanan kerja")
        )
        etika = s.scalar(select(ChallengeCategory).where(ChallengeCategory.name == "Etika profesi"))
        c1 = Challenge(title="Long hours", category_id=tekanan.id, status="open")
        c2 = Challenge(title="Night shifts", category_id=tekanan.id, status="mitigating")
        c3 = Challenge(title="Privacy", category_id=etika.id, status="resolved")
        c4 = Challenge(title="Uncategorised", status="open")
        s.add_all([c1, c2, c3, c4])
        s.flush()
        s.add_all(
            [
                # overdue: due yesterday, not done, challenge mitigating
                MitigationAction(
                    challenge_id=c2.id, action="Rota", due_on=TODAY - dt.timedelta(days=1)
                ),
                # done: not overdue
                MitigationAction(
                    challenge_id=c2.id,
                    action="Talk",
                    due_on=TODAY - dt.timedelta(days=9),
                    done_on=TODAY - dt.timedelta(days=8),
                ),
                # due today: not overdue yet
                MitigationAction(challenge_id=c1.id, action="Survey", due_on=TODAY),
                # challenge resolved: not overdue
                MitigationAction(
                    challenge_id=c3.id, action="Policy", due_on=TODAY - dt.timedelta(days=30)
                ),
            ]
        )
    return db


def test_member_counts_leave_out_the_trash(small) -> None:
    snap = DashboardService(small).snapshot(TODAY)
    assert snap.members_by_status == {"active": 3, "inactive": 1, "lapsed": 1, "left": 0}


def test_members_per_profession(small) -> None:
    snap = DashboardService(small).snapshot(TODAY)
    assert [(b.label, b.value) for b in snap.members_per_profession] == [("Dokter", 2), ("Guru", 1)]


def test_hours_per_month_over_the_last_twelve_months(small) -> None:
    snap = DashboardService(small).snapshot(TODAY)
    assert len(snap.hours_per_month) == 12
    assert snap.hours_per_month[0].key == dt.date(2025, 4, 1)
    assert snap.hours_per_month[-1].key == dt.date(2026, 3, 1)
    by_month = {b.key: b.value for b in snap.hours_per_month}
    assert by_month[dt.date(2026, 2, 1)] == 7.5
    assert sum(by_month.values()) == 7.5


def test_fill_rate_and_understaffed_shifts(small) -> None:
    snap = DashboardService(small).snapshot(TODAY)
    assert snap.shifts_upcoming == 2
    assert (snap.places_filled, snap.places_total) == (1 + 2, 4 + 2)
    assert snap.fill_rate == pytest.approx(0.5)
    assert snap.understaffed_count == 1
    [need] = snap.understaffed
    assert (need.signed_up, need.min_volunteers) == (1, 2)
    assert need.starts_at.date() == TODAY + dt.timedelta(days=3)


def test_licences_expiring_in_thirty_days(small) -> None:
    service = DashboardService(small)
    assert service.snapshot(TODAY).licences_expiring == 1
    [lic] = service.expiring_licences_list(TODAY)
    assert lic.full_name == "Member 1"
    assert lic.valid_until == TODAY + dt.timedelta(days=10)


def test_open_challenges_by_category_and_overdue_mitigations(small) -> None:
    service = DashboardService(small)
    snap = service.snapshot(TODAY)
    assert [(b.label, b.value) for b in snap.open_by_category] == [
        ("Tekanan kerja", 2),
        (None, 1),
    ]
    assert snap.overdue_mitigations == 1
    [late] = service.overdue_list(TODAY)
    assert (late.challenge, late.action) == ("Night shifts", "Rota")


def test_lists_behind_the_figures(small) -> None:
    service = DashboardService(small)
    dokter = service.snapshot(TODAY).members_per_profession[0].key
    assert [m.full_name for m in service.members_of_profession(dokter)] == ["Member 1", "Member 2"]
    lines = service.hours_in_month(dt.date(2026, 2, 1))
    assert sorted(h.hours for h in lines) == [3.5, 4.0]
    assert len(service.upcoming_shifts_list(TODAY)) == 2
    assert len(service.understaffed_list(TODAY)) == 1


def test_an_empty_database_gives_zeros(db) -> None:
    snap = DashboardService(db).snapshot(TODAY)
    assert snap.members_by_status["active"] == 0
    assert snap.fill_rate is None
    assert snap.understaffed == [] and snap.open_by_category == []
    assert all(b.value == 0 for b in snap.hours_per_month)
