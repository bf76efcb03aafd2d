"""Creating, editing, trashing and restoring members: each call is one transaction.

Every change is validated first (nothing is written when any field is wrong), checked against
the version the editor started from (so two windows cannot silently overwrite each other),
and recorded field by field in the audit trail.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from groupdesk.core import audit, membership, validation
from groupdesk.core.database import Database
from groupdesk.core.errors import BackupFailed, NotFound, StaleEditError
from groupdesk.core.identity import nik, photo
from groupdesk.core.identity import words as identity_words
from groupdesk.core.messages import Message
from groupdesk.core.models import (
    AuditAction,
    AuditEntry,
    AvailabilityWindow,
    CustomField,
    CustomFieldValue,
    Member,
    MemberInterest,
    MemberPhoto,
    MemberProfession,
    MemberSkill,
    MemberStatus,
    OrganisationSettings,
    utcnow,
)
from groupdesk.core.models.dues import LedgerEntry
from groupdesk.core.services.backups import BackupService
from groupdesk.core.text_keys import member_search_text, sort_name
from groupdesk.core.validation import ValidationError

ENTITY = "member"


class MemberNotFound(NotFound, LookupError):
    """The member is gone (deleted elsewhere, or never there)."""

    code = "member.not_found"

    def __init__(self, member_id: int | None) -> None:
        super().__init__(member_id=member_id)
        self.member_id = member_id


@dataclass(frozen=True)
class ProfessionEntry:
    profession_id: int
    qualification: str | None = None
    licence_number: str | None = None
    licence_valid_until: dt.date | None = None


@dataclass(frozen=True)
class AvailabilityEntry:
    weekday: int
    start_time: dt.time
    end_time: dt.time


@dataclass(frozen=True)
class MemberRecord:
    """Everything the member form edits, as plain values (no ORM objects leave the service)."""

    member_number: str = ""
    full_name: str = ""
    email: str | None = None
    phone: str | None = None
    birth_date: dt.date | None = None
    joined_on: dt.date | None = None
    paid_until: dt.date | None = None
    status: str = MemberStatus.ACTIVE.value
    city: str | None = None
    address: str | None = None
    notes: str | None = None
    consent_given: bool = False
    consent_date: dt.date | None = None
    nik: str | None = None
    gender: str | None = None
    birth_place: str | None = None
    education: str | None = None
    photo: bytes | None = None
    professions: tuple[ProfessionEntry, ...] = ()
    skill_ids: frozenset[int] = frozenset()
    cause_area_ids: frozenset[int] = frozenset()
    availability: tuple[AvailabilityEntry, ...] = ()
    custom: tuple[tuple[int, Any], ...] = ()  # (custom field id, value), sorted by id
    id: int | None = None
    version: int = 0
    deleted_at: dt.datetime | None = None

    def with_changes(self, **changes: Any) -> MemberRecord:
        return replace(self, **changes)


SCALAR_FIELDS = (
    "member_number",
    "full_name",
    "email",
    "phone",
    "birth_date",
    "joined_on",
    "paid_until",
    "status",
    "city",
    "address",
    "notes",
    "consent_given",
    "consent_date",
    "nik",
    "gender",
    "birth_place",
    "education",
)
RECORD_FIELDS = tuple(f.name for f in fields(MemberRecord))
EDITED_FIELDS = tuple(name for name in RECORD_FIELDS if name not in ("id", "version", "deleted_at"))


def mine_over_theirs(
    theirs: MemberRecord, opened: MemberRecord, mine: MemberRecord
) -> MemberRecord:
    """ "Keep mine" after someone else saved the member first: the fields I changed (from the
    version I ``opened`` to ``mine``) over ``theirs``; what only they changed stays theirs.

    The result carries their version, so saving it is an ordinary checked update.
    """
    changed = {
        name: getattr(mine, name)
        for name in EDITED_FIELDS
        if getattr(opened, name) != getattr(mine, name)
    }
    return theirs.with_changes(**changed)


class MemberService:
    def __init__(self, db: Database, *, today: dt.date | None = None) -> None:
        self._db = db
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- reading ------------------------------------------------------------------------

    def get(self, member_id: int) -> MemberRecord:
        with self._db.session() as s:
            member = s.get(Member, member_id)
            if member is None:
                raise MemberNotFound(member_id)
            return _record_of(s, member)

    def history(self, member_id: int) -> list[audit.HistoryLine]:
        with self._db.session() as s:
            return audit.history(s, ENTITY, member_id)

    def suggest_member_number(self) -> str:
        """The next number in the association's own pattern (GD-000301 after GD-000300)."""
        with self._db.session() as s:
            last = s.scalar(select(Member.member_number).order_by(Member.id.desc()).limit(1))
            if not last:
                return "1"
            match = re.search(r"(\d+)(?!.*\d)", last)
            if not match:
                return f"{last}-2"
            prefix, digits, suffix = last[: match.start()], match.group(1), last[match.end() :]
            for n in range(int(digits) + 1, int(digits) + 1000):
                candidate = f"{prefix}{n:0{len(digits)}d}{suffix}"
                if not s.scalar(select(func.count()).where(Member.member_number == candidate)):
                    return candidate
            return f"{last}-2"

    def identity_warnings(self, record: MemberRecord) -> list[Message]:
        """What the NIK says that the birth date or gender does not: shown beside the NIK,
        never a reason to refuse the save and never a change to either field."""
        return nik.disagreements(record.nik, record.birth_date, record.gender)

    def phone_country(self) -> str:
        with self._db.session() as s:
            settings = s.get(OrganisationSettings, 1)
            return settings.phone_country if settings else "ID"

    # -- checking -----------------------------------------------------------------------

    def validate(self, record: MemberRecord) -> MemberRecord:
        """The record as it would be stored, or ValidationError for the first bad field."""
        today = self.today
        country = self.phone_country()
        clean = validation.clean
        cleaned = record.with_changes(
            member_number=validation.member_number(record.member_number),
            full_name=validation.full_name(record.full_name),
            email=validation.optional(validation.email, record.email),
            phone=validation.optional(lambda text: validation.phone(text, country), record.phone),
            birth_date=validation.past_date("birth_date", record.birth_date, today, "birth date"),
            joined_on=validation.past_date("joined_on", record.joined_on, today, "joining date"),
            consent_date=validation.past_date(
                "consent_date", record.consent_date, today, "consent date"
            ),
            status=validation.status(record.status),
            city=clean(record.city),
            address=(record.address or "").strip() or None,
            notes=(record.notes or "").strip() or None,
            nik=nik.optional(record.nik, today=today),
            gender=identity_words.gender(record.gender),
            birth_place=clean(record.birth_place),
            education=identity_words.education(record.education),
            photo=photo.check(record.photo),
        )
        if cleaned.birth_place and len(cleaned.birth_place) > 120:
            raise ValidationError("birth_place", "text.too_long", maximum=120)
        if cleaned.birth_date and cleaned.joined_on and cleaned.joined_on < cleaned.birth_date:
            raise ValidationError("joined_on", "member.joins_before_birth")
        if cleaned.consent_given and cleaned.consent_date is None:
            cleaned = cleaned.with_changes(consent_date=today)
        if not cleaned.consent_given:
            cleaned = cleaned.with_changes(consent_date=None)
        seen = set()
        for entry in cleaned.professions:
            if entry.profession_id in seen:
                raise ValidationError("professions", "member.profession_twice")
            seen.add(entry.profession_id)
        for window in cleaned.availability:
            if not 0 <= window.weekday <= 6:
                raise ValidationError(
                    "availability", "member.unknown_weekday", weekday=window.weekday
                )
            if window.end_time <= window.start_time:
                raise ValidationError("availability", "member.window_backwards")
        with self._db.session() as s:
            taken = s.scalar(
                select(Member.id).where(
                    Member.member_number == cleaned.member_number,
                    Member.id != (record.id or -1),
                )
            )
            if taken is not None:
                raise ValidationError(
                    "member_number", "member.number_taken", number=cleaned.member_number
                )
            if cleaned.nik:
                holder = s.scalar(
                    select(Member.full_name).where(
                        Member.nik == cleaned.nik, Member.id != (record.id or -1)
                    )
                )
                if holder is not None:
                    raise ValidationError("nik", "nik.taken", nik=cleaned.nik, name=holder)
            cleaned = cleaned.with_changes(custom=self._validate_custom(s, cleaned.custom))
        return cleaned

    def _validate_custom(
        self, s: Session, custom: tuple[tuple[int, Any], ...]
    ) -> tuple[tuple[int, Any], ...]:
        from groupdesk.core.services.custom_fields import coerce_value

        defs = {f.id: f for f in s.scalars(select(CustomField))}
        out: list[tuple[int, Any]] = []
        for field_id, value in custom:
            definition = defs.get(field_id)
            if definition is None:
                continue
            value = coerce_value(definition, value)
            if value is not None:  # an empty field is no value, as it is stored
                out.append((field_id, value))
        return tuple(sorted(out, key=lambda item: item[0]))

    # -- writing ------------------------------------------------------------------------

    def create(self, record: MemberRecord) -> MemberRecord:
        cleaned = self.validate(record.with_changes(id=None))
        with self._db.transaction() as s:
            member = Member()
            _apply_scalars(member, cleaned)
            s.add(member)
            s.flush()
            _replace_children(s, member.id, cleaned)
            _store_photo(s, member.id, cleaned.photo)
            created = {
                name: (None, getattr(cleaned, name))
                for name in SCALAR_FIELDS
                if getattr(cleaned, name) not in (None, "", False)
            }
            if cleaned.photo:
                created["photo"] = (None, True)
            audit.record(s, ENTITY, member.id, AuditAction.CREATE, created)
            s.flush()
            return _record_of(s, member)

    def update(self, record: MemberRecord) -> MemberRecord:
        """Save ``record`` (which carries the version it was loaded at) over the stored one."""
        if record.id is None:
            raise MemberNotFound(None)
        cleaned = self.validate(record)
        with self._db.transaction() as s:
            member = s.get(Member, record.id)
            if member is None:
                raise MemberNotFound(record.id)
            if member.version != record.version:
                raise StaleEditError("stale.version")
            before = _record_of(s, member)
            changes = _diff(before, cleaned)
            if not changes:
                return before
            _apply_scalars(member, cleaned)
            children_changed = any(name not in (*SCALAR_FIELDS, "photo") for name in changes)
            if any(name not in SCALAR_FIELDS for name in changes):
                member.updated_at = utcnow()  # a child change is a change to the member
            s.flush()  # one UPDATE, so the version goes up by exactly one
            if children_changed:
                _replace_children(s, member.id, cleaned)
            if "photo" in changes:
                _store_photo(s, member.id, cleaned.photo)
            audit.record(s, ENTITY, member.id, AuditAction.UPDATE, changes)
            s.flush()
            return _record_of(s, member)

    def check_field(
        self, member_id: int, name: str, value: Any, *, version: int
    ) -> tuple[MemberRecord, MemberRecord]:
        """An inline edit of one field, checked before anything is written: the member as
        stored and as it would be saved. Refused (and nothing written) when someone else
        saved the member since the editor read it at ``version`` (StaleEditError) or when
        the value is not acceptable (ValidationError), so a refused edit never becomes a
        step to undo."""
        if name not in SCALAR_FIELDS:
            raise ValidationError(name, "member.not_editable_here")
        current = self.get(member_id)
        if current.version != version:
            raise StaleEditError("stale.version")
        return current, self.validate(current.with_changes(**{name: value}))

    def update_field(self, member_id: int, name: str, value: Any, *, version: int) -> MemberRecord:
        """Inline edit of one field, checked like a whole-form save."""
        _current, after = self.check_field(member_id, name, value, version=version)
        return self.update(after)

    def move_to_trash(self, member_ids: list[int]) -> int:
        """Members (and, through them, their sign-ups) leave the roster but can come back."""
        return self._set_trashed(member_ids, trashed=True)

    def restore(self, member_ids: list[int]) -> int:
        return self._set_trashed(member_ids, trashed=False)

    def _set_trashed(self, member_ids: list[int], *, trashed: bool) -> int:
        now = utcnow()
        currently = Member.deleted_at.is_(None) if trashed else Member.deleted_at.is_not(None)
        with self._db.transaction() as s:
            ids = list(s.scalars(select(Member.id).where(Member.id.in_(member_ids), currently)))
            if ids:
                s.execute(
                    update(Member)
                    .where(Member.id.in_(ids))
                    .values(deleted_at=now if trashed else None, version=Member.version + 1)
                    .execution_options(synchronize_session=False)
                )
                action = AuditAction.DELETE if trashed else AuditAction.RESTORE
                for mid in ids:
                    audit.record(s, ENTITY, mid, action)
            return len(ids)

    def trash_count(self) -> int:
        with self._db.session() as s:
            return int(s.scalar(select(func.count()).where(Member.deleted_at.is_not(None))) or 0)

    def empty_trash(self) -> int:
        """Delete the members in the trash for good, with their sign-ups and links.

        This cannot be undone, so the database is backed up first; when the backup cannot be
        made, :class:`BackupFailed` is raised and nothing is deleted. A member with dues in
        the ledger stays in the trash: the books (and the receipts given) keep their name.
        """
        if not self.trash_count():
            return 0
        BackupService(self._db).before("trash")
        with self._db.transaction() as s:
            in_books = select(LedgerEntry.id).where(LedgerEntry.member_id == Member.id).exists()
            ids = list(
                s.scalars(select(Member.id).where(Member.deleted_at.is_not(None), ~in_books))
            )
            if ids:
                s.execute(delete(Member).where(Member.id.in_(ids)))
                # The history stays: it says when the member went for good, and by whom.
                audit.record_all(
                    s,
                    (
                        audit.Change(
                            ENTITY, mid, AuditAction.DELETE, "deleted_for_good", None, True
                        )
                        for mid in ids
                    ),
                )
            return len(ids)

    def purge(self, member_id: int) -> None:
        """Remove a member created by mistake (undo of "new member"); no trace left. Refused
        once the member is in the dues ledger: the books keep whom they charged or paid."""
        with self._db.transaction() as s:
            if s.scalar(select(LedgerEntry.id).where(LedgerEntry.member_id == member_id).limit(1)):
                name = s.scalar(select(Member.full_name).where(Member.id == member_id))
                raise ValidationError("member", "dues.member_in_books", name=name or "")
            s.execute(delete(Member).where(Member.id == member_id))
            # SQLite may hand the id to the next new member: its history must start empty.
            s.execute(
                delete(AuditEntry).where(
                    AuditEntry.entity == ENTITY, AuditEntry.entity_id == member_id
                )
            )

    def refresh_lapsed(self) -> int:
        """Members whose paid-until date has passed become lapsed (and it is recorded)."""
        with self._db.transaction() as s:
            return membership.refresh_lapsed(s, self.today)


