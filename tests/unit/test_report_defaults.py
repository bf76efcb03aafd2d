"""Which period each report starts on, and the words for an empty one: the core's rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from groupdesk.core.messages import catalogue
from groupdesk.core.reports import REPORTS
from groupdesk.core.reports.defaults import NOTHING, default_filters, empty_report

TODAY = dt.date(2026, 12, 4)


def test_registers_cover_everything_and_time_reports_this_year() -> None:
    for key in ("members", "professions", "challenges", "understaffed", "signin"):
        f = default_filters(key, TODAY)
        assert (f.date_from, f.date_to) == (None, None), key
    for key in ("hours", "schedule"):
        f = default_filters(key, TODAY)
        assert (f.date_from, f.date_to) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31)), key


def test_the_open_project_applies_only_where_a_report_has_projects() -> None:
    assert default_filters("hours", TODAY, project="Posko").project == "Posko"
    assert default_filters("members", TODAY, project="Posko").project is None


def test_every_report_can_say_why_it_is_empty() -> None:
    assert set(NOTHING) == set(REPORTS)
    f = default_filters("hours", TODAY, project="Posko")
    english, indonesian = catalogue("en"), catalogue("id")
    assert english.text(empty_report("hours", f).message) == (
        "No volunteer hours between 01/01/2026 and 31/12/2026 in the project Posko."
    )
    assert indonesian.text(empty_report("hours", f).message) == (
        "Tidak ada jam relawan antara 01/01/2026 dan 31/12/2026 di proyek Posko."
    )
    upcoming = empty_report("understaffed", default_filters("understaffed", TODAY))
    assert english.text(upcoming.message) == "No understaffed shifts from 04/12/2026 on."
    lapsed = empty_report("members", replace(default_filters("members", TODAY), status="lapsed"))
    assert indonesian.text(lapsed.message).endswith("dengan status Menunggak.")
