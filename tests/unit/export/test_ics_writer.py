"""The calendar parses back with stable UIDs, Jakarta wall-clock times and its VTIMEZONE."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from groupdesk.core.export.ics_writer import PRODID, ShiftEvent, write_ics

JAKARTA = ZoneInfo("Asia/Jakarta")


def _shifts() -> list[ShiftEvent]:
    return [
        ShiftEvent(
            uid="shift-1@demo.groupdesk",
            starts_at=dt.datetime(2024, 5, 4, 8, 0),
            ends_at=dt.datetime(2024, 5, 4, 12, 0),
            summary="Dapur umum",
            location="Masjid Al-Ikhlas, Jl. Merdeka 17, Bandung",
            description="Bawa celemek.\nKoordinator: Ibu Siti, 0812-3456-7890",
            url="https://example.org/shift/1",
            categories=("Relawan", "Dapur"),
            sequence=2,
            last_modified=dt.datetime(2024, 4, 30, 9, 15),
        ),
        ShiftEvent(
            uid="shift-2@demo.groupdesk",
            starts_at=dt.datetime(2024, 5, 5, 13, 30),
            ends_at=dt.datetime(2024, 5, 5, 17, 0),
            summary="Pembagian sembako",
            location="Balai RW 05",
            description="",
            status="CANCELLED",
            sequence=1,
        ),
    ]


def _parse(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_events_parse_back_with_stable_uids_and_wall_clock_times(tmp_path: Path) -> None:
    path = tmp_path / "shifts.ics"
    assert write_ics(_shifts(), path, calendar_name="Relawan Mei") == 2
    calendar = _parse(path)
    assert str(calendar["prodid"]) == PRODID
    assert str(calendar["x-wr-calname"]) == "Relawan Mei"
    first, second = calendar.walk("VEVENT")
    assert [str(first["uid"]), str(second["uid"])] == [s.uid for s in _shifts()]
    start = first.decoded("dtstart")
    assert start == dt.datetime(2024, 5, 4, 8, 0, tzinfo=JAKARTA)
    assert (start.hour, start.minute) == (8, 0)
    assert start.utcoffset() == dt.timedelta(hours=7)
    assert first["dtstart"].params["TZID"] == "Asia/Jakarta"
    assert first["dtend"].params["TZID"] == "Asia/Jakarta"
    assert str(first["location"]) == "Masjid Al-Ikhlas, Jl. Merdeka 17, Bandung"
    assert str(first["description"]).startswith("Bawa celemek.\n")
    assert str(first["url"]) == "https://example.org/shift/1"
    assert first["sequence"] == 2
    assert str(first["status"]) == "CONFIRMED"
    assert str(second["status"]) == "CANCELLED"
    assert first.decoded("dtstamp") == dt.datetime(2024, 4, 30, 2, 15, tzinfo=dt.UTC)
    assert first.decoded("last-modified") == dt.datetime(2024, 4, 30, 2, 15, tzinfo=dt.UTC)
    assert "dtstamp" in second


def test_vtimezone_matches_the_tzid(tmp_path: Path) -> None:
    path = tmp_path / "shifts.ics"
    write_ics(_shifts(), path, calendar_name="Relawan")
    (timezone,) = _parse(path).walk("VTIMEZONE")
    assert str(timezone["tzid"]) == "Asia/Jakarta"
    (standard,) = timezone.walk("STANDARD")
    assert standard.decoded("tzoffsetto") == dt.timedelta(hours=7)
    text = path.read_text()
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")


def test_alarm_only_when_asked_and_not_for_cancelled_shifts(tmp_path: Path) -> None:
    without = tmp_path / "plain.ics"
    write_ics(_shifts(), without, calendar_name="Relawan")
    assert not _parse(without).walk("VALARM")

    with_alarm = tmp_path / "alarm.ics"
    write_ics(_shifts(), with_alarm, calendar_name="Relawan", alarm_day_before=True)
    confirmed, cancelled = _parse(with_alarm).walk("VEVENT")
    (alarm,) = confirmed.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == dt.timedelta(days=-1)
    assert "TRIGGER:-P1D" in with_alarm.read_text()
    assert not cancelled.walk("VALARM")


def test_re_export_keeps_uids(tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    write_ics(_shifts(), first, calendar_name="Relawan")
    write_ics(reversed(_shifts()), second, calendar_name="Relawan")
    uids = [{str(e["uid"]) for e in _parse(p).walk("VEVENT")} for p in (first, second)]
    assert uids[0] == uids[1] == {"shift-1@demo.groupdesk", "shift-2@demo.groupdesk"}


def test_other_zone_and_aware_times(tmp_path: Path) -> None:
    shift = ShiftEvent(
        uid="shift-9@demo.groupdesk",
        starts_at=dt.datetime(2024, 5, 4, 1, 0, tzinfo=dt.UTC),
        ends_at=dt.datetime(2024, 5, 4, 3, 0, tzinfo=dt.UTC),
        summary="Posko",
    )
    path = tmp_path / "wita.ics"
    write_ics([shift], path, time_zone="Asia/Makassar", calendar_name="Relawan")
    (event,) = _parse(path).walk("VEVENT")
    assert event.decoded("dtstart") == dt.datetime(
        2024, 5, 4, 9, 0, tzinfo=ZoneInfo("Asia/Makassar")
    )
    assert event["dtstart"].params["TZID"] == "Asia/Makassar"


def test_empty_calendar_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    assert write_ics([], path, calendar_name="Kosong") == 0
    calendar = _parse(path)
    assert not calendar.walk("VEVENT")
    assert calendar.walk("VTIMEZONE")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"uid": " "}, "UID"),
        ({"uid": "a\nb"}, "UID"),
        ({"ends_at": dt.datetime(2024, 5, 4, 7, 0)}, "ends before"),
        ({"status": "TENTATIVE"}, "status"),
    ],
)
def test_bad_shifts_are_refused_without_a_file(
    tmp_path: Path, change: dict[str, object], message: str
) -> None:
    base = _shifts()[0]
    fields = {name: getattr(base, name) for name in base.__dataclass_fields__} | change
    with pytest.raises(ValueError, match=message):
        write_ics([ShiftEvent(**fields)], tmp_path / "bad.ics", calendar_name="x")
    assert list(tmp_path.iterdir()) == []
