"""Write volunteer shifts as an iCalendar file people import into their phone's calendar.

Each shift keeps the UID the caller gives it (derived from the shift's database id), so
importing a newer export updates the events in Google Calendar, Outlook or Apple Calendar
instead of adding duplicates; SEQUENCE tells them which version is newer. Times are wall
clock in the organisation's time zone and carry a TZID plus a matching VTIMEZONE, so a
volunteer whose phone is set to another zone still sees a 08:00 WIB shift at 08:00 WIB.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import icalendar

from groupdesk import __version__
from groupdesk.core.export.atomic import replace_on_success
from groupdesk.core.messages import Catalogue, catalogue

PRODID = f"-//GroupDesk//GroupDesk {__version__}//EN"
ShiftStatus = Literal["CONFIRMED", "CANCELLED"]
_STATUSES = ("CONFIRMED", "CANCELLED")


@dataclass(frozen=True, slots=True)
class ShiftEvent:
    """One shift as a calendar event.

    ``starts_at`` and ``ends_at`` are naive wall-clock times in the organisation's zone (how
    shifts are stored and typed); an aware value is converted to that zone. ``uid`` must be
    stable across exports, for example ``"shift-123@<organisation-id>.groupdesk"``.
    """

    uid: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    summary: str
    location: str = ""
    description: str = ""
    url: str | None = None
    categories: tuple[str, ...] = ()
    status: ShiftStatus = "CONFIRMED"
    sequence: int = 0
    last_modified: dt.datetime | None = None


def _one_line(text: str) -> str:
    """A name pasted from a spreadsheet may hold line breaks; these properties cannot."""
    return " ".join(text.split())


def write_ics(
    events: Iterable[ShiftEvent],
    path: Path,
    *,
    time_zone: str = "Asia/Jakarta",
    calendar_name: str,
    alarm_day_before: bool = False,
    language: str = "en",
) -> int:
    """Write ``events`` to ``path`` as one calendar and return how many were written.

    ``alarm_day_before`` adds a reminder one day before each confirmed shift. The file
    appears at ``path`` only when complete.
    """
    zone = ZoneInfo(time_zone)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    cat = catalogue(language)
    vevents = [_vevent(event, zone, stamp, alarm_day_before, cat) for event in events]

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar_name = _one_line(calendar_name)
    calendar.add("name", calendar_name)
    calendar.add("x-wr-calname", calendar_name)
    calendar.add("x-wr-timezone", time_zone)
    calendar.add_component(_vtimezone(zone, time_zone, vevents))
    for vevent in vevents:
        calendar.add_component(vevent)

    with replace_on_success(Path(path)) as temp:
        temp.write_bytes(calendar.to_ical())
    return len(vevents)


def _vtimezone(zone: ZoneInfo, tzid: str, vevents: list[icalendar.Event]) -> icalendar.Timezone:
    """The zone's rules over the span of the shifts, so offline clients need no tz database.

    ``Timezone.from_tzinfo`` arrived in icalendar 6.1, hence the dependency floor.

    Always included, even for an empty calendar, so the file states its zone.
    """
    starts = [vevent.decoded("dtstart").date() for vevent in vevents]
    first = min(starts, default=dt.date.today()) - dt.timedelta(days=366)
    last = max(starts, default=dt.date.today()) + dt.timedelta(days=366)
    return icalendar.Timezone.from_tzinfo(zone, tzid=tzid, first_date=first, last_date=last)


def _wall_clock(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(zone)
    return moment.replace(tzinfo=zone)


def _vevent(
    event: ShiftEvent,
    zone: ZoneInfo,
    stamp: dt.datetime,
    alarm_day_before: bool,
    cat: Catalogue,
) -> icalendar.Event:
    if not event.uid.strip() or any(ch in event.uid for ch in "\r\n"):
        raise ValueError(f"shift needs a one-line, non-blank UID, got {event.uid!r}")
    if event.status not in _STATUSES:
        raise ValueError(f"shift {event.uid}: status must be one of {_STATUSES}")
    starts, ends = _wall_clock(event.starts_at, zone), _wall_clock(event.ends_at, zone)
    if ends <= starts:
        raise ValueError(f"shift {event.uid} ends before it starts")

    vevent = icalendar.Event()
    vevent.add("uid", event.uid)
    changed = None
    if event.last_modified is not None:
        changed = _wall_clock(event.last_modified, zone).astimezone(dt.UTC)
    # DTSTAMP is when this version of the event was last revised; fall back to export time.
    vevent.add("dtstamp", changed or stamp)
    if changed is not None:
        vevent.add("last-modified", changed)
    vevent.add("dtstart", starts)
    vevent.add("dtend", ends)
    vevent.add("summary", event.summary)
    if event.location:
        vevent.add("location", event.location)
    if event.description:
        vevent.add("description", event.description)
    if event.url:
        vevent.add("url", event.url)
    if event.categories:
        vevent.add("categories", [_one_line(c) for c in event.categories])
    vevent.add("status", event.status)
    vevent.add("sequence", event.sequence)
    vevent.add("transp", "OPAQUE")
    if alarm_day_before and event.status == "CONFIRMED":
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", cat.text("report.ics.alarm", summary=event.summary))
        alarm.add("trigger", dt.timedelta(days=-1))
        vevent.add_component(alarm)
    return vevent
