"""A hard rule blocks a sign-up; the organisation may allow an override per rule, and then a
real reason is required and kept on the sign-up and in the history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from groupdesk.core.errors import ValidationError
from groupdesk.core.messages import catalogue
from groupdesk.core.models import AuditEntry, Profession
from groupdesk.core.services.common import DEFAULT_OVERRIDABLE, load_rules, save_rules
from groupdesk.core.services.signups import ConflictsFound, RuleBlocks

from .conftest import at


@pytest.fixture
def nurse_shift(sched):
    return sched.shift(at(0, 8), at(0, 12), required_profession_id=sched.ref(Profession, "Perawat"))


def _set_overridable(sched, rules):
    with sched.db.transaction() as s:
        old = load_rules(s)
        save_rules(s, old.__class__(**{**old.__dict__, "overridable": frozenset(rules)}))


def _nothing_saved(sched, shift):
    assert sched.signups.attendance(shift) == []


def test_defaults_allow_no_override_of_licence_or_profession(sched):
    with sched.db.engine.connect() as conn:
        rules = load_rules(conn)
    assert "licence" not in rules.overridable and "profession" not in rules.overridable
    assert {"overlap", "min_rest", "max_hours"} <= rules.overridable == DEFAULT_OVERRIDABLE


def test_expired_licence_blocks_even_with_a_reason(sched, nurse_shift):
    m = sched.member("Ani", professions={"Perawat": dt.date(2029, 6, 30)})
    with pytest.raises(RuleBlocks) as err:
        sched.signups.sign_up(nurse_shift, m, override_reason="x")
    assert err.value.code == "signup.rule_blocks" and err.value.params["rules"] == ["licence"]
    assert "memblokir" in catalogue("id").text(err.value.message)
    with pytest.raises(RuleBlocks):
        sched.signups.sign_up(nurse_shift, m, override_reason="She renewed it, paper on its way")
    _nothing_saved(sched, nurse_shift)
    review = sched.signups.review(nurse_shift, m)
    assert [c.rule for c in review.blocking] == ["licence"]


def test_a_lawyer_on_a_nurse_shift_is_blocked(sched, nurse_shift):
    lawyer = sched.member("Budi", professions={"Advokat": None})
    with pytest.raises(RuleBlocks) as err:
        sched.signups.sign_up(nurse_shift, lawyer, override_reason="x")
    assert err.value.params["rules"] == ["profession"]
    _nothing_saved(sched, nurse_shift)


def test_double_booking_needs_a_real_reason(sched):
    first = sched.shift(at(0, 8), at(0, 12))
    clash = sched.shift(at(0, 10), at(0, 14))
    m = sched.member("Citra")
    sched.signups.sign_up(first, m)
    with pytest.raises(ConflictsFound):
        sched.signups.sign_up(clash, m)
    for lazy in ("x", "ok", "          ", "1234567890"):
        with pytest.raises(ValidationError) as err:
            sched.signups.sign_up(clash, m, override_reason=lazy)
        assert err.value.field == "override_reason"
    _nothing_saved(sched, clash)
    reason = "Handover agreed with Dewi"
    sched.signups.sign_up(clash, m, override_reason=reason)
    [row] = sched.signups.attendance(clash)
    assert row.override_reason == reason
    with sched.db.session() as s:
        history = dict(
            s.execute(
                select(AuditEntry.field, AuditEntry.new_value).where(
                    AuditEntry.entity == "assignment", AuditEntry.entity_id == row.assignment_id
                )
            ).all()
        )
    assert history["override_reason"] == reason
    assert history["overridden_rules"] == ["overlap"]


def test_double_booking_blocks_when_the_organisation_turns_its_override_off(sched):
    first = sched.shift(at(0, 8), at(0, 12))
    clash = sched.shift(at(0, 10), at(0, 14))
    m = sched.member("Citra")
    sched.signups.sign_up(first, m)
    _set_overridable(sched, DEFAULT_OVERRIDABLE - {"overlap"})
    with pytest.raises(RuleBlocks):
        sched.signups.sign_up(clash, m, override_reason="Handover agreed with Dewi")
    _nothing_saved(sched, clash)


def test_organisation_can_allow_a_licence_override_and_it_is_recorded(sched, nurse_shift):
    m = sched.member("Ani", professions={"Perawat": dt.date(2029, 6, 30)})
    _set_overridable(sched, DEFAULT_OVERRIDABLE | {"licence"})
    with sched.db.session() as s:
        saved = s.execute(
            select(AuditEntry.new_value).where(
                AuditEntry.entity == "organisation", AuditEntry.field == "override_rules"
            )
        ).scalar_one()
    assert "licence" in saved.split(",")
    with pytest.raises(ValidationError):
        sched.signups.sign_up(nurse_shift, m, override_reason="x")
    result = sched.signups.sign_up(nurse_shift, m, override_reason="STR renewal approved by IDI")
    assert result.status == "signed_up"
    assert sched.signups.review(nurse_shift, m).blocking == ()
