"""Members: the roster most associations arrive with.

Professions, skills and interests come in their own columns or as one delimited cell
("Dokter; Perawat"). Names are matched to existing rows case-insensitively; a name that is
not there yet is created on import (the preview warns about each one and the summary lists
them), because a roster's own words for its professions are the association's words. A
licence number and expiry go with the member's first profession. Statuses are kept as
imported (Aktif -> active, Keluar -> left, ...): the lapsed rule is not applied on import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, ClassVar

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.orm import Session

from groupdesk.core import validation
from groupdesk.core.database.inserted import inserted_id
from groupdesk.core.messages import Message
from groupdesk.core.models import (
    AuditAction,
    Base,
    CauseArea,
    CustomField,
    CustomFieldValue,
    Member,
    MemberInterest,
    MemberProfession,
    MemberSkill,
    OrganisationSettings,
    Profession,
    Skill,
)
from groupdesk.core.services.custom_fields import CustomFieldDef, _definition
from groupdesk.core.spreadsheet.cells import Cell
from groupdesk.core.text_keys import fold, member_search_text, phone_digits, sort_name

from .base import KindHandler, chunks, insert_many
from .fields import CUSTOM_PREFIX
from .matching import MemberIndex, NumberSequence
from .member_bulk import FoldedCities, link_inserts, member_insert
from .member_columns import MemberConverter
from .rows import (
    ADD,
    REJECT,
    UPDATE,
    RowResult,
)
from .sqlite_rows import RowsInsert

ValidationError = validation.ValidationError
MEMBER_NUMBER_MAX = validation.MEMBER_NUMBER_MAX
_MEMBER_NUMBER = validation.MEMBER_NUMBER_PATTERN  # the member form's own rule
# fields the checks across a row look at (birth_date only for whether it is mapped)
_ACROSS = frozenset(
    {
        "full_name",
        "first_name",
        "last_name",
        "ttl",
        "birth_date",
        "licence_number",
        "licence_valid_until",
    }
)
KEY_COLUMNS = ("member_number", "full_name", "email", "phone", "city", "nik")
LINKS: dict[str, tuple[type[Profession] | type[Skill] | type[CauseArea], str]] = {
    "_professions": (Profession, "professions"),
    "_skills": (Skill, "skills"),
    "_interests": (CauseArea, "interests"),
}


def _join(names: list[str] | None) -> str:
    return "; ".join(names or [])


class MembersHandler(KindHandler):
    kind = "members"
    table = Member.__table__
    columns = (
        "member_number",
        "full_name",
        "email",
        "phone",
        "birth_date",
        "joined_on",
        "paid_until",
        "status",
        "city",
        "address",
        "notes",
        "nik",
        "gender",
        "birth_place",
        "education",
    )
    defaults: ClassVar[dict[str, Any]] = {
        "member_number": None,
        "full_name": None,
        "sort_name": "",
        "email": None,
        "phone": None,
        "birth_date": None,
        "joined_on": None,
        "paid_until": None,
        "status": "active",
        "city": None,
        "address": None,
        "notes": None,
        "nik": None,
        "gender": None,
        "birth_place": None,
        "education": None,
        "consent_given": False,
        "consent_date": None,
        "search_text": "",
        "deleted_at": None,
        "anonymised_at": None,
    }

    change_keys_of: ClassVar[dict[str, tuple[str, ...]]] = {
        "first_name": ("full_name",),
        "last_name": ("full_name",),
        "ttl": ("birth_date", "birth_place"),
        "profession": ("_professions",),
        "skills": ("_skills",),
        "interests": ("_interests",),
        "licence_number": ("_licence",),
        "licence_valid_until": ("_licence",),
    }

    def load(self, conn: Connection) -> None:
        self.country = (
            conn.execute(
                select(OrganisationSettings.phone_country).where(OrganisationSettings.id == 1)
            ).scalar()
            or "ID"
        )
        self.index = MemberIndex.load(conn)
        self.names: dict[str, dict[str, int]] = {
            key: {fold(name): pk for pk, name in conn.execute(select(model.id, model.name))}
            for key, (model, _label) in LINKS.items()
        }
        with Session(conn) as s:
            self.custom: dict[str, CustomFieldDef] = {
                f.key: _definition(f) for f in s.scalars(select(CustomField))
            }
        self._links: dict[int, dict[str, Any]] = {}
        self.status_memo: dict[Cell, str] = {}
        self._folded = FoldedCities()
        # per list key: cell text -> (names, warning about new names)
        self.names_memo: dict[str, dict[Cell, tuple[list[str], Message | None]]] = {}
        self._keys: dict[int, dict[str, Any]] = {}

    # -- converting --------------------------------------------------------------------------

    def convert_rows(
        self, mapping: dict[int, str], data: Sequence[tuple[int, list[Cell]]]
    ) -> list[RowResult]:
        """Column by column (see member_columns): the loop a 100,000-row roster runs through."""
        converter = self.__dict__.get("_columns")
        if converter is None or converter.mapping is not mapping:
            converter = self.__dict__["_columns"] = MemberConverter(self, mapping)
        return converter(data)

    # -- matching ------------------------------------------------------------------------------

    def key(self, row: RowResult) -> Any:
        return row.values.get("member_number")

    def describe_key(self, row: RowResult) -> Message:
        return Message("dup.member_number", {"number": row.values.get("member_number")})

    def match(self, row: RowResult) -> tuple[int | None, str | None]:
        if not self.index.by_number:
            return None, None  # an empty roster (a first import): nothing to look up
        v = row.values
        return self.index.match(
            v.get("member_number"),
            v.get("email"),
            v.get("full_name"),
            v.get("birth_date"),
            nik=v.get("nik"),
        )

    def new_matched_error(self, row: RowResult) -> Message | None:
        number = row.values.get("member_number")
        if number and number in self.index.numbers:
            return Message("member_number.in_use_give_another", {"number": number})
        nik = row.values.get("nik")
        if nik and nik in self.index.by_nik:
            return self._nik_taken(nik, self.index.by_nik[nik])
        return None

    def _nik_taken(self, nik: str, member_id: int) -> Message:
        return Message("nik.taken", {"nik": nik, "name": self.index.names_by_id.get(member_id)})

    def resolve(self, rows: list[RowResult], policy: str) -> None:
        super().resolve(rows, policy)
        self._one_member_per_nik(rows)
        in_file = {row.values["member_number"] for row in rows if row.values.get("member_number")}
        sequence = NumberSequence(self.index.numbers | in_file, self.index.last_number)
        for row in rows:
            if row.action == ADD:
                number = row.values.get("member_number")
                if not number:
                    row.values["member_number"] = sequence.take()
                    row.warnings["member_number"] = Message(
                        "member_number.will_be_given", {"number": row.values["member_number"]}
                    )
                elif number in self.index.numbers and row.match_id is None:
                    row.errors["member_number"] = Message(
                        "member_number.in_trash", {"number": number}
                    )
                    row.action = REJECT
            elif row.action == UPDATE and "member_number" in row.changes:
                new = row.changes["member_number"][1]
                if new in self.index.numbers:
                    row.errors["member_number"] = Message("member_number.in_use", {"number": new})
                    row.action = REJECT
                    row.changes = {}

    def _one_member_per_nik(self, rows: list[RowResult]) -> None:
        """A NIK is one person's: not twice in the file, and not another member's."""
        seen: dict[str, int] = {}
        by_nik = self.index.by_nik
        for row in rows:
            nik = row.values.get("nik")
            if not nik or row.action == REJECT:
                continue
            if nik in seen:
                row.errors["nik"] = Message(
                    "dup.also_on_row",
                    {"what": Message("dup.nik", {"nik": nik}), "row": seen[nik]},
                )
            elif by_nik.get(nik, row.match_id) != row.match_id:
                row.errors["nik"] = self._nik_taken(nik, by_nik[nik])
            else:
                seen[nik] = row.number
                continue
            row.action = REJECT
            row.changes = {}

    def diff(self, rows: list[RowResult]) -> None:
        ids = [row.match_id for row in rows if row.match_id is not None]
        self._keys.update(self.stored_values(ids, list(KEY_COLUMNS)))
        wanted = {key for row in rows for key in row.values if key.startswith(("_", CUSTOM_PREFIX))}
        if wanted:
            self._links.update(self._load_links(ids, wanted))
        super().diff(rows)

    def _load_links(self, ids: list[int], wanted: set[str]) -> dict[int, dict[str, Any]]:
        out: dict[int, dict[str, Any]] = {i: {} for i in ids}
        with self.db.engine.connect() as conn:
            for part in chunks(ids, 500):
                if "_professions" in wanted or "_licence" in wanted:
                    for mid, name, number, until in conn.execute(
                        select(
                            MemberProfession.member_id,
                            Profession.name,
                            MemberProfession.licence_number,
                            MemberProfession.licence_valid_until,
                        )
                        .join(Profession, Profession.id == MemberProfession.profession_id)
                        .where(MemberProfession.member_id.in_(part))
                        .order_by(MemberProfession.id)
                    ):
                        links = out[mid]
                        links.setdefault("_professions", []).append(name)
                        links.setdefault("_licence", (number, until))
                for key, model, column in (
                    ("_skills", Skill, MemberSkill.skill_id),
                    ("_interests", CauseArea, MemberInterest.cause_area_id),
                ):
                    if key not in wanted:
                        continue
                    link = column.class_
                    for mid, name in conn.execute(
                        select(link.member_id, model.name)
                        .join(model, model.id == column)
                        .where(link.member_id.in_(part))
                        .order_by(model.name)
                    ):
                        out[mid].setdefault(key, []).append(name)
                if any(k.startswith(CUSTOM_PREFIX) for k in wanted):
                    keys = {d.id: d.key for d in self.custom.values()}
                    for value in conn.execute(
                        select(CustomFieldValue).where(CustomFieldValue.member_id.in_(part))
                    ).mappings():
                        stored = next(
                            (
                                value[c]
                                for c in ("value_bool", "value_date", "value_number", "value_text")
                                if value[c] is not None
                            ),
                            None,
                        )
                        field = CUSTOM_PREFIX + keys.get(value["field_id"], "?")
                        out[value["member_id"]][field] = stored
        return out

    def diff_extras(self, row: RowResult, old: dict[str, Any]) -> None:
        phone = row.changes.get("phone")
        if phone and phone[0] and phone[1] and phone_digits(phone[0]) == phone_digits(phone[1]):
            del row.changes["phone"]  # the same number, only spaced differently
        links = self._links.get(row.match_id or -1, {})
        for key, value in row.values.items():
            if key in LINKS:
                before = links.get(key, [])
                if sorted(fold(n) for n in before) != sorted(fold(n) for n in value):
                    row.changes[key] = (_join(before), _join(value))
            elif key == "_licence":
                before = links.get("_licence", (None, None))
                if tuple(before) != tuple(value):
                    row.changes[key] = (before, value)
            elif key.startswith(CUSTOM_PREFIX):
                before = links.get(key)
                if before != value and not (
                    isinstance(before, float) and isinstance(value, float) and before == value
                ):
                    row.changes[key] = (before, value)

    # -- writing ---------------------------------------------------------------------------------

    def before_write(self, conn: Connection, rows: list[RowResult]) -> dict[str, list[int]]:
        """Create the professions, skills and interests the rows name that do not exist."""
        created: dict[str, list[int]] = {}
        for key, (model, label) in LINKS.items():
            known = self.names[key]
            new: dict[str, str] = {}
            seen: set[int] = set()  # rows share the name lists of equal cells
            for row in rows:
                names = row.values.get(key)
                if not names or id(names) in seen:
                    continue
                seen.add(id(names))
                for name in names:
                    folded = fold(name)
                    if folded not in known and folded not in new:
                        new[folded] = name
            if not new:
                continue
            # names can exist by now (the wizard stayed open); look again inside the transaction
            known.update({fold(n): pk for pk, n in conn.execute(select(model.id, model.name))})
            missing = [name for folded, name in new.items() if folded not in known]
            for name in missing:
                pk = inserted_id(conn.execute(insert(model).values(name=name)))
                known[fold(name)] = pk
                created.setdefault(model.__tablename__, []).append(pk)
            if missing:
                self.created[label] = missing
        return created

    def insert_record(self, row: RowResult, new_id: int, now: dt.datetime) -> dict[str, Any]:
        record = super().insert_record(row, new_id, now)
        record["sort_name"] = sort_name(record["full_name"])
        record["search_text"] = member_search_text(*(record[c] for c in KEY_COLUMNS))
        return record

    def bulk_tables(self) -> list[str]:
        return ["members", "member_professions", "member_skills", "member_interests"]

    def sqlite_insert(self, rows: list[RowResult], now: dt.datetime) -> RowsInsert | None:
        return member_insert(rows, now, self._folded)

    def _link_rows(self, rows: list[RowResult]) -> dict[type[Base], list[dict[str, Any]]]:
        out: dict[type[Base], list[dict[str, Any]]] = {
            MemberProfession: [],
            MemberSkill: [],
            MemberInterest: [],
            CustomFieldValue: [],
        }
        professions, skills, causes = (_ByName(self.names[k]) for k in LINKS)
        by_key = {d.key: d for d in self.custom.values()}
        for row in rows:
            values, mid = row.values, row.match_id
            names = values.get("_professions")
            if names:
                number, until = values.get("_licence", (None, None))
                for position, name in enumerate(names):
                    out[MemberProfession].append(
                        {
                            "member_id": mid,
                            "profession_id": professions[name],
                            "qualification": None,
                            "licence_number": number if position == 0 else None,
                            "licence_valid_until": until if position == 0 else None,
                        }
                    )
            for name in values.get("_skills", ()):
                out[MemberSkill].append({"member_id": mid, "skill_id": skills[name]})
            for name in values.get("_interests", ()):
                out[MemberInterest].append({"member_id": mid, "cause_area_id": causes[name]})
            for key, value in values.items():
                if key.startswith(CUSTOM_PREFIX) and value is not None:
                    definition = by_key.get(key[len(CUSTOM_PREFIX) :])
                    if definition is not None:
                        out[CustomFieldValue].append(_custom_row(mid, definition, value))
        return out

    def write_added_extras(self, conn: Connection, rows: list[RowResult]) -> None:
        if conn.dialect.name != "sqlite":
            for model, records in self._link_rows(rows).items():
                insert_many(conn, model.__table__, records)
            return
        # the links of a large roster, as tuples straight to SQLite
        lookups: dict[str, dict[str, int]] = {key: _ByName(self.names[key]) for key in LINKS}
        for links in link_inserts(rows, lookups):
            links.run(conn)
        if self.custom:
            custom = [row for row in rows if any(k.startswith(CUSTOM_PREFIX) for k in row.values)]
            if custom:
                insert_many(
                    conn,
                    CustomFieldValue.__table__,
                    self._link_rows(custom)[CustomFieldValue],
                )

    def update_values(self, row: RowResult) -> dict[str, Any]:
        values = super().update_values(row)
        if any(c in values for c in KEY_COLUMNS):
            merged = {**self._keys.get(row.match_id or -1, {}), **values}
            values["sort_name"] = sort_name(merged.get("full_name"))
            values["search_text"] = member_search_text(*(merged.get(c) for c in KEY_COLUMNS))
        return values

    def extras_undo(self, conn: Connection, row: RowResult) -> dict[str, Any]:
        keys = {k for k in row.changes if k.startswith(("_", CUSTOM_PREFIX))}
        if not keys:
            return {}
        mid = row.match_id
        old: dict[str, Any] = {}
        if keys & {"_professions", "_licence"}:
            old["member_professions"] = [
                [r.profession_id, r.qualification, r.licence_number, _iso(r.licence_valid_until)]
                for r in conn.execute(
                    select(MemberProfession)
                    .where(MemberProfession.member_id == mid)
                    .order_by(MemberProfession.id)
                )
            ]
        if "_skills" in keys:
            old["member_skills"] = list(
                conn.scalars(select(MemberSkill.skill_id).where(MemberSkill.member_id == mid))
            )
        if "_interests" in keys:
            old["member_interests"] = list(
                conn.scalars(
                    select(MemberInterest.cause_area_id).where(MemberInterest.member_id == mid)
                )
            )
        if any(k.startswith(CUSTOM_PREFIX) for k in keys):
            old["custom_field_values"] = [
                [r.field_id, r.value_text, r.value_number, _iso(r.value_date), r.value_bool]
                for r in conn.execute(
                    select(CustomFieldValue).where(CustomFieldValue.member_id == mid)
                )
            ]
        return {"links": old}

    def write_updated_extras(self, conn: Connection, rows: list[RowResult]) -> None:
        changed = [
            row for row in rows if any(k.startswith(("_", CUSTOM_PREFIX)) for k in row.changes)
        ]
        if not changed:
            return
        for row in changed:
            keys = set(row.changes)
            mid = row.match_id
            if keys & {"_professions", "_licence"}:
                conn.execute(delete(MemberProfession).where(MemberProfession.member_id == mid))
            if "_skills" in keys:
                conn.execute(delete(MemberSkill).where(MemberSkill.member_id == mid))
            if "_interests" in keys:
                conn.execute(delete(MemberInterest).where(MemberInterest.member_id == mid))
            custom = [k for k in keys if k.startswith(CUSTOM_PREFIX)]
            if custom:
                ids = [self.custom[k[len(CUSTOM_PREFIX) :]].id for k in custom]
                conn.execute(
                    delete(CustomFieldValue).where(
                        CustomFieldValue.member_id == mid, CustomFieldValue.field_id.in_(ids)
                    )
                )
            # only what changed is written again
            subset = RowResult(
                row.number,
                row.cells,
                values={
                    k: v
                    for k, v in row.values.items()
                    if k in keys
                    or (k == "_licence" and "_professions" in keys)
                    or (k == "_professions" and "_licence" in keys)
                },
                match_id=mid,
            )
            for model, records in self._link_rows([subset]).items():
                if records:
                    conn.execute(insert(model.__table__), records)

    def undo_extras(self, conn: Connection, entry: dict[str, Any]) -> None:
        links = entry.get("links") or {}
        mid = entry["id"]
        if "member_professions" in links:
            conn.execute(delete(MemberProfession).where(MemberProfession.member_id == mid))
            for pid, qualification, number, until in links["member_professions"]:
                conn.execute(
                    insert(MemberProfession).values(
                        member_id=mid,
                        profession_id=pid,
                        qualification=qualification,
                        licence_number=number,
                        licence_valid_until=dt.date.fromisoformat(until) if until else None,
                    )
                )
        if "member_skills" in links:
            conn.execute(delete(MemberSkill).where(MemberSkill.member_id == mid))
            for sid in links["member_skills"]:
                conn.execute(insert(MemberSkill).values(member_id=mid, skill_id=sid))
        if "member_interests" in links:
            conn.execute(delete(MemberInterest).where(MemberInterest.member_id == mid))
            for cid in links["member_interests"]:
                conn.execute(insert(MemberInterest).values(member_id=mid, cause_area_id=cid))
        if "custom_field_values" in links:
            conn.execute(delete(CustomFieldValue).where(CustomFieldValue.member_id == mid))
            for fid, vt, vn, vd, vb in links["custom_field_values"]:
                conn.execute(
                    insert(CustomFieldValue).values(
                        member_id=mid,
                        field_id=fid,
                        value_text=vt,
                        value_number=vn,
                        value_date=dt.date.fromisoformat(vd) if vd else None,
                        value_bool=vb,
                    )
                )

    audit_action = AuditAction.IMPORT


class _ByName(dict[str, int]):
    """Name -> id, looked up case-insensitively and remembered per spelling."""

    def __init__(self, by_folded: dict[str, int]) -> None:
        super().__init__()
        self.by_folded = by_folded

    def __missing__(self, name: str) -> int:
        pk = self[name] = self.by_folded[fold(name)]
        return pk


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _custom_row(member_id: int | None, definition: CustomFieldDef, value: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "member_id": member_id,
        "field_id": definition.id,
        "value_text": None,
        "value_number": None,
        "value_date": None,
        "value_bool": None,
    }
    column = {"number": "value_number", "date": "value_date", "bool": "value_bool"}.get(
        definition.field_type, "value_text"
    )
    record[column] = value
    return record
