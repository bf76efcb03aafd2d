"""Credits (SKP): a seminar's attendance sheet, or any list of who earned what at which
activity, one member per row.

The member is found by member number, else by NIK, else by an unambiguous name. The activity
is named on each row with its date (and optionally organiser, kind, category and points);
rows naming the same activity on the same day are one activity, found among those already
recorded or created by the import. A row's points are the credits that member earned (the activity's
points when the row gives none of its own). An activity still to come earns nothing: the
row is refused, as a credit typed in is.

A member who has the activity's credits already, or is on an earlier row of the file for it,
is skipped with the reason, never counted twice. Undo takes the credits back, and the
activities the import created unless credits were since given for them by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import Connection, select

from groupdesk.core.errors import CellProblem
from groupdesk.core.identity import nik as nik_rules
from groupdesk.core.messages import Message
from groupdesk.core.models import Member
from groupdesk.core.models.credential import ACTIVITY_KINDS, CreditActivity, CreditAward
from groupdesk.core.spreadsheet.cells import Cell
from groupdesk.core.text_keys import fold

from .base import KindHandler, new_ids
from .matching import MemberIndex
from .rows import ADD, REJECT, SKIP, RowResult, date_value, number_value, reason_of, text

MATCH_REASON = "member and activity"

# Kinds of activity as organisers write them (folded).
KIND_WORDS = {
    "seminar": "seminar",
    "webinar": "seminar",
    "simposium": "seminar",
    "symposium": "seminar",
    "kongres": "seminar",
    "congress": "seminar",
    "workshop": "pelatihan",
    "lokakarya": "pelatihan",
    "pelatihan": "pelatihan",
    "training": "pelatihan",
    "kursus": "pelatihan",
    "course": "pelatihan",
    "publikasi": "publikasi",
    "publication": "publikasi",
    "jurnal": "publikasi",
    "journal": "publikasi",
    "artikel": "publikasi",
    "pengabdian": "pengabdian",
    "pengabdian masyarakat": "pengabdian",
    "bakti sosial": "pengabdian",
    "baksos": "pengabdian",
    "service": "pengabdian",
    "community service": "pengabdian",
}


class CreditsHandler(KindHandler):
    kind = "credits"
    table = CreditAward.__table__
    columns = ("member_id", "activity_id", "points")
    defaults: ClassVar[dict[str, Any]] = {"member_id": None, "activity_id": None, "points": 0}

    def load(self, conn: Connection) -> None:
        self.index = MemberIndex.load(conn)
        self.activities: dict[tuple[str, dt.date], int] = {}
        for pk, name, held_on in conn.execute(
            select(CreditActivity.id, CreditActivity.name, CreditActivity.held_on)
        ):
            self.activities.setdefault((fold(name), held_on), pk)
        self.awarded = {
            (member, activity): pk
            for pk, member, activity in conn.execute(
                select(CreditAward.id, CreditAward.member_id, CreditAward.activity_id)
            )
        }
        self.names = {pk: name for pk, name in conn.execute(select(Member.id, Member.full_name))}

    def convert(self, raw: dict[str, Cell], row: RowResult) -> None:
        values, errors = row.values, row.errors
        number, name = text(raw.get("member_number")), text(raw.get("full_name"))
        nik: str | None = None
        try:
            nik = nik_rules.optional(raw.get("nik"), today=self.today)
        except ValueError as err:
            errors["nik"] = reason_of(err)
        if number is None and name is None and nik is None:
            if "nik" not in errors:
                mapped: list[str] = [f for f in ("member_number", "nik", "full_name") if f in raw]
                errors[(mapped or ["_row"])[0]] = Message("credits_import.member_not_given")
        elif "nik" not in errors:
            try:
                values["member_id"] = self.index.find_person(number, None, name, nik=nik)
            except ValueError as err:
                field = "member_number" if number else "nik" if nik else "full_name"
                errors[field] = reason_of(err)
        activity = text(raw.get("activity"))
        if activity is None:
            errors["activity"] = Message("credits_import.activity_not_given")
        values["_activity"] = activity
        try:
            held_on = date_value(raw.get("date"), self.date1904)
            if held_on is None:
                errors["date"] = Message("credits.date_required")
            elif held_on > self.today:
                errors["date"] = Message("credits.future_activity", {"when": held_on})
            values["_held_on"] = held_on
        except ValueError as err:
            errors["date"] = reason_of(err)
        try:
            points = number_value(raw.get("points"))
            if points is None or points < 0:
                raise CellProblem("credits.points_invalid")
            values["points"] = float(points)
        except ValueError as err:
            errors["points"] = reason_of(err)
        try:
            values["_kind"] = kind_value(raw.get("kind"))
        except ValueError as err:
            errors["kind"] = reason_of(err)
        values["_organiser"] = text(raw.get("organiser"))
        values["_category"] = text(raw.get("category"))

    def _activity_key(self, row: RowResult) -> tuple[str, dt.date]:
        held_on: dt.date = row.values["_held_on"]  # a row with errors is never asked
        return (fold(row.values.get("_activity")), held_on)

    def key(self, row: RowResult) -> Any:
        return (row.values.get("member_id"), self._activity_key(row))

    def resolve(self, rows: list[RowResult], policy: str) -> None:
        """Every valid row is added, except credits the member has already (recorded, or on
        an earlier row): those are skipped with the reason; credits are never updated."""
        seen: dict[Any, int] = {}
        for row in rows:
            row.match_id, row.match_reason, row.changes = None, None, {}
            row.warnings.pop("_row", None)
            if row.errors:
                row.action = REJECT
                continue
            row.action = ADD
            key = self.key(row)
            activity = self.activities.get(self._activity_key(row))
            recorded = (
                None if activity is None else self.awarded.get((row.values["member_id"], activity))
            )
            if recorded is not None:
                row.action, row.match_id, row.match_reason = SKIP, recorded, MATCH_REASON
                row.warnings["_row"] = Message(
                    "credits_import.already_recorded",
                    {"name": self.names.get(row.values["member_id"], "")},
                )
            elif key in seen:
                row.action = SKIP
                row.warnings["_row"] = Message("credits_import.also_on_row", {"row": seen[key]})
            else:
                seen[key] = row.number

    def before_write(self, conn: Connection, rows: list[RowResult]) -> dict[str, list[int]]:
        """The activities the rows name that are not recorded yet, one per name and day,
        with the first row's organiser, kind, category and points."""
        table = CreditActivity.__table__
        new: dict[tuple[str, dt.date], dict[str, Any]] = {}
        for row in rows:
            key = self._activity_key(row)
            if key in self.activities or key in new:
                continue
            values = row.values
            new[key] = {
                "name": values["_activity"],
                "kind": values["_kind"],
                "held_on": values["_held_on"],
                "organiser": values["_organiser"],
                "category": values["_category"],
                "points": values["points"],
            }
        ids = new_ids(conn, table, len(new)) if new else []
        for (key, record), pk in zip(new.items(), ids, strict=True):
            conn.execute(table.insert().values(id=pk, **record))
            self.activities[key] = pk
            self.created.setdefault("activities", []).append(record["name"])
        for row in rows:
            row.values["activity_id"] = self.activities[self._activity_key(row)]
        return {"credit_activities": ids} if ids else {}


def kind_value(value: Cell) -> str:
    """The kind of activity for a cell; blank: a seminar."""
    cleaned = text(value)
    if not cleaned:
        return "seminar"
    key = fold(cleaned).strip(" .")
    if key in KIND_WORDS:
        return KIND_WORDS[key]
    for word in key.split():
        if word in KIND_WORDS:
            return KIND_WORDS[word]
    choices = [Message(f"credits.kind.{k}") for k in ACTIVITY_KINDS]
    raise CellProblem("credits.unknown_activity_kind", value=cleaned, choices=choices)


__all__ = ["KIND_WORDS", "CreditsHandler", "kind_value"]
