"""Volunteer projects, matched by name (a project name is unique).

A cause area that does not exist yet is created (with a warning in the preview); the
coordinator is a member given by number, email or an unambiguous name.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Connection, insert, select

from groupdesk.core.database.inserted import inserted_id
from groupdesk.core.messages import Message
from groupdesk.core.models import CauseArea, VolunteerProject
from groupdesk.core.spreadsheet.cells import Cell
from groupdesk.core.text_keys import fold

from .base import KindHandler
from .matching import MemberIndex
from .rows import RowResult, date_value, reason_of, text, word_value

PROJECT_STATUS = {
    "planned": "planned",
    "direncanakan": "planned",
    "rencana": "planned",
    "akan datang": "planned",
    "active": "active",
    "aktif": "active",
    "berjalan": "active",
    "sedang berjalan": "active",
    "completed": "completed",
    "selesai": "completed",
    "done": "completed",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "batal": "cancelled",
    "dibatalkan": "cancelled",
}


def person(raw: Cell, index: MemberIndex) -> int | None:
    """A member given as a number, an email or a name; None for blank; ValueError if not one."""
    cleaned = text(raw)
    if not cleaned:
        return None
    if cleaned in index.by_number:
        return index.by_number[cleaned]
    if "@" in cleaned:
        return index.find_person(None, cleaned, None)
    return index.find_person(None, None, cleaned)


class ProjectsHandler(KindHandler):
    kind = "projects"
    table = VolunteerProject.__table__
    columns = (
        "name",
        "description",
        "cause_area_id",
        "partner_organisation",
        "location",
        "start_date",
        "end_date",
        "coordinator_id",
        "status",
    )
    defaults: ClassVar[dict[str, Any]] = {
        "name": None,
        "description": None,
        "cause_area_id": None,
        "partner_organisation": None,
        "location": None,
        "start_date": None,
        "end_date": None,
        "coordinator_id": None,
        "status": "planned",
    }

    def load(self, conn: Connection) -> None:
        self.projects = {
            fold(n): pk
            for pk, n in conn.execute(select(VolunteerProject.id, VolunteerProject.name))
        }
        self.causes = {fold(n): pk for pk, n in conn.execute(select(CauseArea.id, CauseArea.name))}
        self.index = MemberIndex.load(conn)

    def convert(self, raw: dict[str, Cell], row: RowResult) -> None:
        values, errors = row.values, row.errors
        name = text(raw.get("name"))
        if name:
            values["name"] = name[:200]
        else:
            errors["name"] = Message("required.project_name")
        for field in ("description", "partner_organisation", "location"):
            if field in raw:
                values[field] = text(raw[field])
        if "cause_area" in raw:
            cause = text(raw["cause_area"])
            values["_cause_area"] = cause
            values["cause_area_id"] = self.causes.get(fold(cause)) if cause else None
            if cause and values["cause_area_id"] is None:
                row.warnings["cause_area"] = Message("new.cause_area", {"names": [cause]})
        for field in ("start_date", "end_date"):
            if field in raw:
                try:
                    values[field] = date_value(raw[field], self.date1904)
                except ValueError as err:
                    errors[field] = reason_of(err)
        start, end = values.get("start_date"), values.get("end_date")
        if start and end and end < start:
            errors["end_date"] = Message("project.ends_before_start")
        if "coordinator" in raw:
            try:
                values["coordinator_id"] = person(raw["coordinator"], self.index)
            except ValueError as err:
                errors["coordinator"] = reason_of(err)
        if "status" in raw:
            try:
                status = word_value(raw["status"], PROJECT_STATUS, "project status")
                if status:
                    values["status"] = status
            except ValueError as err:
                errors["status"] = reason_of(err)

    def key(self, row: RowResult) -> Any:
        return fold(row.values.get("name"))

    def describe_key(self, row: RowResult) -> Message:
        return Message("dup.project", {"name": row.values.get("name")})

    def match(self, row: RowResult) -> tuple[int | None, str | None]:
        found = self.projects.get(fold(row.values.get("name")))
        return (found, "name") if found else (None, None)

    def new_matched_error(self, row: RowResult) -> Message | None:
        return Message("project.exists", {"name": row.values.get("name")})

    def before_write(self, conn: Connection, rows: list[RowResult]) -> dict[str, list[int]]:
        created: list[int] = []
        for row in rows:
            cause = row.values.get("_cause_area")
            if cause and row.values.get("cause_area_id") is None:
                key = fold(cause)
                if key not in self.causes:
                    pk = inserted_id(conn.execute(insert(CauseArea).values(name=cause)))
                    self.causes[key] = pk
                    created.append(pk)
                    self.created.setdefault("cause areas", []).append(cause)
                row.values["cause_area_id"] = self.causes[key]
                if "cause_area_id" in row.changes:
                    row.changes["cause_area_id"] = (
                        row.changes["cause_area_id"][0],
                        self.causes[key],
                    )
        return {"cause_areas": created} if created else {}

    def diff(self, rows: list[RowResult]) -> None:
        super().diff(rows)
        for row in rows:
            if row.values.get("_cause_area") and row.values.get("cause_area_id") is None:
                old = row.changes.get("cause_area_id", (None, None))[0]
                row.changes["cause_area_id"] = (old, None)  # the new area's id, once created
                row.action = "update"