# -- helpers ---------------------------------------------------------------------------


def _apply_scalars(member: Member, record: MemberRecord) -> None:
    for name in SCALAR_FIELDS:
        setattr(member, name, getattr(record, name))
    member.sort_name = sort_name(record.full_name)
    member.search_text = member_search_text(
        record.member_number, record.full_name, record.email, record.phone, record.city, record.nik
    )


def _store_photo(s: Session, member_id: int, content: bytes | None) -> None:
    """The member's photo in its own table: replaced, or removed when there is none."""
    s.execute(delete(MemberPhoto).where(MemberPhoto.member_id == member_id))
    if content:
        kind = photo.media_type(content) or photo.JPEG
        s.add(MemberPhoto(member_id=member_id, content=content, media_type=kind))


def _replace_children(s: Session, member_id: int, record: MemberRecord) -> None:
    for model in (
        MemberProfession,
        MemberSkill,
        MemberInterest,
        AvailabilityWindow,
        CustomFieldValue,
    ):
        s.execute(delete(model).where(model.member_id == member_id))
    for p in record.professions:
        s.add(MemberProfession(member_id=member_id, **p.__dict__))
    for skill_id in record.skill_ids:
        s.add(MemberSkill(member_id=member_id, skill_id=skill_id))
    for cause_id in record.cause_area_ids:
        s.add(MemberInterest(member_id=member_id, cause_area_id=cause_id))
    for w in record.availability:
        s.add(
            AvailabilityWindow(
                member_id=member_id, weekday=w.weekday, start_time=w.start_time, end_time=w.end_time
            )
        )
    if record.custom:
        from groupdesk.core.services.custom_fields import value_columns

        for field_id, value in record.custom:
            if value is None:
                continue
            s.add(
                CustomFieldValue(
                    member_id=member_id, field_id=field_id, **value_columns(s, field_id, value)
                )
            )


