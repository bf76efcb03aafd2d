"""Credentials with their renewals, the roster's licence that follows them, and credits (SKP)
earned within a licence's validity."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from groupdesk.core.credentials import (
    add_activity,
    add_credential,
    at_risk,
    award_credits,
    credentials_of,
    progress,
    renew_credential,
)
from groupdesk.core.errors import ValidationError
from groupdesk.core.models import MemberProfession
from groupdesk.core.models.credential import Credential, CreditActivity, CreditAward

from .setup import TODAY, nurses


def _licence(db, member: int, profession: int) -> tuple[str | None, dt.date | None]:
    with db.session() as s:
        row = s.execute(
            select(MemberProfession.licence_number, MemberProfession.licence_valid_until).where(
                MemberProfession.member_id == member, MemberProfession.profession_id == profession
            )
        ).one()
        return tuple(row)


def test_renewal_keeps_the_old_credential_and_the_roster_shows_the_new_one(db) -> None:
    setup = nurses(db)
    ani = setup.members[0]
    with db.transaction() as s:
        first = add_credential(
            s,
            ani,
            setup.str_kind,
            "STR-1",
            dt.date(2021, 1, 10),
            dt.date(2026, 1, 9),
            "KKI",
            today=TODAY,
        )
    assert _licence(db, ani, setup.profession) == ("STR-1", dt.date(2026, 1, 9))
    with db.transaction() as s:
        renew_credential(s, first, "STR-2", dt.date(2026, 1, 5), dt.date(2031, 1, 4), today=TODAY)
        # a second kind (SIP) leaves the licence as it is
        add_credential(
            s, ani, setup.sip_kind, "SIP-9", dt.date(2026, 2, 1), dt.date(2031, 1, 4), today=TODAY
        )
    assert _licence(db, ani, setup.profession) == ("STR-2", dt.date(2031, 1, 4))
    with db.session() as s:
        rows = credentials_of(s, ani)
    strs = [r for r in rows if r.kind == "STR"]
    assert [(r.number, r.renewed) for r in strs] == [("STR-2", False), ("STR-1", True)]
    assert strs[0].renews_id == first and strs[0].issuing_body == "KKI"  # carried over


def test_an_older_credential_added_later_does_not_replace_the_newer_licence(db) -> None:
    setup = nurses(db)
    ani = setup.members[0]
    with db.transaction() as s:
        add_credential(
            s, ani, setup.str_kind, "NEW", dt.date(2025, 1, 1), dt.date(2030, 1, 1), today=TODAY
        )
        add_credential(
            s, ani, setup.str_kind, "OLD", dt.date(2019, 1, 1), dt.date(2024, 1, 1), today=TODAY
        )
    assert _licence(db, ani, setup.profession) == ("NEW", dt.date(2030, 1, 1))


@pytest.mark.parametrize(
    ("issued", "until", "code"),
    [
        (TODAY + dt.timedelta(days=1), None, "credentials.issued_in_future"),
        (dt.date(2025, 1, 1), dt.date(2024, 12, 31), "credentials.ends_before_issued"),
    ],
)
def test_a_wrong_credential_is_refused_with_nothing_written(db, issued, until, code) -> None:
    setup = nurses(db)
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        add_credential(s, setup.members[0], setup.str_kind, "X", issued, until, today=TODAY)
    assert caught.value.code == code
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Credential)) == 0
        assert s.scalar(select(func.count()).select_from(MemberProfession)) == 0


def test_an_unknown_member_is_refused(db) -> None:
    setup = nurses(db)
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        add_credential(s, 9999, setup.str_kind, "X", dt.date(2025, 1, 1), None, today=TODAY)
    assert caught.value.code == "credentials.unknown_member"


def test_credits_on_a_day_still_to_come_are_refused_with_nothing_written(db) -> None:
    nurses(db)
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        add_activity(s, "Seminar Luka", "seminar", TODAY + dt.timedelta(days=3), 2, today=TODAY)
    assert caught.value.code == "credits.future_activity"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CreditActivity)) == 0


def _activity(db, name, day, points, category, members) -> int:
    with db.transaction() as s:
        pk = add_activity(s, name, "seminar", day, points, category=category, today=TODAY)
        award_credits(s, pk, dict.fromkeys(members), today=TODAY)
        return pk


def test_progress_counts_the_credits_within_the_current_licence(db) -> None:
    setup = nurses(db)
    ani = setup.members[0]
    with db.transaction() as s:
        add_credential(
            s,
            ani,
            setup.str_kind,
            "STR-1",
            dt.date(2022, 6, 1),
            dt.date(2027, 5, 31),
            today=TODAY,
        )
    _activity(db, "Before", dt.date(2022, 5, 31), 10, "Ilmiah", [ani])  # before the licence
    _activity(db, "Workshop", dt.date(2023, 3, 1), 12, "Praktik", [ani])
    _activity(db, "Congress", dt.date(2024, 8, 1), 8, "Ilmiah", [ani])
    with db.session() as s:
        got = progress(s, ani, setup.profession, TODAY)
    assert (got.earned, got.required, got.window_from) == (20.0, 25, dt.date(2022, 6, 1))
    assert [(c.category, c.earned, c.minimum) for c in got.categories] == [("Ilmiah", 8.0, 5)]
    assert not got.enough
    _activity(db, "Jurnal", dt.date(2025, 1, 1), 5, "Praktik", [ani])
    with db.session() as s:
        assert progress(s, ani, setup.profession, TODAY).enough


def test_the_same_member_cannot_get_an_activitys_credits_twice(db) -> None:
    setup = nurses(db)
    pk = _activity(db, "Seminar", dt.date(2025, 1, 1), 2, None, setup.members[:1])
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        award_credits(s, pk, dict.fromkeys(setup.members[:2]), today=TODAY)
    assert caught.value.code == "credits.already_awarded"
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(CreditAward)) == 1


def test_at_risk_lists_licences_ending_soon_without_enough_credits(db) -> None:
    setup = nurses(db, count=4)
    ani, budi, citra, dewi = setup.members
    with db.transaction() as s:
        for member, until in (
            (ani, dt.date(2027, 3, 1)),  # ends within 6 months, few credits: at risk
            (budi, dt.date(2027, 3, 1)),  # ends within 6 months, enough credits
            (citra, dt.date(2029, 1, 1)),  # ends later
            (dewi, dt.date(2026, 11, 1)),  # already ended: not "at risk", expired
        ):
            add_credential(
                s,
                member,
                setup.str_kind,
                f"STR-{member}",
                dt.date(2022, 3, 2),
                until,
                today=TODAY,
            )
    _activity(db, "Congress", dt.date(2024, 1, 1), 10, "Ilmiah", [ani, budi])
    _activity(db, "Course", dt.date(2025, 1, 1), 20, "Ilmiah", [budi])
    with db.session() as s:
        found = at_risk(s, TODAY, 6)
        assert at_risk(s, TODAY, 1) == []
    assert [(r.member_id, r.earned, r.required) for r in found] == [(ani, 10.0, 25.0)]
    assert found[0].profession == "Perawat Anestesi" and found[0].licence_number == f"STR-{ani}"
