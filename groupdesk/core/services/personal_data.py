"""Personal-data rights: a copy of everything held about one member, and anonymisation.

Indonesia's personal data protection law (UU PDP, 27/2022) and the GDPR give a person the
right to see the data held about them and to have it erased. Erasure here is anonymisation:
the personal fields are wiped (also from the audit trail) while the association's statistics
(sign-ups, hours, statuses, joining dates) stay true.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import String, delete, select, type_coerce, update
from sqlalchemy.orm import Session

from groupdesk.core import audit
from groupdesk.core.database import Database
from groupdesk.core.errors import Refusal
from groupdesk.core.messages import catalogue
from groupdesk.core.models import (
    Assignment,
    AuditAction,
    AuditEntry,
    AvailabilityWindow,
    CauseArea,
    Challenge,
    CustomField,
    CustomFieldValue,
    Member,
    MemberInterest,
    MemberPhoto,
    MemberProfession,
    MemberSkill,
    MitigationAction,
    Profession,
    Shift,
    Skill,
    VolunteerProject,
    utcnow,
)
from groupdesk.core.org_rules import load_rules
from groupdesk.core.services.custom_fields import stored_value
from groupdesk.core.services.members import ENTITY, MemberNotFound
from groupdesk.core.text_keys import member_search_text, sort_name

EXPORT_FORMAT = "groupdesk-personal-data"
EXPORT_VERSION = 1
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Copies the database keeps for sorting and searching; derived from the fields exported.
_INTERNAL_COLUMNS = {"sort_name", "search_text", "version"}
PERSONAL_FIELDS = (
    "full_name",
    "email",
    "phone",
    "birth_date",
    "address",
    "city",
    "notes",
    "nik",
    "gender",
    "birth_place",
    "education",
)
# Audit rows of these fields lose their old and new values when the member is anonymised.
AUDIT_WIPED_FIELDS = (*PERSONAL_FIELDS, "consent_date", "professions", "custom", "photo")


class AlreadyAnonymised(Refusal):
    """The member was anonymised before; there is nothing left to wipe."""

    code = "member.already_anonymised"

    def __init__(self, name: str, when: dt.date) -> None:
        super().__init__(name=name, when=when)


def anonymised_name(member_id: int, language: str = "en") -> str:
    """The name an anonymised member keeps, in the organisation's language at the moment of
    anonymising (it is stored, as a name is): "Anggota anonim #300"."""
    return catalogue(language).text("member.anonymised_name", number=str(member_id))


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def _row(obj: Any, skip: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    return {c.key: _plain(getattr(obj, c.key)) for c in obj.__table__.columns if c.key not in skip}


class PersonalDataService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the right of access ------------------------------------------------------------

    def export_member(self, member_id: int) -> dict[str, Any]:
        """Everything held about one member, as plain JSON-ready values."""
        with self._db.session() as s:
            member = s.get(Member, member_id)
            if member is None:
                raise MemberNotFound(member_id)
            return {
                "format": EXPORT_FORMAT,
                "format_version": EXPORT_VERSION,
                "exported_at": _plain(utcnow().replace(microsecond=0)),
                "member": _row(member, _INTERNAL_COLUMNS),
                "photo": _photo(s, member_id),
                "professions": _professions(s, member_id),
                "skills": list(
                    s.scalars(
                        select(Skill.name)
                        .join(MemberSkill, MemberSkill.skill_id == Skill.id)
                        .where(MemberSkill.member_id == member_id)
                        .order_by(Skill.name)
                    )
                ),
                "interests": list(
                    s.scalars(
                        select(CauseArea.name)
                        .join(MemberInterest, MemberInterest.cause_area_id == CauseArea.id)
                        .where(MemberInterest.member_id == member_id)
                        .order_by(CauseArea.name)
                    )
                ),
                "availability": [
                    {
                        "weekday": WEEKDAYS[w.weekday],
                        "start_time": _plain(w.start_time),
                        "end_time": _plain(w.end_time),
                    }
                    for w in s.scalars(
                        select(AvailabilityWindow)
                        .where(AvailabilityWindow.member_id == member_id)
                        .order_by(AvailabilityWindow.weekday, AvailabilityWindow.start_time)
                    )
                ],
                "custom_fields": [
                    {"field": label, "key": key, "value": _plain(stored_value(v))}
                    for v, label, key in s.execute(
                        select(CustomFieldValue, CustomField.label, CustomField.key)
                        .join(CustomField, CustomField.id == CustomFieldValue.field_id)
                        .where(CustomFieldValue.member_id == member_id)
                        .order_by(CustomField.position, CustomField.id)
                    )
                ],
                **_volunteering(s, member_id),
                "challenges": _challenges(s, member_id),
                "history": [
                    _row(e, {"id", "entity", "entity_id"})
                    for e in s.scalars(
                        select(AuditEntry)
                        .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == member_id)
                        .order_by(AuditEntry.changed_at, AuditEntry.id)
                    )
                ],
            }

    def write_export(self, member_id: int, path: str | Path) -> Path:
        """Write the export: JSON for ``.json`` (the default), readable text for ``.txt``."""
        data = self.export_member(member_id)
        target = Path(path)
        if target.suffix.lower() == ".txt":
            text = readable_text(data)
        else:
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        partial = target.with_name(target.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(target)
        return target

    # -- the right to erasure -----------------------------------------------------------

    def anonymise(self, member_id: int) -> list[int]:
        """Wipe the member's personal data; returns the ids anonymised.

        Records merged into this member earlier (kept in the trash) are the same person and
        are anonymised with it.
        """
        with self._db.transaction() as s:
            member = s.get(Member, member_id)
            if member is None:
                raise MemberNotFound(member_id)
            if member.anonymised_at is not None:
                raise AlreadyAnonymised(member.full_name, member.anonymised_at.date())
            merged_in = list(
                s.scalars(
                    select(AuditEntry.entity_id).where(
                        AuditEntry.entity == ENTITY,
                        AuditEntry.action == AuditAction.MERGE.value,
                        AuditEntry.field == "merged_into",
                        # The JSON text of "GD-000012 (#5)", quotes included.
                        type_coerce(AuditEntry.new_value, String).like(f'% (#{member_id})"'),
                    )
                )
            )
            done = [member_id]
            _wipe(s, member)
            for other_id in merged_in:
                other = s.get(Member, other_id)
                if other is not None and other.anonymised_at is None:
                    _wipe(s, other)
                    done.append(other_id)
            return done


def _wipe(s: Session, member: Member) -> None:
    mid = member.id
    name = anonymised_name(mid, load_rules(s).language)
    wiped = [f for f in (*PERSONAL_FIELDS, "consent_date") if getattr(member, f) is not None]
    if s.scalar(select(MemberPhoto.member_id).where(MemberPhoto.member_id == mid)) is not None:
        wiped.append("photo")
        s.execute(delete(MemberPhoto).where(MemberPhoto.member_id == mid))
    s.execute(
        update(Member)
        .where(Member.id == mid)
        .values(
            full_name=name,
            sort_name=sort_name(name),
            search_text=member_search_text(member.member_number, name, None, None, None),
            email=None,
            phone=None,
            birth_date=None,
            address=None,
            city=None,
            notes=None,
            nik=None,
            gender=None,
            birth_place=None,
            education=None,
            consent_given=False,
            consent_date=None,
            anonymised_at=utcnow(),
            version=Member.version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    s.execute(
        update(MemberProfession)
        .where(MemberProfession.member_id == mid)
        .values(licence_number=None)
        .execution_options(synchronize_session=False)
    )
    s.query(CustomFieldValue).filter(CustomFieldValue.member_id == mid).delete(
        synchronize_session=False
    )
    # Free text on sign-ups may name the person; status and hours stay for the statistics.
    s.execute(
        update(Assignment)
        .where(Assignment.member_id == mid)
        .values(notes=None, override_reason=None)
        .execution_options(synchronize_session=False)
    )
    s.execute(
        update(AuditEntry)
        .where(
            AuditEntry.entity == ENTITY,
            AuditEntry.entity_id == mid,
            AuditEntry.field.in_(AUDIT_WIPED_FIELDS),
        )
        .values(old_value=None, new_value=None)
        .execution_options(synchronize_session=False)
    )
    audit.record(
        s,
        ENTITY,
        mid,
        AuditAction.ANONYMISE,
        {name: (None, None) for name in wiped} or None,
    )
    s.expire(member)


def _photo(s: Session, member_id: int) -> dict[str, Any] | None:
    """The member's photo as the export carries it: its kind and its bytes in base64."""
    found = s.execute(
        select(MemberPhoto.media_type, MemberPhoto.content).where(
            MemberPhoto.member_id == member_id
        )
    ).first()
    if found is None:
        return None
    kind, content = found
    return {
        "media_type": kind,
        "size": len(content),
        "content_base64": base64.b64encode(content).decode("ascii"),
    }


