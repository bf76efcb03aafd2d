"""Credits (SKP) earned within a licence's validity against what its kind requires, and the
members whose licence ends soon without enough of them.

The window of a licence runs from the issue date of the credential the roster's licence
follows (the one whose valid-until date it shows) to that valid-until date; a licence typed
on the member form without a credential behind it counts every credit up to its end. An
activity counts on the day it was held.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ScalarSelect, and_, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from groupdesk.core.licences import member_counts
from groupdesk.core.models import Member, MemberProfession, Profession
from groupdesk.core.models.credential import (
    Credential,
    CredentialKind,
    CreditActivity,
    CreditAward,
    CreditCategoryRule,
)

EARLIEST = dt.date(1900, 1, 1)


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months later (the month's last day when it has fewer)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class CategoryProgress:
    category: str
    earned: float
    minimum: float


@dataclass(frozen=True, slots=True)
class Progress:
    """A member's credits within their current licence of a profession."""

    licence_number: str | None
    window_from: dt.date | None
    valid_until: dt.date | None
    earned: float
    required: float | None
    categories: tuple[CategoryProgress, ...]

    @property
    def enough(self) -> bool:
        """The total and every category's minimum are reached (no requirement: enough)."""
        if self.required is not None and self.earned < self.required:
            return False
        return all(c.earned >= c.minimum for c in self.categories)


@dataclass(frozen=True, slots=True)
class AtRisk:
    member_id: int
    member_number: str
    full_name: str
    profession: str
    licence_number: str | None
    valid_until: dt.date
    earned: float
    required: float


def _window_start() -> ScalarSelect[Any]:
    """SQL over MemberProfession: the issue date of the credential behind its licence."""
    kind = aliased(CredentialKind)
    return (
        select(func.max(Credential.issued_on))
        .join(kind, kind.id == Credential.kind_id)
        .where(
            Credential.member_id == MemberProfession.member_id,
            Credential.profession_id == MemberProfession.profession_id,
            kind.is_licence,
            Credential.valid_until == MemberProfession.licence_valid_until,
        )
        .scalar_subquery()
    )


def progress(
    session: Session, member_id: int, profession_id: int, today: dt.date | None = None
) -> Progress:
    """Credits earned within the current licence of ``profession_id`` against its kind's
    requirement and category minimums."""
    row = session.execute(
        select(
            MemberProfession.licence_number,
            MemberProfession.licence_valid_until,
            _window_start(),
        ).where(
            MemberProfession.member_id == member_id,
            MemberProfession.profession_id == profession_id,
        )
    ).first()
    number, until, start = row if row is not None else (None, None, None)
    kind = session.scalars(
        select(CredentialKind).where(
            CredentialKind.profession_id == profession_id, CredentialKind.is_licence
        )
    ).first()
    conditions = [CreditAward.member_id == member_id]
    if until is not None:
        conditions.append(CreditActivity.held_on <= until)
    if start is not None:
        conditions.append(CreditActivity.held_on >= start)
    earned_by: dict[str | None, float] = {
        category: points
        for category, points in session.execute(
            select(CreditActivity.category, func.sum(CreditAward.points))
            .join(CreditActivity, CreditActivity.id == CreditAward.activity_id)
            .where(*conditions)
            .group_by(CreditActivity.category)
        )
    }
    rules = []
    if kind is not None:
        rules = [
            CategoryProgress(rule.category, float(earned_by.get(rule.category) or 0), rule.minimum)
            for rule in session.scalars(
                select(CreditCategoryRule)
                .where(CreditCategoryRule.kind_id == kind.id)
                .order_by(CreditCategoryRule.category)
            )
        ]
    return Progress(
        number,
        start,
        until,
        float(sum(v or 0 for v in earned_by.values())),
        kind.credits_required if kind is not None else None,
        tuple(rules),
    )


def at_risk(
    session: Session, today: dt.date, months: int, profession_id: int | None = None
) -> list[AtRisk]:
    """Members whose licence is valid today and ends within ``months`` months with fewer
    credits earned in its window than its kind requires: one query, grouped in SQL.

    The licences ending in the period are found first (an index range on their end date),
    each with its window's start; only their members' credits are then summed.
    """
    mp = MemberProfession
    due = (
        select(
            mp.id.label("id"),
            mp.member_id.label("member_id"),
            mp.profession_id.label("profession_id"),
            mp.licence_number.label("licence_number"),
            mp.licence_valid_until.label("until"),
            func.coalesce(_window_start(), literal(EARLIEST)).label("start"),
            CredentialKind.credits_required.label("required"),
        )
        .join(
            CredentialKind,
            and_(
                CredentialKind.profession_id == mp.profession_id,
                CredentialKind.is_licence,
                CredentialKind.credits_required > 0,
            ),
        )
        .join(Member, Member.id == mp.member_id)
        .where(
            mp.licence_valid_until >= today,
            mp.licence_valid_until <= months_after(today, months),
            member_counts(),
            *([] if profession_id is None else [mp.profession_id == profession_id]),
        )
        .subquery("due")
    )
    award, activity = CreditAward.__table__, CreditActivity.__table__
    # an award counts when its activity (joined only then) falls in the licence's window
    earned = func.coalesce(
        func.sum(case((activity.c.id.is_not(None), award.c.points), else_=None)), 0.0
    )
    query = (
        select(
            Member.id,
            Member.member_number,
            Member.full_name,
            Profession.name,
            due.c.licence_number,
            due.c.until,
            earned,
            due.c.required,
        )
        .select_from(due)
        .join(Member, Member.id == due.c.member_id)
        .join(Profession, Profession.id == due.c.profession_id)
        # the member's awards by their index, then each one's activity by its key
        .outerjoin(award, award.c.member_id == due.c.member_id)
        .outerjoin(
            activity,
            and_(
                activity.c.id == award.c.activity_id,
                activity.c.held_on <= due.c.until,
                activity.c.held_on >= due.c.start,
            ),
        )
        .group_by(
            due.c.id,
            Member.id,
            Member.member_number,
            Member.full_name,
            Member.sort_name,
            Profession.name,
            due.c.licence_number,
            due.c.until,
            due.c.required,
        )
        .having(earned < due.c.required)
        .order_by(due.c.until, Member.sort_name, Member.id)
    )
    return [
        AtRisk(pk, number, name, prof, licence, until, float(got), float(need))
        for pk, number, name, prof, licence, until, got, need in session.execute(query)
    ]
