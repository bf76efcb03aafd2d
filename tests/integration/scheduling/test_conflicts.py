"""Each conflict rule: a case that triggers it and one that does not."""

from __future__ import annotations

import datetime as dt

from groupdesk.core.messages import catalogue
from groupdesk.core.scheduling.conflicts import check_signup, conflicts_between

from .conftest import MONDAY, NOW, at


def rules_of(sched, shift, member):
    with sched.db.session() as s:
        return {(c.rule, c.severity) for c in check_signup(s, shift, member, today=NOW.date())}


def test_overlap_is_hard_beyond_the_buffer_and_soft_within_it(sched):
    sched.settings(overlap_buffer_minutes=30)
    first = sched.shift(at(0, 8), at(0, 12))
    m = sched.member()
    sched.signups.sign_up(first, m)
    handover = sched.shift(at(0, 11, 30), at(0, 15))
    clash = sched.shift(at(0, 10), at(0, 14))
    later = sched.shift(at(0, 12), at(0, 16))
    assert rules_of(sched, handover, m) == {("overlap", "soft")}
    assert rules_of(sched, clash, m) == {("overlap", "hard")}
    assert rules_of(sched, later, m) == set()


def test_outside_availability_windows(sched):
    m = sched.member(windows=((0, 7, 13),))  # Mondays 07:00-13:00
    inside = sched.shift(at(0, 8), at(0, 12))
    too_late = sched.shift(at(0, 12), at(0, 16))
    other_day = sched.shift(at(1, 8), at(1, 12))
    assert rules_of(sched, inside, m) == set()
    assert rules_of(sched, too_late, m) == {("availability", "soft")}
    assert rules_of(sched, other_day, m) == {("availability", "soft")}


def test_missing_profession_or_skill(sched):
    nurse = sched.member(professions={"Perawat": dt.date(2031, 1, 1)}, skills=("Mengajar",))
    from groupdesk.core.models import Profession, Skill

    shift_prof = sched.shift(
        at(0, 8), at(0, 12), required_profession_id=sched.ref(Profession, "Perawat")
    )
    shift_doc = sched.shift(
        at(1, 8), at(1, 12), required_profession_id=sched.ref(Profession, "Dokter")
    )
    shift_skill = sched.shift(at(2, 8), at(2, 12), required_skill_id=sched.ref(Skill, "Mengajar"))
    shift_aid = sched.shift(
        at(3, 8), at(3, 12), required_skill_id=sched.ref(Skill, "Pertolongan Pertama")
    )
    assert rules_of(sched, shift_prof, nurse) == set()
    assert rules_of(sched, shift_doc, nurse) == {("profession", "hard")}
    assert rules_of(sched, shift_skill, nurse) == set()
    assert rules_of(sched, shift_aid, nurse) == {("skill", "hard")}


def test_licence_expired_or_expiring_before_the_shift(sched):
    from groupdesk.core.models import Profession

    pid = sched.ref(Profession, "Dokter")
    shift = sched.shift(at(4, 8), at(4, 12), required_profession_id=pid)  # Friday 11 Jan
    expired = sched.member(professions={"Dokter": dt.date(2029, 12, 1)})
    expiring = sched.member(professions={"Dokter": dt.date(2030, 1, 9)})
    valid = sched.member(professions={"Dokter": dt.date(2030, 1, 11)})
    assert rules_of(sched, shift, expired) == {("licence", "hard")}
    assert rules_of(sched, shift, expiring) == {("licence", "hard")}
    assert rules_of(sched, shift, valid) == set()
    with sched.db.session() as s:
        (c,) = check_signup(s, shift, expiring, today=NOW.date())
    assert c.message.code == "conflict.licence_expires"
    assert c.message.params["date"] == dt.date(2030, 1, 9)
    assert catalogue("id").text(c.message) == (
        "Lisensi Dokter kedaluwarsa pada 9 Jan 2030, sebelum giliran."
    )