def _professions(s: Session, member_id: int) -> list[dict[str, Any]]:
    return [
        {
            "profession": name,
            "licence_required": bool(required),
            "qualification": mp.qualification,
            "licence_number": mp.licence_number,
            "licence_valid_until": _plain(mp.licence_valid_until),
        }
        for mp, name, required in s.execute(
            select(MemberProfession, Profession.name, Profession.licence_required)
            .join(Profession, Profession.id == MemberProfession.profession_id)
            .where(MemberProfession.member_id == member_id)
            .order_by(Profession.name)
        )
    ]


def _volunteering(s: Session, member_id: int) -> dict[str, Any]:
    sign_ups = []
    total = 0.0
    for a, shift, project in s.execute(
        select(Assignment, Shift, VolunteerProject.name)
        .join(Shift, Shift.id == Assignment.shift_id)
        .join(VolunteerProject, VolunteerProject.id == Shift.project_id)
        .where(Assignment.member_id == member_id)
        .order_by(Shift.starts_at, Assignment.id)
    ):
        total += a.hours or 0.0
        sign_ups.append(
            {
                "project": project,
                "shift_starts_at": _plain(shift.starts_at),
                "shift_ends_at": _plain(shift.ends_at),
                "location": shift.location,
                **_row(a, {"id", "shift_id", "member_id", "created_at", "updated_at"}),
            }
        )
    coordinates = list(
        s.scalars(
            select(VolunteerProject.name)
            .where(VolunteerProject.coordinator_id == member_id)
            .order_by(VolunteerProject.name)
        )
    )
    return {"sign_ups": sign_ups, "total_hours": total, "coordinates_projects": coordinates}


