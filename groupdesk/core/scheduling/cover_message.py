"""Finding cover for an understaffed shift: a message ready to paste into a chat group or an
e-mail, in the organisation's language, and the ranked call list as CSV; and the notices a
coordinator sends one volunteer: moved up from the waiting list, or taken off the shift.

Every message ends with whom to call, with the coordinator's phone number, so a volunteer
never has to look it up."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from groupdesk.core.messages import Catalogue, catalogue

ZONE_ABBREVIATIONS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


@dataclass(frozen=True)
class CoverRequest:
    project: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str | None
    min_volunteers: int
    max_volunteers: int
    on_it: Sequence[str]
    profession: str | None = None
    skill: str | None = None
    contact: str | None = None
    time_zone: str = "Asia/Jakarta"
    waitlisted: int = 0

    @property
    def short_of_minimum(self) -> int:
        return max(0, self.min_volunteers - len(self.on_it))

    @property
    def room(self) -> int:
        return max(0, self.max_volunteers - len(self.on_it))


def zone_label(time_zone: str) -> str:
    return ZONE_ABBREVIATIONS.get(time_zone, time_zone)


@dataclass(frozen=True)
class Notice:
    """One volunteer's news about one shift."""

    name: str
    project: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str | None
    contact: str | None = None
    time_zone: str = "Asia/Jakarta"


def when_text(starts_at: dt.datetime, ends_at: dt.datetime, time_zone: str, cat: Catalogue) -> str:
    """ "Sabtu, 12 Januari 2030, pukul 08.00–12.00 WIB" / "Saturday 12 January 2030, 08:00–…"."""
    return cat.text("cover.when", start=starts_at, end=ends_at, zone=zone_label(time_zone))


def message(req: CoverRequest, language: str = "id") -> str:
    """The request for cover, ready to paste into a chat group, in ``language``."""
    say = catalogue(language).text
    lines = [
        say("cover.title", project=req.project),
        say(
            "cover.when_line",
            when=when_text(req.starts_at, req.ends_at, req.time_zone, catalogue(language)),
        ),
    ]
    if req.location:
        lines.append(say("cover.where_line", location=req.location))
    names = ", ".join(req.on_it) if req.on_it else say("cover.nobody_yet")
    lines.append(
        say("cover.on_it", count=str(len(req.on_it)), max=str(req.max_volunteers), names=names)
    )
    contact = say("cover.or_call", contact=req.contact) if req.contact else ""
    if not req.room:
        if req.waitlisted:
            lines.append(say("cover.full_waiting", count=req.waitlisted))
        else:
            lines.append(say("cover.full"))
        lines.append(say("cover.join_waiting_list", contact=contact))
        return "\n".join(lines)
    if req.short_of_minimum:
        need = say("cover.still_needed", count=req.short_of_minimum)
    else:
        need = say("cover.room_for", count=req.room)
    if req.profession:
        need += say("cover.with_profession", profession=req.profession)
    if req.skill:
        need += say("cover.with_skill", skill=req.skill)
    lines.append(need + ".")
    lines.append(say("cover.can_you_help", contact=contact))
    return "\n".join(lines)


def promoted_message(notice: Notice, language: str = "id") -> str:
    """For a volunteer who moved up from the waiting list onto the shift."""
    n, cat = notice, catalogue(language)
    say = cat.text
    lines = [
        say("cover.promoted", name=n.name, project=n.project),
        say("cover.when_line", when=when_text(n.starts_at, n.ends_at, n.time_zone, cat)),
    ]
    if n.location:
        lines.append(say("cover.where_line", location=n.location))
    call = say("cover.tell_contact", contact=n.contact) if n.contact else say("cover.reply")
    lines.append(say("cover.cannot_come", call=call))
    return "\n".join(lines)


def removed_message(notice: Notice, language: str = "id") -> str:
    """For a volunteer the coordinator took off the shift."""
    n, cat = notice, catalogue(language)
    say = cat.text
    when = when_text(n.starts_at, n.ends_at, n.time_zone, cat)
    call = say("cover.call_contact", contact=n.contact) if n.contact else say("cover.reply_plain")
    return "\n".join(
        [
            say("cover.removed", name=n.name, project=n.project, when=when),
            say("cover.mistake", call=call),
        ]
    )


def call_list_csv(rows: Sequence[tuple[object, ...]], header: Sequence[str]) -> str:
    """The call list as CSV text (UTF-8 with a BOM when written, so Excel reads it right)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for r in rows:
        writer.writerow(["" if v is None else v for v in r])
    return out.getvalue()
