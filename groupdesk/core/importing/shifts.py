"""Shifts of existing projects, matched by project and start time."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Connection, select

from groupdesk.core.errors import CellProblem
from groupdesk.core.messages import Message
from groupdesk.core.models import Profession, Shift, Skill, VolunteerProject
from groupdesk.core.spreadsheet.cells import Cell, shown
from groupdesk.core.spreadsheet.values import parse_bool
from groupdesk.core.text_keys import fold

from .base import KindHandler
from .rows import RowResult, date_value, number_value, reason_of, text, time_value, word_value

SHIFT_STATUS = {
    "scheduled": "scheduled",
    "terjadwal": "scheduled",
    "dijadwalkan": "scheduled",
    "aktif": "scheduled",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "batal": "cancelled",
    "dibatalkan": "cancelled",
}


# why a name names nothing, per kind of thing it should name
_NOTHING_CALLED = {
    "project": "lookup.none.project",
    "profession": "lookup.none.profession",
    "skill": "lookup.none.skill",
}


def lookup(names: dict[str, int], raw: Cell, what: str) -> int | None:
    cleaned = text(raw)
    if not cleaned:
        return None
    found = names.get(fold(cleaned))
    if found is None:
        raise CellProblem(_NOTHING_CALLED[what], name=cleaned)
    return found


def when(raw: dict[str, Cell], row: RowResult, date1904: bool) -> dt.date | None:
    try:
        day = date_value(raw.get("date"), date1904)
    except ValueError as err:
        row.errors["date"] = reason_of(err)
        return None
    if day is None:
        row.errors["date"] = Message("required.date")
    return day


def clock(raw: dict[str, Cell], field: str, row: RowResult) -> dt.time | None:
    try:
        value = time_value(raw.get(field))
    except ValueError as err:
        row.errors[field] = reason_of(err)
        return None
    if value is None:
        row.errors[field] = Message("required.time")
    return value


class ShiftsHandler(KindHandler):
    kind = "shifts"
    table = Shift.__table__
    columns = (
        "project_id",
        "starts_at",
        "ends_at",
        "location",
        "min_volunteers",
        "max_volunteers",
        "required_profession_id",
        "required_skill_id",
        "demanding",
        "status",
        "notes",
    )
    defaults: ClassVar[dict[str, Any]] = {
        "uuid": None,
        "project_id": None,
        "starts_at": None,
        "ends_at": None,
        "location": None,
        "min_volunteers": 1,
        "max_volunteers": 5,
        "required_profession_id": None,
        "required_skill_id": None,
        "demanding": False,
        "status": "scheduled",
        "notes": None,
        "series_id": None,
    }

    change_keys_of: ClassVar[dict[str, tuple[str, ...]]] = {
        "date": ("starts_at", "ends_at"),
        "start_time": ("starts_at",),
        "end_time": ("ends_at",),
    }

    def load(self, conn: Connection) -> None:
        self.projects = {
            fold(n): pk
            for pk, n in conn.execute(select(VolunteerProject.id, VolunteerProject.name))
        }
        self.professions = {
            fold(n): pk for pk, n in conn.execute(select(Profession.id, Profession.name))
        }
        self.skills = {fold(n): pk for pk, n in conn.execute(select(Skill.id, Skill.name))}
        self.existing = {
            (project, start): pk
            for pk, project, start in conn.execute(
                select(Shift.id, Shift.project_id, Shift.starts_at)
            )
        }

    def convert(self, raw: dict[str, Cell], row: RowResult) -> None:
        values, errors = row.values, row.errors
        try:
            values["project_id"] = lookup(self.projects, raw.get("project"), "project")
            if values["project_id"] is None:
                errors["project"] = Message("required.project")
        except ValueError as err:
            errors["project"] = Message("lookup.none.project_import_first", reason_of(err).params)
        day = when(raw, row, self.date1904)
        start = clock(raw, "start_time", row)
        end = clock(raw, "end_time", row)
        if day and start and end:
            values["starts_at"] = dt.datetime.combine(day, start)
            ends = dt.datetime.combine(day, end)
            if end <= start:
                ends += dt.timedelta(days=1)  # a night shift ends the next morning
                row.warnings["end_time"] = Message("shift.ends_next_day")
            values["ends_at"] = ends
        for field in ("location", "notes"):
            if field in raw:
                values[field] = text(raw[field])
        for field in ("min_volunteers", "max_volunteers"):
            if field in raw:
                try:
                    number = number_value(raw[field])
                    if number is not None:
                        if number != int(number) or number < 0:
                            raise CellProblem("number.not_whole_people", value=shown(raw[field]))
                        values[field] = int(number)
                except ValueError as err:
                    errors[field] = reason_of(err)
        low, high = values.get("min_volunteers", 1), values.get("max_volunteers", 5)
        if high < 1 or high < low:
            where = "max_volunteers" if "max_volunteers" in raw else "min_volunteers"
            errors[where] = Message("shift.maximum_at_least", {"minimum": 1})
        for field, names, what, column in (
            ("required_profession", self.professions, "profession", "required_profession_id"),
            ("required_skill", self.skills, "skill", "required_skill_id"),
        ):
            if field in raw:
                try:
                    values[column] = lookup(names, raw[field], what)
                except ValueError as err:
                    errors[field] = reason_of(err)
        if "demanding" in raw:
            try:
                values["demanding"] = (
                    False if text(raw["demanding"]) is None else parse_bool(raw["demanding"])
                )
            except ValueError as err:
                errors["demanding"] = reason_of(err)
        if "status" in raw:
            try:
                status = word_value(raw["status"], SHIFT_STATUS, "shift status")
                if status:
                    values["status"] = status
            except ValueError as err:
                errors["status"] = reason_of(err)

    def key(self, row: RowResult) -> Any:
        return (row.values.get("project_id"), row.values.get("starts_at"))

    def describe_key(self, row: RowResult) -> Message:
        return Message("dup.shift", {"starts": row.values.get("starts_at")})

    def match(self, row: RowResult) -> tuple[int | None, str | None]:
        found = self.existing.get(self.key(row))
        return (found, "project and start time") if found else (None, None)

    def insert_record(self, row: RowResult, new_id: int, now: dt.datetime) -> dict[str, Any]:
        import uuid

        record = super().insert_record(row, new_id, now)
        record["uuid"] = str(uuid.uuid4())
        return record
