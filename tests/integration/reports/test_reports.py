"""Each report against the hand-built sample: the figures a coordinator would check by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from groupdesk.core.reports import FilterError, ReportFilters, build_report, row_count
from groupdesk.core.services.roster import RosterFilter
from groupdesk.core.spreadsheet.mapping import guess_mapping
from tests.integration.reports.sample import INJECTION_NAME, TODAY

FILTERS = ReportFilters(today=TODAY)


def sheet_rows(report, index: int = 0) -> list[tuple]:
    sheet = report.sheets[index]
    rows = [tuple(row) for row in sheet.rows]
    assert sheet.row_count == len(rows), "the announced count must match what goes out"
    return rows


def by_key(report, rows: list[tuple], index: int = 0) -> list[dict]:
    keys = [column.key for column in report.sheets[index].columns]
    return [dict(zip(keys, row, strict=True)) for row in rows]


def test_roster_lists_everyone_not_in_the_trash_by_name(db, sample) -> None:
    report = build_report(db, "members", FILTERS)
    rows = by_key(report, sheet_rows(report))
    assert [r["member_number"] for r in rows] == ["GD-003", "GD-001", "GD-002"]
    assert rows[1]["full_name"] == "Ayu Lestari"
    assert rows[1]["phone"] == "+62 812-1111-2222"
    assert rows[0]["full_name"] == INJECTION_NAME


def test_roster_honours_the_members_page_filter(db, sample) -> None:
    narrowed = ReportFilters(roster=RosterFilter(search="budi", today=TODAY), today=TODAY)
    report = build_report(db, "members", narrowed)
    assert [r[0] for r in sheet_rows(report)] == ["GD-002"]
    assert report.filters["Search"] == "budi"

    by_city = ReportFilters(roster=RosterFilter(city="Medan"), today=TODAY)
    assert [r[0] for r in sheet_rows(build_report(db, "members", by_city))] == ["GD-003"]

    trash = ReportFilters(roster=RosterFilter(in_trash=True), today=TODAY)
    assert [r[0] for r in sheet_rows(build_report(db, "members", trash))] == ["GD-004"]

    lapsed = ReportFilters(status="lapsed", today=TODAY)
    assert [r[0] for r in sheet_rows(build_report(db, "members", lapsed))] == ["GD-002"]
    assert row_count(db, "members", lapsed) == 1


def test_roster_headers_map_back_to_the_member_fields() -> None:
    from groupdesk.core.reports.roster import COLUMNS

    mapping = guess_mapping([column.title for column in COLUMNS], "members")
    assert mapping == {index: column.key for index, column in enumerate(COLUMNS)}


def test_professions_show_expiry_and_days_left(db, sample) -> None:
    report = build_report(db, "professions", FILTERS)
    rows = by_key(report, sheet_rows(report))
    dokter = {r["member_number"]: r for r in rows if r["profession"] == "Dokter"}
    assert dokter["GD-001"]["licence_status"] == "expiring"
    assert dokter["GD-001"]["days_left"] == 30
    assert dokter["GD-002"]["licence_status"] == "expired"
    assert dokter["GD-002"]["days_left"] == -10
    assert dokter["GD-003"]["licence_status"] == "missing"
    guru = {r["member_number"]: r["licence_status"] for r in rows if r["profession"] == "Guru"}
    assert guru == {"GD-001": "not_needed", "GD-002": "valid"}  # GD-004 is in the trash
    # Soonest expiry first within a profession, blanks last.
    assert [r["member_number"] for r in rows[:3]] == ["GD-002", "GD-001", "GD-003"]

    expired = build_report(db, "professions", ReportFilters(status="expired", today=TODAY))
    assert [r[1] for r in sheet_rows(expired)] == ["GD-002"]
    missing = build_report(db, "professions", ReportFilters(status="missing", today=TODAY))
    assert [r[1] for r in sheet_rows(missing)] == ["GD-003"]


def test_schedule_has_one_sheet_per_project_by_week(db, sample) -> None:
    report = build_report(db, "schedule", FILTERS)
    assert [sheet.name for sheet in report.sheets] == ["Bersih Pantai", "Posyandu"]
    pantai = by_key(report, sheet_rows(report, 0), 0)
    assert [r["date"] for r in pantai] == [
        dt.date(2024, 5, 6),
        dt.date(2024, 5, 20),
        dt.date(2024, 7, 6),
        dt.date(2024, 7, 8),
    ]
    assert pantai[2]["week"] == dt.date(2024, 7, 1)  # Saturday 6 July: week of Monday 1 July
    assert pantai[2]["day"] == "Saturday"
    assert pantai[0]["start"] == dt.time(8, 0) and pantai[0]["hours"] == 4.0
    assert pantai[0]["signed_up"] == 2
    assert sorted(pantai[0]["volunteers"].split(", ")) == ["Ayu Lestari", "Budi Santoso"]
    assert pantai[3]["signed_up"] == 0  # waitlisted and cancelled do not count
    posyandu = by_key(report, sheet_rows(report, 1), 1)
    assert [r["status"] for r in posyandu] == ["scheduled", "scheduled", "cancelled"]
    assert posyandu[0]["location"] == "Puskesmas"


def test_schedule_filters_by_project_period_and_status(db, sample) -> None:
    july = ReportFilters(project="posyandu", date_from=dt.date(2024, 7, 1), today=TODAY)
    report = build_report(db, "schedule", july)
    assert [sheet.name for sheet in report.sheets] == ["Posyandu"]
    assert len(sheet_rows(report)) == 2
    cancelled = build_report(db, "schedule", ReportFilters(status="cancelled", today=TODAY))
    assert sum(len(sheet_rows(cancelled, i)) for i in range(len(cancelled.sheets))) == 1
    flat = build_report(db, "schedule", FILTERS, flat=True)
    assert len(flat.sheets) == 1 and len(sheet_rows(flat)) == 7
    with pytest.raises(FilterError, match="no project named"):
        build_report(db, "schedule", ReportFilters(project="Nowhere"))
    with pytest.raises(FilterError, match="use one of scheduled, cancelled"):
        build_report(db, "schedule", ReportFilters(status="done"))


def test_hours_per_member_project_and_month(db, sample) -> None:
    report = build_report(db, "hours", FILTERS)
    names = [sheet.name for sheet in report.sheets]
    assert names == ["By Member", "By Project", "By Month", "Detail"]
    per_member = {r[0]: (r[2], r[3]) for r in sheet_rows(report, 0)}
    assert per_member == {"GD-001": (3, 13.0), "GD-002": (1, 3.5)}
    per_project = {r[0]: r[1:] for r in sheet_rows(report, 1)}
    assert per_project == {"Bersih Pantai": (2, 2, 10.5), "Posyandu": (1, 1, 6.0)}
    per_month = {r[0]: r[1:] for r in sheet_rows(report, 2)}
    assert per_month == {dt.date(2024, 5, 1): (2, 2, 10.5), dt.date(2024, 6, 1): (1, 1, 6.0)}
    detail = sheet_rows(report, 3)
    assert sum(r[5] for r in detail) == pytest.approx(16.5)
    assert (dt.date(2024, 5, 1), "GD-001", "Ayu Lestari", "Bersih Pantai", 2, 7.0) in detail
    assert all(column.total for column in report.sheets[0].columns[2:])

    may = ReportFilters(date_from=dt.date(2024, 5, 1), date_to=dt.date(2024, 5, 20))
    per_member = {r[0]: r[3] for r in sheet_rows(build_report(db, "hours", may))}
    assert per_member == {"GD-001": 7.0, "GD-002": 3.5}  # the 20th counts: the end is inclusive


def test_understaffed_lists_upcoming_shifts_short_of_people(db, sample) -> None:
    report = build_report(db, "understaffed", FILTERS)
    rows = by_key(report, sheet_rows(report))
    assert [(r["shift_id"], r["needed"], r["signed_up"], r["short_by"]) for r in rows] == [
        (sample.shift_ids["s4"], 3, 2, 1),
        (sample.shift_ids["s7"], 2, 0, 2),
    ]
    assert report.filters["Period"] == "from 01/07/2024"
    past = ReportFilters(date_from=dt.date(2024, 5, 1), today=TODAY)
    ids = [r[-1] for r in sheet_rows(build_report(db, "understaffed", past))]
    assert sample.shift_ids["s1"] not in ids  # two came, two were needed
    assert ids == [sample.shift_ids["s4"], sample.shift_ids["s7"]]


def test_challenges_register_and_actions(db, sample) -> None:
    report = build_report(db, "challenges", FILTERS)
    rows = by_key(report, sheet_rows(report))
    assert [r["title"] for r in rows] == ["Jam jaga terlalu panjang", "Kurang perahu"]
    assert rows[0]["owner"] == "Ayu Lestari" and rows[0]["open_actions"] == 1
    assert rows[0]["days_open"] == 30 and rows[1]["days_open"] == 10
    assert len(sheet_rows(report, 1)) == 2
    only_open = build_report(db, "challenges", ReportFilters(status="open", today=TODAY))
    assert [r[1] for r in sheet_rows(only_open)] == ["Jam jaga terlalu panjang"]


def test_signin_sheet_for_one_shift(db, sample) -> None:
    report = build_report(db, "signin", ReportFilters(shift_id=sample.shift_ids["s4"]))
    assert sheet_rows(report) == [
        (1, "GD-001", "Ayu Lestari", "+62 812-1111-2222", None, None),
        (2, "GD-002", "Budi Santoso", "0813 2222 3333", None, None),
    ]
    assert report.filters["Project"] == "Posyandu"
    assert report.filters["Shift"] == "Thursday 04/07/2024, 08:00–10:00"
    with pytest.raises(FilterError, match="--shift"):
        build_report(db, "signin", ReportFilters())
    with pytest.raises(FilterError, match="no shift with id 999"):
        build_report(db, "signin", ReportFilters(shift_id=999))


def test_filters_a_report_cannot_honour_are_refused(db, sample) -> None:
    with pytest.raises(FilterError, match="--project does not apply to the members report"):
        build_report(db, "members", ReportFilters(project="Posyandu"))
    with pytest.raises(FilterError, match="unknown report"):
        build_report(db, "roster", FILTERS)
    with pytest.raises(FilterError, match=r"ends .* before it starts"):
        ReportFilters(date_from=dt.date(2024, 5, 2), date_to=dt.date(2024, 5, 1))


def test_hours_show_each_members_shortfall_when_their_type_requires_hours(db, sample) -> None:
    """A type requiring 10 hours a year: Ayu served 13 (none owed), Budi 3.5 (6.5 owed), the
    member of another type is not listed; the project filter does not hide hours served."""
    from sqlalchemy import text

    from groupdesk.core.dues.ledger import DuesService
    from groupdesk.core.dues.volunteer_hours import set_required_hours

    dues = DuesService(db, clock=lambda: TODAY)
    relawan = dues.add_type("Anggota Relawan")
    set_required_hours(db, relawan, 10)
    dues.add_type("Anggota Biasa")
    with db.engine.connect() as conn:
        ids = dict(conn.execute(text("SELECT member_number, id FROM members")).all())
    for number in ("GD-001", "GD-002"):
        dues.assign_type(ids[number], relawan, dt.date(2024, 1, 1))
    # A report of one month still counts the year's hours against the year's requirement.
    year = ReportFilters(date_from=dt.date(2024, 6, 1), date_to=dt.date(2024, 6, 30))
    report = build_report(db, "hours", year)
    assert [sheet.name for sheet in report.sheets][:2] == ["By Member", "Required Hours"]
    rows = by_key(report, sheet_rows(report, 1), 1)
    assert [(r["member_number"], r["required"], r["hours"], r["shortfall"]) for r in rows] == [
        ("GD-002", 10, 3.5, 6.5),
        ("GD-001", 10, 13.0, 0),
    ]
    assert rows[0]["membership_type"] == "Anggota Relawan"
    one_project = build_report(db, "hours", replace(year, project="Posyandu"))
    assert sheet_rows(one_project, 1)[0][4] == 3.5  # every project's hours count
