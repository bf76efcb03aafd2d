"""Volunteer projects, their shifts, and who signed up for which shift.

Shift times are naive wall-clock times in the organisation's time zone: a shift planned for
08:00 in Jakarta stays 08:00 in every report, whatever the computer's zone or next year's rules.
"""

from __future__ import annotations

import datetime as dt
import uuid

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
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, check_in
from .enums import AssignmentStatus, ProjectStatus, ShiftStatus, values


def new_uuid() -> str:
    return str(uuid.uuid4())


class VolunteerProject(Timestamped, Base):
    __tablename__ = "volunteer_projects"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    cause_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("cause_areas.id", ondelete="SET NULL")
    )
    partner_organisation: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=ProjectStatus.PLANNED.value)
    coordinator_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", ondelete="SET NULL")
    )
    description: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    shifts: Mapped[list[Shift]] = relationship(
        back_populates="project", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint(check_in("status", values(ProjectStatus)), name="status"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR end_date >= start_date", name="date_order"
        ),
    )


class ProjectRequiredProfession(Base):
    __tablename__ = "project_required_professions"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer_projects.id", ondelete="CASCADE"), primary_key=True
    )
    profession_id: Mapped[int] = mapped_column(
        ForeignKey("professions.id", ondelete="CASCADE"), primary_key=True
    )


class ProjectRequiredSkill(Base):
    __tablename__ = "project_required_skills"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer_projects.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(
        ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True
    )


class Shift(Timestamped, Base):
    __tablename__ = "shifts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Stable across exports: a calendar app updates the event instead of adding a second one.
    uuid: Mapped[str] = mapped_column(String(36), default=new_uuid)
    project_id: Mapped[int] = mapped_column(ForeignKey("volunteer_projects.id", ondelete="CASCADE"))
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    location: Mapped[str | None] = mapped_column(String(200))
    min_volunteers: Mapped[int] = mapped_column(Integer, default=1)
    max_volunteers: Mapped[int] = mapped_column(Integer, default=5)
    required_profession_id: Mapped[int | None] = mapped_column(
        ForeignKey("professions.id", ondelete="SET NULL")
    )
    required_skill_id: Mapped[int | None] = mapped_column(
        ForeignKey("skills.id", ondelete="SET NULL")
    )
    demanding: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=ShiftStatus.SCHEDULED.value)
    # Shifts made together as a repeating series share this id, so "edit the rest" can find them.
    series_id: Mapped[str | None] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    project: Mapped[VolunteerProject] = relationship(back_populates="shifts")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("uuid"),
        CheckConstraint("ends_at > starts_at", name="time_order"),
        CheckConstraint("min_volunteers >= 0", name="min_volunteers"),
        CheckConstraint(
            "max_volunteers >= 1 AND max_volunteers >= min_volunteers", name="capacity"
        ),
        CheckConstraint(check_in("status", values(ShiftStatus)), name="status"),
        Index(None, "starts_at"),
        Index(None, "project_id", "starts_at"),
        Index(None, "series_id"),
    )


class Assignment(Timestamped, Base):
    """A member on a shift: signed up, waiting, or there and done."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default=AssignmentStatus.SIGNED_UP.value)
    signed_up_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    check_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    check_out_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    hours: Mapped[float | None] = mapped_column(Float)
    # Why a coordinator accepted a sign-up despite a conflict; kept for the record.
    override_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("shift_id", "member_id"),
        CheckConstraint(check_in("status", values(AssignmentStatus)), name="status"),
        CheckConstraint("hours IS NULL OR hours >= 0", name="hours"),
        Index(None, "member_id", "status"),
        Index(None, "shift_id", "status"),
    )