def _record_of(s: Session, member: Member) -> MemberRecord:
    mid = member.id
    professions = tuple(
        ProfessionEntry(r.profession_id, r.qualification, r.licence_number, r.licence_valid_until)
        for r in s.scalars(
            select(MemberProfession)
            .where(MemberProfession.member_id == mid)
            .order_by(MemberProfession.id)
        )
    )
    skills = frozenset(s.scalars(select(MemberSkill.skill_id).where(MemberSkill.member_id == mid)))
    causes = frozenset(
        s.scalars(select(MemberInterest.cause_area_id).where(MemberInterest.member_id == mid))
    )
    availability = tuple(
        AvailabilityEntry(w.weekday, w.start_time, w.end_time)
        for w in s.scalars(
            select(AvailabilityWindow)
            .where(AvailabilityWindow.member_id == mid)
            .order_by(AvailabilityWindow.weekday, AvailabilityWindow.start_time)
        )
    )
    from groupdesk.core.services.custom_fields import stored_value

    custom = tuple(
        (v.field_id, stored_value(v))
        for v in s.scalars(
            select(CustomFieldValue)
            .where(CustomFieldValue.member_id == mid)
            .order_by(CustomFieldValue.field_id)
        )
    )
    picture = s.scalar(select(MemberPhoto.content).where(MemberPhoto.member_id == mid))
    return MemberRecord(
        **{name: getattr(member, name) for name in SCALAR_FIELDS},
        photo=picture,
        professions=professions,
        skill_ids=skills,
        cause_area_ids=causes,
        availability=availability,
        custom=custom,
        id=mid,
        version=member.version,
        deleted_at=member.deleted_at,
    )


def _diff(before: MemberRecord, after: MemberRecord) -> dict[str, tuple[object, object]]:
    """Changed fields with their old and new values, as the audit trail keeps them: the
    linked lists as lists (licences with their dates), custom fields by their id."""
    changes: dict[str, tuple[object, object]] = {}
    for name in (
        *SCALAR_FIELDS,
        "professions",
        "skill_ids",
        "cause_area_ids",
        "availability",
        "custom",
        "photo",
    ):
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            if name == "photo":  # the history says a photo came or went, not its bytes
                changes[name] = (old is not None, new is not None)
            elif name == "custom":
                changes[name] = (dict(old), dict(new))
            else:
                changes[name] = (old, new)
    return changes


__all__ = [
    "AvailabilityEntry",
    "BackupFailed",
    "MemberNotFound",
    "MemberRecord",
    "MemberService",
    "ProfessionEntry",
    "StaleEditError",
    "ValidationError",
]
