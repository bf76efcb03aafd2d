"""Occupational groups: doctors, nurses, teachers, ... and whether they need a licence."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class Profession(Timestamped, Base):
    __tablename__ = "professions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(Text)
    licence_required: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("name"),)

    def __repr__(self) -> str:
        return f"<Profession {self.name!r}>"
