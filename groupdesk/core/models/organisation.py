"""Settings that belong to the organisation (shared by everyone who opens its database)."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Float, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped

DEFAULT_TIME_ZONE = "Asia/Jakarta"
DEFAULT_PHONE_COUNTRY = "ID"


class OrganisationSettings(Timestamped, Base):
    """A single row (id 1). Per-user preferences such as window sizes live in QSettings instead."""

    __tablename__ = "organisation_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    phone_country: Mapped[str] = mapped_column(String(2), default=DEFAULT_PHONE_COUNTRY)
    time_zone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIME_ZONE)
    language: Mapped[str] = mapped_column(String(8), default="id")
    # Volunteer wellbeing guardrails.
    max_hours_per_24h: Mapped[float] = mapped_column(Float, default=10.0)
    min_rest_minutes: Mapped[int] = mapped_column(Integer, default=8 * 60)
    max_consecutive_demanding: Mapped[int] = mapped_column(Integer, default=2)
    overlap_buffer_minutes: Mapped[int] = mapped_column(Integer, default=0)
    backup_dir: Mapped[str | None] = mapped_column(Text)
    # Hard rules a coordinator may override with a reason, comma-separated rule codes;
    # NULL means the default list (see groupdesk.core.scheduling.conflicts).
    override_rules: Mapped[str | None] = mapped_column(Text)
    # The number volunteers call about a shift; it goes into the cover and notice messages.
    contact_phone: Mapped[str | None] = mapped_column(String(40))
    # The dues ledger decides paid-until (and so lapsed); off, the typed date does.
    dues_from_ledger: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("max_hours_per_24h > 0", name="max_hours"),
        CheckConstraint("min_rest_minutes >= 0", name="min_rest"),
    )
