"""The dues ledger: charges, payments and reversals, never edited in place.

Amounts are signed integers of rupiah: a charge is owed (+), a payment settles (-), a reversal
is the negative of the entry it reverses, so a member's balance is one indexed ``SUM``.

Who is charged for a month (documented rule): a member whose type on the month's first day
is not exempt, who joined on or before that first day (someone joining mid-month is charged
from the first full month after joining), who has not left and is not in the trash.

The entry fee (uang pangkal) is charged once, with the month in which the member joined: the
fee version and type in force on the day they joined decide it, dated that day. A member
typed in after their joining month was charged is charged it with the next month charged;
members who joined before the first month the organisation charged never are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import BindParameter, Connection, bindparam, text

from groupdesk.core import audit
from groupdesk.core.audit.who import who
from groupdesk.core.database import Database
from groupdesk.core.errors import ValidationError
from groupdesk.core.models import AuditAction

from . import standing
from .allocation import match_oldest
from .periods import fee_periods_due, parse_period, period_ends
from .receipt_numbers import take_receipts
from .volunteer_hours import (
    UNCHANGED,
    Unchanged,
    check_required_hours,
    write_required_hours,
)

FEE_PERIODS = ("monthly", "quarterly", "yearly", "once")
METHODS = ("tunai", "transfer", "qris", "e_wallet", "other")
ENTITY = "ledger_entry"

# Members charged for a month, with the fee version in force on its first day; the charge
# key makes a second run (or a concurrent one) insert nothing twice.
_DUE = """
FROM members m
JOIN member_type_assignments a ON a.member_id = m.id
     AND a.valid_from <= :start AND (a.valid_to IS NULL OR a.valid_to >= :start)
JOIN membership_types t ON t.id = a.type_id AND NOT t.exempt
JOIN membership_fees f ON f.type_id = a.type_id AND f.period IN :fee_periods
     AND f.valid_from = (SELECT MAX(f2.valid_from) FROM membership_fees f2
                         WHERE f2.type_id = a.type_id AND f2.valid_from <= :start)
WHERE m.deleted_at IS NULL AND m.status <> 'left'
  AND (m.joined_on IS NULL OR m.joined_on <= :start)
  AND f.amount > 0
"""
_FEE_PERIODS: BindParameter[str] = bindparam("fee_periods", expanding=True)
# One key per member and month, whatever their type: a type changed after the month was charged
# never charges it twice.
_KEY = "'dues:' || m.id || ':' || CAST(:period AS VARCHAR(7))"
# Members who joined from the first month ever charged to the end of this one, with the entry
# fee of their type on the day they joined; once per member, however often it is charged.
_JOINED = """
FROM members m
JOIN member_type_assignments a ON a.member_id = m.id
     AND a.valid_from <= m.joined_on AND (a.valid_to IS NULL OR a.valid_to >= m.joined_on)
JOIN membership_types t ON t.id = a.type_id AND NOT t.exempt
JOIN membership_fees f ON f.type_id = a.type_id
     AND f.valid_from = (SELECT MAX(f2.valid_from) FROM membership_fees f2
                         WHERE f2.type_id = a.type_id AND f2.valid_from <= m.joined_on)
WHERE m.deleted_at IS NULL AND m.status <> 'left'
  AND m.joined_on >= :start AND m.joined_on <= :end
  AND f.entry_fee > 0
"""
_ENTRY_KEY = "'entry:' || m.id"


@dataclass(frozen=True)
class Fee:
    """One version of a type's fee: ``amount`` each ``period`` from ``valid_from``."""

    amount: int
    period: str
    valid_from: dt.date
    entry_fee: int = 0


def _check_fee(fee: Fee) -> None:
    if fee.amount < 0 or fee.entry_fee < 0:
        field = "amount" if fee.amount < 0 else "entry_fee"
        raise ValidationError(field, "money.negative", text=str(min(fee.amount, fee.entry_fee)))
    if fee.period not in FEE_PERIODS:
        raise ValidationError("period", "dues.period_invalid", text=fee.period)


