"""Receipts (kwitansi) for recorded payments: what each one says, read in one query.

A receipt's number was given when the payment was recorded and is stored with it, so a
reprint shows the same number, and a payment reversed later keeps its number and is printed
marked as reversed, with the day of the reversal: the year's numbers never have a gap.

:func:`receipt_for` and :func:`receipts_between` read the receipts (refusing with a code
when there is none to print); :func:`receipt_lines` says one in a catalogue's language, so
the PDF (and any other view) only lays out words that are already chosen.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Select, and_, func, select
from sqlalchemy.sql.selectable import NamedFromClause

from groupdesk.core.database import Database
from groupdesk.core.messages import Catalogue, Refusal
from groupdesk.core.messages.pseudo import accented
from groupdesk.core.models import Member, OrganisationSettings
from groupdesk.core.models.dues import LedgerAllocation, LedgerEntry

from .words import amount_in_words

RECEIPT_NUMBER = re.compile(r"^KW/\d{4}/\d+$", re.IGNORECASE)


class ReceiptRefused(Refusal):
    """No receipt can be printed for what was asked: an unknown payment, an entry that is not
    a payment, a period without payments (``code`` says which)."""


@dataclass(frozen=True, slots=True)
class Receipt:
    """One payment as its receipt shows it; ``amount`` is the rupiah received (positive)."""

    entry_id: int
    number: str
    paid_on: dt.date
    member_number: str
    member_name: str
    amount: int
    method: str | None
    reference: str | None
    recorded_by: str
    reversed_on: dt.date | None = None
    reversal_reason: str | None = None
    first_period: str | None = None
    last_period: str | None = None

    @property
    def is_reversed(self) -> bool:
        return self.reversed_on is not None


@dataclass(frozen=True, slots=True)
class ReceiptLines:
    """One receipt's words in one language, ready to lay out."""

    organisation: str
    title: str
    number: str
    received_from: tuple[str, str]
    sum_of: tuple[str, str]
    purpose: tuple[str, str]
    method: tuple[str, str]
    date: tuple[str, str]
    recorded_by: tuple[str, str]
    figure: str
    signature: str
    stamp: str | None = None
    reversed_note: str | None = None
    reversal_reason: str | None = None


# -- reading -------------------------------------------------------------------------------


def _query() -> tuple[Select[Any], NamedFromClause]:
    """Payments with their member, reversal and the periods they settled: one statement."""
    e = LedgerEntry.__table__.alias("e")
    r = LedgerEntry.__table__.alias("r")
    c = LedgerEntry.__table__.alias("c")
    x = LedgerAllocation.__table__
    m = Member.__table__

    def settled(fn: Any) -> Any:  # the first or last month this payment's allocations settled
        return (
            select(fn(c.c.period))
            .select_from(x.join(c, c.c.id == x.c.charge_id))
            .where(x.c.payment_id == e.c.id, c.c.period.is_not(None))
            .scalar_subquery()
        )

    return (
        select(
            e.c.id,
            e.c.kind,
            e.c.receipt_number,
            e.c.entry_date,
            m.c.member_number,
            m.c.full_name,
            (-e.c.amount).label("amount"),
            e.c.method,
            e.c.reference,
            e.c.recorded_by,
            r.c.entry_date.label("reversed_on"),
            r.c.reason.label("reason"),
            settled(func.min).label("first_period"),
            settled(func.max).label("last_period"),
        )
        .select_from(
            e.join(m, m.c.id == e.c.member_id).outerjoin(
                r, and_(r.c.reverses_id == e.c.id, r.c.kind == "reversal")
            )
        )
        # a year's numbers in order ("KW/2026/000010" after "KW/2026/000009", also past
        # a million): the year, then the number's length, then the number
        .order_by(
            func.substr(e.c.receipt_number, 1, 7),
            func.length(e.c.receipt_number),
            e.c.receipt_number,
        )
    ), e


def _receipt(row: Row[Any]) -> Receipt:
    return Receipt(
        entry_id=int(row.id),
        number=row.receipt_number,
        paid_on=row.entry_date,
        member_number=row.member_number,
        member_name=row.full_name,
        amount=int(row.amount),
        method=row.method,
        reference=row.reference,
        recorded_by=row.recorded_by,
        reversed_on=row.reversed_on,
        reversal_reason=row.reason,
        first_period=row.first_period,
        last_period=row.last_period,
    )


def parse_payment(text: str) -> int | str:
    """What ``--payment`` names: a ledger entry's id ("42") or a receipt number
    ("KW/2026/000001"); anything else is refused as an unknown payment."""
    cleaned = text.strip()
    if cleaned.isdigit() and 0 < int(cleaned) < 2**63:
        return int(cleaned)
    if RECEIPT_NUMBER.match(cleaned):
        return cleaned.upper()
    raise ReceiptRefused("receipts.unknown_payment", payment=text)


