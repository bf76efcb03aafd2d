"""The member roster: everyone on it, or exactly what the Members page is filtered to.

Column titles are headings the importer recognises (see ``spreadsheet.synonyms``), so an
exported roster, edited in a spreadsheet, imports back onto the same members.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import islice

from sqlalchemy import select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnySelect
from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
from groupdesk.core.membership import effective_status
from groupdesk.core.models import CustomFieldType, Member, MemberStatus
from groupdesk.core.services.custom_fields import CustomFieldDef, CustomFieldService
from groupdesk.core.services.roster import RosterFilter, RosterService

from .common import check_status, described, make_report, refuse
from .filters import ReportFilters
from .sql import count, stream

TITLE = "Member roster"
STATUSES = tuple(status.value for status in MemberStatus)

COLUMNS = [
    Column("member_number", "Member Number"),
    Column("full_name", "Full Name"),
    Column("phone", "Phone"),
    Column("email", "Email"),
    Column("city", "City"),
    Column("status", "Status"),
    Column("birth_date", "Birth Date", ColumnKind.DATE),
    Column("birth_place", "Place of Birth"),
    Column("nik", "NIK"),
    Column("gender", "Gender"),
    Column("education", "Education"),
    Column("joined_on", "Date Joined", ColumnKind.DATE),
    Column("paid_until", "Paid Until", ColumnKind.DATE),
    Column("address", "Address", width=40),
    Column("notes", "Notes", width=40),
]
PDF_COLUMNS = ("member_number", "full_name", "phone", "city", "status", "paid_until")


def roster_filter(filters: ReportFilters) -> RosterFilter:
    """The Members page's filter, with ``--status`` added to it when given."""
    base = filters.roster or RosterFilter(today=filters.today)
    status = check_status(filters, STATUSES, "members")
    if status is not None:
        base = replace(base, statuses=frozenset({status}))
    return base


_KINDS = {
    CustomFieldType.NUMBER.value: ColumnKind.NUMBER,
    CustomFieldType.DATE.value: ColumnKind.DATE,
    CustomFieldType.BOOL.value: ColumnKind.BOOLEAN,
}


def query(filters: ReportFilters, *, with_id: bool = False) -> AnySelect:
    flt = roster_filter(filters)
    m = Member.__table__.c
    # the status as of the report's day: a read-only database has not been brought up to date
    columns = [
        effective_status(flt.today or filters.reference_day).label("status")
        if column.key == "status"
        else m[column.key]
        for column in COLUMNS
    ]
    return (
        select(*([m.id] if with_id else []), *columns)
        .where(*RosterService.conditions(flt))
        .order_by(m.sort_name, m.id)
    )


def own_field_columns(fields: list[CustomFieldDef]) -> list[Column]:
    """The association's own fields, after the built-in ones, titled as in the form (the
    importer maps a heading equal to a field's name back onto that field)."""
    return [
        Column(f"custom:{f.key}", f.label, _KINDS.get(f.field_type, ColumnKind.TEXT))
        for f in fields
    ]


def _with_own_fields(
    db: Database, rows: Iterator[Sequence[object]], fields: list[CustomFieldDef]
) -> Iterator[Sequence[object]]:
    """Each row (id first) without its id, followed by its own-field values, looked up a
    batch of rows at a time."""
    roster = RosterService(db)
    while batch := list(islice(rows, 2000)):
        values = roster.custom_values([int(row[0]) for row in batch])  # type: ignore[call-overload]
        for row in batch:
            mine = values.get(int(row[0]), {})  # type: ignore[call-overload]
            yield (*row[1:], *(mine.get(f.id) for f in fields))


def build(db: Database, filters: ReportFilters, *, flat: bool = False) -> Report:
    refuse(filters, "members", "project", "from", "to", "shift", "member")
    fields = CustomFieldService(db).list()
    stmt = query(filters, with_id=bool(fields))
    rows = stream(db, stmt)
    columns = COLUMNS
    if fields:
        rows = _with_own_fields(db, rows, fields)
        columns = [*COLUMNS, *own_field_columns(fields)]
    sheet = ReportSheet("Members", columns, rows, row_count=count(db, stmt))
    return make_report(TITLE, [sheet], described(filters, **_roster_words(filters.roster)))


def _roster_words(flt: RosterFilter | None) -> dict[str, str | None]:
    """The Members page's filter in words; ids are shown as they are (names live in the UI)."""
    if flt is None or not flt.is_narrowed():
        return {}
    words: dict[str, str | None] = {
        "Search": flt.search or None,
        "Statuses": ", ".join(sorted(flt.statuses)) or None,
        "City": flt.city,
        "Gender": flt.gender,
        "Education": flt.education,
        "Profession id": _text(flt.profession_id),
        "Skill id": _text(flt.skill_id),
        "Cause area id": _text(flt.cause_area_id),
        "Licence expiring within (days)": _text(flt.licence_expiring_days),
        "Renewal due within (days)": _text(flt.renewal_due_days),
        "Custom field value": flt.custom_value,
        "Trash": "yes" if flt.in_trash else None,
    }
    return words


def _text(value: int | None) -> str | None:
    return None if value is None else str(value)