@dataclass(frozen=True)
class ChargeRun:
    """What ``charge_period`` did (or would do): members charged and the total owed."""

    period: str
    count: int
    total: int
    dry_run: bool
    entry_fees: int = 0  # members charged their entry fee this run (in ``total`` too)


@dataclass(frozen=True)
class Posted:
    """One entry written; ``reverse(entry_id)`` undoes it as one step."""

    entry_id: int
    receipt_number: str | None = None
    allocated: int = 0


class DuesService:
    def __init__(self, db: Database, clock: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.clock = clock

    # -- types and fees -------------------------------------------------------------------
    def add_type(self, name: str, exempt: bool = False) -> int:
        """A membership type ("Anggota Biasa", "Kehormatan" exempt from dues)."""
        with self.db.begin() as conn:
            return self._insert_type(conn, name.strip(), exempt)

    def update_type(self, type_id: int, name: str, exempt: bool) -> None:
        """Rename a type or change whether it is exempt; charges already made stay."""
        with self.db.begin() as conn:
            self._update_type(conn, type_id, name.strip(), exempt)

    def save_type(
        self,
        type_id: int | None,
        name: str,
        exempt: bool,
        fee: Fee | None,
        required_hours: int | Unchanged | None = UNCHANGED,
    ) -> int:
        """A new type (``type_id`` None) or a changed one, with a new fee version when ``fee``
        is given and the volunteer hours its members owe a year, in one transaction: a
        refused fee leaves the type as it was."""
        if fee is not None:
            _check_fee(fee)
        if not isinstance(required_hours, Unchanged):
            check_required_hours(required_hours)
        with self.db.begin() as conn:
            if type_id is None:
                type_id = self._insert_type(conn, name.strip(), exempt)
            else:
                self._update_type(conn, type_id, name.strip(), exempt)
            if fee is not None:
                self._insert_fee(conn, type_id, fee)
            if not isinstance(required_hours, Unchanged):
                write_required_hours(conn, type_id, required_hours)
            return type_id

    def assign_unassigned(self, type_id: int, valid_from: dt.date) -> int:
        """Give ``type_id`` from ``valid_from`` to every current member who has no type, in
        one statement; how many got it. Members with a type keep theirs."""
        with self.db.begin() as conn:
            count = conn.execute(
                text(
                    "INSERT INTO member_type_assignments (member_id, type_id, valid_from) "
                    "SELECT m.id, :t, :v FROM members m WHERE m.deleted_at IS NULL "
                    "AND m.status <> 'left' AND NOT EXISTS (SELECT 1 FROM "
                    "member_type_assignments a WHERE a.member_id = m.id AND a.valid_to IS NULL)"
                ),
                {"t": type_id, "v": valid_from},
            ).rowcount
            if count:
                audit.record(
                    conn,
                    "membership_type",
                    type_id,
                    AuditAction.UPDATE,
                    {"assigned": (None, count), "valid_from": (None, valid_from)},
                )
            return int(count)

    def add_fee(
        self, type_id: int, amount: int, period: str, valid_from: dt.date, entry_fee: int = 0
    ) -> int:
        """A new fee version from ``valid_from``; charges already made keep their amount."""
        fee = Fee(amount, period, valid_from, entry_fee)
        _check_fee(fee)
        with self.db.begin() as conn:
            return self._insert_fee(conn, type_id, fee)

    def _insert_type(self, conn: Connection, name: str, exempt: bool) -> int:
        self._refuse_type_name(conn, name)
        type_id = conn.execute(
            text("INSERT INTO membership_types (name, exempt) VALUES (:n, :e) RETURNING id"),
            {"n": name, "e": exempt},
        ).scalar_one()
        audit.record(
            conn,
            "membership_type",
            type_id,
            AuditAction.CREATE,
            {"name": (None, name), "exempt": (None, exempt)},
        )
        return int(type_id)

    def _update_type(self, conn: Connection, type_id: int, name: str, exempt: bool) -> None:
        before = conn.execute(
            text("SELECT name, exempt FROM membership_types WHERE id = :i"), {"i": type_id}
        ).one_or_none()
        if before is None:
            raise ValidationError("name", "dues.type_unknown", type=type_id)
        self._refuse_type_name(conn, name, type_id)
        changes = {
            key: (old, new)
            for key, old, new in (
                ("name", before.name, name),
                ("exempt", bool(before.exempt), exempt),
            )
            if old != new
        }
        if changes:
            conn.execute(
                text("UPDATE membership_types SET name = :n, exempt = :e WHERE id = :i"),
                {"n": name, "e": exempt, "i": type_id},
            )
            audit.record(conn, "membership_type", type_id, AuditAction.UPDATE, changes)

    def _insert_fee(self, conn: Connection, type_id: int, fee: Fee) -> int:
        if conn.execute(
            text("SELECT 1 FROM membership_fees WHERE type_id = :t AND valid_from = :v"),
            {"t": type_id, "v": fee.valid_from},
        ).first():
            raise ValidationError("valid_from", "dues.fee_exists", when=fee.valid_from)
        fee_id = conn.execute(
            text(
                "INSERT INTO membership_fees (type_id, amount, period, entry_fee, valid_from)"
                " VALUES (:t, :a, :p, :e, :v) RETURNING id"
            ),
            {
                "t": type_id,
                "a": fee.amount,
                "p": fee.period,
                "e": fee.entry_fee,
                "v": fee.valid_from,
            },
        ).scalar_one()
        audit.record(
            conn,
            "membership_fee",
            fee_id,
            AuditAction.CREATE,
            {
                "amount": (None, fee.amount),
                "period": (None, fee.period),
                "valid_from": (None, fee.valid_from),
            },
        )
        return int(fee_id)

    def assign_type(self, member_id: int, type_id: int, valid_from: dt.date) -> int:
        """The member has ``type_id`` from ``valid_from``; the type before ends the day before
        (the history stays, and the member's own history shows the change)."""
        with self.db.begin() as conn:
            before = conn.execute(
                text(
                    "SELECT id, type_id, valid_from FROM member_type_assignments "
                    "WHERE member_id = :m AND valid_to IS NULL"
                ),
                {"m": member_id},
            ).one_or_none()
            if before is not None and _date(before.valid_from) >= valid_from:
                raise ValidationError(
                    "valid_from", "dues.type_from_too_early", since=_date(before.valid_from)
                )
            if before is not None:
                conn.execute(
                    text("UPDATE member_type_assignments SET valid_to = :d WHERE id = :i"),
                    {"d": valid_from - dt.timedelta(days=1), "i": before.id},
                )
            new_id = conn.execute(
                text(
                    "INSERT INTO member_type_assignments (member_id, type_id, valid_from) "
                    "VALUES (:m, :t, :v) RETURNING id"
                ),
                {"m": member_id, "t": type_id, "v": valid_from},
            ).scalar_one()
            audit.record(
                conn,
                "member",
                member_id,
                AuditAction.UPDATE,
                {"membership_type": (before.type_id if before else None, type_id)},
            )
            return int(new_id)

    # -- charging -------------------------------------------------------------------------
    def charge_period(self, period: str, dry_run: bool = False) -> ChargeRun:
        """Charge every due member for ``period`` in one set-based statement and transaction."""
        start, end = parse_period(period)
        params = {"start": start, "period": period, "fee_periods": fee_periods_due(start)}
        ends = period_ends(start)
        with self.db.begin() as conn:
            self._refuse_closed(conn, period)
            joined = {"start": self._first_charged(conn, start), "end": end}
            if dry_run:
                row = conn.execute(
                    text(
                        f"SELECT COUNT(*), COALESCE(SUM(f.amount), 0) {_DUE} AND NOT EXISTS "
                        f"(SELECT 1 FROM ledger_entries e WHERE e.charge_key = {_KEY})"
                    ).bindparams(_FEE_PERIODS),
                    params,
                ).one()
                fees = conn.execute(
                    text(
                        f"SELECT COUNT(*), COALESCE(SUM(f.entry_fee), 0) {_JOINED} AND NOT "
                        f"EXISTS (SELECT 1 FROM ledger_entries e WHERE e.charge_key = {_ENTRY_KEY})"
                    ),
                    joined,
                ).one()
                return ChargeRun(
                    period, int(row[0]), int(row[1]) + int(fees[1]), True, int(fees[0])
                )
            user = who(conn)
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            before = int(
                conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM ledger_entries")).scalar_one()
            )
            # RETURNING counts this run's own rows only (a concurrent run's rows are not ours).
            amounts = conn.execute(
                text(
                    "INSERT INTO ledger_entries (member_id, kind, charge_kind, period,"
                    " charge_key, amount, entry_date, covers_until, recorded_by, recorded_at)"
                    " SELECT m.id, 'charge', 'dues', CAST(:period AS VARCHAR(7)), "
                    f"{_KEY}, f.amount, :start, CASE f.period WHEN 'quarterly' THEN "
                    ":quarter_end WHEN 'yearly' THEN :year_end ELSE :month_end END, "
                    f":user, :now {_DUE} ON CONFLICT (charge_key) DO NOTHING "
                    "RETURNING amount"
                ).bindparams(_FEE_PERIODS),
                {
                    **params,
                    **ends,
                    "user": user,
                    "now": now,
                },
            ).all()
            entry_fees = conn.execute(
                text(
                    "INSERT INTO ledger_entries (member_id, kind, charge_kind, period, charge_key,"
                    " amount, entry_date, recorded_by, recorded_at) SELECT m.id, 'charge', "
                    f"'entry_fee', CAST(:period AS VARCHAR(7)), {_ENTRY_KEY}, f.entry_fee, "
                    f"m.joined_on, :user, :now {_JOINED} "
                    "ON CONFLICT (charge_key) DO NOTHING RETURNING amount"
                ),
                {**joined, "period": period, "user": user, "now": now},
            ).all()
            count, total = len(amounts), sum(int(row[0]) for row in amounts)
            total += sum(int(row[0]) for row in entry_fees)
            if count or entry_fees:
                audit.record(
                    conn,
                    "ledger_period",
                    start.year * 100 + start.month,
                    AuditAction.CREATE,
                    {"charged": (None, count), "total": (None, total)},
                    user=user,
                )
                charged_with_credit = self._members_with_credit(conn, before)
                for member_id in charged_with_credit:
                    self._allocate(conn, member_id)
                standing.after_charging(conn, {"before": before, "now": now}, start)
                # Those whose credit paid the month are put right before the lapsed rule runs
                # (with an empty list too), so nobody is lapsed and reactivated in one charge.
                standing.refresh_standing(conn, charged_with_credit, self.clock())
            return ChargeRun(period, count, total, False, len(entry_fees))

    @staticmethod
    def _first_charged(conn: Connection, start: dt.date) -> dt.date:
        """The first day of the first month dues were ever charged for (``start`` when that
        is this month): entry fees are owed by those who joined from then on."""
        first = conn.execute(
            text(
                "SELECT MIN(period) FROM ledger_entries WHERE kind = 'charge' "
                "AND charge_kind = 'dues'"
            )
        ).scalar()
        if first is None:
            return start
        return min(start, parse_period(str(first))[0])

    def undo_charges(self, period: str, reason: str) -> int:
        """Take a month's charges back as one step (a reversing entry for each, in one
        statement): allowed while none of them is settled, even in part, and the month is
        open; how many were reversed. Charging the month again charges them afresh."""
        parse_period(period)
        live = (
            "FROM ledger_entries e WHERE e.kind = 'charge' AND e.period = :p "
            "AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)"
        )
        with self.db.begin() as conn:
            self._refuse_closed(conn, period)
            paid = conn.execute(
                text(
                    f"SELECT COUNT(*) {live} AND EXISTS (SELECT 1 FROM ledger_allocations x "
                    "WHERE x.charge_id = e.id)"
                ),
                {"p": period},
            ).scalar_one()
            if paid:
                raise ValidationError("period", "dues.charges_paid", period=period, count=paid)
            user = who(conn)
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            before = int(
                conn.execute(text("SELECT COALESCE(MAX(id), 0) FROM ledger_entries")).scalar_one()
            )
            count = conn.execute(
                text(
                    "INSERT INTO ledger_entries (member_id, kind, amount, entry_date, reverses_id,"
                    " reason, recorded_by, recorded_at) SELECT e.member_id, 'reversal', -e.amount,"
                    f" :d, e.id, :r, :user, :now {live}"
                ),
                {"p": period, "d": self.clock(), "r": reason, "user": user, "now": now},
            ).rowcount
            if count:
                # The idempotency keys of the charges taken back are freed, so that charging
                # the month again charges afresh (amounts and dates stay as they were).
                conn.execute(
                    text(
                        "UPDATE ledger_entries SET charge_key = charge_key || ':undone:' || "
                        "CAST(id AS VARCHAR(20)) WHERE id IN (SELECT r.reverses_id FROM "
                        "ledger_entries r WHERE r.id > :b AND r.recorded_at = :now "
                        "AND r.kind = 'reversal')"
                    ),
                    {"b": before, "now": now},
                )
                start, _ = parse_period(period)
                audit.record(
                    conn,
                    "ledger_period",
                    start.year * 100 + start.month,
                    AuditAction.DELETE,
                    {"reversed": (None, count), "reason": (None, reason)},
                    user=user,
                )
                members = conn.execute(
                    text(
                        "SELECT DISTINCT member_id FROM ledger_entries WHERE id > :b "
                        "AND recorded_at = :now AND kind = 'reversal'"
                    ),
                    {"b": before, "now": now},
                ).scalars()
                standing.refresh_standing(conn, [int(m) for m in members], self.clock())
            return int(count)

    def close_period(self, period: str) -> None:
        """No charge or payment is written in ``period`` after this."""
        start, _ = parse_period(period)
        with self.db.begin() as conn:
            self._refuse_closed(conn, period)
            conn.execute(
                text("INSERT INTO closed_periods (period, closed_at) VALUES (:p, :now)"),
                {"p": period, "now": dt.datetime.now(dt.UTC).replace(tzinfo=None)},
            )
            audit.record(
                conn,
                "ledger_period",
                start.year * 100 + start.month,
                AuditAction.UPDATE,
                {"closed": (False, True)},
            )

    # -- payments -------------------------------------------------------------------------
    def record_payment(
        self,
        member_number: str,
        amount: int,
        paid_on: dt.date,
        method: str = "tunai",
        reference: str | None = None,
    ) -> Posted:
        """A payment with the next receipt number of its year, settling the oldest open
        charges first; what is left over stays as credit for charges to come."""
        if amount <= 0:
            raise ValidationError("amount", "dues.not_positive")
        if paid_on > self.clock():
            raise ValidationError("paid_on", "dues.future_payment", when=paid_on)
        if method not in METHODS:
            raise ValidationError("method", "dues.unknown_method", method=method)
        with self.db.begin() as conn:
            member_id = self._payable_member(conn, member_number)
            self._refuse_closed(conn, paid_on.strftime("%Y-%m"))
            user = who(conn)
            number = self._next_receipt(conn, paid_on.year)
            entry_id = conn.execute(
                text(
                    "INSERT INTO ledger_entries (member_id, kind, amount, entry_date, method,"
                    " reference, receipt_number, recorded_by, recorded_at) VALUES (:m, 'payment',"
                    " :a, :d, :method, :ref, :no, :user, :now) RETURNING id"
                ),
                {
                    "m": member_id,
                    "a": -amount,
                    "d": paid_on,
                    "method": method,
                    "ref": reference,
                    "no": number,
                    "user": user,
                    "now": dt.datetime.now(dt.UTC).replace(tzinfo=None),
                },
            ).scalar_one()
            audit.record(
                conn,
                ENTITY,
                entry_id,
                AuditAction.CREATE,
                {"amount": (None, amount), "receipt_number": (None, number)},
                user=user,
            )
            allocated = self._allocate(conn, member_id)
            standing.refresh_standing(conn, [member_id], self.clock())
            return Posted(entry_id, number, allocated)

    def reverse(self, entry_id: int, reason: str) -> Posted:
        """A reversing entry for ``entry_id``; a reversed payment's allocations are undone
        (its receipt number stays used), and what they settled is open again."""
        with self.db.begin() as conn:
            row = conn.execute(
                text("SELECT member_id, kind, amount FROM ledger_entries WHERE id = :i"),
                {"i": entry_id},
            ).one_or_none()
            if row is None or row.kind == "reversal":
                raise ValidationError("entry", "dues.unknown_entry", entry=entry_id)
            if conn.execute(
                text("SELECT 1 FROM ledger_entries WHERE reverses_id = :i"), {"i": entry_id}
            ).first():
                raise ValidationError("entry", "dues.already_reversed", entry=entry_id)
            user = who(conn)
            conn.execute(
                text("DELETE FROM ledger_allocations WHERE payment_id = :i OR charge_id = :i"),
                {"i": entry_id},
            )
            new_id = conn.execute(
                text(
                    "INSERT INTO ledger_entries (member_id, kind, amount, entry_date, reverses_id,"
                    " reason, recorded_by, recorded_at) VALUES (:m, 'reversal', :a, :d, :i, :r,"
                    " :user, :now) RETURNING id"
                ),
                {
                    "m": row.member_id,
                    "a": -row.amount,
                    "d": self.clock(),
                    "i": entry_id,
                    "r": reason,
                    "user": user,
                    "now": dt.datetime.now(dt.UTC).replace(tzinfo=None),
                },
            ).scalar_one()
            audit.record(
                conn,
                ENTITY,
                entry_id,
                AuditAction.DELETE,
                {"reversed_by": (None, new_id), "reason": (None, reason)},
                user=user,
            )
            self._allocate(conn, row.member_id)
            standing.refresh_standing(conn, [row.member_id], self.clock())
            return Posted(new_id)

    # -- paid-until -----------------------------------------------------------------------
    def ledger_decides(self) -> bool:
        """Whether paid-until and lapsed follow the ledger (the organisation's choice)."""
        with self.db.engine.connect() as conn:
            return standing.ledger_decides(conn)

    def let_ledger_decide(self, on: bool) -> None:
        """Let the ledger decide paid-until and lapsed (``on``), or the typed date again.
        Turning it on brings every charged member's paid-until in line at once."""
        with self.db.begin() as conn:
            before = standing.ledger_decides(conn)
            if before == on:
                return
            conn.execute(
                text("UPDATE organisation_settings SET dues_from_ledger = :on WHERE id = 1"),
                {"on": on},
            )
            audit.record(
                conn, "organisation", 1, AuditAction.UPDATE, {"dues_from_ledger": (before, on)}
            )
            if on:
                charged = conn.execute(
                    text("SELECT DISTINCT member_id FROM ledger_entries")
                ).scalars()
                standing.refresh_standing(conn, [int(m) for m in charged], self.clock())

    # -- reading --------------------------------------------------------------------------
    def balance(self, member_id: int) -> int:
        """What the member owes (negative: credit), from the indexed ledger."""
        with self.db.begin() as conn:
            return int(
                conn.execute(
                    text(
                        "SELECT COALESCE(SUM(amount), 0) FROM ledger_entries WHERE member_id = :m"
                    ),
                    {"m": member_id},
                ).scalar_one()
            )

    def statement(self, member_id: int) -> list[tuple[int, dt.date, str, str | None, int, int]]:
        """(entry id, date, kind, period or receipt, amount, running balance), oldest first."""
        with self.db.begin() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, entry_date, kind, COALESCE(period, receipt_number), amount, "
                    "SUM(amount) OVER (ORDER BY id) FROM ledger_entries WHERE member_id = :m "
                    "ORDER BY id"
                ),
                {"m": member_id},
            ).all()
        return [(r[0], _date(r[1]), r[2], r[3], int(r[4]), int(r[5])) for r in rows]

    # -- inside a transaction -------------------------------------------------------------
    def _refuse_closed(self, conn: Connection, period: str) -> None:
        if conn.execute(
            text("SELECT 1 FROM closed_periods WHERE period = :p"), {"p": period}
        ).first():
            raise ValidationError("period", "dues.period_closed", period=period)

    def _refuse_type_name(self, conn: Connection, name: str, type_id: int | None = None) -> None:
        if not name:
            raise ValidationError("name", "dues.type_name_empty")
        clash = conn.execute(
            text("SELECT id FROM membership_types WHERE lower(name) = lower(:n)"), {"n": name}
        ).scalar()
        if clash is not None and clash != type_id:
            raise ValidationError("name", "dues.type_exists", name=name)

    def _payable_member(self, conn: Connection, number: str) -> int:
        row = conn.execute(
            text("SELECT id, full_name, status, deleted_at FROM members WHERE member_number = :n"),
            {"n": number},
        ).one_or_none()
        if row is None:
            raise ValidationError("member", "dues.unknown_member", number=number)
        if row.status == "left" or row.deleted_at is not None:
            raise ValidationError("member", "dues.member_left", name=row.full_name)
        return int(row.id)

    def _next_receipt(self, conn: Connection, year: int) -> str:
        """The year's next number, counted in this transaction: a rollback gives it back."""
        return take_receipts(conn, [year])[0]

    def _members_with_credit(self, conn: Connection, after: int) -> list[int]:
        return list(
            conn.execute(
                text(
                    "SELECT DISTINCT p.member_id FROM ledger_entries p WHERE p.kind = 'payment' "
                    "AND p.member_id IN (SELECT member_id FROM ledger_entries WHERE id > :after) "
                    "AND -p.amount > (SELECT COALESCE(SUM(x.amount), 0) FROM ledger_allocations x "
                    "WHERE x.payment_id = p.id) AND NOT EXISTS (SELECT 1 FROM ledger_entries r "
                    "WHERE r.reverses_id = p.id)"
                ),
                {"after": after},
            ).scalars()
        )

    def _allocate(self, conn: Connection, member_id: int) -> int:
        """Match the member's unallocated payments to open charges, oldest with oldest."""
        live = "NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_id = e.id)"
        charges = [
            [r[0], int(r[1])]
            for r in conn.execute(
                text(
                    "SELECT e.id, e.amount - COALESCE((SELECT SUM(x.amount) FROM "
                    "ledger_allocations x WHERE x.charge_id = e.id), 0) FROM ledger_entries e "
                    f"WHERE e.member_id = :m AND e.kind = 'charge' AND {live} ORDER BY e.id"
                ),
                {"m": member_id},
            )
            if int(r[1]) > 0
        ]
        payments = [
            [r[0], int(r[1])]
            for r in conn.execute(
                text(
                    "SELECT e.id, -e.amount - COALESCE((SELECT SUM(x.amount) FROM "
                    "ledger_allocations x WHERE x.payment_id = e.id), 0) FROM ledger_entries e "
                    f"WHERE e.member_id = :m AND e.kind = 'payment' AND {live} ORDER BY e.id"
                ),
                {"m": member_id},
            )
            if int(r[1]) > 0
        ]
        allocated = 0
        for payment_id, charge_id, share in match_oldest(payments, charges):
            conn.execute(
                text(
                    "INSERT INTO ledger_allocations (payment_id, charge_id, amount) "
                    "VALUES (:p, :c, :a)"
                ),
                {"p": payment_id, "c": charge_id, "a": share},
            )
            allocated += share
        return allocated


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
