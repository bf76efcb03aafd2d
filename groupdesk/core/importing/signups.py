"""Sign-ups: a member (by number, email or name) on a shift (by project, date and start
time), matched by shift and member."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Connection, select

from groupdesk.core.errors import CellProblem
from groupdesk.core.messages import Message
from groupdesk.core.models import Assignment, Shift, VolunteerProject
from groupdesk.core.scheduling.conflicts import check_many
from groupdesk.core.spreadsheet.cells import Cell
from groupdesk.core.text_keys import fold

from .base import KindHandler
from .matching import MemberIndex
from .rows import ADD, REJECT, RowResult, number_value, reason_of, text, time_value, word_value
from .shifts import clock, lookup, when

SIGNUP_STATUS = {
    "signed_up": "signed_up",
    "signed up": "signed_up",
    "daftar": "signed_up",
    "terdaftar": "signed_up",
    "mendaftar": "signed_up",
    "confirmed": "confirmed",
    "konfirmasi": "confirmed",
    "dikonfirmasi": "confirmed",
    "waitlisted": "waitlisted",
    "waiting list": "waitlisted",
    "cadangan": "waitlisted",
    "menunggu": "waitlisted",
    "attended": "attended",
    "hadir": "attended",
    "ya": "attended",
    "no_show": "no_show",
    "no show": "no_show",
    "tidak hadir": "no_show",
    "absen": "no_show",
    "tidak": "no_show",
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "batal": "cancelled",
}


# Sign-ups that plan the future; attended, no-show and cancelled rows record the past.
PLANNED = frozenset({"signed_up", "confirmed", "waitlisted"})


class SignupsHandler(KindHandler):
    kind = "signups"
    table = Assignment.__table__
    columns = (
        "shift_id",
        "member_id",
        "status",
        "check_in_at",
        "check_out_at",
        "hours",
        "notes",
    )
    defaults: ClassVar[dict[str, Any]] = {
        "shift_id": None,
        "member_id": None,
        "status": "signed_up",
        "signed_up_at": None,
        "check_in_at": None,
        "check_out_at": None,
        "hours": None,
        "override_reason": None,
        "notes": None,
    }

    change_keys_of: ClassVar[dict[str, tuple[str, ...]]] = {
        "member_number": ("member_id",),
        "full_name": ("member_id",),
        "email": ("member_id",),
        "project": ("shift_id",),
        "date": ("shift_id", "check_in_at", "check_out_at"),
        "start_time": ("shift_id",),
    }

    def load(self, conn: Connection) -> None:
        self.index = MemberIndex.load(conn)
        self.projects = {
            fold(n): pk
            for pk, n in conn.execute(select(VolunteerProject.id, VolunteerProject.name))
        }
        self.shifts = {
            (project, start): pk
            for pk, project, start in conn.execute(
                select(Shift.id, Shift.project_id, Shift.starts_at)
            )
        }
        self.existing = {
            (shift, member): pk
            for pk, shift, member in conn.execute(
                select(Assignment.id, Assignment.shift_id, Assignment.member_id)
            )
        }

    def convert(self, raw: dict[str, Cell], row: RowResult) -> None:
        values, errors = row.values, row.errors
        given = {f: text(raw.get(f)) for f in ("member_number", "email", "full_name")}
        try:
            values["member_id"] = self.index.find_person(
                given["member_number"], given["email"], given["full_name"]
            )
        except ValueError as err:
            # the error sits on the cell that was used to look the member up
            used = [f for f in ("member_number", "email", "full_name") if given[f]]
            mapped = [f for f in ("member_number", "email", "full_name") if f in raw]
            errors[(used or mapped or ["_row"])[0]] = reason_of(err)
        project = None
        try:
            project = lookup(self.projects, raw.get("project"), "project")
            if project is None:
                errors["project"] = Message("required.project")
        except ValueError as err:
            errors["project"] = reason_of(err)
        day = when(raw, row, self.date1904)
        start = clock(raw, "start_time", row)
        if project and day and start:
            shift = self.shifts.get((project, dt.datetime.combine(day, start)))
            if shift is None:
                errors["start_time"] = Message("signup.no_such_shift")
            values["shift_id"] = shift
        for field, column in (("check_in_at", "check_in_at"), ("check_out_at", "check_out_at")):
            if field in raw:
                try:
                    moment = time_value(raw[field])
                    values[column] = dt.datetime.combine(day, moment) if moment and day else None
                except ValueError as err:
                    errors[field] = reason_of(err)
        if "hours" in raw:
            try:
                hours = number_value(raw["hours"])
                if hours is not None and hours < 0:
                    raise CellProblem("hours.negative_lower")
                values["hours"] = None if hours is None else float(hours)
            except ValueError as err:
                errors["hours"] = reason_of(err)
        if "notes" in raw:
            values["notes"] = text(raw["notes"])
        if "status" in raw:
            try:
                status = word_value(raw["status"], SIGNUP_STATUS, "sign-up status")
                if status:
                    values["status"] = status
            except ValueError as err:
                errors["status"] = reason_of(err)

    def key(self, row: RowResult) -> Any:
        return (row.values.get("shift_id"), row.values.get("member_id"))

    def describe_key(self, row: RowResult) -> Message:
        return Message("dup.signup")

    def match(self, row: RowResult) -> tuple[int | None, str | None]:
        found = self.existing.get(self.key(row))
        return (found, "member and shift") if found else (None, None)

    def new_matched_error(self, row: RowResult) -> Message | None:
        return Message("signup.already_in_db")

    def resolve(self, rows: list[RowResult], policy: str) -> None:
        """Besides matching, new plans go through the same conflict rules as a sign-up made
        in the window: a hard conflict rejects the row with its reasons (the coordinator can
        fix the file, or import the other rows), a soft one is a warning on the row."""
        super().resolve(rows, policy)
        self._refuse_future_attendance(rows)
        planned = [
            row
            for row in rows
            if row.action == ADD and row.values.get("status", "signed_up") in PLANNED
        ]
        if not planned:
            return
        pairs = [(row.values["shift_id"], row.values["member_id"]) for row in planned]
        with self.db.engine.connect() as conn:
            found = check_many(conn, pairs, today=self.today)
        for row, conflicts in zip(planned, found, strict=True):
            hard = [c.message for c in conflicts if c.hard]
            soft = [c.message for c in conflicts if not c.hard]
            if hard:
                row.errors["_row"] = Message("reasons.spaced", {"reasons": hard})
                row.action = REJECT
            elif soft:
                row.warnings["_row"] = Message("reasons.spaced", {"reasons": soft})

    def _refuse_future_attendance(self, rows: list[RowResult]) -> None:
        """Nobody attended, or failed to come to, a shift of a day still to come: such a row
        would count hours that were never served."""
        # keyed by a possibly missing id: a row without a shift finds no start
        starts: dict[int | None, dt.datetime] = {
            pk: start for (_project, start), pk in self.shifts.items()
        }
        for row in rows:
            if row.action == REJECT or row.values.get("status") not in ("attended", "no_show"):
                continue
            start = starts.get(row.values.get("shift_id"))
            if start is not None and start.date() > self.today:
                row.errors["status"] = Message("attendance.not_open", {"opens_at": start})
                row.action = REJECT

    def insert_record(self, row: RowResult, new_id: int, now: dt.datetime) -> dict[str, Any]:
        record = super().insert_record(row, new_id, now)
        record["signed_up_at"] = now
        return record
