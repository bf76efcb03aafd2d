"""When a licence counts as "expiring soon" and when as "expired": one definition for the
dashboard, the Members filter, the Professions page and the reports.

A licence is *expired* once its valid-until date is before today, and *expiring* when it is
still valid today and ends within :data:`EXPIRING_DAYS` days (today and that last day
included). Only licences of members who count are counted: on the roster (not in the trash)
and not left the association. An expired licence is never also "expiring": it is shown apart.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import QueryableAttribute, aliased

from groupdesk.core.models import Member, MemberStatus

# Time enough to renew a Surat Tanda Registrasi; the one number every screen uses.
EXPIRING_DAYS = 30


def expiring_until(today: dt.date, days: int = EXPIRING_DAYS) -> dt.date:
    """The last valid-until date that still counts as expiring soon."""
    return today + dt.timedelta(days=max(days, 0))


# A valid-until column: the mapped attribute or the table's column.
ValidUntil = ColumnElement[Any] | QueryableAttribute[Any]


def is_expiring(
    valid_until: ValidUntil, today: dt.date, days: int = EXPIRING_DAYS
) -> ColumnElement[bool]:
    """SQL: the licence is valid today and ends within ``days`` days."""
    return and_(valid_until >= today, valid_until <= expiring_until(today, days))


def is_expired(valid_until: ValidUntil, today: dt.date) -> ColumnElement[bool]:
    """SQL: the licence ended before today."""
    return valid_until < today


def member_counts() -> ColumnElement[bool]:
    """SQL over ``Member``: the member's licences are counted (on the roster, not left)."""
    # Written as "not among the few in the trash" so that SQLite starts from the licence
    # dates (an index range) instead of walking every member on the roster.
    trash = aliased(Member)
    in_trash = select(trash.id).where(trash.deleted_at.is_not(None))
    return and_(Member.id.not_in(in_trash), Member.status != MemberStatus.LEFT.value)


def state(valid_until: dt.date | None, today: dt.date, days: int = EXPIRING_DAYS) -> str | None:
    """'expired', 'expiring' or 'valid' for one licence; None without a date."""
    if valid_until is None:
        return None
    if valid_until < today:
        return "expired"
    if valid_until <= expiring_until(today, days):
        return "expiring"
    return "valid"
