"""Reading the member roster a page at a time: search, filter and sort all happen in SQL.

Pages are cut with keyset ("seek") paging on (sort value, id), so the 2,000th page costs
what the first does and a window over 100,000 members never loads them all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    String,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    tuple_,
)

from groupdesk.core import licences
from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.membership import effective_status
from groupdesk.core.models import (
    CustomFieldValue,
    Member,
    MemberInterest,
    MemberProfession,
    MemberSkill,
    MemberStatus,
    Profession,
)
from groupdesk.core.text_keys import search_patterns


class MemberRow(NamedTuple):
    """One roster line: what the table shows, plus the keys paging needs."""

    id: int
    member_number: str
    full_name: str
    phone: str | None
    email: str | None
    city: str | None
    status: str
    joined_on: dt.date | None
    paid_until: dt.date | None
    dues_balance: int
    sort_name: str
    version: int


# Column key -> the database column that orders it. Names sort by their folded form.
_M = Member.__table__.c
SORTABLE: dict[str, Any] = {
    "member_number": _M.member_number,
    "full_name": _M.sort_name,
    "phone": _M.phone,
    "email": _M.email,
    "city": _M.city,
    "status": _M.status,
    "joined_on": _M.joined_on,
    "paid_until": _M.paid_until,
    "dues_balance": _M.dues_balance,
}
ROW_KEY_FOR_SORT = {"full_name": "sort_name"}
ROSTER_COLUMNS: tuple[str, ...] = tuple(SORTABLE)


@dataclass(frozen=True)
class RosterFilter:
    """What the Members page is narrowed to; every part becomes a WHERE clause."""

    search: str = ""
    statuses: frozenset[str] = field(default_factory=frozenset)
    city: str | None = None
    gender: str | None = None
    education: str | None = None
    profession_id: int | None = None
    skill_id: int | None = None
    cause_area_id: int | None = None
    # Members holding a licence expiring within this many days (core.licences: not expired,
    # members who left not counted).
    licence_expiring_days: int | None = None
    # Members holding a licence that has expired (members who left not counted).
    licence_expired: bool = False
    # Members whose paid-until date falls within this many days (renewals due).
    renewal_due_days: int | None = None
    # Members who owe dues on the ledger (a balance above zero).
    in_arrears: bool = False
    custom_field_id: int | None = None
    custom_value: str | None = None
    in_trash: bool = False
    today: dt.date | None = None

    def by_licence(self) -> bool:
        """The list is about licences: it then shows each member's licence and its expiry."""
        return self.licence_expiring_days is not None or self.licence_expired

    def is_narrowed(self) -> bool:
        return self != RosterFilter(today=self.today)


@dataclass(frozen=True)
class RosterSort:
    column: str = "full_name"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.column not in SORTABLE:
            raise ValueError(f"cannot sort members by {self.column!r}")


