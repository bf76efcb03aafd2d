"""Saved column mappings, offered again when a file with the same headers comes back."""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class ImportTemplate(Timestamped, Base):
    __tablename__ = "import_templates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(16))
    # Normalised, sorted headers joined by "|": the key for "same kind of file as last time".
    header_signature: Mapped[str] = mapped_column(Text)
    # JSON object: column header -> target field.
    mapping: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("name"), Index(None, "kind", "header_signature"))
