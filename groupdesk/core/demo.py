"""A believable small Indonesian association, for trying GroupDesk and for benchmarks.

Rows go in through SQLAlchemy Core in one transaction with explicit ids: the generator
refuses a database that already holds data, so ids cannot collide, and 100,000 members
take seconds instead of the minutes an ORM object per row would.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from .database import Database
from .database.sequences import catch_up_sequences
from .demo_names import (
    CITIES,
    EMAIL_DOMAINS,
    FIRST_NAMES,
    LAST_NAMES,
    MOBILE_PREFIXES,
    STREETS,
)
from .errors import Refusal
from .identity.nik import for_birth
from .messages.catalogue import catalogue
from .messages.message import Message
from .models import (
    Assignment,
    AvailabilityWindow,
    Base,
    CauseArea,
    Challenge,
    ChallengeCategory,
    Member,
    MemberInterest,
    MemberProfession,
    MemberSkill,
    MitigationAction,
    OrganisationSettings,
    Profession,
    ProjectRequiredProfession,
    ProjectRequiredSkill,
    Shift,
    Skill,
    VolunteerProject,
)
from .text_keys import member_search_text, sort_name

CHUNK = 5000
DEMO_ORGANISATION = "Perkumpulan Profesi & Relawan Nusantara"


class DemoRefused(Refusal):
    """The database already holds an association's data; demo rows would mix with it."""

    code = "demo.not_empty"


@dataclass
class DemoSummary:
    members: int
    projects: int
    shifts: int
    assignments: int
    challenges: int

    def message(self) -> Message:
        """What was made, counted in the reader's language."""
        counted = {
            "members": self.members,
            "projects": self.projects,
            "shifts": self.shifts,
            "signups": self.assignments,
            "challenges": self.challenges,
        }
        return Message(
            "demo.summary",
            {key: Message(f"demo.count.{key}", {"count": n}) for key, n in counted.items()},
        )

    def __str__(self) -> str:
        """English, for logs."""
        return catalogue("en").text(self.message())


# (name, cause area, partner, location, required professions, required skills, demanding,
#  description)
PROJECTS = (
    (
        "Mengajar Anak di Desa Terpencil",
        "Pendidikan",
        "Yayasan Cerdas Desa",
        "Sumba Barat",
        (),
        ("Mengajar",),
        False,
        "Teaching children in a remote village on Saturdays.",
    ),
    (
        "Bantuan Medis Pasca Banjir",
        "Penanggulangan Bencana",
        "PMI Kabupaten Bekasi",
        "Posko Banjir Bekasi",
        ("Dokter", "Perawat"),
        ("Pertolongan Pertama",),
        True,
        "Medical post after the flood: triage, wound care, medicines.",
    ),
    (
        "Kunjungan Lansia Mingguan",
        "Perawatan Lansia",
        "Panti Werdha Budi Mulia",
        "Yogyakarta",
        (),
        ("Konseling",),
        False,
        "Weekly visits to the elderly.",
    ),
    (
        "Posyandu Keliling",
        "Kesehatan",
        "Puskesmas Cilandak",
        "Jakarta Selatan",
        ("Bidan", "Perawat"),
        (),
        False,
        "Mobile mother-and-child health post.",
    ),
    (
        "Bersih Pantai Kuta",
        "Lingkungan",
        "Komunitas Pantai Lestari",
        "Kuta, Bali",
        (),
        (),
        False,
        "Beach clean-up and waste sorting.",
    ),
    (
        "Konseling Trauma Pasca Gempa",
        "Penanggulangan Bencana",
        "HIMPSI Wilayah Jawa Barat",
        "Cianjur",
        ("Psikolog",),
        ("Konseling",),
        True,
        "Trauma counselling for families after the earthquake.",
    ),
    (
        "Pendampingan Belajar Anak Jalanan",
        "Anak dan Remaja",
        "Rumah Singgah Harapan",
        "Jakarta Timur",
        ("Guru",),
        ("Mengajar",),
        False,
        "Homework help for street children.",
    ),
    (
        "Penanaman Mangrove",
        "Lingkungan",
        "Dinas Lingkungan Hidup Demak",
        "Demak",
        (),
        ("Logistik",),
        False,
        "Planting mangroves along the coast.",
    ),
)

SHIFT_TIMES = ((8, 0, 12, 0), (13, 0, 17, 0), (9, 0, 15, 0), (18, 0, 21, 0), (7, 30, 11, 30))

