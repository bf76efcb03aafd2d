"""What the window asks about credentials and credits (SKP), each call one transaction: a
member's credential sheet and progress, adding and renewing, and who is at risk."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from groupdesk.core import credentials as core
from groupdesk.core.credentials.kinds import parse_minimums
from groupdesk.core.credentials.progress import AtRisk, Progress
from groupdesk.core.credentials.register import CredentialRow
from groupdesk.core.database import Database
from groupdesk.core.models import MemberProfession, Profession
from groupdesk.core.models.credential import CredentialKind, CreditCategoryRule


@dataclass(frozen=True, slots=True)
class KindChoice:
    id: int
    profession_id: int
    profession: str
    name: str
    is_licence: bool


@dataclass(frozen=True, slots=True)
class KindInfo:
    """A kind of credential as the profession's list shows it."""

    id: int
    name: str
    is_licence: bool
    credits_required: float | None
    minimums: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class ProfessionProgress:
    profession_id: int
    profession: str
    progress: Progress


class CredentialService:
    def __init__(self, db: Database, *, today: dt.date | None = None) -> None:
        self._db = db
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def kinds(self) -> list[KindChoice]:
        """Every kind of credential, by profession (the licence kind first)."""
        with self._db.session() as s:
            rows = s.execute(
                select(CredentialKind, Profession.name)
                .join(Profession, Profession.id == CredentialKind.profession_id)
                .order_by(Profession.name, CredentialKind.is_licence.desc(), CredentialKind.name)
            ).all()
            return [
                KindChoice(k.id, k.profession_id, name, k.name, bool(k.is_licence))
                for k, name in rows
            ]

    def kinds_of(self, profession_id: int) -> list[KindInfo]:
        with self._db.session() as s:
            kinds = core.kinds_of(s, profession_id)
            rules: dict[int, list[tuple[str, float]]] = {}
            for rule in s.scalars(
                select(CreditCategoryRule)
                .where(CreditCategoryRule.kind_id.in_([k.id for k in kinds]))
                .order_by(CreditCategoryRule.category)
            ):
                rules.setdefault(rule.kind_id, []).append((rule.category, rule.minimum))
            return [
                KindInfo(
                    k.id, k.name, bool(k.is_licence), k.credits_required, tuple(rules.get(k.id, []))
                )
                for k in kinds
            ]

    def add_kind(
        self,
        profession_id: int,
        name: str,
        *,
        is_licence: bool,
        credits_required: float | None,
        minimums: str = "",
    ) -> int:
        """A kind the association defines; ``minimums`` as written ("Ilmiah: 5, ...")."""
        parsed = parse_minimums(minimums)
        with self._db.transaction() as s:
            return core.add_kind(
                s,
                profession_id,
                name,
                is_licence=is_licence,
                credits_required=credits_required,
                category_minimums=parsed,
            )

    def sheet(self, member_id: int) -> list[CredentialRow]:
        with self._db.session() as s:
            return core.credentials_of(s, member_id)

    def progress(self, member_id: int) -> list[ProfessionProgress]:
        """Credits within the current licence of each of the member's professions whose
        licence kind requires credits."""
        with self._db.session() as s:
            rows = s.execute(
                select(Profession.id, Profession.name)
                .join(MemberProfession, MemberProfession.profession_id == Profession.id)
                .join(
                    CredentialKind,
                    (CredentialKind.profession_id == Profession.id) & CredentialKind.is_licence,
                )
                .where(MemberProfession.member_id == member_id)
                .order_by(Profession.name)
            ).all()
            return [
                ProfessionProgress(pid, name, core.progress(s, member_id, pid, self.today))
                for pid, name in rows
            ]

    def licences(self, member_id: int) -> dict[int, tuple[str | None, dt.date | None]]:
        """The roster's licence per profession, as the credentials left it."""
        with self._db.session() as s:
            return {
                pid: (number, until)
                for pid, number, until in s.execute(
                    select(
                        MemberProfession.profession_id,
                        MemberProfession.licence_number,
                        MemberProfession.licence_valid_until,
                    ).where(MemberProfession.member_id == member_id)
                )
            }

    def add(
        self,
        member_id: int,
        kind_id: int,
        number: str,
        issued_on: dt.date | None,
        valid_until: dt.date | None,
        issuing_body: str | None = None,
    ) -> int:
        with self._db.transaction() as s:
            return core.add_credential(
                s,
                member_id,
                kind_id,
                number,
                issued_on,
                valid_until,
                issuing_body,
                today=self.today,
            )

    def renew(
        self,
        credential_id: int,
        number: str | None,
        issued_on: dt.date | None,
        valid_until: dt.date | None,
        issuing_body: str | None = None,
    ) -> int:
        with self._db.transaction() as s:
            return core.renew_credential(
                s, credential_id, number, issued_on, valid_until, issuing_body, today=self.today
            )

    def at_risk(self, months: int, profession_id: int | None = None) -> list[AtRisk]:
        with self._db.session() as s:
            return core.at_risk(s, self.today, months, profession_id)
