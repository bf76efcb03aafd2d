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

from groupdesk.core.messages import catalogue

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


def _is_indonesian(language: str) -> bool:
    return language.lower().startswith("id")


def _when(language: str, starts_at: dt.datetime, ends_at: dt.datetime) -> tuple[str, str]:
    """The day ("Senin, 7 Desember 2026" / "Monday 7 December 2026") and the times
    ("08.00–12.00" / "08:00–12:00") of a shift, by the catalogue's locale data."""
    words = catalogue(language)
    weekday = words.formats.weekday(starts_at)
    day = words.date(starts_at.date(), "long")
    hours = f"{words.formats.time(starts_at)}–{words.formats.time(ends_at)}"
    return f"{weekday}, {day}" if _is_indonesian(language) else f"{weekday} {day}", hours


def when_id(starts_at: dt.datetime, ends_at: dt.datetime, time_zone: str) -> str:
    day, hours = _when("id", starts_at, ends_at)
    return f"{day}, pukul {hours} {zone_label(time_zone)}"


def when_en(starts_at: dt.datetime, ends_at: dt.datetime, time_zone: str) -> str:
    day, hours = _when("en", starts_at, ends_at)
    return f"{day}, {hours} {zone_label(time_zone)}"


def message(req: CoverRequest, language: str = "id") -> str:
    return _indonesian(req) if _is_indonesian(language) else _english(req)


def promoted_message(notice: Notice, language: str = "id") -> str:
    """For a volunteer who moved up from the waiting list onto the shift."""
    n = notice
    if _is_indonesian(language):
        lines = [
            f"Halo {n.name}, kabar baik! Ada tempat kosong di *{n.project}* dan Anda kini "
            "terdaftar (dari daftar tunggu).",
            f"Waktu: {when_id(n.starts_at, n.ends_at, n.time_zone)}",
        ]
        if n.location:
            lines.append(f"Tempat: {n.location}")
        call = f"mohon kabari {n.contact}" if n.contact else "mohon balas pesan ini"
        lines.append(f"Jika tidak bisa hadir, {call}. Terima kasih!")
    else:
        lines = [
            f"Hello {n.name}, good news! A place opened up on *{n.project}* and you are now "
            "on the shift (from the waiting list).",
            f"When: {when_en(n.starts_at, n.ends_at, n.time_zone)}",
        ]
        if n.location:
            lines.append(f"Where: {n.location}")
        call = f"please tell {n.contact}" if n.contact else "please reply to this message"
        lines.append(f"If you cannot come, {call}. Thank you!")
    return "\n".join(lines)


def removed_message(notice: Notice, language: str = "id") -> str:
    """For a volunteer the coordinator took off the shift."""
    n = notice
    if _is_indonesian(language):
        lines = [
            f"Halo {n.name}, pendaftaran Anda untuk *{n.project}* "
            f"({when_id(n.starts_at, n.ends_at, n.time_zone)}) telah dibatalkan.",
        ]
        call = f"hubungi {n.contact}" if n.contact else "balas pesan ini"
        lines.append(f"Jika ini keliru, mohon {call}. Terima kasih atas kesediaan Anda.")
    else:
        lines = [
            f"Hello {n.name}, your sign-up for *{n.project}* "
            f"({when_en(n.starts_at, n.ends_at, n.time_zone)}) has been cancelled.",
        ]
        call = f"call {n.contact}" if n.contact else "reply to this message"
        lines.append(f"If this is a mistake, please {call}. Thank you for offering your time.")
    return "\n".join(lines)


def _indonesian(req: CoverRequest) -> str:
    when = when_id(req.starts_at, req.ends_at, req.time_zone)
    lines = [f"*Dibutuhkan relawan: {req.project}*", f"Waktu: {when}"]
    if req.location:
        lines.append(f"Tempat: {req.location}")
    names = ", ".join(req.on_it) if req.on_it else "belum ada"
    lines.append(f"Sudah terdaftar ({len(req.on_it)}/{req.max_volunteers}): {names}")
    contact = f" atau hubungi {req.contact}" if req.contact else ""
    if not req.room:
        waiting = f" ({req.waitlisted} orang sudah menunggu)" if req.waitlisted else ""
        lines.append(f"Shift ini sudah penuh{waiting}.")
        lines.append(
            f"Ingin masuk daftar tunggu? Balas pesan ini{contact}; kami kabari jika ada "
            "tempat kosong. Terima kasih!"
        )
        return "\n".join(lines)
    if req.short_of_minimum:
        need = f"Masih dibutuhkan: {req.short_of_minimum} orang lagi"
    else:
        need = f"Masih ada tempat untuk {req.room} orang"
    if req.profession:
        need += f", berprofesi {req.profession} (dengan STR/izin yang masih berlaku)"
    if req.skill:
        need += f", dengan keahlian {req.skill}"
    lines.append(need + ".")
    lines.append(f"Bisa membantu? Balas pesan ini{contact}. Terima kasih!")
    return "\n".join(lines)


def _english(req: CoverRequest) -> str:
    when = when_en(req.starts_at, req.ends_at, req.time_zone)
    lines = [f"*Volunteers needed: {req.project}*", f"When: {when}"]
    if req.location:
        lines.append(f"Where: {req.location}")
    names = ", ".join(req.on_it) if req.on_it else "nobody yet"
    lines.append(f"On it so far ({len(req.on_it)}/{req.max_volunteers}): {names}")
    contact = f" or call {req.contact}" if req.contact else ""
    if not req.room:
        waiting = f" ({req.waitlisted} already waiting)" if req.waitlisted else ""
        lines.append(f"This shift is full{waiting}.")
        lines.append(
            f"Want to join the waiting list? Reply to this message{contact}; we will tell you "
            "when a place opens. Thank you!"
        )
        return "\n".join(lines)
    if req.short_of_minimum:
        need = f"Still needed: {req.short_of_minimum} more"
    else:
        need = f"Room for {req.room} more"
    if req.profession:
        need += f", who must be a {req.profession} with a valid licence"
    if req.skill:
        need += f", with the skill {req.skill}"
    lines.append(need + ".")
    lines.append(f"Can you help? Reply to this message{contact}. Thank you!")
    return "\n".join(lines)


def call_list_csv(rows: Sequence[tuple[object, ...]], header: Sequence[str]) -> str:
    """The call list as CSV text (UTF-8 with a BOM when written, so Excel reads it right)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for r in rows:
        writer.writerow(["" if v is None else v for v in r])
    return out.getvalue()