# (title, category, concerns profession, concerns project index, severity, status)
CHALLENGES = (
    ("Jam jaga dokter relawan terlalu panjang", "Tekanan kerja", "Dokter", 1, "high", "mitigating"),
    ("Perawat kelelahan setelah shift malam", "Tekanan kerja", "Perawat", 1, "high", "open"),
    ("Guru sulit hadir saat hari sekolah", "Mencari waktu luang", "Guru", 0, "medium", "open"),
    (
        "Keputusan triase di posko banjir",
        "Tanggung jawab tinggi",
        "Dokter",
        1,
        "critical",
        "mitigating",
    ),
    (
        "Relawan konseling terbebani cerita trauma",
        "Beban emosional",
        "Psikolog",
        5,
        "high",
        "mitigating",
    ),
    (
        "Pendampingan keluarga korban meninggal",
        "Situasi emosional yang sulit",
        "Psikolog",
        5,
        "high",
        "open",
    ),
    (
        "STR perawat banyak yang hampir habis",
        "Mengikuti perkembangan bidang",
        "Perawat",
        None,
        "medium",
        "open",
    ),
    (
        "Pelatihan ulang pertolongan pertama",
        "Mengikuti perkembangan bidang",
        None,
        1,
        "medium",
        "resolved",
    ),
    ("Kerahasiaan data pasien posyandu", "Etika profesi", "Bidan", 3, "high", "mitigating"),
    ("Foto anak dibagikan tanpa izin", "Etika profesi", None, 6, "medium", "resolved"),
    (
        "Relawan muda kurang cocok dengan kegiatan lansia",
        "Mencari proyek yang sesuai minat",
        None,
        2,
        "low",
        "open",
    ),
    ("Sulit mencari relawan akhir pekan", "Mencari waktu luang", None, 4, "medium", "open"),
    ("Advokat relawan kekurangan waktu", "Mencari waktu luang", "Advokat", None, "low", "open"),
    ("Beban administrasi apoteker di posko", "Tekanan kerja", "Apoteker", 1, "medium", "resolved"),
    ("Relawan sedih melihat kondisi lansia", "Beban emosional", None, 2, "medium", "mitigating"),
    (
        "Pekerja sosial menangani kasus berat",
        "Situasi emosional yang sulit",
        "Pekerja Sosial",
        6,
        "high",
        "open",
    ),
    ("Perkembangan kurikulum baru", "Mengikuti perkembangan bidang", "Guru", 0, "low", "open"),
    ("Tanggung jawab logistik obat", "Tanggung jawab tinggi", "Apoteker", 1, "high", "open"),
    (
        "Minat relawan pada lingkungan menurun",
        "Mencari proyek yang sesuai minat",
        None,
        7,
        "low",
        "resolved",
    ),
    ("Konflik kepentingan dalam rekomendasi", "Etika profesi", "Advokat", None, "medium", "open"),
)


def database_is_empty(db: Database) -> bool:
    """No members, projects, shifts or challenges yet: a new database, ready for the demo."""
    with db.engine.connect() as conn:
        return not database_has_data(conn)


def database_has_data(conn: Connection) -> bool:
    for model in (Member, VolunteerProject, Shift, Challenge):
        if conn.execute(select(func.count()).select_from(model)).scalar_one():
            return True
    return False


