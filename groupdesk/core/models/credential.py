"""Credentials behind a member's licence: registration and practice permits (STR, SIP),
certificates, and the continuing-education credits (SKP, Satuan Kredit Profesi) a renewal
needs.

A renewal is a new credential row; the old one is kept, so the history of every permit stays
readable. ``member_professions`` keeps the licence the roster shows: the newest credential of
the profession's licence kind (see ``groupdesk.core.credentials.licence``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, check_in, utcnow

# What an activity earning credits was; the association names its categories itself.
ACTIVITY_KINDS = ("seminar", "pelatihan", "publikasi", "pengabdian")


class CredentialKind(Base):
    """A kind of document a profession issues (STR, SIP, Sertifikat ...), the association's
    to define; the licence kind is the one the roster's licence follows."""

    __tablename__ = "credential_kinds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    profession_id: Mapped[int] = mapped_column(ForeignKey("professions.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(60))
    is_licence: Mapped[bool] = mapped_column(Boolean, default=False)
    # Credits (SKP) to be earned within one credential's validity to renew it; none: no duty.
    credits_required: Mapped[float | None] = mapped_column(Float)

    __table_args__ = (UniqueConstraint("profession_id", "name"),)


class CreditCategoryRule(Base):
    """At least ``minimum`` of the required credits must come from ``category``."""

    __tablename__ = "credit_category_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("credential_kinds.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(60))
    minimum: Mapped[float] = mapped_column(Float)

    __table_args__ = (UniqueConstraint("kind_id", "category"),)


class Credential(Base):
    """One issued document; renewing it adds a row that names the one it renews."""

    __tablename__ = "credentials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    profession_id: Mapped[int] = mapped_column(ForeignKey("professions.id", ondelete="CASCADE"))
    kind_id: Mapped[int] = mapped_column(ForeignKey("credential_kinds.id"))
    number: Mapped[str] = mapped_column(String(100))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    issuing_body: Mapped[str | None] = mapped_column(String(200))
    renews_id: Mapped[int | None] = mapped_column(ForeignKey("credentials.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("valid_until IS NULL OR valid_until >= issued_on", name="dates"),
        Index(None, "member_id", "profession_id", "kind_id", "valid_until"),
        Index(None, "kind_id", "valid_until"),
    )


class CreditActivity(Base):
    """A seminar, training, publication or service that earns credits (SKP)."""

    __tablename__ = "credit_activities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    held_on: Mapped[dt.date] = mapped_column(Date)
    organiser: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(60))
    points: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        CheckConstraint(check_in("kind", ACTIVITY_KINDS), name="kind"),
        CheckConstraint("points >= 0", name="points"),
        Index(None, "held_on"),
        Index(None, "name", "held_on"),
    )


class CreditAward(Base):
    """Credits one member earned at one activity (once per member and activity)."""

    __tablename__ = "credit_awards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    activity_id: Mapped[int] = mapped_column(ForeignKey("credit_activities.id", ondelete="CASCADE"))
    points: Mapped[float] = mapped_column(Float)

    __table_args__ = (
        UniqueConstraint("member_id", "activity_id"),
        Index(None, "activity_id"),
        CheckConstraint("points >= 0", name="points"),
    )