def receipt_for(db: Database, payment: int | str) -> Receipt:
    """The receipt of one payment, by its ledger entry id or its receipt number: a reprint,
    with the number it was given."""
    stmt, e = _query()
    if isinstance(payment, int):
        stmt = stmt.where(e.c.id == payment)
    else:
        stmt = stmt.where(e.c.receipt_number == payment)
    with db.engine.connect() as conn:
        row = conn.execute(stmt).first()
    if row is None:
        raise ReceiptRefused("receipts.unknown_payment", payment=str(payment))
    if row.kind != "payment" or row.receipt_number is None:
        raise ReceiptRefused("receipts.not_a_payment", entry=str(payment))
    return _receipt(row)


def receipts_between(
    db: Database, start: dt.date | None = None, end: dt.date | None = None
) -> list[Receipt]:
    """Every payment made from ``start`` to ``end`` (both included; open when None), in
    receipt-number order; refused when there is none, so no empty file is written."""
    stmt, e = _query()
    stmt = stmt.where(e.c.kind == "payment", e.c.receipt_number.is_not(None))
    if start is not None:
        stmt = stmt.where(e.c.entry_date >= start)
    if end is not None:
        stmt = stmt.where(e.c.entry_date <= end)
    with db.engine.connect() as conn:
        found = [_receipt(row) for row in conn.execute(stmt)]
    if not found:
        raise nothing_between(start, end)
    return found


def nothing_between(start: dt.date | None, end: dt.date | None) -> ReceiptRefused:
    """The refusal for a period without payments, naming the period as it was asked."""
    if start and end:
        return ReceiptRefused("receipts.none_between", start=start, end=end)
    if start:
        return ReceiptRefused("receipts.none_from", start=start)
    if end:
        return ReceiptRefused("receipts.none_until", end=end)
    return ReceiptRefused("receipts.none")


def organisation_name(db: Database) -> str:
    """The name the receipts are issued in (empty until the organisation sets one)."""
    with db.engine.connect() as conn:
        found = conn.execute(
            select(OrganisationSettings.name).where(OrganisationSettings.id == 1)
        ).scalar()
    return found or ""


# -- saying --------------------------------------------------------------------------------


def words_for(amount: int, cat: Catalogue) -> str:
    """The amount in words in ``cat``'s language, first letter capital as a receipt writes
    it ("Seratus lima puluh ribu rupiah"); accented in the pseudo-language."""
    said = amount_in_words(amount, "en" if cat.pseudo else cat.language)
    said = said[:1].upper() + said[1:]
    return accented(said) if cat.pseudo else said


def _month(period: str, cat: Catalogue) -> str:
    year, month = (int(part) for part in period.split("-"))
    return cat.date(dt.date(year, month, 1), "MMMM y")


def _purpose(receipt: Receipt, cat: Catalogue) -> str:
    first, last = receipt.first_period, receipt.last_period
    if not first or not last:
        return cat.text("receipts.dues")
    if first == last:
        return cat.text("receipts.dues_period", period=_month(first, cat))
    return cat.text("receipts.dues_periods", first=_month(first, cat), last=_month(last, cat))


def _method(receipt: Receipt, cat: Catalogue) -> str:
    method = receipt.method or "other"
    code = f"receipts.method.{method}"
    said = cat.text(code)
    if said == code:  # a way of paying this version does not know: as it was stored
        said = method
    if receipt.reference:
        return cat.text("receipts.reference", method=said, reference=receipt.reference)
    return said


def receipt_lines(receipt: Receipt, organisation: str, cat: Catalogue) -> ReceiptLines:
    """Everything ``receipt`` says, in ``cat``'s language."""
    reversed_note = reason = stamp = None
    if receipt.reversed_on is not None:
        stamp = cat.text("receipts.reversed_stamp")
        reversed_note = cat.text("receipts.reversed_on", when=receipt.reversed_on)
        if receipt.reversal_reason:
            reason = cat.text("receipts.reversed_reason", reason=receipt.reversal_reason)
    return ReceiptLines(
        organisation=organisation,
        title=cat.text("receipts.title"),
        number=cat.text("receipts.number", number=receipt.number),
        received_from=(
            cat.text("receipts.received_from"),
            cat.text("receipts.member", name=receipt.member_name, number=receipt.member_number),
        ),
        sum_of=(cat.text("receipts.sum_of"), words_for(receipt.amount, cat)),
        purpose=(cat.text("receipts.for"), _purpose(receipt, cat)),
        method=(cat.text("receipts.method"), _method(receipt, cat)),
        date=(cat.text("receipts.date"), cat.date(receipt.paid_on, "long")),
        recorded_by=(cat.text("receipts.recorded_by"), receipt.recorded_by),
        figure=cat.money(receipt.amount),
        signature=cat.text("receipts.signature"),
        stamp=stamp,
        reversed_note=reversed_note,
        reversal_reason=reason,
    )


__all__ = [
    "Receipt",
    "ReceiptLines",
    "ReceiptRefused",
    "nothing_between",
    "organisation_name",
    "parse_payment",
    "receipt_for",
    "receipt_lines",
    "receipts_between",
    "words_for",
]
