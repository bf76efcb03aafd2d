"""A member's standing follows the ledger: the balance kept on the roster's row, and, when
the organisation lets the ledger decide, paid-until and lapsed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from groupdesk.core.audit import history
from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.errors import ValidationError
from tests.integration.dues.test_ledger import _members

TODAY = dt.date(2026, 12, 20)


@pytest.fixture
def dues(db):
    service = DuesService(db, clock=lambda: TODAY)
    biasa = service.add_type("Anggota Biasa")
    service.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1))
    tahunan = service.add_type("Anggota Luar Biasa")
    service.add_fee(tahunan, 300_000, "yearly", dt.date(2026, 1, 1))
    ids = _members(
        db,
        [
            {"full_name": "Siti Rahayu", "paid_until": dt.date(2027, 12, 31)},
            {"full_name": "Budi Santoso", "paid_until": dt.date(2027, 12, 31)},
            {"full_name": "Wayan Sudirta"},  # yearly
        ],
    )
    for member_id in ids[:2]:
        service.assign_type(member_id, biasa, dt.date(2025, 1, 1))
    service.assign_type(ids[2], tahunan, dt.date(2025, 1, 1))
    service.ids = ids  # type: ignore[attr-defined]
    return service


def _row(db, member_id: int) -> tuple[int, dt.date | None, str]:
    with db.engine.connect() as conn:
        balance, paid, status = conn.execute(
            text("SELECT dues_balance, paid_until, status FROM members WHERE id = :m"),
            {"m": member_id},
        ).one()
    paid = paid if paid is None or isinstance(paid, dt.date) else dt.date.fromisoformat(paid)
    return int(balance), paid, status


def _kept_balances_match_the_ledger(db) -> None:
    with db.engine.connect() as conn:
        wrong = conn.execute(
            text(
                "SELECT m.id FROM members m WHERE m.dues_balance <> COALESCE((SELECT "
                "SUM(e.amount) FROM ledger_entries e WHERE e.member_id = m.id), 0)"
            )
        ).all()
    assert wrong == []


def test_the_roster_keeps_every_balance_with_each_entry(dues, db) -> None:
    siti = dues.ids[0]
    dues.charge_period("2026-01")
    dues.charge_period("2026-11")
    assert _row(db, siti)[0] == 100_000
    payment = dues.record_payment("D-001", 150_000, dt.date(2026, 12, 1))
    assert _row(db, siti)[0] == -50_000  # credit
    dues.charge_period("2026-12")  # the credit settles December
    assert _row(db, siti)[0] == 0
    dues.reverse(payment.entry_id, "salah input")
    assert _row(db, siti)[0] == 150_000
    _kept_balances_match_the_ledger(db)


def test_a_typed_date_stays_while_the_organisation_types_it(dues, db) -> None:
    siti = dues.ids[0]
    dues.charge_period("2026-11")
    assert _row(db, siti)[1:] == (dt.date(2027, 12, 31), "active")


def test_paid_until_and_lapsed_follow_the_ledger_when_it_decides(dues, db) -> None:
    siti, budi, wayan = dues.ids
    dues.charge_period("2026-01")  # Wayan's year, everyone's January
    dues.let_ledger_decide(True)
    # Charged and unpaid: paid until the day before January, so lapsed.
    assert _row(db, siti)[1:] == (dt.date(2025, 12, 31), "lapsed")
    dues.record_payment("D-001", 50_000, dt.date(2026, 12, 1))
    assert _row(db, siti)[1:] == (dt.date(2026, 1, 31), "lapsed")  # January paid, still behind
    dues.record_payment("D-003", 300_000, dt.date(2026, 12, 2))
    assert _row(db, wayan)[1:] == (dt.date(2026, 12, 31), "active")  # the year is covered
    dues.charge_period("2026-12")
    dues.record_payment("D-002", 100_000, dt.date(2026, 12, 3))  # January and December
    # Budi owes nothing for February..November (not charged): paid until December's end.
    assert _row(db, budi)[1:] == (dt.date(2026, 12, 31), "active")
    with db.engine.connect() as conn:
        lines = history(conn, "member", budi)
    assert [(line.old_value, line.new_value) for line in lines if line.field == "status"][:2] == [
        ("lapsed", "active"),
        ("active", "lapsed"),
    ]
    _kept_balances_match_the_ledger(db)


def test_a_reversed_payment_takes_paid_until_back(dues, db) -> None:
    wayan = dues.ids[2]
    dues.let_ledger_decide(True)
    dues.charge_period("2026-01")
    payment = dues.record_payment("D-003", 300_000, dt.date(2026, 12, 2))
    assert _row(db, wayan)[1:] == (dt.date(2026, 12, 31), "active")
    dues.reverse(payment.entry_id, "cek ditolak")
    assert _row(db, wayan) == (300_000, dt.date(2025, 12, 31), "lapsed")


def test_the_entry_fee_is_charged_once_in_the_month_a_member_joins(db) -> None:
    dues = DuesService(db, clock=lambda: TODAY)
    biasa = dues.add_type("Anggota Biasa")
    dues.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1), entry_fee=100_000)
    rina, lama = _members(
        db,
        [
            {"full_name": "Rina Wati", "joined_on": dt.date(2026, 12, 10)},
            {"full_name": "Lama Sekali", "joined_on": dt.date(2020, 5, 1)},
        ],
    )
    for member_id in (rina, lama):
        dues.assign_type(member_id, biasa, dt.date(2020, 1, 1))
    dues.let_ledger_decide(True)
    preview = dues.charge_period("2026-12", dry_run=True)
    assert (preview.count, preview.entry_fees, preview.total) == (1, 1, 150_000)
    run = dues.charge_period("2026-12")
    assert (run.count, run.entry_fees, run.total) == (1, 1, 150_000)
    again = dues.charge_period("2026-12")
    assert (again.count, again.entry_fees, again.total) == (0, 0, 0)
    # Rina owes her entry fee, dated the day she joined; no December dues (she joined
    # mid-month) and so no paid-until moved back before she joined.
    with db.engine.connect() as conn:
        fee = conn.execute(
            text(
                "SELECT amount, entry_date FROM ledger_entries WHERE member_id = :m "
                "AND charge_kind = 'entry_fee'"
            ),
            {"m": rina},
        ).one()
    assert (int(fee[0]), str(fee[1])) == (100_000, "2026-12-10")
    assert _row(db, rina) == (100_000, None, "active")
    assert _row(db, lama)[0] == 50_000  # December's dues, no entry fee years after joining


def test_a_months_charges_are_taken_back_as_one_step_while_none_is_paid(dues, db) -> None:
    siti, budi, _wayan = dues.ids
    dues.let_ledger_decide(True)
    dues.charge_period("2026-11")
    assert dues.undo_charges("2026-11", "salah bulan") == 2  # Siti and Budi (monthly)
    assert _row(db, siti)[0] == 0 and _row(db, budi)[0] == 0
    _kept_balances_match_the_ledger(db)
    again = dues.charge_period("2026-11")  # charging the month again charges afresh
    assert again.count == 2
    dues.record_payment("D-001", 50_000, dt.date(2026, 12, 1))
    with pytest.raises(ValidationError) as caught:
        dues.undo_charges("2026-11", "salah bulan")
    assert caught.value.code == "dues.charges_paid"
    assert _row(db, budi)[0] == 50_000  # nothing was taken back


def test_a_type_changed_after_the_month_was_charged_never_charges_it_twice(dues, db) -> None:
    siti = dues.ids[0]
    dues.charge_period("2026-11")
    pelajar = dues.add_type("Pelajar")
    dues.add_fee(pelajar, 20_000, "monthly", dt.date(2026, 1, 1))
    dues.assign_type(siti, pelajar, dt.date(2026, 11, 2))
    dues.charge_period("2026-12")  # from now on at the new type's fee
    again = dues.charge_period("2026-11")  # charging November again picks up nobody
    assert again.count == 0
    assert _row(db, siti)[0] == 50_000 + 20_000


def test_a_member_paid_ahead_is_not_lapsed_and_reactivated_by_a_charge(dues, db) -> None:
    siti = dues.ids[0]
    dues.let_ledger_decide(True)
    dues.record_payment("D-001", 50_000, dt.date(2026, 11, 25))  # December paid ahead
    dues.charge_period("2026-12")  # settled from the credit at once
    assert _row(db, siti)[1:] == (dt.date(2026, 12, 31), "active")
    with db.engine.connect() as conn:
        lines = history(conn, "member", siti)
    assert [line for line in lines if line.field == "status"] == []


def test_a_member_typed_in_after_their_month_was_charged_owes_the_entry_fee_next_month(
    db,
) -> None:
    dues = DuesService(db, clock=lambda: TODAY)
    biasa = dues.add_type("Anggota Biasa")
    dues.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1), entry_fee=100_000)
    (dewi,) = _members(db, [{"full_name": "Dewi Sartika", "joined_on": dt.date(2026, 9, 15)}])
    dues.assign_type(dewi, biasa, dt.date(2026, 9, 15))
    dues.charge_period("2026-10")  # the organisation starts charging in October
    dues.charge_period("2026-11")
    # Typed in late: joined in November, after November was charged.
    budi = _members(
        db,
        [{"full_name": "Budi Santoso", "joined_on": dt.date(2026, 11, 3), "member_number": "D-2"}],
    )[-1]
    dues.assign_type(budi, biasa, dt.date(2026, 11, 3))
    preview = dues.charge_period("2026-12", dry_run=True)
    assert (preview.count, preview.entry_fees) == (2, 1)
    run = dues.charge_period("2026-12")
    assert (run.count, run.entry_fees, run.total) == (2, 1, 200_000)
    with db.engine.connect() as conn:
        fees = conn.execute(
            text(
                "SELECT member_id, amount, entry_date FROM ledger_entries "
                "WHERE charge_kind = 'entry_fee'"
            )
        ).all()
    # Budi's entry fee dated the day he joined; Dewi joined before the first month charged.
    assert [(m, int(a), str(d)) for m, a, d in fees] == [(budi, 100_000, "2026-11-03")]
    assert dues.charge_period("2027-01").entry_fees == 0
