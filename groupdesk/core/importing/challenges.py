"""Challenges the groups face, matched by title. Unknown categories are created (general
group) with a warning; professions, projects and members must exist."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Connection, insert, select

from groupdesk.core.database.inserted import inserted_id
from groupdesk.core.messages import Message
from groupdesk.core.models import Challenge, ChallengeCategory, Profession, VolunteerProject
from groupdesk.core.spreadsheet.cells import Cell
from groupdesk.core.text_keys import fold

from .base import KindHandler
from .matching import MemberIndex
from .projects import person
from .rows import RowResult, date_value, reason_of, text, word_value
from .shifts import lookup

SEVERITY = {
    "low": "low",
    "rendah": "low",
    "ringan": "low",
    "medium": "medium",
    "sedang": "medium",
    "menengah": "medium",
    "high": "high",
    "tinggi": "high",
    "berat": "high",
    "critical": "critical",
    "kritis": "critical",
    "sangat tinggi": "critical",
    "darurat": "critical",
}
CHALLENGE_STATUS = {
    "open": "open",
    "terbuka": "open",
    "baru": "open",
    "belum ditangani": "open",
    "mitigating": "mitigating",
    "ditangani": "mitigating",
    "dalam penanganan": "mitigating",
    "sedang ditangani": "mitigating",
    "in progress": "mitigating",
    "resolved": "resolved",
    "selesai": "resolved",
    "teratasi": "resolved",
    "closed": "resolved",
}


class ChallengesHandler(KindHandler):
    kind = "challenges"
    table = Challenge.__table__
    columns = (
        "title",
        "category_id",
        "description",
        "profession_id",
        "project_id",
        "member_id",
        "severity",
        "status",
        "mitigation_notes",
        "owner_id",
        "raised_on",
        "resolved_on",
    )
    defaults: ClassVar[dict[str, Any]] = {
        "title": None,
        "category_id": None,
        "description": None,
        "profession_id": None,
        "project_id": None,
        "member_id": None,
        "severity": "medium",
        "status": "open",
        "mitigation_notes": None,
        "owner_id": None,
        "raised_on": None,
        "mitigating_since": None,
        "resolved_on": None,
    }

    change_keys_of: ClassVar[dict[str, tuple[str, ...]]] = {
        "member": ("member_id",),
        "owner": ("owner_id",),
    }

    def load(self, conn: Connection) -> None:
        self.index = MemberIndex.load(conn)
        self.categories = {
            fold(n): pk
            for pk, n in conn.execute(select(ChallengeCategory.id, ChallengeCategory.name))
        }
        self.professions = {
            fold(n): pk for pk, n in conn.execute(select(Profession.id, Profession.name))
        }
        self.projects = {
            fold(n): pk
            for pk, n in conn.execute(select(VolunteerProject.id, VolunteerProject.name))
        }
        self.existing = {
            fold(t): pk for pk, t in conn.execute(select(Challenge.id, Challenge.title))
        }

    def convert(self, raw: dict[str, Cell], row: RowResult) -> None:
        values, errors = row.values, row.errors
        title = text(raw.get("title"))
        if title:
            values["title"] = title[:200]
        else:
            errors["title"] = Message("required.title")
        for field in ("description", "mitigation_notes"):
            if field in raw:
                values[field] = text(raw[field])
        if "category" in raw:
            category = text(raw["category"])
            values["_category"] = category
            values["category_id"] = self.categories.get(fold(category)) if category else None
            if category and values["category_id"] is None:
                row.warnings["category"] = Message("new.category", {"names": [category]})
        for field, names, what, column in (
            ("profession", self.professions, "profession", "profession_id"),
            ("project", self.projects, "project", "project_id"),
        ):
            if field in raw:
                try:
                    values[column] = lookup(names, raw[field], what)
                except ValueError as err:
                    errors[field] = reason_of(err)
        for field, column in (("member", "member_id"), ("owner", "owner_id")):
            if field in raw:
                try:
                    values[column] = person(raw[field], self.index)
                except ValueError as err:
                    errors[field] = reason_of(err)
        for field, words, what in (
            ("severity", SEVERITY, "severity"),
            ("status", CHALLENGE_STATUS, "challenge status"),
        ):
            if field in raw:
                try:
                    word = word_value(raw[field], words, what)
                    if word:
                        values[field] = word
                except ValueError as err:
                    errors[field] = reason_of(err)
        for field in ("raised_on", "resolved_on"):
            if field in raw:
                try:
                    values[field] = date_value(raw[field], self.date1904)
                except ValueError as err:
                    errors[field] = reason_of(err)

    def key(self, row: RowResult) -> Any:
        return fold(row.values.get("title"))

    def describe_key(self, row: RowResult) -> Message:
        return Message("dup.challenge", {"title": row.values.get("title")})

    def match(self, row: RowResult) -> tuple[int | None, str | None]:
        found = self.existing.get(self.key(row))
        return (found, "title") if found else (None, None)

    def before_write(self, conn: Connection, rows: list[RowResult]) -> dict[str, list[int]]:
        created: list[int] = []
        names: list[str] = []
        for row in rows:
            category = row.values.get("_category")
            if category and row.values.get("category_id") is None:
                key = fold(category)
                if key not in self.categories:
                    pk = inserted_id(
                        conn.execute(
                            insert(ChallengeCategory).values(name=category, group="general")
                        )
                    )
                    self.categories[key] = pk
                    created.append(pk)
                    names.append(category)
                row.values["category_id"] = self.categories[key]
                if "category_id" in row.changes:
                    row.changes["category_id"] = (
                        row.changes["category_id"][0],
                        self.categories[key],
                    )
        if names:
            self.created["categories"] = names
        return {"challenge_categories": created} if created else {}

    def diff(self, rows: list[RowResult]) -> None:
        super().diff(rows)
        for row in rows:
            if row.values.get("_category") and row.values.get("category_id") is None:
                old = row.changes.get("category_id", (None, None))[0]
                row.changes["category_id"] = (old, None)  # the new category's id, once created
                row.action = "update"
