"""Adding a member's credential, and renewing one: a renewal is a new row naming the one it
renews, so the old permit stays in the member's history. Either keeps the roster's licence in
step (``licence.sync_licence``), in the same transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.core import audit
from groupdesk.core.errors import ValidationError
from groupdesk.core.models import AuditAction, Member, MemberStatus
from groupdesk.core.models.credential import Credential, CredentialKind

from .licence import sync_licence

ENTITY = "credential"


@dataclass(frozen=True, slots=True)
class CredentialRow:
    """One credential as the member's sheet lists it."""

    id: int
    profession_id: int
    kind: str
    is_licence: bool
    number: str
    issued_on: dt.date
    valid_until: dt.date | None
    issuing_body: str | None
    renews_id: int | None
    renewed: bool  # a later credential renews this one


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None or member.deleted_at is not None:
        raise ValidationError("member", "credentials.unknown_member", member=member_id)
    if member.status == MemberStatus.LEFT.value:
        raise ValidationError("member", "credentials.member_left", name=member.full_name)
    return member


def _checked(
    number: str, issued_on: dt.date | None, valid_until: dt.date | None, today: dt.date
) -> str:
    number = (number or "").strip()
    if not number:
        raise ValidationError("number", "credentials.number_required")
    if issued_on is None:
        raise ValidationError("issued_on", "credentials.issued_required")
    if issued_on > today:
        raise ValidationError("issued_on", "credentials.issued_in_future", when=issued_on)
    if valid_until is not None and valid_until < issued_on:
        raise ValidationError(
            "valid_until", "credentials.ends_before_issued", until=valid_until, issued=issued_on
        )
    return number


def add_credential(
    session: Session,
    member_id: int,
    kind_id: int,
    number: str,
    issued_on: dt.date | None,
    valid_until: dt.date | None,
    issuing_body: str | None = None,
    *,
    today: dt.date,
    renews_id: int | None = None,
) -> int:
    """A credential of ``kind_id`` for the member; refused (``ValidationError``) for an
    unknown member or kind, a missing number, an issue date still to come, or an end before
    the issue date. Nothing is written when refused."""
    _member(session, member_id)
    kind = session.get(CredentialKind, kind_id)
    if kind is None:
        raise ValidationError("kind", "credentials.unknown_kind")
    number = _checked(number, issued_on, valid_until, today)
    assert issued_on is not None
    credential = Credential(
        member_id=member_id,
        profession_id=kind.profession_id,
        kind_id=kind.id,
        number=number,
        issued_on=issued_on,
        valid_until=valid_until,
        issuing_body=(issuing_body or "").strip() or None,
        renews_id=renews_id,
    )
    session.add(credential)
    session.flush()
    audit.record(
        session,
        ENTITY,
        credential.id,
        AuditAction.CREATE,
        {
            "member_id": (None, member_id),
            "kind": (None, kind.name),
            "number": (None, number),
            "issued_on": (None, issued_on),
            "valid_until": (None, valid_until),
        },
    )
    if kind.is_licence:
        sync_licence(session, member_id, kind.profession_id, today)
    return credential.id


def renew_credential(
    session: Session,
    credential_id: int,
    number: str | None,
    issued_on: dt.date | None,
    valid_until: dt.date | None,
    issuing_body: str | None = None,
    *,
    today: dt.date,
) -> int:
    """A new credential renewing ``credential_id`` (same member and kind; the number and
    issuing body carry over when not given). The old one is kept."""
    old = session.get(Credential, credential_id)
    if old is None:
        raise ValidationError("credential", "credentials.unknown_credential")
    if issued_on is not None and issued_on < old.issued_on:
        raise ValidationError(
            "issued_on", "credentials.renewal_before_old", when=issued_on, old=old.issued_on
        )
    return add_credential(
        session,
        old.member_id,
        old.kind_id,
        number if number and number.strip() else old.number,
        issued_on,
        valid_until,
        issuing_body if (issuing_body or "").strip() else old.issuing_body,
        today=today,
        renews_id=old.id,
    )


def credentials_of(session: Session, member_id: int) -> list[CredentialRow]:
    """The member's credentials, newest first within each profession and kind."""
    renewed = set(
        session.scalars(
            select(Credential.renews_id).where(
                Credential.member_id == member_id, Credential.renews_id.is_not(None)
            )
        )
    )
    rows = session.execute(
        select(Credential, CredentialKind.name, CredentialKind.is_licence)
        .join(CredentialKind, CredentialKind.id == Credential.kind_id)
        .where(Credential.member_id == member_id)
        .order_by(
            Credential.profession_id,
            CredentialKind.is_licence.desc(),
            CredentialKind.name,
            Credential.issued_on.desc(),
            Credential.id.desc(),
        )
    ).all()
    return [
        CredentialRow(
            c.id,
            c.profession_id,
            name,
            bool(is_licence),
            c.number,
            c.issued_on,
            c.valid_until,
            c.issuing_body,
            c.renews_id,
            c.id in renewed,
        )
        for c, name, is_licence in rows
    ]
