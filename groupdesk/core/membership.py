"""Membership follows the paid-until date: an active member whose dues ran out is lapsed.

One rule, two ways of applying it. A database opened for writing has it written down when it
is opened (:func:`refresh_lapsed`, recorded in each member's history), so the window, every
command and every report read the right status. A database opened read-only cannot be
written, so queries read :func:`effective_status` instead of the stored column.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, case, literal, select, update
from sqlalchemy.orm import aliased

from groupdesk.core import audit
from groupdesk.core.models import AuditAction, Member, MemberStatus

ENTITY = "member"


def dues_ran_out(today: dt.date | None = None) -> ColumnElement[bool]:
    """SQL: the member is stored as active but the paid-until date has passed."""
    day = today or dt.date.today()
    # "status || ''": the few past paid-until dates (an index range) are read, not the many
    # active members.
    return and_(
        Member.paid_until < literal(day),
        (Member.status + literal("")) == MemberStatus.ACTIVE.value,
    )


def effective_status(today: dt.date | None = None) -> ColumnElement[str]:
    """SQL for a member's status as of ``today``: 'lapsed' once an active member's
    paid-until date has passed, the stored status otherwise."""
    return case((dues_ran_out(today), literal(MemberStatus.LAPSED.value)), else_=Member.status)


def status_as_of(status: str, paid_until: dt.date | None, today: dt.date) -> str:
    """The same rule for one member in Python."""
    if status == MemberStatus.ACTIVE.value and paid_until is not None and paid_until < today:
        return MemberStatus.LAPSED.value
    return status


def _overdue_ids(conn_or_session: Any, today: dt.date) -> list[int]:
    trash = aliased(Member)
    in_trash = select(trash.id).where(trash.deleted_at.is_not(None))
    stmt = select(Member.id).where(dues_ran_out(today), Member.id.not_in(in_trash))
    return list(conn_or_session.scalars(stmt))


def refresh_lapsed(session: Any, today: dt.date) -> int:
    """Write the rule down in ``session``'s transaction: active members past their paid-until
    date become lapsed, each change recorded in the member's history."""
    ids = _overdue_ids(session, today)
    if ids:
        session.execute(
            update(Member)
            .where(Member.id.in_(ids))
            .values(status=MemberStatus.LAPSED.value, version=Member.version + 1)
            .execution_options(synchronize_session=False)
        )
        audit.record_all(
            session,
            (
                audit.Change(ENTITY, member_id, AuditAction.UPDATE, "status", "active", "lapsed")
                for member_id in ids
            ),
        )
    return len(ids)


def bring_up_to_date(db: Any, today: dt.date | None = None) -> int:
    """Apply the rule to a database open for writing, in one transaction (nothing for a
    read-only one, whose readers use :func:`effective_status`). Reading finds nothing to do
    on most days, and then nothing is written."""
    if db.read_only:
        return 0
    day = today or dt.date.today()
    with db.engine.connect() as conn:
        if not _overdue_ids(conn, day):
            return 0
    with db.transaction() as session:
        return refresh_lapsed(session, day)
