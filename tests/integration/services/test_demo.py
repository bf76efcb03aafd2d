"""The demo association: believable, Indonesian, scaled on request, never mixed into real data."""

from __future__ import annotations

import datetime as dt

import phonenumbers
import pytest
from sqlalchemy import func, select

from groupdesk.core.demo import DemoRefused, generate_demo
from groupdesk.core.models import (
    Assignment,
    Challenge,
    Member,
    MemberProfession,
    Shift,
    VolunteerProject,
)

TODAY = dt.date(2026, 11, 25)


def count(db, model, *where) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


def test_default_demo_is_a_small_association(db) -> None:
    summary = generate_demo(db, today=TODAY)
    assert count(db, Member) == summary.members == 300
    assert count(db, VolunteerProject) == 8
    assert count(db, Challenge) == 20
    future = count(
        db,
        Shift,
        Shift.starts_at >= dt.datetime(2026, 11, 25),
        Shift.starts_at < dt.datetime(2027, 1, 7),
    )
    assert 130 <= future <= 170
    assert count(db, Assignment) > 500
    soon = count(
        db,
        MemberProfession,
        MemberProfession.licence_valid_until.between(TODAY, TODAY + dt.timedelta(days=30)),
    )
    assert soon > 0


def test_demo_members_have_indonesian_phone_numbers(db) -> None:
    generate_demo(db, members=60, today=TODAY)
    with db.session() as s:
        phones = [p for p in s.scalars(select(Member.phone)) if p]
    assert phones
    for phone in phones:
        parsed = phonenumbers.parse(phone, "ID")
        assert phonenumbers.is_valid_number(parsed), phone
        assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE


def test_demo_scales_and_keeps_capacity_rules(db) -> None:
    generate_demo(db, members=2000, signups=4000, today=TODAY)
    assert count(db, Member) == 2000
    assert count(db, Shift) == 400
    assert 3000 < count(db, Assignment) < 5000
    with db.session() as s:
        over = s.execute(
            select(Shift.id)
            .join(Assignment, Assignment.shift_id == Shift.id)
            .where(Assignment.status.in_(("signed_up", "confirmed", "attended", "no_show")))
            .group_by(Shift.id)
            .having(func.count() > Shift.max_volunteers)
        ).all()
    assert over == []


def test_demo_refuses_a_database_with_data(db) -> None:
    generate_demo(db, members=10, today=TODAY)
    with pytest.raises(DemoRefused):
        generate_demo(db, members=10, today=TODAY)
    assert count(db, Member) == 10


def test_demo_is_repeatable(tmp_path) -> None:
    from groupdesk.core.database import open_database

    rosters = []
    for name in ("a.sqlite", "b.sqlite"):
        db = open_database(tmp_path / name)
        generate_demo(db, members=40, today=TODAY)
        with db.session() as s:
            rosters.append(s.execute(select(Member.full_name, Member.phone)).all())
        db.close()
    assert rosters[0] == rosters[1]