def test_inactive_member(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    assert rules_of(sched, shift, sched.member(status="lapsed")) == {("inactive", "hard")}
    assert rules_of(sched, shift, sched.member(status="active")) == set()


def test_max_hours_per_24h(sched):
    sched.settings(max_hours_per_24h=10)
    m = sched.member()
    sched.signups.sign_up(sched.shift(at(0, 6), at(0, 12)), m)  # 6 h
    five_more = sched.shift(at(0, 20), at(1, 1))  # 5 h, 14 h after the first started
    four_next_day = sched.shift(at(1, 7), at(1, 11))  # outside the 24 h of the first
    assert rules_of(sched, five_more, m) == {("max_hours", "hard")}
    assert rules_of(sched, four_next_day, m) == set()


def test_min_rest_between_shifts(sched):
    sched.settings(min_rest_minutes=8 * 60)
    m = sched.member()
    sched.signups.sign_up(sched.shift(at(0, 14), at(0, 22)), m)
    early_next = sched.shift(at(1, 4), at(1, 8))  # 6 h rest
    rested = sched.shift(at(1, 8), at(1, 12))  # 10 h rest
    assert rules_of(sched, early_next, m) == {("min_rest", "hard")}
    assert rules_of(sched, rested, m) == set()


def test_consecutive_demanding_shifts(sched):
    sched.settings(max_consecutive_demanding=2)
    m = sched.member()
    sched.signups.sign_up(sched.shift(at(0, 8), at(0, 16), demanding=True), m)
    sched.signups.sign_up(sched.shift(at(1, 8), at(1, 16), demanding=True), m)
    third = sched.shift(at(2, 8), at(2, 16), demanding=True)
    light = sched.shift(at(2, 8, 0), at(2, 16), demanding=False)
    after_rest_day = sched.shift(at(3, 17), at(3, 20), demanding=True)
    assert rules_of(sched, third, m) == {("consecutive_demanding", "hard")}
    assert rules_of(sched, light, m) == set()
    assert rules_of(sched, after_rest_day, m) == set()


def test_week_conflict_list_shows_every_problem_at_once(sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    clash = sched.shift(at(0, 10), at(0, 14))
    a = sched.member("Ani", status="inactive")
    b = sched.member("Budi")
    sched.signups.sign_up(shift, a, override_reason="Rejoining, approved by the board")
    sched.signups.sign_up(shift, b)
    sched.signups.sign_up(clash, b, override_reason="handover agreed with the team")
    start = dt.datetime.combine(MONDAY, dt.time())
    with sched.db.session() as s:
        found = conflicts_between(s, start, start + dt.timedelta(days=7), today=NOW.date())
    got = sorted((f.member_name, f.shift_id, f.conflict.rule) for f in found)
    assert got == [
        ("Ani", shift, "inactive"),
        ("Budi", shift, "overlap"),
        ("Budi", clash, "overlap"),
    ]


def test_guardrail_settings_are_validated_and_audited(sched):
    from dataclasses import replace

    import pytest
    from sqlalchemy import select

    from groupdesk.core.errors import ValidationError
    from groupdesk.core.models import AuditEntry
    from groupdesk.core.services.common import load_rules, save_rules

    with sched.db.transaction() as s:
        rules = load_rules(s)
    with pytest.raises(ValidationError) as err, sched.db.transaction() as s:
        save_rules(s, replace(rules, max_hours_per_24h=0))
    assert err.value.field == "max_hours_per_24h"
    with sched.db.transaction() as s:
        save_rules(s, replace(rules, min_rest_minutes=600))
    with sched.db.engine.connect() as conn:
        assert load_rules(conn).min_rest_minutes == 600
        fields = (
            conn.execute(select(AuditEntry.field).where(AuditEntry.entity == "organisation"))
            .scalars()
            .all()
        )
    assert fields == ["min_rest_minutes"]


def test_batch_check_for_imports_uses_the_same_rules_and_sees_earlier_rows(sched):
    from groupdesk.core.scheduling.conflicts import check_many

    a = sched.shift(at(0, 8), at(0, 12))
    b = sched.shift(at(0, 11), at(0, 15))
    ok = sched.member("Ani")
    lapsed = sched.member("Budi", status="lapsed")
    with sched.db.session() as s:
        found = check_many(s, [(a, ok), (b, ok), (a, lapsed)], today=NOW.date())
    assert [[c.rule for c in row] for row in found] == [[], ["overlap"], ["inactive"]]
    with sched.db.session() as s:
        single = check_signup(s, a, lapsed, today=NOW.date())
    assert single == found[2]
