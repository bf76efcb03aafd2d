"""The texts a coordinator sends about a shift, built from the database: the cover request for
the chat group, and the notice for one volunteer who moved up from the waiting list or was
taken off. The window, the CLI and the tests all get the same words from here."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from groupdesk.core.database import Database
from groupdesk.core.database.sql_types import AnyRow
from groupdesk.core.errors import ValidationError
from groupdesk.core.models import (
    Assignment,
    Member,
    Profession,
    Shift,
    Skill,
    VolunteerProject,
)
from groupdesk.core.models.enums import PLACE_STATES
from groupdesk.core.org_rules import OrgRules, load_rules
from groupdesk.core.scheduling.cover_message import (
    CoverRequest,
    Notice,
    message,
    promoted_message,
    removed_message,
)

_S = Shift.__table__.c
_A = Assignment.__table__.c
_M = Member.__table__.c
_P = VolunteerProject.__table__.c


def contact_text(conn: Connection, coordinator_id: int | None, rules: OrgRules) -> str | None:
    """Whom volunteers call: the project's coordinator by name, with the organisation's contact
    phone (or, when none is set, the coordinator's own number)."""
    name, phone = "", rules.contact_phone.strip()
    if coordinator_id is not None:
        row = conn.execute(select(_M.full_name, _M.phone).where(_M.id == coordinator_id)).first()
        if row is not None:
            name = row.full_name or ""
            phone = phone or (row.phone or "")
    if name and phone:
        return f"{name} ({phone})"
    return name or phone or None


def _shift_row(conn: Connection, shift_id: int) -> AnyRow:
    prof, skill = Profession.__table__.c, Skill.__table__.c
    row = conn.execute(
        select(
            _P.name.label("project"),
            _P.coordinator_id,
            func.coalesce(_S.location, _P.location).label("location"),
            _S.starts_at,
            _S.ends_at,
            _S.min_volunteers,
            _S.max_volunteers,
            prof.name.label("profession"),
            skill.name.label("skill"),
        )
        .join(VolunteerProject.__table__, _P.id == _S.project_id)
        .outerjoin(Profession.__table__, prof.id == _S.required_profession_id)
        .outerjoin(Skill.__table__, skill.id == _S.required_skill_id)
        .where(_S.id == shift_id)
    ).first()
    if row is None:
        raise ValidationError("shift", "shift.gone")
    return row


class NoticeService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def cover_request(self, shift_id: int) -> tuple[CoverRequest, str]:
        """The cover request for the shift and the organisation's message language."""
        with self._db.engine.connect() as conn:
            rules = load_rules(conn)
            row = _shift_row(conn, shift_id)
            people = conn.execute(
                select(_M.full_name, _A.status)
                .join(Member.__table__, _M.id == _A.member_id)
                .where(_A.shift_id == shift_id, _A.status.in_((*PLACE_STATES, "waitlisted")))
                .order_by(_A.signed_up_at, _A.id)
            ).all()
            req = CoverRequest(
                project=row.project,
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                location=row.location,
                min_volunteers=row.min_volunteers,
                max_volunteers=row.max_volunteers,
                on_it=[n for n, st in people if st in PLACE_STATES],
                profession=row.profession,
                skill=row.skill,
                contact=contact_text(conn, row.coordinator_id, rules),
                time_zone=rules.time_zone,
                waitlisted=sum(1 for _, st in people if st == "waitlisted"),
            )
        return req, rules.language

    def cover_message(self, shift_id: int) -> str:
        req, language = self.cover_request(shift_id)
        return message(req, language)

    def _notice(self, assignment_id: int) -> tuple[Notice, str]:
        with self._db.engine.connect() as conn:
            rules = load_rules(conn)
            found = conn.execute(
                select(_A.shift_id, _M.full_name)
                .join(Member.__table__, _M.id == _A.member_id)
                .where(_A.id == assignment_id)
            ).first()
            if found is None:
                raise ValidationError("assignment", "signup.gone")
            row = _shift_row(conn, found.shift_id)
            notice = Notice(
                name=found.full_name,
                project=row.project,
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                location=row.location,
                contact=contact_text(conn, row.coordinator_id, rules),
                time_zone=rules.time_zone,
            )
        return notice, rules.language

    def promoted(self, assignment_id: int) -> str:
        """The message for a volunteer who moved up from the waiting list."""
        return promoted_message(*self._notice(assignment_id))

    def removed(self, assignment_id: int) -> str:
        """The message for a volunteer taken off the shift."""
        return removed_message(*self._notice(assignment_id))


__all__ = ["NoticeService", "contact_text"]
