"""Finding, filtering and paging through members the way the Members page does."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from groupdesk.core.demo import generate_demo
from groupdesk.core.models import Member
from groupdesk.core.services.roster import ROSTER_COLUMNS, RosterFilter, RosterService, RosterSort
from groupdesk.core.text_keys import member_search_text, sort_name


def add_members(db, rows: list[dict]) -> None:
    full = []
    for i, row in enumerate(rows, start=1):
        data = {
            "member_number": f"T-{i:03d}",
            "status": "active",
            "email": None,
            "phone": None,
            "city": None,
            "joined_on": None,
            "paid_until": None,
            "deleted_at": None,
        } | row
        data["sort_name"] = sort_name(data["full_name"])
        data["search_text"] = member_search_text(
            data["member_number"], data["full_name"], data["email"], data["phone"], data["city"]
        )
        full.append(data)
    with db.engine.begin() as conn:
        conn.execute(insert(Member), full)


@pytest.fixture
def roster(db) -> RosterService:
    add_members(
        db,
        [
            {"full_name": "Siti Nurhaliza", "phone": "+62 812-3456-7890", "city": "Bandung"},
            {
                "full_name": "budi santoso",
                "email": "budi@example.id",
                "city": "Surabaya",
                "status": "lapsed",
            },
            {"full_name": "Ayu Lestari", "city": "Bandung", "joined_on": dt.date(2020, 1, 5)},
            {"full_name": "Élan Wijaya", "status": "left"},
            {"full_name": "Dewi 50% Diskon"},
        ],
    )
    return RosterService(db)


def names(rows) -> list[str]:
    return [r.full_name for r in rows]


def test_names_sort_case_and_accent_insensitively(roster: RosterService) -> None:
    rows = roster.fetch_page(RosterFilter(), RosterSort("full_name"))
    assert names(rows) == [
        "Ayu Lestari",
        "budi santoso",
        "Dewi 50% Diskon",
        "Élan Wijaya",
        "Siti Nurhaliza",
    ]
    rows = roster.fetch_page(RosterFilter(), RosterSort("full_name", descending=True))
    assert names(rows)[0] == "Siti Nurhaliza"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("siti", ["Siti Nurhaliza"]),
        ("ELAN", ["Élan Wijaya"]),
        ("bandung", ["Ayu Lestari", "Siti Nurhaliza"]),
        ("ayu bandung", ["Ayu Lestari"]),
        ("0812 3456", ["Siti Nurhaliza"]),
        ("+62 812-3456", ["Siti Nurhaliza"]),
        ("budi@example", ["budi santoso"]),
        ("T-002", ["budi santoso"]),
        ("50%", ["Dewi 50% Diskon"]),
        ("_", []),
        ("nobody", []),
    ],
)
def test_search_finds_what_a_secretary_types(roster, query, expected) -> None:
    flt = RosterFilter(search=query)
    assert names(roster.fetch_page(flt, RosterSort())) == expected
    assert roster.count(flt) == len(expected)


def test_status_filter_and_counts(roster: RosterService) -> None:
    flt = RosterFilter(statuses=frozenset({"lapsed", "left"}))
    assert names(roster.fetch_page(flt, RosterSort())) == ["budi santoso", "Élan Wijaya"]
    assert roster.count_by_status() == {"active": 3, "inactive": 0, "lapsed": 1, "left": 1}
    assert roster.total() == 5


@pytest.mark.parametrize("column", ROSTER_COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_paging_visits_every_member_once_in_order(db, column, descending) -> None:
    generate_demo(db, members=230, shifts=10)
    service = RosterService(db)
    sort = RosterSort(column, descending=descending)
    seen, after = [], None
    while True:
        page = service.fetch_page(RosterFilter(), sort, after=after, limit=37)
        if not page:
            break
        seen.extend(page)
        after = page[-1]
    assert len(seen) == 230 and len({r.id for r in seen}) == 230
    key = "sort_name" if column == "full_name" else column
    values = [getattr(r, key) for r in seen]
    present = [v for v in values if v is not None]
    assert present == sorted(present, reverse=descending)
    # Blanks come last, whichever the direction.
    assert values[len(present) :] == [None] * (len(values) - len(present))


def test_members_in_the_trash_are_not_on_the_roster(db) -> None:
    add_members(
        db, [{"full_name": "Ayu"}, {"full_name": "Budi", "deleted_at": dt.datetime(2026, 1, 1)}]
    )
    service = RosterService(db)
    assert names(service.fetch_page(RosterFilter(), RosterSort())) == ["Ayu"]
    assert names(service.fetch_page(RosterFilter(in_trash=True), RosterSort())) == ["Budi"]


def test_unknown_sort_column_is_refused() -> None:
    with pytest.raises(ValueError):
        RosterSort("password")


def test_a_search_is_answered_from_the_search_index(db) -> None:
    """Each keystroke in the search box counts the matches and reads their first page; on
    100,000 members both must come from the search index, not from every member's row."""
    from sqlalchemy import func, select
    from sqlalchemy.dialects import sqlite

    generate_demo(db, members=60, shifts=0)
    flt = RosterFilter(search="ayu")
    count = select(func.count()).select_from(Member).where(*RosterService.conditions(flt))
    page = RosterService(db)._select(flt, RosterSort(), None).limit(200)
    with db.engine.connect() as conn:
        for what, stmt in (("count", count), ("page", page)):
            sql = stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
            found = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
            plan = " ".join(str(step[-1]) for step in found)
            assert "ix_members_search_by_name" in plan, (what, plan)
            assert "TEMP B-TREE" not in plan, (what, plan)