def _challenges(s: Session, member_id: int) -> list[dict[str, Any]]:
    """Challenges about the member or owned by them, and the actions they own.

    Other people are left out: no owner or subject names besides the member's own role.
    """
    out = []
    for c in s.scalars(
        select(Challenge)
        .where((Challenge.member_id == member_id) | (Challenge.owner_id == member_id))
        .order_by(Challenge.id)
    ):
        roles = [
            r for r, ref in (("concerns", c.member_id), ("owner", c.owner_id)) if ref == member_id
        ]
        out.append(
            {
                "title": c.title,
                "roles": roles,
                "description": c.description,
                "status": c.status,
                "severity": c.severity,
                "raised_on": _plain(c.raised_on),
                "resolved_on": _plain(c.resolved_on),
            }
        )
    for action, title in s.execute(
        select(MitigationAction, Challenge.title)
        .join(Challenge, Challenge.id == MitigationAction.challenge_id)
        .where(MitigationAction.owner_id == member_id)
        .order_by(MitigationAction.id)
    ):
        out.append(
            {
                "title": title,
                "roles": ["action owner"],
                "action": action.action,
                "due_on": _plain(action.due_on),
                "done_on": _plain(action.done_on),
            }
        )
    return out


def readable_text(data: dict[str, Any]) -> str:
    """The export as plain text a member can read without a JSON viewer."""
    lines: list[str] = []
    member = data["member"]
    lines.append(f"Personal data held about {member['full_name']} ({member['member_number']})")
    lines.append(f"Exported {data['exported_at']} (UTC)")
    lines.append("")

    def section(title: str, items: list[Any]) -> None:
        lines.append(title)
        lines.append("-" * len(title))
        if not items:
            lines.append("  (none)")
        for item in items:
            if isinstance(item, dict):
                lines.append(
                    "  "
                    + "; ".join(f"{k}: {v}" for k, v in item.items() if v not in (None, "", []))
                )
            else:
                lines.append(f"  {item}")
        lines.append("")

    section("Member", [f"{k}: {v}" for k, v in member.items() if v not in (None, "")])
    photo = data.get("photo")
    if photo:
        lines.append(f"Photo: {photo['media_type']}, {photo['size']} bytes (in the JSON export)")
        lines.append("")
    section("Professions", data["professions"])
    section("Skills", data["skills"])
    section("Interests", data["interests"])
    section("Availability", data["availability"])
    section("Custom fields", data["custom_fields"])
    section("Sign-ups", data["sign_ups"])
    lines.append(f"Total hours: {data['total_hours']:g}")
    lines.append("")
    section("Projects coordinated", data["coordinates_projects"])
    section("Challenges", data["challenges"])
    section("History", data["history"])
    return "\n".join(lines)


__all__ = [
    "AUDIT_WIPED_FIELDS",
    "PERSONAL_FIELDS",
    "AlreadyAnonymised",
    "PersonalDataService",
    "anonymised_name",
    "readable_text",
]
