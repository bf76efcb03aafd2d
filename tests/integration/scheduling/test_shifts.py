"""Shifts: series, edits to the rest of a series, copying a week, cancelling, wall-clock
times, and bad input refused with nothing half-saved."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from groupdesk.core.errors import ValidationError
from groupdesk.core.models import AuditEntry, Shift
from groupdesk.core.services.shifts import ShiftInput

from .conftest import MONDAY, at


def starts(sched, ids):
    with sched.db.engine.connect() as conn:
        return [
            r[0]
            for r in conn.execute(
                select(Shift.starts_at).where(Shift.id.in_(ids)).order_by(Shift.starts_at)
            )
        ]


def shift_count(sched) -> int:
    with sched.db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Shift)).scalar_one()


def data(sched, start, end, **kw) -> ShiftInput:
    return ShiftInput(project_id=sched.project_id, starts_at=start, ends_at=end, **kw)


def test_weekly_series_by_count_shares_a_series_id(sched):
    ids = sched.shifts.create_series(data(sched, at(5, 8), at(5, 12)), "weekly", count=4)
    assert starts(sched, ids) == [at(5, 8) + dt.timedelta(weeks=i) for i in range(4)]
    series = {sched.shifts.get(i)[2] for i in ids}
    assert len(series) == 1 and None not in series


def test_daily_series_until_a_date_includes_that_date(sched):
    ids = sched.shifts.create_series(
        data(sched, at(0, 18), at(0, 21)), "daily", until=MONDAY + dt.timedelta(days=4)
    )
    assert [s.date() for s in starts(sched, ids)] == [
        MONDAY + dt.timedelta(days=i) for i in range(5)
    ]
    assert all(s.time() == dt.time(18) for s in starts(sched, ids))


def test_edit_the_rest_of_a_series_leaves_earlier_ones(sched):
    ids = sched.shifts.create_series(data(sched, at(5, 8), at(5, 12)), "weekly", count=4)
    third = ids[2]
    changed = sched.shifts.update(
        third,
        data(
            sched,
            at(5, 9) + dt.timedelta(weeks=2),
            at(5, 14) + dt.timedelta(weeks=2),
            location="Balai Desa",
        ),
        rest_of_series=True,
    )
    assert changed == [ids[2], ids[3]]
    got = [(s.starts_at, s.ends_at, s.location) for s in map(_summary(sched), ids)]
    week = dt.timedelta(weeks=1)
    assert got == [
        (at(5, 8), at(5, 12), None),
        (at(5, 8) + week, at(5, 12) + week, None),
        (at(5, 9) + 2 * week, at(5, 14) + 2 * week, "Balai Desa"),
        (at(5, 9) + 3 * week, at(5, 14) + 3 * week, "Balai Desa"),
    ]


def _summary(sched):
    def get(shift_id):
        d, _, _ = sched.shifts.get(shift_id)
        return d

    return get


def test_copy_week_copies_shifts_but_not_signups(sched):
    a = sched.shift(at(0, 8), at(0, 12), min_volunteers=2, max_volunteers=4, demanding=True)
    b = sched.shift(at(3, 13), at(3, 17))
    cancelled = sched.shift(at(4, 8), at(4, 12))
    sched.shifts.cancel(cancelled)
    sched.signups.sign_up(a, sched.member())
    new = sched.shifts.copy_week(MONDAY, MONDAY + dt.timedelta(weeks=2))
    assert len(new) == 2
    week = dt.datetime.combine(MONDAY + dt.timedelta(weeks=2), dt.time())
    copies = sched.shifts.shifts_between(week, week + dt.timedelta(days=7))
    assert [(c.starts_at, c.max_volunteers, c.demanding, c.filled) for c in copies] == [
        (at(0, 8) + dt.timedelta(weeks=2), 4, True, 0),
        (at(3, 13) + dt.timedelta(weeks=2), 5, False, 0),
    ]
    assert b not in new


def test_cancel_lists_the_volunteers_to_tell(sched):
    shift = sched.shift(at(0, 8), at(0, 12), max_volunteers=1)
    sched.signups.sign_up(shift, sched.member("Ani", phone="+62 812-1111-2222"))
    sched.now += dt.timedelta(minutes=1)
    sched.signups.sign_up(shift, sched.member("Budi"))
    told = sched.shifts.cancel(shift, reason="Banjir surut")
    assert [(v.name, v.phone, v.status) for v in told] == [
        ("Ani", "+62 812-1111-2222", "signed_up"),
        ("Budi", None, "waitlisted"),
    ]
    _, status, _ = sched.shifts.get(shift)
    assert status == "cancelled"
    with pytest.raises(ValidationError):
        sched.shifts.cancel(shift)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"ends_at": at(0, 7)}, "ends_at"),
        ({"ends_at": at(0, 8)}, "ends_at"),
        ({"max_volunteers": 0}, "max_volunteers"),
        ({"max_volunteers": -3}, "max_volunteers"),
        ({"min_volunteers": -1}, "min_volunteers"),
        ({"min_volunteers": 6, "max_volunteers": 5}, "min_volunteers"),
        ({"project_id": 999}, "project_id"),
    ],
)
def test_bad_shift_refused_at_the_field_and_nothing_saved(sched, change, field):
    before = shift_count(sched)
    bad = replace(data(sched, at(0, 8), at(0, 12)), **change)
    with pytest.raises(ValidationError) as err:
        sched.shifts.create_series(bad, "weekly", count=3)
    assert err.value.field == field
    assert shift_count(sched) == before


def test_series_too_long_refused_and_nothing_saved(sched):
    with pytest.raises(ValidationError) as err:
        sched.shifts.create_series(
            data(sched, at(0, 8), at(0, 12)), "daily", until=MONDAY + dt.timedelta(days=800)
        )
    assert err.value.field == "until"
    with pytest.raises(ValidationError) as err:
        sched.shifts.create_series(data(sched, at(0, 8), at(0, 12)), "weekly", count=0)
    assert err.value.field == "count"
    assert shift_count(sched) == 0


def test_bad_edit_leaves_the_shift_untouched(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    with pytest.raises(ValidationError):
        sched.shifts.update(shift, data(sched, at(0, 8), at(0, 6)))
    assert sched.shifts.get(shift)[0].ends_at == at(0, 12)


def test_writes_are_audited(sched):
    ids = sched.shifts.create_series(data(sched, at(5, 8), at(5, 12)), "weekly", count=2)
    with sched.db.engine.connect() as conn:
        audited = (
            conn.execute(select(AuditEntry.entity_id).where(AuditEntry.entity == "shift"))
            .scalars()
            .all()
        )
    assert sorted(audited) == sorted(ids)


WALL_CLOCK_SCRIPT = """
import datetime as dt, sys, time
from groupdesk.core.database import open_database
from groupdesk.core.services.shifts import ShiftService
db = open_database(sys.argv[1])
svc = ShiftService(db)
rows = svc.shifts_between(dt.datetime(2030, 1, 1), dt.datetime(2030, 2, 1))
print(time.tzname[0], rows[0].starts_at.strftime("%H:%M"), rows[0].ends_at.strftime("%H:%M"))
"""


def test_wall_clock_times_survive_any_process_time_zone(sched, tmp_path):
    sched.shift(at(0, 8), at(0, 12))
    path = str(sched.db.path)
    sched.db.close()
    seen = set()
    for zone in ("America/New_York", "Asia/Tokyo"):
        env = dict(os.environ, TZ=zone, PYTHONPATH=os.getcwd())
        out = subprocess.run(
            [sys.executable, "-c", WALL_CLOCK_SCRIPT, path],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout.split()
        seen.add(out[0])
        assert out[1:] == ["08:00", "12:00"], zone
    assert len(seen) == 2  # the zones really differed


def test_wall_clock_in_this_process_with_tz_changed(sched, monkeypatch):
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        shift = sched.shift(at(0, 8), at(0, 12))
        got = sched.shifts.get(shift)[0]
        assert (got.starts_at.hour, got.starts_at.minute) == (8, 0)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_lowering_the_maximum_below_those_signed_up_is_refused(sched):
    shift = sched.shift(at(0, 8), at(0, 12), max_volunteers=3)
    for name in ("Ani", "Budi"):
        sched.signups.sign_up(shift, sched.member(name))
    d, _, _ = sched.shifts.get(shift)
    with pytest.raises(ValidationError) as err:
        sched.shifts.update(shift, replace(d, min_volunteers=1, max_volunteers=1))
    assert err.value.field == "max_volunteers"
    assert sched.shifts.get(shift)[0].max_volunteers == 3
    sched.shifts.update(shift, replace(d, max_volunteers=2))
    assert sched.shifts.get(shift)[0].max_volunteers == 2
