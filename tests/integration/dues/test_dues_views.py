"""What the Dues page reads and the type form writes, on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, text

from groupdesk.core.dues.ledger import DuesService, Fee
from groupdesk.core.dues.views import LedgerFilter, ledger_page, membership_types
from groupdesk.core.errors import ValidationError
from groupdesk.core.models import Member
from groupdesk.core.text_keys import sort_name

TODAY = dt.date(2026, 12, 20)


def _members(db, names: list[str]) -> list[int]:
    with db.engine.begin() as conn:
        for i, name in enumerate(names, start=1):
            conn.execute(
                insert(Member),
                [
                    {
                        "member_number": f"V-{i:03d}",
                        "full_name": name,
                        "status": "active",
                        "sort_name": sort_name(name),
                        "search_text": name.lower(),
                    }
                ],
            )
        return list(conn.execute(text("SELECT id FROM members ORDER BY id")).scalars())


@pytest.fixture
def dues(db) -> DuesService:
    return DuesService(db, clock=lambda: TODAY)


def test_a_type_shows_the_fee_in_force_and_a_new_fee_keeps_old_charges(db, dues) -> None:
    biasa = dues.save_type(
        None, "Anggota Biasa", False, Fee(50_000, "monthly", dt.date(2026, 1, 1))
    )
    ids = _members(db, ["Siti Rahayu"])
    assert dues.assign_unassigned(biasa, dt.date(2026, 1, 1)) == 1
    dues.charge_period("2026-11")
    dues.save_type(biasa, "Anggota Biasa", False, Fee(75_000, "monthly", dt.date(2026, 12, 1)))
    dues.charge_period("2026-12")

    (row,) = membership_types(db, on=TODAY)
    assert (row.name, row.amount, row.period, row.fee_from, row.members) == (
        "Anggota Biasa",
        75_000,
        "monthly",
        dt.date(2026, 12, 1),
        1,
    )
    assert [r.amount for r in ledger_page(db, LedgerFilter(member_id=ids[0]))] == [75_000, 50_000]


def test_a_refused_fee_leaves_the_type_as_it_was(db, dues) -> None:
    biasa = dues.save_type(
        None, "Anggota Biasa", False, Fee(50_000, "monthly", dt.date(2026, 1, 1))
    )
    with pytest.raises(ValidationError) as refused:
        dues.save_type(biasa, "Biasa", True, Fee(60_000, "monthly", dt.date(2026, 1, 1)))
    assert (refused.value.field, refused.value.code) == ("valid_from", "dues.fee_exists")
    (row,) = membership_types(db, on=TODAY)
    assert (row.name, row.exempt, row.amount) == ("Anggota Biasa", False, 50_000)


def test_type_names_are_needed_and_unique(dues) -> None:
    dues.add_type("Anggota Biasa")
    with pytest.raises(ValidationError) as same:
        dues.add_type("anggota biasa ")
    with pytest.raises(ValidationError) as blank:
        dues.add_type("  ")
    assert (same.value.code, blank.value.code) == ("dues.type_exists", "dues.type_name_empty")


def test_the_ledger_is_read_a_page_at_a_time_filtered_by_month(db, dues) -> None:
    biasa = dues.add_type("Anggota Biasa")
    dues.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1))
    ids = _members(db, [f"Anggota {i}" for i in range(5)])
    dues.assign_unassigned(biasa, dt.date(2026, 1, 1))
    dues.charge_period("2026-11")
    dues.charge_period("2026-12")
    paid = dues.record_payment("V-001", 50_000, dt.date(2026, 12, 5), "transfer", "BCA 1")

    first = ledger_page(db, limit=4)
    rest = ledger_page(db, before_id=first[-1].id, limit=4)
    assert [r.id for r in first + rest] == sorted((r.id for r in first + rest), reverse=True)
    assert len(first + rest) == 8 and len(ledger_page(db, limit=100)) == 11
    december = ledger_page(db, LedgerFilter(period="2026-12"))
    assert {(r.kind, r.period) for r in december} == {("charge", "2026-12"), ("payment", None)}
    assert len(ledger_page(db, LedgerFilter(member_id=ids[0], period="2026-11"))) == 1
    dues.reverse(paid.entry_id, "salah catat")
    payment = next(r for r in ledger_page(db) if r.id == paid.entry_id)
    assert payment.reversed and payment.receipt_number == paid.receipt_number


def test_emptying_the_trash_keeps_members_who_are_in_the_books(db, dues) -> None:
    from groupdesk.core.services.members import MemberService

    biasa = dues.save_type(
        None, "Anggota Biasa", False, Fee(50_000, "monthly", dt.date(2026, 1, 1))
    )
    charged, never = _members(db, ["Siti Rahayu", "Budi Santoso"])
    dues.assign_type(charged, biasa, dt.date(2026, 1, 1))
    dues.charge_period("2026-11")
    members = MemberService(db)
    members.move_to_trash([charged, never])

    assert members.empty_trash() == 1
    with db.engine.connect() as conn:
        left = conn.execute(text("SELECT id FROM members")).scalars().all()
    assert left == [charged]
    assert [r.member_name for r in ledger_page(db)] == ["Siti Rahayu"]


def test_a_new_member_in_the_books_is_not_taken_back_without_a_trace(db, dues) -> None:
    from groupdesk.core.services.members import MemberService

    (member,) = _members(db, ["Siti Rahayu"])
    dues.record_payment("V-001", 50_000, TODAY)
    with pytest.raises(ValidationError) as refused:
        MemberService(db).purge(member)
    assert (refused.value.code, refused.value.params["name"]) == (
        "dues.member_in_books",
        "Siti Rahayu",
    )
    assert len(ledger_page(db)) == 1
