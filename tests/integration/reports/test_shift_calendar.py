"""Shifts as a calendar file, read back the way a phone's calendar would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from groupdesk.core.reports import ReportFilters, export_report, row_count
from tests.integration.reports.sample import TODAY


def events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_every_shift_becomes_one_event_with_its_stable_uid(db, sample, tmp_path) -> None:
    out = tmp_path / "shifts.ics"
    result = export_report(db, "schedule", ReportFilters(), out)
    found = events(out)
    assert result.rows == len(found) == 7 == row_count(db, "schedule", ReportFilters(), "ics")
    assert sorted(str(e["uid"]) for e in found) == sorted(sample.shift_uuids.values())

    first = next(e for e in found if str(e["uid"]) == sample.shift_uuids["s1"])
    start = first.decoded("dtstart")
    assert first["dtstart"].params["TZID"] == "Asia/Jakarta"
    assert start.tzinfo == ZoneInfo("Asia/Jakarta") or str(start.tzinfo) == "Asia/Jakarta"
    assert (start.date(), start.time()) == (dt.date(2024, 5, 6), dt.time(8, 0))
    assert start.astimezone(dt.UTC).time() == dt.time(1, 0)  # WIB is UTC+7
    assert str(first["location"]) == "Kuta" and "2 signed up, 2 needed" in str(first["description"])
    assert "dtstamp" in first
    assert b"BEGIN:VTIMEZONE" in out.read_bytes()
    cancelled = next(e for e in found if str(e["uid"]) == sample.shift_uuids["s6"])
    assert str(cancelled["status"]) == "CANCELLED"

    again = tmp_path / "again.ics"
    export_report(db, "schedule", ReportFilters(), again)
    assert sorted(str(e["uid"]) for e in events(again)) == sorted(str(e["uid"]) for e in found), (
        "a re-export must update the same events, not add new ones"
    )


def test_per_project_and_per_member_calendars_with_reminders(db, sample, tmp_path) -> None:
    out = tmp_path / "posyandu.ics"
    export_report(db, "schedule", ReportFilters(project="Posyandu", alarm_day_before=True), out)
    found = events(out)
    assert {str(e["uid"]) for e in found} == {sample.shift_uuids[k] for k in ("s3", "s4", "s6")}
    confirmed = [e for e in found if str(e["status"]) == "CONFIRMED"]
    assert all(len(list(e.walk("VALARM"))) == 1 for e in confirmed)

    budi = tmp_path / "budi.ics"
    export_report(db, "schedule", ReportFilters(member="GD-002", date_from=TODAY), budi)
    assert sorted(str(e["uid"]) for e in events(budi)) == sorted(
        sample.shift_uuids[k] for k in ("s4", "s5")
    )
    dedi_dropped = tmp_path / "gd3.ics"
    export_report(db, "schedule", ReportFilters(member="GD-003"), dedi_dropped)
    # GD-003 did not come to s3 (no-show) and is only waitlisted on s7: nothing to show.
    assert events(dedi_dropped) == []
