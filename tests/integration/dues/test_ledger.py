"""The dues ledger on a real SQLite file: charging, payments, credit, reversal, receipts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, text

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.errors import ValidationError
from groupdesk.core.models import Member
from groupdesk.core.text_keys import sort_name

TODAY = dt.date(2026, 12, 20)


def _members(db, rows: list[dict]) -> list[int]:
    with db.engine.begin() as conn:
        for i, row in enumerate(rows, start=1):
            data = {"member_number": f"D-{i:03d}", "status": "active", "joined_on": None} | row
            data["sort_name"] = sort_name(data["full_name"])
            data["search_text"] = data["full_name"].lower()
            conn.execute(insert(Member), [data])
        return list(conn.execute(text("SELECT id FROM members ORDER BY id")).scalars())


@pytest.fixture
def dues(db):
    service = DuesService(db, clock=lambda: TODAY)
    biasa = service.add_type("Anggota Biasa")
    service.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1))
    kehormatan = service.add_type("Kehormatan", exempt=True)
    service.add_fee(kehormatan, 50_000, "monthly", dt.date(2026, 1, 1))
    ids = _members(
        db,
        [
            {"full_name": "Siti Rahayu", "joined_on": dt.date(2025, 3, 1)},
            {"full_name": "Budi Santoso", "joined_on": dt.date(2026, 11, 15)},  # mid-November
            {"full_name": "Agus Salim"},  # honorary
            {"full_name": "Dewi Lestari", "status": "left"},
        ],
    )
    for member_id in ids:
        service.assign_type(
            member_id, biasa if member_id != ids[2] else kehormatan, dt.date(2025, 1, 1)
        )
    service.ids = ids  # type: ignore[attr-defined]
    service.biasa = biasa  # type: ignore[attr-defined]
    return service


def test_charging_a_month_twice_charges_nobody_twice(dues) -> None:
    first = dues.charge_period("2026-11")
    again = dues.charge_period("2026-11")
    assert (first.count, first.total) == (1, 50_000)  # Siti only
    assert (again.count, again.total) == (0, 0)


def test_dry_run_counts_without_writing(dues) -> None:
    assert dues.charge_period("2026-12", dry_run=True).count == 2
    assert dues.statement(dues.ids[0]) == []


def test_mid_month_joiner_is_charged_from_the_first_full_month(dues) -> None:
    dues.charge_period("2026-11")
    assert dues.balance(dues.ids[1]) == 0
    dues.charge_period("2026-12")
    assert dues.balance(dues.ids[1]) == 50_000


def test_exempt_and_departed_members_are_never_charged(dues) -> None:
    dues.charge_period("2026-12")
    assert dues.balance(dues.ids[2]) == 0
    assert dues.balance(dues.ids[3]) == 0


def test_an_old_charge_keeps_its_amount_when_the_fee_changes(dues) -> None:
    dues.charge_period("2026-11")
    dues.add_fee(dues.biasa, 60_000, "monthly", dt.date(2026, 12, 1))
    dues.charge_period("2026-12")
    assert [row[4] for row in dues.statement(dues.ids[0])] == [50_000, 60_000]


def test_payment_settles_oldest_charges_first_and_keeps_the_rest_as_credit(dues) -> None:
    dues.charge_period("2026-10")
    dues.charge_period("2026-11")
    posted = dues.record_payment("D-001", 120_000, dt.date(2026, 12, 1), "transfer")
    assert posted.allocated == 100_000
    assert dues.balance(dues.ids[0]) == -20_000
    dues.charge_period("2026-12")  # the credit goes to the new charge
    with dues.db.begin() as conn:
        settled = conn.execute(
            text("SELECT SUM(amount) FROM ledger_allocations WHERE payment_id = :p"),
            {"p": posted.entry_id},
        ).scalar_one()
    assert settled == 120_000
    assert dues.balance(dues.ids[0]) == 30_000


def test_receipt_numbers_have_no_gaps_even_after_a_reversal_or_a_refusal(dues) -> None:
    first = dues.record_payment("D-001", 10_000, dt.date(2026, 12, 1))
    dues.reverse(first.entry_id, "wrong member")
    with pytest.raises(ValidationError):
        dues.record_payment("D-004", 10_000, dt.date(2026, 12, 1))  # has left
    second = dues.record_payment("D-001", 10_000, dt.date(2026, 12, 2))
    assert (first.receipt_number, second.receipt_number) == ("KW/2026/000001", "KW/2026/000002")


def test_reversing_a_payment_reopens_what_it_settled(dues) -> None:
    dues.charge_period("2026-11")
    posted = dues.record_payment("D-001", 50_000, dt.date(2026, 12, 1))
    assert dues.balance(dues.ids[0]) == 0
    dues.reverse(posted.entry_id, "bounced")
    assert dues.balance(dues.ids[0]) == 50_000
    assert [row[5] for row in dues.statement(dues.ids[0])] == [50_000, 0, 50_000]
    with pytest.raises(ValidationError) as caught:
        dues.reverse(posted.entry_id, "again")
    assert caught.value.code == "dues.already_reversed"


@pytest.mark.parametrize(
    ("number", "amount", "when", "code"),
    [
        ("D-001", 0, dt.date(2026, 12, 1), "dues.not_positive"),
        ("D-001", 5_000, dt.date(2026, 12, 21), "dues.future_payment"),
        ("X-999", 5_000, dt.date(2026, 12, 1), "dues.unknown_member"),
        ("D-004", 5_000, dt.date(2026, 12, 1), "dues.member_left"),
    ],
)
def test_bad_payments_are_refused_and_nothing_is_written(dues, number, amount, when, code) -> None:
    with pytest.raises(ValidationError) as caught:
        dues.record_payment(number, amount, when)
    assert caught.value.code == code
    with dues.db.begin() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM ledger_entries")).scalar_one() == 0
        assert conn.execute(text("SELECT COUNT(*) FROM receipt_counters")).scalar_one() == 0


def test_a_closed_period_takes_no_more_charges(dues) -> None:
    dues.close_period("2026-12")
    with pytest.raises(ValidationError) as caught:
        dues.charge_period("2026-12")
    assert caught.value.code == "dues.period_closed"
