"""Attendance opens when the shift starts, recorded times can be corrected, and a shift whose
volunteers came still counts as staffed everywhere it is counted."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from groupdesk.core.errors import ValidationError
from groupdesk.core.messages import catalogue
from groupdesk.core.models import AuditEntry
from groupdesk.core.reports.filters import ReportFilters
from groupdesk.core.reports.understaffed import build as understaffed_report
from groupdesk.core.services.dashboard import DashboardService
from groupdesk.core.services.signups import AttendanceNotOpen

from .conftest import NOW, at


def test_attendance_before_the_shift_is_refused_and_nothing_changes(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    aid = sched.signups.sign_up(shift, sched.member("Ani")).assignment_id
    for record in (
        lambda: sched.signups.mark_attended(aid),
        lambda: sched.signups.check_in(aid),
        lambda: sched.signups.mark_no_show(aid),
        lambda: sched.signups.set_hours(aid, 4),
    ):
        with pytest.raises(AttendanceNotOpen) as err:
            record()
        assert (err.value.code, err.value.params) == ("attendance.not_open", {"opens_at": at(0, 8)})
        assert "7 Jan 2030" in catalogue("en").text(err.value.message)
        assert "7 Jan 2030" in catalogue("id").text(err.value.message)
    (row,) = sched.signups.attendance(shift)
    assert (row.status, row.hours, row.check_in_at) == ("signed_up", None, None)
    assert sched.signups.totals() == []
    assert sched.signups.attendance_opens(shift) == (False, at(0, 8))
    sched.now = at(0, 8)
    assert sched.signups.attendance_opens(shift) == (True, at(0, 8))
    assert sched.signups.mark_attended(aid) == 4.0


def test_check_in_and_out_times_can_be_corrected_and_hours_follow(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    aid = sched.signups.sign_up(shift, sched.member("Ani")).assignment_id
    sched.now = at(0, 14)
    sched.signups.check_in(aid)  # stamped with the time now, 14:00: the coordinator forgot
    assert sched.signups.set_times(aid, at(0, 8, 10), at(0, 11, 40)) == 3.5
    (row,) = sched.signups.attendance(shift)
    assert (row.status, row.check_in_at, row.check_out_at, row.hours) == (
        "attended",
        at(0, 8, 10),
        at(0, 11, 40),
        3.5,
    )
    with sched.db.session() as s:
        fields = s.execute(
            select(AuditEntry.field, AuditEntry.new_value).where(
                AuditEntry.entity == "assignment", AuditEntry.entity_id == aid
            )
        ).all()
    assert ("check_out_at", at(0, 11, 40).isoformat()) in fields


@pytest.mark.parametrize(
    ("check_in", "check_out", "field"),
    [
        (at(0, 10), at(0, 9), "check_out_at"),  # out before in
        (at(0, 8), at(0, 15), "check_out_at"),  # still in the future
        (at(-2, 8), at(0, 9), "check_in_at"),  # two days before the shift
        (None, at(0, 9), "check_in_at"),  # leaving without arriving
    ],
)
def test_impossible_times_are_refused_at_their_field(sched, check_in, check_out, field):
    shift = sched.shift(at(0, 8), at(0, 12))
    aid = sched.signups.sign_up(shift, sched.member("Ani")).assignment_id
    sched.now = at(0, 14)
    with pytest.raises(ValidationError) as err:
        sched.signups.set_times(aid, check_in, check_out)
    assert err.value.field == field
    (row,) = sched.signups.attendance(shift)
    assert (row.status, row.check_in_at, row.check_out_at) == ("signed_up", None, None)


def test_a_full_shift_whose_volunteers_came_is_not_understaffed(sched):
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=3, max_volunteers=3)
    ids = [sched.signups.sign_up(shift, sched.member()).assignment_id for _ in range(3)]
    sched.now = at(0, 9)
    for aid in ids:
        sched.signups.mark_attended(aid)
    dashboard = DashboardService(sched.db)
    snap = dashboard.snapshot(at(0, 9).date())
    assert snap.understaffed_count == 0
    assert (snap.places_filled, snap.places_total) == (3, 3)
    assert dashboard.understaffed_list(at(0, 9).date()) == []
    [need] = dashboard.upcoming_shifts_list(at(0, 9).date())
    assert need.signed_up == 3
    report = understaffed_report(sched.db, ReportFilters(today=at(0, 0).date()))
    assert report.sheets[0].row_count == 0
    [summary] = sched.shifts.shifts_between(at(0, 0), at(1, 0))
    assert (summary.filled, summary.fill) == (3, "full")


def test_hours_chart_counts_served_hours_only(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    aid = sched.signups.sign_up(shift, sched.member()).assignment_id
    sched.now = at(0, 12)
    sched.signups.mark_attended(aid)
    dashboard = DashboardService(sched.db)
    by_month = {b.key: b.value for b in dashboard.snapshot(at(0, 12).date()).hours_per_month}
    assert by_month[dt.date(2030, 1, 1)] == 4.0
    # Seen from the day before the shift, nothing has been served yet.
    earlier = {b.key: b.value for b in dashboard.snapshot(NOW.date()).hours_per_month}
    assert earlier[dt.date(2030, 1, 1)] == 0.0


def test_dashboard_opens_while_the_only_volunteer_of_the_month_is_still_checked_in(sched):
    # Checked in, not yet out: attended without hours; the month's total is "no hours yet".
    shift = sched.shift(at(0, 8), at(0, 12))
    aid = sched.signups.sign_up(shift, sched.member()).assignment_id
    sched.now = at(0, 9)
    sched.signups.check_in(aid)
    snap = DashboardService(sched.db).snapshot(at(0, 9).date())
    by_month = {b.key: b.value for b in snap.hours_per_month}
    assert by_month[dt.date(2030, 1, 1)] == 0.0
