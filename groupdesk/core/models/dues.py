"""Dues: membership types with dated fee versions, type assignments, and an append-only ledger.

Money is an integer of minor units (rupiah have none: the integer is rupiah). Ledger rows are
never edited: a mistake is undone by a reversing entry that names the one it reverses.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class MembershipType(Base):
    __tablename__ = "membership_types"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    # Volunteer hours a member of this type owes each year (none: no such duty).
    required_hours: Mapped[int | None] = mapped_column(Integer)


class MembershipFee(Base):
    """One version of a type's fee; the version in force on a period's first day applies."""

    __tablename__ = "membership_fees"
    __table_args__ = (UniqueConstraint("type_id", "valid_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type_id: Mapped[int] = mapped_column(ForeignKey("membership_types.id", ondelete="CASCADE"))
    amount: Mapped[int] = mapped_column(BigInteger)
    period: Mapped[str] = mapped_column(String(16))  # monthly, quarterly, yearly, once
    entry_fee: Mapped[int] = mapped_column(BigInteger, default=0)
    valid_from: Mapped[dt.date] = mapped_column(Date)


class MemberTypeAssignment(Base):
    """A member's type from ``valid_from`` until ``valid_to`` (open when empty)."""

    __tablename__ = "member_type_assignments"
    __table_args__ = (Index(None, "member_id", "valid_from"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    type_id: Mapped[int] = mapped_column(ForeignKey("membership_types.id"))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)


class LedgerEntry(Base):
    """A charge (positive ``amount`` owed), a payment, or a reversal of either."""

    __tablename__ = "ledger_entries"
    __table_args__ = (
        # One charge per member, type and period, however often (or concurrently) it is run.
        UniqueConstraint("charge_key"),
        UniqueConstraint("receipt_number"),
        Index(None, "member_id", "id"),
        Index("ix_ledger_entries_kind_period", "kind", "period"),
        Index("ix_ledger_entries_kind_entry_date", "kind", "entry_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    kind: Mapped[str] = mapped_column(String(16))  # charge, payment, reversal
    charge_kind: Mapped[str | None] = mapped_column(String(16))  # dues, entry_fee, other
    period: Mapped[str | None] = mapped_column(String(7))
    charge_key: Mapped[str | None] = mapped_column(String(64))
    amount: Mapped[int] = mapped_column(BigInteger)
    entry_date: Mapped[dt.date] = mapped_column(Date)
    # A dues charge's last day covered (the month's, quarter's or year's end).
    covers_until: Mapped[dt.date | None] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(String(16))
    reference: Mapped[str | None] = mapped_column(String(200))
    receipt_number: Mapped[str | None] = mapped_column(String(32))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)
    reason: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class LedgerAllocation(Base):
    """Part of a payment settling part of a charge."""

    __tablename__ = "ledger_allocations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"), index=True)
    charge_id: Mapped[int] = mapped_column(ForeignKey("ledger_entries.id"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger)


class ReceiptCounter(Base):
    """The last receipt number given in a year; bumped in the payment's own transaction."""

    __tablename__ = "receipt_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class ClosedPeriod(Base):
    __tablename__ = "closed_periods"

    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
