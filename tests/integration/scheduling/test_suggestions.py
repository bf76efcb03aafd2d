"""Ranked suggestions with reasons, fairness, and the cover message."""

from __future__ import annotations

import datetime as dt

from groupdesk.core.messages import catalogue
from groupdesk.core.models import Profession
from groupdesk.core.scheduling.cover_message import CoverRequest, message
from groupdesk.core.scheduling.suggestions import suggest

from .conftest import NOW, at


def names(found):
    return [s.name for s in found]


def test_ranked_by_fit_with_reasons(sched):
    pid = sched.ref(Profession, "Dokter")
    shift = sched.shift(at(0, 8), at(0, 12), required_profession_id=pid)
    from groupdesk.core.models import CauseArea

    data = sched.projects.get(sched.project_id)
    cause = sched.ref(CauseArea, "Penanggulangan Bencana")
    from dataclasses import replace

    sched.projects.update(sched.project_id, replace(data, cause_area_id=cause))
    valid = dt.date(2031, 1, 1)
    best = sched.member(
        "Best",
        professions={"Dokter": valid},
        windows=((0, 7, 13),),
        interests=("Penanggulangan Bencana",),
    )
    available = sched.member("Available", professions={"Dokter": valid}, windows=((0, 7, 13),))
    busy = sched.member("Busy", professions={"Dokter": valid}, windows=((0, 7, 13),))
    sched.signups.sign_up(sched.shift(at(0, 9), at(0, 11)), busy)
    sched.member("Expired", professions={"Dokter": dt.date(2029, 6, 1)}, windows=((0, 7, 13),))
    sched.member("Nurse", professions={"Perawat": valid}, windows=((0, 7, 13),))
    sched.member("Inactive", status="inactive", professions={"Dokter": valid})
    with sched.db.session() as s:
        found = suggest(s, shift, now=NOW)
    assert names(found) == ["Best", "Available", "Busy"]
    kinds = [r.kind for r in found[0].reasons]
    assert kinds == ["qualification", "available", "no_overlap", "interest", "fairness"]
    first = found[0].reasons[0].message
    assert (first.code, first.params["until"]) == ("fit.profession_until", valid)
    assert "lisensi berlaku sampai 1 Jan 2031" in catalogue("id").text(first)
    assert found[2].hard_conflicts == 1
    assert any(r.kind == "overlap" and not r.good for r in found[2].reasons)
    assert best and available


def test_fairness_puts_fewest_recent_hours_first(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    tired = sched.member("Ayu (tired)", windows=((0, 7, 13),))
    rested = sched.member("Citra", windows=((0, 7, 13),))
    long_ago = sched.member("Budi (long ago)", windows=((0, 7, 13),))
    recent = sched.shift(dt.datetime(2029, 12, 20, 8), dt.datetime(2029, 12, 20, 16))
    old = sched.shift(dt.datetime(2029, 10, 1, 8), dt.datetime(2029, 10, 1, 16))
    sched.now = dt.datetime(2029, 9, 1)
    signed = [
        sched.signups.sign_up(s, m, override_reason="test sign-up").assignment_id
        for s, m in ((recent, tired), (old, long_ago))
    ]
    sched.now = NOW  # attendance is recorded once the shifts have happened
    for aid in signed:
        sched.signups.mark_attended(aid)
    with sched.db.session() as s:
        found = suggest(s, shift, now=NOW)
    # Hours older than 30 days do not count; equal hours fall back to the name order.
    assert names(found) == ["Budi (long ago)", "Citra", "Ayu (tired)"]
    assert found[-1].hours_30d == 8.0
    assert found[-1].reasons[-1].text == "8 hours in the last 30 days."
    assert rested


def test_unavailable_members_are_not_suggested_for_an_open_shift(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    sched.member("Weekend only", windows=((5, 7, 18),))
    sched.member("Monday", windows=((0, 6, 12),))
    with sched.db.session() as s:
        assert names(suggest(s, shift, now=NOW)) == ["Monday"]


def test_cover_message_in_indonesian_and_english():
    req = CoverRequest(
        project="Posko Banjir",
        starts_at=dt.datetime(2030, 1, 12, 8),
        ends_at=dt.datetime(2030, 1, 12, 12),
        location="Bekasi",
        min_volunteers=3,
        max_volunteers=5,
        on_it=["Ani", "Budi"],
        profession="Perawat",
    )
    text = message(req, "id")
    assert "Sabtu, 12 Januari 2030, pukul 08.00–12.00 WIB" in text
    assert "Tempat: Bekasi" in text
    assert "Sudah terdaftar (2/5): Ani, Budi" in text
    assert "Masih dibutuhkan: 1 orang lagi, berprofesi Perawat" in text
    english = message(req, "en")
    assert "Saturday 12 January 2030, 08:00–12:00 WIB" in english
    assert "Still needed: 1 more, who must be a Perawat" in english