class RosterService:
    """Read access to members for lists and tables; writes live in their own services."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def total(self) -> int:
        """Members on the roster (not in the trash)."""
        return self.count(RosterFilter())

    def count(self, flt: RosterFilter) -> int:
        stmt = select(func.count()).select_from(Member).where(*self._conditions(flt))
        with self._db.engine.connect() as conn:
            return int(conn.execute(stmt).scalar_one())

    def fetch_page(
        self,
        flt: RosterFilter,
        sort: RosterSort,
        *,
        after: MemberRow | None = None,
        limit: int = 200,
    ) -> list[MemberRow]:
        stmt = self._select(flt, sort, after).limit(limit)
        with self._db.engine.connect() as conn:
            return [MemberRow(*r) for r in conn.execute(stmt)]

    def fetch_last_page(
        self, flt: RosterFilter, sort: RosterSort, *, limit: int = 200
    ) -> list[MemberRow]:
        """The last ``limit`` rows in ``sort`` order, read backwards from the end (the reverse
        keyset), so the end of 100,000 members is one query away (Ctrl+End)."""
        col = SORTABLE[sort.column]
        backward: Callable[[Any], Any] = (
            (lambda c: c.asc()) if sort.descending else (lambda c: c.desc())
        )
        order: Sequence[Any] = (backward(col), backward(_M.id))
        if col.nullable:
            order = (col.is_(None).desc(), *order)  # blanks come last, so first backwards
        stmt = _row_columns(flt.today).where(*self._conditions(flt)).order_by(*order).limit(limit)
        with self._db.engine.connect() as conn:
            rows = [MemberRow(*r) for r in conn.execute(stmt)]
        rows.reverse()
        return rows

    def matches(self, member_id: int, flt: RosterFilter) -> bool:
        """Whether one member is among those ``flt`` lists."""
        stmt = select(_M.id).where(_M.id == member_id, *self._conditions(flt))
        with self._db.engine.connect() as conn:
            return conn.execute(stmt).first() is not None

    def get_row(self, member_id: int) -> MemberRow | None:
        """One roster line, fresh from the database (after an edit)."""
        with self._db.engine.connect() as conn:
            found = conn.execute(_row_columns(None).where(_M.id == member_id)).first()
        return MemberRow(*found) if found else None

    def custom_values(self, member_ids: list[int]) -> dict[int, dict[int, object]]:
        """Own-field values of these members: {member id: {field id: value}}."""
        if not member_ids:
            return {}
        stmt = select(
            CustomFieldValue.member_id,
            CustomFieldValue.field_id,
            CustomFieldValue.value_text,
            CustomFieldValue.value_number,
            CustomFieldValue.value_date,
            CustomFieldValue.value_bool,
        ).where(CustomFieldValue.member_id.in_(member_ids))
        found: dict[int, dict[int, object]] = {}
        with self._db.engine.connect() as conn:
            for member_id, field_id, text, number, date, flag in conn.execute(stmt):
                value = next((v for v in (flag, date, number, text) if v is not None), None)
                found.setdefault(member_id, {})[field_id] = value
        return found

    def licences(
        self, member_ids: list[int], flt: RosterFilter
    ) -> dict[int, tuple[str, str | None, dt.date]]:
        """For a list filtered by licence: each member's soonest-ending licence that the
        filter is about, as {member id: (profession, licence number, valid until)}."""
        if not member_ids or not flt.by_licence():
            return {}
        today = flt.today or dt.date.today()
        until = MemberProfession.licence_valid_until
        which = []
        if flt.licence_expiring_days is not None:
            which.append(licences.is_expiring(until, today, flt.licence_expiring_days))
        if flt.licence_expired:
            which.append(licences.is_expired(until, today))
        stmt = (
            select(
                MemberProfession.member_id, Profession.name, MemberProfession.licence_number, until
            )
            .join(Profession, Profession.id == MemberProfession.profession_id)
            .where(MemberProfession.member_id.in_(member_ids), or_(*which))
            .order_by(MemberProfession.member_id, until)
        )
        found: dict[int, tuple[str, str | None, dt.date]] = {}
        with self._db.engine.connect() as conn:
            for member_id, profession, number, valid_until in conn.execute(stmt):
                assert valid_until is not None  # the filter compares it with today
                found.setdefault(member_id, (profession, number, valid_until))
        return found

    def count_by_status(self, today: dt.date | None = None) -> dict[str, int]:
        status = effective_status(today)
        stmt = select(status, func.count()).where(Member.deleted_at.is_(None)).group_by(status)
        with self._db.engine.connect() as conn:
            found = dict(conn.execute(stmt).all())
        return {s.value: int(found.get(s.value, 0)) for s in MemberStatus}

    @staticmethod
    def conditions(flt: RosterFilter) -> list[ColumnElement[bool]]:
        """The WHERE clauses for ``flt``, for other queries over the same members (reports)."""
        return RosterService._conditions(flt)

    # -- SQL building -------------------------------------------------------------------

    @staticmethod
    def _conditions(flt: RosterFilter) -> list[ColumnElement[bool]]:
        conds: list[ColumnElement[bool]] = [
            Member.deleted_at.is_not(None) if flt.in_trash else Member.deleted_at.is_(None)
        ]
        for pattern in search_patterns(flt.search):
            conds.append(Member.search_text.like(pattern, escape="\\"))
        today = flt.today or dt.date.today()
        if flt.statuses:
            conds.append(effective_status(today).in_(sorted(flt.statuses)))
        if flt.city:
            conds.append(Member.city == flt.city)
        if flt.gender:
            conds.append(Member.gender == flt.gender)
        if flt.education:
            conds.append(Member.education == flt.education)
        if flt.profession_id is not None:
            conds.append(
                _has(MemberProfession, MemberProfession.profession_id == flt.profession_id)
            )
        if flt.skill_id is not None:
            conds.append(_has(MemberSkill, MemberSkill.skill_id == flt.skill_id))
        if flt.cause_area_id is not None:
            conds.append(_has(MemberInterest, MemberInterest.cause_area_id == flt.cause_area_id))
        until = MemberProfession.licence_valid_until
        if flt.licence_expiring_days is not None:
            days = flt.licence_expiring_days
            conds.append(_has(MemberProfession, licences.is_expiring(until, today, days)))
        if flt.licence_expired:
            conds.append(_has(MemberProfession, licences.is_expired(until, today)))
        if flt.licence_expiring_days is not None or flt.licence_expired:
            conds.append(licences.member_counts())
        if flt.renewal_due_days is not None:
            limit = today + dt.timedelta(days=flt.renewal_due_days)
            conds.append(Member.paid_until.is_not(None))
            conds.append(Member.paid_until <= limit)
            conds.append(Member.status.in_(("active", "lapsed")))
        if flt.in_arrears:
            conds.append(Member.dues_balance > 0)
        if flt.custom_field_id is not None and flt.custom_value:
            conds.append(
                _has(
                    CustomFieldValue,
                    CustomFieldValue.field_id == flt.custom_field_id,
                    func.lower(
                        func.coalesce(
                            CustomFieldValue.value_text,
                            func.cast(CustomFieldValue.value_number, String),
                            func.cast(CustomFieldValue.value_date, String),
                            func.cast(CustomFieldValue.value_bool, String),
                        )
                    ).like(f"%{flt.custom_value.lower()}%"),
                )
            )
        return conds

    def _select(self, flt: RosterFilter, sort: RosterSort, after: MemberRow | None) -> AnySelect:
        col = SORTABLE[sort.column]
        conds = self._conditions(flt)
        if after is not None:
            value = getattr(after, ROW_KEY_FOR_SORT.get(sort.column, sort.column))
            conds.append(_after(col, value, after.id, sort.descending))
        direction: Callable[[Any], Any] = (
            (lambda c: c.desc()) if sort.descending else (lambda c: c.asc())
        )
        order: Sequence[Any] = (direction(col), direction(_M.id))
        if col.nullable:
            # Blanks last in both directions, where a spreadsheet user expects them.
            order = (col.is_(None), *order)
        return _row_columns(flt.today).where(*conds).order_by(*order)


def _row_columns(today: dt.date | None) -> AnySelect:
    """The row's stored columns: keyset paging compares them with the ordered columns, so
    the status shown must be the stored one (written down whenever the file is opened for
    writing; filters and counts use the status as of ``today``)."""
    del today
    return select(*(getattr(_M, name) for name in MemberRow._fields))


def _has(model: Any, *where: Any) -> ColumnElement[bool]:
    """EXISTS over a member's child rows; SQLite answers it from the child's member index."""
    return exists().where(model.member_id == _M.id, *where)


def _after(col: Any, value: object, row_id: int, descending: bool) -> ColumnElement[bool]:
    """Rows that come after (value, row_id) in the order (col IS NULL, col, id)."""
    if not col.nullable:
        # A row-value comparison the planner can answer straight from the (col, id) index.
        key, bound = tuple_(col, _M.id), tuple_(literal(value), literal(row_id))
        return key < bound if descending else key > bound
    beyond_id = _M.id < row_id if descending else _M.id > row_id
    if value is None:
        return and_(col.is_(None), beyond_id)
    beyond_value = col < value if descending else col > value
    return or_(
        col.is_(None),
        beyond_value,
        and_(col == value, beyond_id),
    )
