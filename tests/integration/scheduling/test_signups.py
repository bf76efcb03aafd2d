"""Capacity, the waitlist moving up, refusals, attendance and hours."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from groupdesk.core.errors import ValidationError
from groupdesk.core.models import Assignment, AuditEntry
from groupdesk.core.services.signups import ConflictsFound

from .conftest import at


def statuses(sched, shift_id):
    return {r.name: r.status for r in sched.signups.attendance(shift_id)}


def test_capacity_then_waitlist_then_promotion_on_cancel(sched):
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=1, max_volunteers=2)
    a, b, c, d = (sched.member(n) for n in ("Ani", "Budi", "Citra", "Dewi"))
    ra = sched.signups.sign_up(shift, a)
    sched.now += dt.timedelta(minutes=1)
    sched.signups.sign_up(shift, b)
    sched.now += dt.timedelta(minutes=1)
    rc = sched.signups.sign_up(shift, c)
    sched.now += dt.timedelta(minutes=1)
    rd = sched.signups.sign_up(shift, d)
    assert not ra.waitlisted
    assert rc.waitlisted and rd.waitlisted
    assert statuses(sched, shift) == {
        "Ani": "signed_up",
        "Budi": "signed_up",
        "Citra": "waitlisted",
        "Dewi": "waitlisted",
    }
    promoted = sched.signups.cancel(ra.assignment_id)
    assert promoted == [rc.assignment_id]  # first come, first served
    assert statuses(sched, shift) == {
        "Ani": "cancelled",
        "Budi": "signed_up",
        "Citra": "signed_up",
        "Dewi": "waitlisted",
    }


def test_raising_the_maximum_moves_the_waitlist_up(sched):
    shift = sched.shift(at(0, 8), at(0, 12), max_volunteers=1)
    a, b = sched.member("Ani"), sched.member("Budi")
    sched.signups.sign_up(shift, a)
    assert sched.signups.sign_up(shift, b).waitlisted
    data, _, _ = sched.shifts.get(shift)
    from dataclasses import replace

    sched.shifts.update(shift, replace(data, max_volunteers=2))
    assert statuses(sched, shift)["Budi"] == "signed_up"


def test_signup_for_cancelled_or_past_shift_is_refused_and_nothing_saved(sched):
    member = sched.member()
    cancelled = sched.shift(at(0, 8), at(0, 12))
    sched.shifts.cancel(cancelled)
    past = sched.shift(dt.datetime(2029, 12, 30, 8), dt.datetime(2029, 12, 30, 12))
    with pytest.raises(ValidationError) as err:
        sched.signups.sign_up(cancelled, member)
    assert (err.value.field, err.value.code) == ("shift", "signup.shift_cancelled")
    with pytest.raises(ValidationError) as err:
        sched.signups.sign_up(past, member)
    assert (err.value.field, err.value.code) == ("shift", "signup.shift_started")
    with sched.db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Assignment)).scalar() == 0


def test_the_same_member_twice_is_refused(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    m = sched.member()
    sched.signups.sign_up(shift, m)
    with pytest.raises(ValidationError) as err:
        sched.signups.sign_up(shift, m)
    assert err.value.field == "member"


def test_conflict_needs_override_reason_which_is_kept(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    m = sched.member(status="inactive")
    with pytest.raises(ConflictsFound) as err:
        sched.signups.sign_up(shift, m)
    assert [c.rule for c in err.value.conflicts] == ["inactive"]
    assert err.value.field == "override_reason"
    with sched.db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Assignment)).scalar() == 0
    result = sched.signups.sign_up(shift, m, override_reason="Rejoining this month")
    assert result.status == "signed_up"
    assert sched.signups.attendance(shift)[0].override_reason == "Rejoining this month"
    with sched.db.engine.connect() as conn:
        audited = (
            conn.execute(
                select(AuditEntry.new_value).where(
                    AuditEntry.entity == "assignment", AuditEntry.field == "override_reason"
                )
            )
            .scalars()
            .all()
        )
    assert audited == ["Rejoining this month"]


def test_check_in_out_computes_hours_and_they_can_be_edited(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    a, b = sched.member("Ani"), sched.member("Budi")
    ra = sched.signups.sign_up(shift, a)
    rb = sched.signups.sign_up(shift, b)
    sched.now = at(0, 13)
    sched.signups.check_in(ra.assignment_id, at(0, 8, 15))
    hours = sched.signups.check_out(ra.assignment_id, at(0, 11, 45))
    assert hours == 3.5
    with pytest.raises(ValidationError) as err:
        sched.signups.check_out(ra.assignment_id, at(0, 8, 0))
    assert err.value.field == "check_out_at"
    sched.signups.set_hours(ra.assignment_id, 4)
    with pytest.raises(ValidationError) as err:
        sched.signups.set_hours(ra.assignment_id, -1)
    assert err.value.field == "hours"
    sched.signups.mark_no_show(rb.assignment_id)
    rows = {r.name: (r.status, r.hours) for r in sched.signups.attendance(shift)}
    assert rows == {"Ani": ("attended", 4.0), "Budi": ("no_show", None)}


def test_totals_per_member_project_and_month_with_no_shows(sched):
    s1 = sched.shift(at(0, 8), at(0, 12))
    s2 = sched.shift(at(2, 8), at(2, 11))
    s3 = sched.shift(dt.datetime(2030, 2, 4, 8), dt.datetime(2030, 2, 4, 10))
    m = sched.member("Ani")
    ids = [sched.signups.sign_up(s, m).assignment_id for s in (s1, s2, s3)]
    sched.now = dt.datetime(2030, 2, 5)
    sched.signups.mark_attended(ids[0])
    sched.signups.mark_no_show(ids[1])
    sched.signups.mark_attended(ids[2], hours=1.5)
    got = [(t.month, t.hours, t.attended, t.no_shows) for t in sched.signups.totals(member_id=m)]
    assert got == [("2030-01", 4.0, 1, 1), ("2030-02", 1.5, 1, 0)]


def test_waitlisted_member_cannot_be_checked_in(sched):
    shift = sched.shift(at(0, 8), at(0, 12), max_volunteers=1)
    sched.signups.sign_up(shift, sched.member())
    waiting = sched.signups.sign_up(shift, sched.member())
    sched.now = at(0, 8)
    with pytest.raises(ValidationError) as err:
        sched.signups.check_in(waiting.assignment_id, at(0, 8))
    assert err.value.field == "status"
