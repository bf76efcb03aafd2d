"""One change of every kind GroupDesk records, made through the services as the window and
the commands make them, with the audit rows each must leave: which record, what happened,
which field and the old and new values as typed values (a ticked box True, a number a
number, a date its ISO text).

Used on an SQLite file and on a PostgreSQL server alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from groupdesk.core.database import Database
from groupdesk.core.importing import ImportPlan, execute, prepare, undo_import
from groupdesk.core.models import AuditEntry, Profession
from groupdesk.core.services.challenges import ChallengeInput, ChallengeService
from groupdesk.core.services.common import load_rules, save_rules
from groupdesk.core.services.custom_fields import CustomFieldService
from groupdesk.core.services.duplicates import DuplicateService
from groupdesk.core.services.members import MemberRecord, MemberService, ProfessionEntry
from groupdesk.core.services.organisation import OrganisationService
from groupdesk.core.services.personal_data import PersonalDataService
from groupdesk.core.services.professions import ProfessionService, ProfessionValues
from groupdesk.core.services.projects import ProjectInput, ProjectService
from groupdesk.core.services.shifts import ShiftInput, ShiftService
from groupdesk.core.services.signups import SignUpService

TODAY = dt.date(2030, 1, 7)
START = dt.datetime(2030, 1, 8, 8, 0)


@dataclass(frozen=True)
class Expected:
    """An audit row that must exist (any other fields of the same change may be there too)."""

    what: str  # what a user did, for the test's id
    entity: str
    entity_id: int
    action: str
    field: str | None
    old: object
    new: object
    partial: bool = False  # ``new`` names only some keys of the recorded object


def recorded(db: Database, e: Expected) -> list[tuple[object, object, str]]:
    """(old, new, changed_by) of the rows matching ``e`` by record, action and field."""
    with db.engine.connect() as conn:
        found = conn.execute(
            select(AuditEntry.old_value, AuditEntry.new_value, AuditEntry.changed_by)
            .where(
                AuditEntry.entity == e.entity,
                AuditEntry.entity_id == e.entity_id,
                AuditEntry.action == e.action,
                AuditEntry.field.is_(None) if e.field is None else AuditEntry.field == e.field,
            )
            .order_by(AuditEntry.id)
        ).all()
    return [(r[0], r[1], r[2]) for r in found]


def typed(value: object) -> tuple[str, object]:
    """A value with its type: True and 1 are different answers here."""
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    if isinstance(value, dict):
        return ("dict", {k: typed(v) for k, v in value.items()})
    return (type(value).__name__, value)


def users(db: Database) -> list[str | None]:
    with db.engine.connect() as conn:
        return list(conn.execute(select(AuditEntry.changed_by).distinct()).scalars())


def row_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(AuditEntry)).scalar() or 0)


def change_everything(db: Database, folder: Path) -> list[Expected]:
    """Make one change of each kind; return the rows they must have left."""
    out: list[Expected] = []
    members = MemberService(db, today=TODAY)

    # -- members: create, edit, licences, trash and back, dues running out ----------------
    with db.engine.connect() as conn:
        nurse = conn.execute(select(Profession.id).where(Profession.name == "Perawat")).scalar_one()
    ayu = members.create(
        MemberRecord(
            member_number="A-1",
            full_name="Ayu Lestari",
            birth_date=dt.date(1990, 5, 12),
            consent_given=True,
            paid_until=dt.date(2031, 1, 1),
        )
    )
    assert ayu.id is not None
    out.append(Expected("member created", "member", ayu.id, "create", "consent_given", None, True))
    out.append(
        Expected("member created", "member", ayu.id, "create", "birth_date", None, "1990-05-12")
    )
    licence = ProfessionEntry(nurse, "Ners", "STR-1", dt.date(2031, 6, 30))
    ayu = members.update(
        ayu.with_changes(city="Medan", consent_given=False, professions=(licence,))
    )
    out.append(Expected("member edited", "member", ayu.id, "update", "city", None, "Medan"))
    out.append(Expected("member edited", "member", ayu.id, "update", "consent_given", True, False))
    out.append(
        Expected(
            "licence added",
            "member",
            ayu.id,
            "update",
            "professions",
            [],
            [
                {
                    "profession_id": nurse,
                    "qualification": "Ners",
                    "licence_number": "STR-1",
                    "licence_valid_until": "2031-06-30",
                }
            ],
        )
    )
    members.move_to_trash([ayu.id])
    out.append(Expected("member trashed", "member", ayu.id, "delete", None, None, None))
    members.restore([ayu.id])
    out.append(Expected("member restored", "member", ayu.id, "restore", None, None, None))
    budi = members.create(
        MemberRecord(member_number="B-1", full_name="Budi", paid_until=dt.date(2029, 12, 31))
    )
    assert budi.id is not None
    assert members.refresh_lapsed() == 1
    out.append(Expected("dues ran out", "member", budi.id, "update", "status", "active", "lapsed"))

    # -- professions: create, change, delete (the licences go with it) -------------------
    professions = ProfessionService(db, today=TODAY)
    midwife = professions.create(ProfessionValues("Bidan Desa", None, True))
    out.append(
        Expected(
            "profession created", "profession", midwife, "create", "licence_required", None, True
        )
    )
    professions.update(midwife, ProfessionValues("Bidan Desa", None, False))
    out.append(
        Expected(
            "profession changed", "profession", midwife, "update", "licence_required", True, False
        )
    )
    professions.delete(nurse, confirmed=True)
    out.append(
        Expected("profession deleted", "profession", nurse, "delete", "name", "Perawat", None)
    )
    out.append(
        Expected(
            "licence gone with its profession",
            "member",
            ayu.id,
            "update",
            "professions",
            {
                "profession_id": nurse,
                "qualification": "Ners",
                "licence_number": "STR-1",
                "licence_valid_until": "2031-06-30",
            },
            None,
        )
    )

    # -- projects, shifts, sign-ups ------------------------------------------------------
    projects = ProjectService(db)
    project = projects.create(ProjectInput(name="Posko Banjir", start_date=TODAY))
    out.append(
        Expected("project created", "project", project, "create", "start_date", None, "2030-01-07")
    )
    projects.update(project, ProjectInput(name="Posko Banjir", start_date=TODAY, location="Aula"))
    out.append(Expected("project changed", "project", project, "update", "location", None, "Aula"))
    shifts = ShiftService(db)
    data = ShiftInput(project, START, START + dt.timedelta(hours=4), max_volunteers=5)
    shift = shifts.create(data)
    out.append(
        Expected(
            "shift created", "shift", shift, "create", "starts_at", None, "2030-01-08T08:00:00"
        )
    )
    shifts.update(
        shift, ShiftInput(project, START, START + dt.timedelta(hours=4), max_volunteers=8)
    )
    out.append(Expected("shift changed", "shift", shift, "update", "max_volunteers", 5, 8))
    other = shifts.create(ShiftInput(project, START, START + dt.timedelta(hours=2), demanding=True))
    shifts.cancel(other, "Hujan deras")
    out.append(
        Expected("shift cancelled", "shift", other, "update", "status", "scheduled", "cancelled")
    )
    clock = [dt.datetime(2030, 1, 7, 9, 0)]
    signups = SignUpService(db, clock=lambda: clock[0])
    citra = members.create(MemberRecord(member_number="C-1", full_name="Citra"))
    assert citra.id is not None
    signed = signups.sign_up(shift, citra.id)
    out.append(
        Expected(
            "signed up", "assignment", signed.assignment_id, "create", "status", None, "signed_up"
        )
    )
    clock[0] = START + dt.timedelta(hours=5)
    signups.mark_attended(signed.assignment_id, 3.5)
    out.append(
        Expected("hours recorded", "assignment", signed.assignment_id, "update", "hours", None, 3.5)
    )

    # -- challenges, their actions and categories ----------------------------------------
    challenges = ChallengeService(db)
    category = challenges.add_category("Logistik")
    out.append(
        Expected(
            "category added", "challenge_category", category, "create", "name", None, "Logistik"
        )
    )
    challenge = challenges.create(ChallengeInput(title="Perahu kurang", raised_on=TODAY), TODAY)
    out.append(
        Expected(
            "challenge raised", "challenge", challenge, "create", "title", None, "Perahu kurang"
        )
    )
    changed = challenges.get(challenge)
    changed.severity = "high"
    challenges.update(challenge, changed, TODAY)
    out.append(
        Expected(
            "challenge changed", "challenge", challenge, "update", "severity", "medium", "high"
        )
    )
    action = challenges.add_action(challenge, "Pinjam perahu", None, TODAY)
    challenges.mark_done(action, TODAY + dt.timedelta(days=1))
    out.append(
        Expected(
            "action done", "mitigation_action", action, "update", "done_on", None, "2030-01-08"
        )
    )
    challenges.delete_action(action)
    out.append(
        Expected(
            "action deleted", "mitigation_action", action, "delete", "action", "Pinjam perahu", None
        )
    )

    # -- the organisation: its settings, its rules, its own fields ------------------------
    OrganisationService(db).save(OrganisationService(db).get().with_changes(name="Relawan Sehat"))
    out.append(
        Expected("organisation renamed", "organisation", 1, "update", "name", "", "Relawan Sehat")
    )
    with db.transaction() as s:
        rules = load_rules(s)
        save_rules(s, type(rules)(**{**rules.__dict__, "max_hours_per_24h": 12.5}))
    out.append(
        Expected("rules changed", "organisation", 1, "update", "max_hours_per_24h", 10.0, 12.5)
    )
    field = CustomFieldService(db).create("Vaksin", "bool")
    out.append(
        Expected("field defined", "custom_field", field.id, "create", "label", None, "Vaksin")
    )

    # -- an import, its undo --------------------------------------------------------------
    sheet = folder / "anggota.csv"
    sheet.write_text("Nomor Anggota,Nama,Kota\nA-1,Ayu Lestari,Binjai\n", encoding="utf-8")
    summary = execute(db, prepare(db, ImportPlan("members", sheet, policy="update")))
    assert summary.batch is not None
    out.append(Expected("import", "member", ayu.id, "import", "city", "Medan", "Binjai"))
    out.append(
        Expected(
            "import", "import", summary.batch, "import", "members", None, {"kind": "members"}, True
        )
    )
    undo_import(db, summary.batch)
    out.append(Expected("import undone", "import", summary.batch, "delete", "undone", False, True))

    # -- merge, anonymise ---------------------------------------------------------------
    twin = members.create(MemberRecord(member_number="A-2", full_name="Ayu Lestari"))
    assert twin.id is not None
    DuplicateService(db).merge(ayu.id, twin.id)
    out.append(
        Expected("merged", "member", twin.id, "merge", "merged_into", None, f"A-1 (#{ayu.id})")
    )
    PersonalDataService(db).anonymise(citra.id)
    out.append(Expected("anonymised", "member", citra.id, "anonymise", "full_name", None, None))
    members.move_to_trash([budi.id])
    assert members.empty_trash() >= 1
    out.append(
        Expected("trash emptied", "member", budi.id, "delete", "deleted_for_good", None, True)
    )
    return out
