"""The one rule that keeps the roster's licence in step with the credentials behind it.

``member_professions.licence_number`` / ``licence_valid_until`` (what the roster, dashboard,
filters and reports read) are those of the member's *newest* credential of the profession's
licence kind: the one valid longest (a renewal runs past the one it renews), and among equal
dates the one issued last. A credential still to be issued (issued in the future) never
counts. The member gains the profession when they had no row for it yet.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.core.models import MemberProfession
from groupdesk.core.models.credential import Credential, CredentialKind


def newest_licence(
    session: Session, member_id: int, profession_id: int, today: dt.date
) -> Credential | None:
    """The credential the roster's licence follows, or None without one."""
    return session.scalars(
        select(Credential)
        .join(CredentialKind, CredentialKind.id == Credential.kind_id)
        .where(
            Credential.member_id == member_id,
            Credential.profession_id == profession_id,
            CredentialKind.is_licence,
            Credential.issued_on <= today,
        )
        .order_by(
            Credential.valid_until.is_(None),  # a dated one first, as the roster needs a date
            Credential.valid_until.desc(),
            Credential.issued_on.desc(),
            Credential.id.desc(),
        )
        .limit(1)
    ).first()


def sync_licence(session: Session, member_id: int, profession_id: int, today: dt.date) -> None:
    """Set the member's licence for the profession from the newest licence credential."""
    newest = newest_licence(session, member_id, profession_id, today)
    if newest is None:
        return
    row = session.scalar(
        select(MemberProfession).where(
            MemberProfession.member_id == member_id,
            MemberProfession.profession_id == profession_id,
        )
    )
    if row is None:
        row = MemberProfession(member_id=member_id, profession_id=profession_id)
        session.add(row)
    row.licence_number = newest.number
    row.licence_valid_until = newest.valid_until
    session.flush()
