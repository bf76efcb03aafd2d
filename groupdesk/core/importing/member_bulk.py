"""New members and their links as SQLite stores them, built a column at a time.

This is the writing half of a 100,000-member import. Each column is made in one pass over
the rows (most of it inside ``map`` and ``zip``), and the statement binds only what varies:
columns no row fills are left to their default, and what every row shares (the timestamps,
the version) is written into the statement once instead of bound 100,000 times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from groupdesk.core.models import Member, MemberInterest, MemberProfession, MemberSkill
from groupdesk.core.text_keys import fold, fold_all, phone_digits_all

from .rows import RowResult
from .sqlite_rows import RowsInsert, rows_insert, sql_text

# columns that may be left out when no row has a value for them
_OPTIONAL = (
    "email",
    "phone",
    "birth_date",
    "joined_on",
    "paid_until",
    "city",
    "address",
    "notes",
    "nik",
    "gender",
    "birth_place",
    "education",
)
_DATES = frozenset({"birth_date", "joined_on", "paid_until"})


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


class FoldedCities(dict[str | None, str]):
    """City -> its folded form, worked out once per city of an import."""

    def __missing__(self, city: str | None) -> str:
        folded = self[city] = fold(city)
        return folded


def member_insert(rows: list[RowResult], now: dt.datetime, cities: FoldedCities) -> RowsInsert:
    """The INSERT for these added rows (``match_id`` holding the new id) and its tuples."""
    values = [row.values for row in rows]

    def column(key: str) -> list[Any]:
        return [v.get(key) for v in values]

    numbers = [v["member_number"] for v in values]
    names = [v["full_name"] for v in values]
    sort_names = fold_all(names)
    emails, phones, city_names = column("email"), column("phone"), column("city")
    # member_search_text, a column at a time
    search_text = list(
        map(
            "\x1f".join,
            zip(
                fold_all(numbers),
                sort_names,
                fold_all(emails),
                phone_digits_all(phones),
                map(cities.__getitem__, city_names),
                strict=True,
            ),
        )
    )
    niks = column("nik")
    if niks.count(None) != len(niks):  # member_search_text ends with the NIK when there is one
        search_text = [t + "\x1f" + n if n else t for t, n in zip(search_text, niks, strict=True)]
    columns: dict[str, list[Any]] = {
        "id": [row.match_id for row in rows],
        "member_number": numbers,
        "full_name": names,
        "sort_name": sort_names,
        "status": [status or "active" for status in column("status")],
        "search_text": search_text,
    }
    empty = len(rows)
    made = {"email": emails, "phone": phones, "city": city_names}
    for key in _OPTIONAL:
        found = made[key] if key in made else column(key)
        if found.count(None) == empty:
            continue  # nobody has one: the column keeps its default (NULL)
        if key in _DATES:
            found = list(map(_iso if None in found else dt.date.isoformat, found))
        columns[key] = found
    stamp = sql_text(now.isoformat(" ", "microseconds"))
    shared = {"consent_given": "0", "version": "1", "created_at": stamp, "updated_at": stamp}
    return rows_insert(
        Member.__tablename__, list(columns), list(zip(*columns.values(), strict=True)), shared
    )


def link_inserts(
    rows: list[RowResult], ids_by_name: dict[str, dict[str, int]]
) -> Iterable[RowsInsert]:
    """INSERTs of the professions (with a licence on the first), skills and interests of
    added rows. ``ids_by_name`` maps each list key to its name -> id lookup."""
    ids = [row.match_id for row in rows]
    values = [row.values for row in rows]
    professions = [v.get("_professions") for v in values]
    by_name = ids_by_name["_professions"]
    licences = [v.get("_licence") for v in values]
    if licences.count(None) == len(licences):
        pairs = [
            (mid, by_name[name])
            for mid, names in zip(ids, professions, strict=True)
            if names
            for name in names
        ]
        yield rows_insert(MemberProfession.__tablename__, ["member_id", "profession_id"], pairs)
    else:
        linked: list[tuple[Any, ...]] = []
        for mid, names, licence in zip(ids, professions, licences, strict=True):
            if not names:
                continue
            number, until = licence or (None, None)
            linked.append((mid, by_name[names[0]], number, _iso(until)))
            linked.extend((mid, by_name[name], None, None) for name in names[1:])
        columns = ["member_id", "profession_id", "licence_number", "licence_valid_until"]
        yield rows_insert(MemberProfession.__tablename__, columns, linked)
    for key, model, column in (
        ("_skills", MemberSkill, "skill_id"),
        ("_interests", MemberInterest, "cause_area_id"),
    ):
        lookup = ids_by_name[key]
        pairs = [
            (mid, lookup[name])
            for mid, names in zip(ids, [v.get(key) for v in values], strict=True)
            if names
            for name in names
        ]
        yield rows_insert(model.__tablename__, ["member_id", column], pairs)
