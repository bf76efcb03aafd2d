"""The kinds of document a profession issues, defined by the association (STR, SIP,
Sertifikat ...), with the credits a licence kind requires and the minimum per category."""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.core.errors import ValidationError
from groupdesk.core.models import Profession
from groupdesk.core.models.credential import CredentialKind, CreditCategoryRule


def add_kind(
    session: Session,
    profession_id: int,
    name: str,
    *,
    is_licence: bool = False,
    credits_required: float | None = None,
    category_minimums: Mapping[str, float] | None = None,
) -> int:
    """A new kind of credential for a profession; one licence kind per profession (the one
    the roster's licence follows)."""
    name = (name or "").strip()
    if not name:
        raise ValidationError("name", "credentials.kind_name_required")
    if session.get(Profession, profession_id) is None:
        raise ValidationError("profession", "credentials.unknown_profession")
    if credits_required is not None and credits_required < 0:
        raise ValidationError("credits_required", "credentials.points_negative")
    taken = session.scalar(
        select(CredentialKind.id).where(
            CredentialKind.profession_id == profession_id, CredentialKind.name == name
        )
    )
    if taken is not None:
        raise ValidationError("name", "credentials.kind_exists", name=name)
    if is_licence:
        other = session.scalar(
            select(CredentialKind.name).where(
                CredentialKind.profession_id == profession_id, CredentialKind.is_licence
            )
        )
        if other is not None:
            raise ValidationError("is_licence", "credentials.licence_kind_exists", name=other)
    kind = CredentialKind(
        profession_id=profession_id,
        name=name,
        is_licence=is_licence,
        credits_required=credits_required,
    )
    session.add(kind)
    session.flush()
    for category, minimum in (category_minimums or {}).items():
        if minimum < 0:
            raise ValidationError("category_minimums", "credentials.points_negative")
        session.add(CreditCategoryRule(kind_id=kind.id, category=category, minimum=minimum))
    session.flush()
    return kind.id


def parse_minimums(text: str | None) -> dict[str, float]:
    """Per-category minimums as a person writes them: "Ilmiah: 5, Praktik: 10" (a semicolon
    or a new line separates too; a decimal comma is read). Empty: none."""
    out: dict[str, float] = {}
    for part in re.split(r"[;\n]|,(?!\d)", text or ""):
        if not part.strip():
            continue
        name, sep, number = part.rpartition(":")
        try:
            value = float(number.strip().replace(",", "."))
        except ValueError:
            value = -1.0
        if not sep or not name.strip() or value < 0:
            raise ValidationError("category_minimums", "credentials.bad_minimum", text=part.strip())
        out[name.strip()] = value
    return out


def kinds_of(session: Session, profession_id: int) -> list[CredentialKind]:
    """A profession's kinds, the licence kind first."""
    return list(
        session.scalars(
            select(CredentialKind)
            .where(CredentialKind.profession_id == profession_id)
            .order_by(CredentialKind.is_licence.desc(), CredentialKind.name)
        )
    )
