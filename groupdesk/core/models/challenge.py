"""What occupational and volunteer groups struggle with, and what is being done about it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped, check_in
from .enums import ChallengeGroup, ChallengeStatus, Severity, values


class ChallengeCategory(Base):
    __tablename__ = "challenge_categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    group: Mapped[str] = mapped_column(String(16), default=ChallengeGroup.GENERAL.value)
    description: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint(check_in('"group"', values(ChallengeGroup)), name="group"),
    )


class Challenge(Timestamped, Base):
    __tablename__ = "challenges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("challenge_categories.id", ondelete="SET NULL")
    )
    description: Mapped[str | None] = mapped_column(Text)
    # What it concerns: any of a profession, a project or a member (or none: the whole group).
    profession_id: Mapped[int | None] = mapped_column(
        ForeignKey("professions.id", ondelete="SET NULL")
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer_projects.id", ondelete="SET NULL")
    )
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    severity: Mapped[str] = mapped_column(String(16), default=Severity.MEDIUM.value)
    status: Mapped[str] = mapped_column(String(16), default=ChallengeStatus.OPEN.value)
    mitigation_notes: Mapped[str | None] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    raised_on: Mapped[dt.date | None] = mapped_column(Date)
    mitigating_since: Mapped[dt.date | None] = mapped_column(Date)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(check_in("severity", values(Severity)), name="severity"),
        CheckConstraint(check_in("status", values(ChallengeStatus)), name="status"),
        Index(None, "status", "category_id"),
        Index(None, "profession_id"),
        Index(None, "project_id"),
        Index(None, "member_id"),
    )


class MitigationAction(Timestamped, Base):
    """One step taken against a challenge, owned by someone and due by a date."""

    __tablename__ = "mitigation_actions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (Index(None, "challenge_id"), Index(None, "due_on"))