def generate_demo(
    db: Database,
    *,
    members: int = 300,
    shifts: int | None = None,
    signups: int | None = None,
    seed: int = 17,
    today: dt.date | None = None,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty database with a demo association; raises DemoRefused if it has data.

    ``shifts`` defaults to one per five members (at least 270); ``signups`` is an average
    total to aim for (by default each shift gets about as many as its capacity).
    """
    if members < 1:
        raise ValueError("the demo needs at least one member")
    rng = random.Random(seed)
    today = today or dt.date.today()
    say = progress or (lambda _msg: None)
    n_shifts = shifts if shifts is not None else max(270, members // 5)
    with db.engine.begin() as conn:
        if database_has_data(conn):
            raise DemoRefused()
        ref = _reference_ids(conn)
        conn.execute(update(OrganisationSettings).values(name=DEMO_ORGANISATION))
        say(f"members ({members})")
        member_rows = list(_members(rng, members, today))
        _bulk(conn, Member, member_rows)
        active = [m["id"] for m in member_rows if m["status"] == "active"]
        say("professions, skills, interests, availability")
        holders = _member_details(conn, rng, member_rows, ref, today)
        say("projects")
        projects = _projects(conn, rng, ref, active, today)
        say(f"shifts ({n_shifts})")
        shift_rows = _shifts(rng, n_shifts, projects, ref, today)
        _bulk(conn, Shift, shift_rows)
        say("sign-ups")
        n_assignments = _assignments(conn, rng, shift_rows, active, holders, today, signups)
        say("challenges")
        n_challenges = _challenges(conn, rng, ref, projects, active, today)
        catch_up_sequences(conn)  # a member added by hand afterwards gets a new id
    return DemoSummary(members, len(projects), len(shift_rows), n_assignments, n_challenges)


def _bulk(conn: Connection, model: type[Base], rows: Iterable[dict[str, Any]]) -> int:
    table = model.__table__
    batch: list[dict[str, Any]] = []
    count = 0
    for row in rows:
        batch.append(row)
        if len(batch) >= CHUNK:
            conn.execute(insert(table), batch)
            count += len(batch)
            batch = []
    if batch:
        conn.execute(insert(table), batch)
        count += len(batch)
    return count


def _reference_ids(conn: Connection) -> dict[str, dict[str, int]]:
    def ids(
        model: type[Profession] | type[Skill] | type[CauseArea] | type[ChallengeCategory],
    ) -> dict[str, int]:
        return {name: pk for name, pk in conn.execute(select(model.name, model.id))}

    return {
        "profession": ids(Profession),
        "skill": ids(Skill),
        "cause": ids(CauseArea),
        "category": ids(ChallengeCategory),
    }


def _phone(rng: random.Random) -> str:
    """An Indonesian mobile number written the way phonenumbers formats it internationally."""
    prefix = rng.choice(MOBILE_PREFIXES)
    rest = "".join(rng.choice("0123456789") for _ in range(rng.choice((7, 8, 8, 8))))
    return f"+62 {prefix}-{rest[:4]}-{rest[4:]}"


def _members(rng: random.Random, n: int, today: dt.date) -> Iterable[dict[str, Any]]:
    now = dt.datetime.combine(today, dt.time(9, 0))
    # the identity fields draw from their own sequence, so the rest of the demo is as before
    ident = random.Random(n)
    educations = ("sma", "d3", "d4", "s1", "s1", "s1", "profesi", "profesi", "s2", "s3", "sp")
    for i in range(1, n + 1):
        first = rng.choice(FIRST_NAMES)
        if rng.random() < 0.06:
            full_name = first  # many Indonesians have a single name
        elif rng.random() < 0.25:
            full_name = f"{first} {rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        else:
            full_name = f"{first} {rng.choice(LAST_NAMES)}"
        number = f"GD-{i:06d}"
        email = None
        if rng.random() < 0.85:
            local = full_name.lower().replace(" ", ".")
            email = f"{local}{rng.randint(1, 999)}@{rng.choice(EMAIL_DOMAINS)}"
        phone = _phone(rng) if rng.random() < 0.95 else None
        city = rng.choice(CITIES)
        birth = dt.date(rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
        joined = today - dt.timedelta(days=rng.randint(30, 15 * 365))
        roll = rng.random()
        if roll < 0.05:
            status, paid_until = "left", today - dt.timedelta(days=rng.randint(60, 900))
        elif roll < 0.13:
            status, paid_until = "inactive", today + dt.timedelta(days=rng.randint(1, 300))
        elif roll < 0.22:
            status, paid_until = "lapsed", today - dt.timedelta(days=rng.randint(1, 200))
        else:
            status, paid_until = "active", today + dt.timedelta(days=rng.randint(1, 365))
        consent = rng.random() < 0.92
        gender = ident.choice(("male", "female"))
        # unique: the serial and the district together count the members
        nik = (
            for_birth(birth, gender, region=f"3273{(i // 9999) % 100:02d}", serial=i % 9999 + 1)
            if ident.random() < 0.8
            else None
        )
        yield {
            "id": i,
            "member_number": number,
            "full_name": full_name,
            "sort_name": sort_name(full_name),
            "email": email,
            "phone": phone,
            "birth_date": birth,
            "joined_on": joined,
            "paid_until": paid_until,
            "status": status,
            "city": city,
            "address": f"Jl. {rng.choice(STREETS)} No. {rng.randint(1, 250)}, {city}",
            "notes": None,
            "consent_given": consent,
            "consent_date": joined if consent else None,
            "nik": nik,
            "gender": gender,
            "birth_place": ident.choice(CITIES),
            "education": ident.choice(educations),
            "search_text": member_search_text(number, full_name, email, phone, city, nik),
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }


def _member_details(
    conn: Connection,
    rng: random.Random,
    member_rows: list[dict[str, Any]],
    ref: dict[str, dict[str, int]],
    today: dt.date,
) -> dict[int, set[int]]:
    """Professions with licences, skills, interests, availability. Returns profession holders."""
    prof_ids = list(ref["profession"].values())
    licensed = {
        ref["profession"][n]
        for n in ("Dokter", "Perawat", "Bidan", "Psikolog", "Advokat", "Apoteker")
    }
    skill_ids = list(ref["skill"].values())
    cause_ids = list(ref["cause"].values())
    holders: dict[int, set[int]] = {p: set() for p in prof_ids}
    professions, skills, interests, windows = [], [], [], []
    for m in member_rows:
        mid = m["id"]
        if rng.random() < 0.6:
            pid = rng.choice(prof_ids)
            holders[pid].add(mid)
            valid_until = None
            number = None
            if pid in licensed:
                number = f"{rng.randint(10, 99)}.{rng.randint(1, 9)}.{rng.randint(1000, 9999)}"
                roll = rng.random()
                if roll < 0.05:
                    valid_until = today - dt.timedelta(days=rng.randint(1, 200))
                elif roll < 0.12:
                    valid_until = today + dt.timedelta(days=rng.randint(1, 30))
                else:
                    valid_until = today + dt.timedelta(days=rng.randint(31, 5 * 365))
            professions.append(
                {
                    "member_id": mid,
                    "profession_id": pid,
                    "qualification": rng.choice(("S1", "D3", "S2", "Profesi", "Spesialis")),
                    "licence_number": number,
                    "licence_valid_until": valid_until,
                }
            )
        for sid in rng.sample(skill_ids, rng.choice((0, 1, 1, 2, 3))):
            skills.append({"member_id": mid, "skill_id": sid})
        for cid in rng.sample(cause_ids, rng.choice((1, 1, 2, 3))):
            interests.append({"member_id": mid, "cause_area_id": cid})
        for weekday in rng.sample(range(7), rng.choice((1, 2, 3))):
            start = rng.choice((7, 8, 13, 17))
            windows.append(
                {
                    "member_id": mid,
                    "weekday": weekday,
                    "start_time": dt.time(start, 0),
                    "end_time": dt.time(min(start + rng.choice((4, 5, 8)), 23), 0),
                }
            )
    _bulk(conn, MemberProfession, professions)
    _bulk(conn, MemberSkill, skills)
    _bulk(conn, MemberInterest, interests)
    _bulk(conn, AvailabilityWindow, windows)
    return holders


def _projects(
    conn: Connection,
    rng: random.Random,
    ref: dict[str, dict[str, int]],
    active: list[int],
    today: dt.date,
) -> list[dict[str, Any]]:
    projects: list[dict[str, Any]] = []
    for i, (name, cause, partner, place, profs, skills, demanding, desc) in enumerate(
        PROJECTS, start=1
    ):
        row = {
            "id": i,
            "name": name,
            "cause_area_id": ref["cause"][cause],
            "partner_organisation": partner,
            "location": place,
            "start_date": today - dt.timedelta(days=rng.randint(200, 400)),
            "end_date": today + dt.timedelta(days=rng.randint(60, 300)),
            "status": "active",
            "coordinator_id": rng.choice(active) if active else None,
            "description": desc,
            "version": 1,
        }
        projects.append(
            row
            | {
                "_profs": [ref["profession"][p] for p in profs],
                "_skills": [ref["skill"][s] for s in skills],
                "_demanding": demanding,
            }
        )
    _bulk(conn, VolunteerProject, ({k: v for k, v in p.items() if k[0] != "_"} for p in projects))
    _bulk(
        conn,
        ProjectRequiredProfession,
        ({"project_id": p["id"], "profession_id": x} for p in projects for x in p["_profs"]),
    )
    _bulk(
        conn,
        ProjectRequiredSkill,
        ({"project_id": p["id"], "skill_id": x} for p in projects for x in p["_skills"]),
    )
    return projects


def _shifts(
    rng: random.Random,
    n: int,
    projects: list[dict[str, Any]],
    ref: dict[str, dict[str, int]],
    today: dt.date,
) -> list[dict[str, Any]]:
    """About 55% in the next 6 weeks, the rest over the past year (with attendance)."""
    rows = []
    n_future = max(1, round(n * 150 / 270))
    for i in range(1, n + 1):
        if i <= n_future:
            day = today + dt.timedelta(days=rng.randint(0, 41))
        else:
            day = today - dt.timedelta(days=rng.randint(1, 364))
        h1, m1, h2, m2 = rng.choice(SHIFT_TIMES)
        project = rng.choice(projects)
        lo = rng.choice((1, 2, 2, 3))
        hi = lo + rng.choice((2, 3, 5, 8))
        rows.append(
            {
                "id": i,
                "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "project_id": project["id"],
                "starts_at": dt.datetime.combine(day, dt.time(h1, m1)),
                "ends_at": dt.datetime.combine(day, dt.time(h2, m2)),
                "location": project["location"],
                "min_volunteers": lo,
                "max_volunteers": hi,
                "required_profession_id": rng.choice(project["_profs"])
                if project["_profs"]
                else None,
                "required_skill_id": (
                    rng.choice(project["_skills"])
                    if project["_skills"] and not project["_profs"]
                    else None
                ),
                "demanding": project["_demanding"],
                "notes": None,
                "status": "cancelled" if rng.random() < 0.02 else "scheduled",
                "series_id": None,
                "version": 1,
            }
        )
    return rows


def _assignments(
    conn: Connection,
    rng: random.Random,
    shift_rows: list[dict[str, Any]],
    active: list[int],
    holders: dict[int, set[int]],
    today: dt.date,
    signups: int | None,
) -> int:
    if not active:
        return 0
    active_set = set(active)
    holder_lists = {p: sorted(ms & active_set) for p, ms in holders.items()}
    per_shift = signups / len(shift_rows) if signups and shift_rows else None
    now = dt.datetime.combine(today, dt.time(8, 0))

    def rows() -> Iterable[dict[str, Any]]:
        for s in shift_rows:
            past = s["starts_at"] < now
            if per_shift is None:
                want = rng.randint(max(0, s["min_volunteers"] - 2), s["max_volunteers"] + 2)
            else:
                want = rng.randint(0, round(2 * per_shift))
            pool = active
            req = s["required_profession_id"]
            if req and holder_lists.get(req) and rng.random() < 0.8:
                pool = holder_lists[req]
            chosen = rng.sample(pool, min(want, len(pool)))
            duration = (s["ends_at"] - s["starts_at"]).total_seconds() / 3600
            for pos, mid in enumerate(chosen):
                row = {
                    "shift_id": s["id"],
                    "member_id": mid,
                    "signed_up_at": s["starts_at"] - dt.timedelta(days=rng.randint(1, 20)),
                    "check_in_at": None,
                    "check_out_at": None,
                    "hours": None,
                    "override_reason": None,
                    "notes": None,
                }
                if pos >= s["max_volunteers"]:
                    row["status"] = "waitlisted"
                elif s["status"] == "cancelled":
                    row["status"] = "cancelled"
                elif past:
                    roll = rng.random()
                    if roll < 0.86:
                        row |= {
                            "status": "attended",
                            "check_in_at": s["starts_at"],
                            "check_out_at": s["ends_at"],
                            "hours": duration,
                        }
                    elif roll < 0.93:
                        row["status"] = "no_show"
                    else:
                        row["status"] = "cancelled"
                else:
                    row["status"] = "confirmed" if rng.random() < 0.6 else "signed_up"
                yield row

    return _bulk(conn, Assignment, rows())


def _challenges(
    conn: Connection,
    rng: random.Random,
    ref: dict[str, dict[str, int]],
    projects: list[dict[str, Any]],
    active: list[int],
    today: dt.date,
) -> int:
    rows, actions = [], []
    for i, (title, category, prof, project, severity, status) in enumerate(CHALLENGES, start=1):
        raised = today - dt.timedelta(days=rng.randint(20, 300))
        mitigating = raised + dt.timedelta(days=rng.randint(3, 15)) if status != "open" else None
        resolved = (
            mitigating + dt.timedelta(days=rng.randint(5, 40))
            if status == "resolved" and mitigating
            else None
        )
        owner = rng.choice(active) if active else None
        rows.append(
            {
                "id": i,
                "title": title,
                "category_id": ref["category"][category],
                "description": None,
                "profession_id": ref["profession"][prof] if prof else None,
                "project_id": projects[project]["id"] if project is not None else None,
                "member_id": None,
                "severity": severity,
                "status": status,
                "mitigation_notes": None,
                "owner_id": owner,
                "raised_on": raised,
                "mitigating_since": mitigating,
                "resolved_on": resolved,
                "version": 1,
            }
        )
        if status != "open":
            for k in range(rng.randint(1, 3)):
                due = today + dt.timedelta(days=rng.randint(-20, 40))
                actions.append(
                    {
                        "challenge_id": i,
                        "action": f"Langkah {k + 1}: evaluasi dan tindak lanjut",
                        "owner_id": owner,
                        "due_on": due,
                        "done_on": due if status == "resolved" else None,
                    }
                )
    _bulk(conn, Challenge, rows)
    _bulk(conn, MitigationAction, actions)
    return len(rows)
