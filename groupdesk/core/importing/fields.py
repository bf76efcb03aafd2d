"""The fields each kind of import can fill, with the label a person sees in the wizard.

Only fields GroupDesk can store are offered; a guessed column whose field has no place here
(province, religion, ...) is left unmapped rather than silently dropped on import. Members
can also fill the association's own custom fields, named ``custom:<key>``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from groupdesk.core.database import Database
from groupdesk.core.messages.catalogue import catalogue
from groupdesk.core.messages.texts.import_fields import LABELS
from groupdesk.core.models import CustomField
from groupdesk.core.spreadsheet.mapping import guess_mapping

CUSTOM_PREFIX = "custom:"


@dataclass(frozen=True)
class TargetField:
    name: str
    label: str
    required: bool = False


FIELDS: dict[str, tuple[TargetField, ...]] = {
    "members": (
        TargetField("member_number", "Member number"),
        TargetField("full_name", "Full name", required=True),
        TargetField("first_name", "First name"),
        TargetField("last_name", "Last name"),
        TargetField("email", "Email"),
        TargetField("phone", "Phone"),
        TargetField("birth_date", "Birth date"),
        TargetField("ttl", "Place and date of birth"),
        TargetField("birth_place", "Place of birth"),
        TargetField("nik", "NIK"),
        TargetField("gender", "Gender"),
        TargetField("education", "Highest education"),
        TargetField("joined_on", "Joined on"),
        TargetField("paid_until", "Dues paid until"),
        TargetField("status", "Status"),
        TargetField("city", "City"),
        TargetField("address", "Address"),
        TargetField("notes", "Notes"),
        TargetField("profession", "Professions"),
        TargetField("licence_number", "Licence number"),
        TargetField("licence_valid_until", "Licence valid until"),
        TargetField("skills", "Skills"),
        TargetField("interests", "Interests"),
    ),
    "projects": (
        TargetField("name", "Project name", required=True),
        TargetField("description", "Description"),
        TargetField("cause_area", "Cause area"),
        TargetField("partner_organisation", "Partner organisation"),
        TargetField("location", "Location"),
        TargetField("start_date", "Start date"),
        TargetField("end_date", "End date"),
        TargetField("coordinator", "Coordinator (member number or name)"),
        TargetField("status", "Status"),
    ),
    "shifts": (
        TargetField("project", "Project", required=True),
        TargetField("date", "Date", required=True),
        TargetField("start_time", "Start time", required=True),
        TargetField("end_time", "End time", required=True),
        TargetField("location", "Location"),
        TargetField("min_volunteers", "Minimum volunteers"),
        TargetField("max_volunteers", "Maximum volunteers"),
        TargetField("required_profession", "Required profession"),
        TargetField("required_skill", "Required skill"),
        TargetField("demanding", "Physically demanding"),
        TargetField("status", "Status"),
        TargetField("notes", "Notes"),
    ),
    "signups": (
        TargetField("member_number", "Member number"),
        TargetField("full_name", "Member name"),
        TargetField("email", "Member email"),
        TargetField("project", "Project", required=True),
        TargetField("date", "Shift date", required=True),
        TargetField("start_time", "Shift start time", required=True),
        TargetField("status", "Status"),
        TargetField("check_in_at", "Checked in at"),
        TargetField("check_out_at", "Checked out at"),
        TargetField("hours", "Hours"),
        TargetField("notes", "Notes"),
    ),
    "challenges": (
        TargetField("title", "Title", required=True),
        TargetField("description", "Description"),
        TargetField("category", "Category"),
        TargetField("severity", "Severity"),
        TargetField("status", "Status"),
        TargetField("profession", "Profession"),
        TargetField("project", "Project"),
        TargetField("member", "Concerns member"),
        TargetField("owner", "Owner"),
        TargetField("mitigation_notes", "Mitigation notes"),
        TargetField("raised_on", "Raised on"),
        TargetField("resolved_on", "Resolved on"),
    ),
    "payments": (
        TargetField("member_number", "Member number"),
        TargetField("phone", "Member phone"),
        TargetField("full_name", "Member name"),
        TargetField("date", "Payment date", required=True),
        TargetField("amount", "Amount", required=True),
        TargetField("method", "Payment method"),
        TargetField("reference", "Reference"),
        TargetField("description", "Description"),
        TargetField("direction", "Credit or debit"),
    ),
    "credits": (
        TargetField("member_number", "Member number"),
        TargetField("nik", "NIK"),
        TargetField("full_name", "Member name"),
        TargetField("activity", "Activity", required=True),
        TargetField("date", "Activity date", required=True),
        TargetField("points", "Credits (SKP)", required=True),
        TargetField("organiser", "Organiser"),
        TargetField("kind", "Activity kind"),
        TargetField("category", "Category"),
    ),
}


def repeated_fields(names: Iterable[str]) -> list[str]:
    """The fields given more than one column, sorted: a field is filled from one column."""
    counts = Counter(names)
    return sorted(name for name, count in counts.items() if count > 1)


def target_fields(kind: str, db: Database | None = None) -> list[TargetField]:
    """The fields an import of ``kind`` can fill, custom member fields included."""
    fields = list(FIELDS[kind])
    if kind == "members" and db is not None:
        with db.session() as s:
            for key, label in s.execute(
                select(CustomField.key, CustomField.label).order_by(
                    CustomField.position, CustomField.id
                )
            ):
                fields.append(TargetField(CUSTOM_PREFIX + key, label))
    return fields


def field_label(kind: str, name: str, db: Database | None = None, language: str = "en") -> str:
    """The label of field ``name`` in ``language``; a custom field keeps the name the
    association gave it (English is what the window translates with its own table)."""
    for target in target_fields(kind, db) if name.startswith(CUSTOM_PREFIX) else FIELDS[kind]:
        if target.name == name:
            code = LABELS.get(target.label) if not name.startswith(CUSTOM_PREFIX) else None
            return catalogue(language).text(code) if code else target.label
    return name


def guess(headers: list[str], kind: str, db: Database | None = None) -> dict[int, str]:
    """The guessed mapping restricted to fields that can be stored; custom member fields are
    matched by their label or key."""
    known = {target.name for target in target_fields(kind, db)}
    mapping = {col: name for col, name in guess_mapping(headers, kind).items() if name in known}
    if kind == "members" and db is not None:
        from groupdesk.core.spreadsheet.mapping import normalise_header

        custom = {
            normalise_header(target.label): target.name
            for target in target_fields(kind, db)
            if target.name.startswith(CUSTOM_PREFIX)
        }
        custom.update(
            {
                normalise_header(target.name[len(CUSTOM_PREFIX) :]): target.name
                for target in target_fields(kind, db)
                if target.name.startswith(CUSTOM_PREFIX)
            }
        )
        for col, header in enumerate(headers):
            name = custom.get(normalise_header(header))
            if col not in mapping and name and name not in mapping.values():
                mapping[col] = name
    if kind == "members" and "full_name" in mapping.values():
        # a single name column wins over first/last parts guessed from other columns
        mapping = {c: n for c, n in mapping.items() if n not in ("first_name", "last_name")}
    return dict(sorted(mapping.items()))
