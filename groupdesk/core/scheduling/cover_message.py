"""Finding cover for an understaffed shift: a message ready to paste into a chat group or an
e-mail, in the organisation's language, and the ranked call list as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

ZONE_ABBREVIATIONS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}
HARI = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
BULAN = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


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

    @property
    def short_of_minimum(self) -> int:
        return max(0, self.min_volunteers - len(self.on_it))

    @property
    def room(self) -> int:
        return max(0, self.max_volunteers - len(self.on_it))


def zone_label(time_zone: str) -> str:
    return ZONE_ABBREVIATIONS.get(time_zone, time_zone)


def message(req: CoverRequest, language: str = "id") -> str:
    return _indonesian(req) if language.lower().startswith("id") else _english(req)


def _indonesian(req: CoverRequest) -> str:
    s, e = req.starts_at, req.ends_at
    when = (
        f"{HARI[s.weekday()]}, {s.day} {BULAN[s.month - 1]} {s.year}, "
        f"pukul {s:%H.%M}–{e:%H.%M} {zone_label(req.time_zone)}"
    )
    lines = [f"*Dibutuhkan relawan: {req.project}*", f"Waktu: {when}"]
    if req.location:
        lines.append(f"Tempat: {req.location}")
    names = ", ".join(req.on_it) if req.on_it else "belum ada"
    lines.append(f"Sudah terdaftar ({len(req.on_it)}/{req.max_volunteers}): {names}")
    if req.short_of_minimum:
        need = f"Masih dibutuhkan: {req.short_of_minimum} orang lagi"
    else:
        need = f"Masih ada tempat untuk {req.room} orang"
    if req.profession:
        need += f", berprofesi {req.profession} (dengan STR/izin yang masih berlaku)"
    if req.skill:
        need += f", dengan keahlian {req.skill}"
    lines.append(need + ".")
    contact = f" atau hubungi {req.contact}" if req.contact else ""
    lines.append(f"Bisa membantu? Balas pesan ini{contact}. Terima kasih!")
    return "\n".join(lines)


def _english(req: CoverRequest) -> str:
    s, e = req.starts_at, req.ends_at
    when = (
        f"{DAYS[s.weekday()]} {s.day} {MONTHS[s.month - 1]} {s.year}, "
        f"{s:%H:%M}–{e:%H:%M} {zone_label(req.time_zone)}"
    )
    lines = [f"*Volunteers needed: {req.project}*", f"When: {when}"]
    if req.location:
        lines.append(f"Where: {req.location}")
    names = ", ".join(req.on_it) if req.on_it else "nobody yet"
    lines.append(f"On it so far ({len(req.on_it)}/{req.max_volunteers}): {names}")
    if req.short_of_minimum:
        need = f"Still needed: {req.short_of_minimum} more"
    else:
        need = f"Room for {req.room} more"
    if req.profession:
        need += f", who must be a {req.profession} with a valid licence"
    if req.skill:
        need += f", with the skill {req.skill}"
    lines.append(need + ".")
    contact = f" or call {req.contact}" if req.contact else ""
    lines.append(f"Can you help? Reply to this message{contact}. Thank you!")
    return "\n".join(lines)


def call_list_csv(rows: Sequence[tuple], header: Sequence[str]) -> str:
    """The call list as CSV text (UTF-8 with a BOM when written, so Excel reads it right)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for r in rows:
        writer.writerow(["" if v is None else v for v in r])
    return out.getvalue()
