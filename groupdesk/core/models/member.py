"""Members of the association and what they bring: skills, interests, free time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    SmallInteger,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamped, check_in
from .enums import Education, Gender, MemberStatus, values

if TYPE_CHECKING:
    from .profession import Profession


class Member(Timestamped, Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_number: Mapped[str] = mapped_column(String(32))
    full_name: Mapped[str] = mapped_column(String(200))
    # Case-folded name: a portable, index-friendly sort key (SQLite and PostgreSQL collate
    # differently, so the application decides the order once, when it writes).
    sort_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    # Text, never a number: a leading 0 or + is part of an Indonesian phone number.
    phone: Mapped[str | None] = mapped_column(String(40))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    paid_until: Mapped[dt.date | None] = mapped_column(Date)
    # What the member owes on the dues ledger (rupiah; negative is credit), kept by the ledger
    # in the same transaction as every entry so the roster reads it without a join.
    dues_balance: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(16), default=MemberStatus.ACTIVE.value)
    city: Mapped[str | None] = mapped_column(String(120))
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[dt.date | None] = mapped_column(Date)
    # The 16 digits of the KTP's NIK: a strong key for duplicates and import matching.
    nik: Mapped[str | None] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(8))
    birth_place: Mapped[str | None] = mapped_column(String(120))
    education: Mapped[str | None] = mapped_column(String(16))
    # Case-folded number, name, email, phone digits and city in one column, so that the
    # search box is a single LIKE instead of five.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Set when the member is in the trash; NULL for everyone on the roster.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    professions: Mapped[list[MemberProfession]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )
    availability: Mapped[list[AvailabilityWindow]] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("member_number"),
        CheckConstraint(check_in("status", values(MemberStatus)), name="status"),
        CheckConstraint(check_in("gender", values(Gender)), name="gender"),
        CheckConstraint(check_in("education", values(Education)), name="education"),
        Index("ix_members_nik", "nik", unique=True),
        Index("ix_members_sort_name_id", "sort_name", "id"),
        # The Members page's search: counted from this index alone, and its first page
        # found by reading it in name order (migration 0008 says more).
        Index("ix_members_search_by_name", "deleted_at", "sort_name", "id", "search_text"),
        Index(None, "status"),
        Index(None, "city"),
        Index(None, "paid_until"),
        Index("ix_members_dues_balance", "dues_balance"),
        Index(None, "email"),
        Index(None, "phone"),
        Index(None, "deleted_at"),
    )

    def __repr__(self) -> str:
        return f"<Member {self.member_number} {self.full_name!r}>"


class MemberPhoto(Base):
    """A member's photo, kept apart so the roster's table stays narrow and fast to read."""

    __tablename__ = "member_photos"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes] = mapped_column(LargeBinary)
    # "image/jpeg" or "image/png", from the picture's first bytes
    media_type: Mapped[str] = mapped_column(String(32))


class MemberProfession(Base):
    """A member's standing in one occupational group, with the licence that lets them practise."""

    __tablename__ = "member_professions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    profession_id: Mapped[int] = mapped_column(ForeignKey("professions.id", ondelete="CASCADE"))
    qualification: Mapped[str | None] = mapped_column(String(200))
    licence_number: Mapped[str | None] = mapped_column(String(100))
    licence_valid_until: Mapped[dt.date | None] = mapped_column(Date)

    member: Mapped[Member] = relationship(back_populates="professions")
    profession: Mapped[Profession] = relationship()

    __table_args__ = (
        UniqueConstraint("member_id", "profession_id"),
        Index(None, "profession_id", "licence_valid_until"),
        Index(None, "licence_valid_until"),
    )


class Skill(Base):
    __tablename__ = "skills"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("name"),)


class MemberSkill(Base):
    __tablename__ = "member_skills"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(
        ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index(None, "skill_id"),)


class CauseArea(Base):
    """A field of volunteer work people care about: disaster relief, education, health, ..."""

    __tablename__ = "cause_areas"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("name"),)


class MemberInterest(Base):
    __tablename__ = "member_interests"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    cause_area_id: Mapped[int] = mapped_column(
        ForeignKey("cause_areas.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index(None, "cause_area_id"),)


class AvailabilityWindow(Base):
    """A weekly window in which a member can volunteer (weekday 0 = Monday)."""

    __tablename__ = "availability_windows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    weekday: Mapped[int] = mapped_column(SmallInteger)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)

    member: Mapped[Member] = relationship(back_populates="availability")

    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("end_time > start_time", name="time_order"),
        Index(None, "member_id", "weekday"),
    )
