"""Members entered twice: finding the likely pairs, and merging one into the other.

Finding stays in SQL as far as it can. Same email and same phone digits are grouped and
counted by the database, which sends only the members of groups of two or more; similar
names are compared only between members born on the same day, groups the database finds
and streams date by date, so that Python scores a bounded batch of pairs at a time with
rapidfuzz and never holds the whole roster.

A merge is one transaction that keeps everything of both members, and returns a
:class:`MergeResult` holding what it changed, so that :func:`DuplicateService.unmerge` can put
the two members back exactly as they were.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from rapidfuzz import fuzz, process, utils
from sqlalchemy import String, case, delete, func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from groupdesk.core import audit
from groupdesk.core.database import Database
from groupdesk.core.errors import Refusal
from groupdesk.core.models import (
    Assignment,
    AssignmentStatus,
    AuditAction,
    AuditEntry,
    AvailabilityWindow,
    CauseArea,
    Challenge,
    CustomField,
    CustomFieldValue,
    Member,
    MemberInterest,
    MemberPhoto,
    MemberProfession,
    MemberSkill,
    MitigationAction,
    Profession,
    Skill,
    VolunteerProject,
    utcnow,
)
from groupdesk.core.person_names import name_keys_all
from groupdesk.core.services.custom_fields import stored_value
from groupdesk.core.services.members import ENTITY, SCALAR_FIELDS, MemberRecord, StaleEditError
from groupdesk.core.text_keys import member_search_text, sort_name
from groupdesk.core.validation import ValidationError

REASON_EMAIL = "email"
REASON_PHONE = "phone"
REASON_NAME = "name_birth_date"

# Names at least this similar (0-100, word order ignored) with the same birth date are a pair.
NAME_THRESHOLD = 88.0
# An email or phone shared by more members than this is an office or a family line, not a
# duplicate; a birth date shared by more is a placeholder typed for unknown dates.
MAX_EXACT_GROUP = 12
MAX_BIRTH_GROUP = 300
DEFAULT_LIMIT = 2000
_CHUNK = 20_000

MERGE_FIELDS: tuple[str, ...] = tuple(f for f in SCALAR_FIELDS if f != "consent_date")
CHILD_TABLES = (
    MemberProfession,
    MemberSkill,
    MemberInterest,
    AvailabilityWindow,
    CustomFieldValue,
    MemberPhoto,
)
# The better of two sign-ups for the same shift: the one that says more about what happened.
_STATUS_RANK = {
    AssignmentStatus.ATTENDED.value: 6,
    AssignmentStatus.CONFIRMED.value: 5,
    AssignmentStatus.SIGNED_UP.value: 4,
    AssignmentStatus.WAITLISTED.value: 3,
    AssignmentStatus.NO_SHOW.value: 2,
    AssignmentStatus.CANCELLED.value: 1,
}

Side = Literal["a", "b"]


class MergeRefused(Refusal):
    """The two members cannot be merged; the code says why ("merge.in_trash", ...)."""


@dataclass(frozen=True)
class MemberBrief:
    id: int
    member_number: str
    full_name: str
    email: str | None
    phone: str | None
    birth_date: dt.date | None
    city: str | None
    version: int


@dataclass(frozen=True)
class DuplicatePair:
    member_a: MemberBrief
    member_b: MemberBrief
    reasons: tuple[str, ...]
    score: float  # 0-100: how sure the finder is


@dataclass(frozen=True)
class LinkedSummary:
    """What hangs off a member, in words, for the side-by-side comparison."""

    professions: tuple[str, ...]
    skills: tuple[str, ...]
    interests: tuple[str, ...]
    sign_ups: int
    hours: float
    custom: dict[int, tuple[str, str]]  # field id -> (label, value as text)


@dataclass(frozen=True)
class MergeResult:
    """What a merge changed, so that it can be taken back exactly."""

    keep_id: int
    other_id: int
    members_before: tuple[dict[str, Any], ...]
    children_before: dict[str, tuple[dict[str, Any], ...]]
    assignments_before: tuple[dict[str, Any], ...]
    challenges_before: tuple[tuple[int, int | None, int | None], ...]
    actions_before: tuple[tuple[int, int | None], ...]
    projects_before: tuple[tuple[int, int | None], ...]
    moved_audit_ids: tuple[int, ...]
    added_audit_ids: tuple[int, ...]
    moved: dict[str, int] = field(default_factory=dict)


def phone_digits_sql(column: Any) -> Any:
    """SQL for the national digits of a phone number, as text_keys.phone_digits computes them."""
    digits = column
    for char in (" ", "-", "+", "(", ")", ".", "/"):
        digits = func.replace(digits, char, "")
    return case(
        (digits.like("62%"), literal("0", String) + func.substr(digits, 3)),
        else_=digits,
    )


def name_similarity(a: str, b: str) -> float:
    return float(fuzz.token_sort_ratio(a, b, processor=utils.default_process))


class DuplicateService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- finding ------------------------------------------------------------------------

    def find(self, *, limit: int = DEFAULT_LIMIT) -> list[DuplicatePair]:
        """Likely duplicates among live members (not in the trash, not anonymised), surest first."""
        found: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
        with self._db.engine.connect() as conn:
            email_key = func.lower(func.trim(Member.email))
            for a, b in self._exact_pairs(conn, Member.email, email_key, 4):
                found[(a, b)][REASON_EMAIL] = 100.0
            phone_key = phone_digits_sql(Member.phone)
            for a, b in self._exact_pairs(conn, Member.phone, phone_key, 8):
                found[(a, b)][REASON_PHONE] = 100.0
            for a, b, score in self._similar_names(conn):
                found[(a, b)][REASON_NAME] = score
            _drop_different_niks(conn, found)
            ranked = sorted(found.items(), key=lambda item: (-_score(item[1]), item[0]))[:limit]
            briefs = self._briefs(conn, {i for pair, _ in ranked for i in pair})
        order = (REASON_EMAIL, REASON_PHONE, REASON_NAME)
        return [
            DuplicatePair(
                briefs[a], briefs[b], tuple(r for r in order if r in reasons), _score(reasons)
            )
            for (a, b), reasons in ranked
        ]

    @staticmethod
    def _live(model: Any = Member) -> list[Any]:
        return [model.deleted_at.is_(None), model.anonymised_at.is_(None)]

    def _exact_pairs(
        self, conn: Any, column: Any, key: Any, min_length: int
    ) -> Iterable[tuple[int, int]]:
        """Pairs of members sharing ``key``, from one scan: a window counts each key's group.

        The key is worked out once per member (a materialised set), then counted.
        """
        keys = (
            select(key.label("k"), Member.id.label("id"))
            .where(*self._live(), column.is_not(None))
            .cte(f"{column.key}_keys")
            .prefix_with("MATERIALIZED")
        )
        keyed = (
            select(keys.c.k, keys.c.id, func.count().over(partition_by=keys.c.k).label("n"))
            .where(func.length(keys.c.k) >= min_length)
            .subquery()
        )
        stmt = (
            select(keyed.c.k, keyed.c.id)
            .where(keyed.c.n.between(2, MAX_EXACT_GROUP))
            .order_by(keyed.c.k, keyed.c.id)
        )
        for _key, rows in itertools.groupby(conn.execute(stmt), key=lambda r: r[0]):
            yield from itertools.combinations([r[1] for r in rows], 2)

    def _similar_names(self, conn: Any) -> Iterable[tuple[int, int, float]]:
        """Members sharing a birth date, a date at a time, scored pairwise with rapidfuzz
        on their names without honorifics, religious titles and degrees.

        The database finds the shared dates (a window count) and sends only members on them,
        sorted by date, as a stream; Python holds one date's group and a bounded batch of
        candidate pairs at a time.
        """
        dated = (
            select(
                Member.birth_date.label("born"),
                Member.id.label("id"),
                Member.full_name.label("name"),
                func.count().over(partition_by=Member.birth_date).label("n"),
            )
            .where(*self._live(), Member.birth_date.is_not(None))
            .subquery()
        )
        stmt = (
            select(dated.c.born, dated.c.id, dated.c.name)
            .where(dated.c.n.between(2, MAX_BIRTH_GROUP))
            .order_by(dated.c.born, dated.c.id)
        )
        result = conn.execution_options(stream_results=True).execute(stmt)
        batch: list[tuple[int, str, int, str]] = []
        for _born, rows in itertools.groupby(result, key=lambda r: r[0]):
            group = list(rows)
            # Names are compared without titles and degrees ("Ns. ..., S.Kep").
            group = list(
                zip([r[1] for r in group], name_keys_all([r[2] for r in group]), strict=True)
            )
            for (id_a, name_a), (id_b, name_b) in itertools.combinations(group, 2):
                la, lb = len(name_a), len(name_b)
                # Names this different in length cannot reach the threshold.
                if la * 4 >= lb * 3 and lb * 4 >= la * 3:
                    batch.append((id_a, name_a, id_b, name_b))
            if len(batch) >= _CHUNK:
                yield from _score_batch(batch)
                batch = []
        yield from _score_batch(batch)

    @staticmethod
    def _briefs(conn: Any, ids: set[int]) -> dict[int, MemberBrief]:
        out: dict[int, MemberBrief] = {}
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            stmt = select(
                Member.id,
                Member.member_number,
                Member.full_name,
                Member.email,
                Member.phone,
                Member.birth_date,
                Member.city,
                Member.version,
            ).where(Member.id.in_(ordered[start : start + 500]))
            for r in conn.execute(stmt):
                out[r[0]] = MemberBrief(*r)
        return out

    def linked(self, member_id: int) -> LinkedSummary:
        with self._db.session() as s:
            professions = tuple(
                name
                + (f" ({mp.licence_number})" if mp.licence_number else "")
                + (f" → {mp.licence_valid_until:%d %b %Y}" if mp.licence_valid_until else "")
                for mp, name in s.execute(
                    select(MemberProfession, Profession.name)
                    .join(Profession, Profession.id == MemberProfession.profession_id)
                    .where(MemberProfession.member_id == member_id)
                    .order_by(Profession.name)
                )
            )
            skills = tuple(
                s.scalars(
                    select(Skill.name)
                    .join(MemberSkill, MemberSkill.skill_id == Skill.id)
                    .where(MemberSkill.member_id == member_id)
                    .order_by(Skill.name)
                )
            )
            interests = tuple(
                s.scalars(
                    select(CauseArea.name)
                    .join(MemberInterest, MemberInterest.cause_area_id == CauseArea.id)
                    .where(MemberInterest.member_id == member_id)
                    .order_by(CauseArea.name)
                )
            )
            sign_ups, hours = s.execute(
                select(func.count(), func.coalesce(func.sum(Assignment.hours), 0.0)).where(
                    Assignment.member_id == member_id
                )
            ).one()
            custom = {
                v.field_id: (label, _shown(stored_value(v)))
                for v, label in s.execute(
                    select(CustomFieldValue, CustomField.label)
                    .join(CustomField, CustomField.id == CustomFieldValue.field_id)
                    .where(CustomFieldValue.member_id == member_id)
                )
            }
            return LinkedSummary(
                professions, skills, interests, int(sign_ups), float(hours or 0.0), custom
            )

    # -- merging ------------------------------------------------------------------------

    def merge(
        self,
        keep_id: int,
        other_id: int,
        choices: Mapping[str, Side] | None = None,
        *,
        versions: tuple[int, int] | None = None,
    ) -> MergeResult:
        """Merge ``other_id`` into ``keep_id`` ('a' is keep, 'b' is other, field by field).

        Fields left out of ``choices`` keep the kept member's value, or the other's when the
        kept one is blank. Custom fields are chosen with keys ``custom:<field id>``.
        """
        choices = dict(choices or {})
        if keep_id == other_id:
            raise MergeRefused("merge.same_member")
        with self._db.transaction() as s:
            keep, other = s.get(Member, keep_id), s.get(Member, other_id)
            if keep is None or other is None:
                raise MergeRefused("merge.member_gone")
            for m in (keep, other):
                if m.deleted_at is not None:
                    raise MergeRefused("merge.in_trash", name=m.full_name)
                if m.anonymised_at is not None:
                    raise MergeRefused("merge.anonymised", name=m.full_name)
            if versions is not None and (keep.version, other.version) != tuple(versions):
                raise StaleEditError("merge.stale")
            last_audit = int(s.scalar(select(func.max(AuditEntry.id))) or 0)
            pair = (keep_id, other_id)
            snapshot = _snapshot(s, pair)
            values = _merged_values(keep, other, choices)
            moved: dict[str, int] = {}

            changes = {
                name: (getattr(keep, name), values[name])
                for name in SCALAR_FIELDS
                if getattr(keep, name) != values[name]
            }
            keep_number, other_number = keep.member_number, other.member_number
            if values["member_number"] != keep_number:
                # The two swap numbers; the unique index must never see the same one twice.
                _set_member(s, other_id, member_number=f"~merge-{other_id}")
            if values["nik"] and values["nik"] == other.nik != keep.nik:
                # The NIK is one person's: the kept member takes it from the one merged in.
                _set_member(s, other_id, nik=None)
            _set_member(
                s,
                keep_id,
                **values,
                sort_name=sort_name(values["full_name"]),
                search_text=member_search_text(
                    values["member_number"],
                    values["full_name"],
                    values["email"],
                    values["phone"],
                    values["city"],
                    values["nik"],
                ),
            )
            if values["member_number"] != keep_number:
                _set_member(s, other_id, member_number=keep_number)
                other_number = keep_number

            moved["professions"] = _merge_professions(s, keep_id, other_id)
            moved["skills"] = _merge_pairs(s, MemberSkill, MemberSkill.skill_id, keep_id, other_id)
            moved["interests"] = _merge_pairs(
                s, MemberInterest, MemberInterest.cause_area_id, keep_id, other_id
            )
            moved["availability"] = _merge_availability(s, keep_id, other_id)
            moved["custom values"] = _merge_custom(s, keep_id, other_id, choices)
            moved["sign-ups"] = _merge_assignments(s, keep_id, other_id)
            _merge_photo(s, keep_id, other_id)
            moved["challenges"] = _repoint(
                s, Challenge, (Challenge.member_id, Challenge.owner_id), keep_id, other_id
            )
            moved["actions"] = _repoint(
                s, MitigationAction, (MitigationAction.owner_id,), keep_id, other_id
            )
            moved["projects"] = _repoint(
                s, VolunteerProject, (VolunteerProject.coordinator_id,), keep_id, other_id
            )
            moved_audit = tuple(
                s.scalars(
                    select(AuditEntry.id).where(
                        AuditEntry.entity == ENTITY, AuditEntry.entity_id == other_id
                    )
                )
            )
            if moved_audit:
                s.execute(
                    update(AuditEntry)
                    .where(AuditEntry.id.in_(moved_audit))
                    .values(entity_id=keep_id)
                    .execution_options(synchronize_session=False)
                )
            moved["history entries"] = len(moved_audit)

            _set_member(s, other_id, deleted_at=utcnow())
            changes["merged_from"] = (None, f"{other_number} (#{other_id})")
            audit.record(s, ENTITY, keep_id, AuditAction.MERGE, changes)
            audit.record(
                s,
                ENTITY,
                other_id,
                AuditAction.MERGE,
                {"merged_into": (None, f"{values['member_number']} (#{keep_id})")},
            )
            s.flush()
            added = tuple(
                s.scalars(
                    select(AuditEntry.id).where(
                        AuditEntry.id > last_audit,
                        AuditEntry.entity == ENTITY,
                        AuditEntry.entity_id.in_(pair),
                    )
                )
            )
            return MergeResult(
                keep_id,
                other_id,
                snapshot["members"],
                snapshot["children"],
                snapshot["assignments"],
                snapshot["challenges"],
                snapshot["actions"],
                snapshot["projects"],
                moved_audit,
                added,
                moved,
            )

    def unmerge(self, result: MergeResult) -> None:
        """Take a merge back: both members, their links and their history as they were."""
        pair = (result.keep_id, result.other_id)
        with self._db.transaction() as s:
            present = set(s.scalars(select(Member.id).where(Member.id.in_(pair))))
            if present != set(pair):
                raise MergeRefused("merge.member_deleted")
            for mid in pair:
                _set_member(s, mid, member_number=f"~unmerge-{mid}", nik=None)
            for row in result.members_before:
                kept = {k: v for k, v in row.items() if k not in ("id", "version")}
                _set_member(s, row["id"], **kept)
            for model in CHILD_TABLES:
                table = model.__table__
                s.execute(delete(model).where(model.member_id.in_(pair)))
                rows = result.children_before[table.name]
                if rows:
                    s.execute(insert(table), list(rows))
            s.execute(delete(Assignment).where(Assignment.member_id.in_(pair)))
            if result.assignments_before:
                s.execute(insert(Assignment.__table__), list(result.assignments_before))
            for cid, member_id, owner_id in result.challenges_before:
                s.execute(
                    update(Challenge)
                    .where(Challenge.id == cid)
                    .values(member_id=member_id, owner_id=owner_id, version=Challenge.version + 1)
                )
            for aid, owner_id in result.actions_before:
                s.execute(
                    update(MitigationAction)
                    .where(MitigationAction.id == aid)
                    .values(owner_id=owner_id)
                )
            for pid, coordinator_id in result.projects_before:
                s.execute(
                    update(VolunteerProject)
                    .where(VolunteerProject.id == pid)
                    .values(coordinator_id=coordinator_id, version=VolunteerProject.version + 1)
                )
            if result.moved_audit_ids:
                s.execute(
                    update(AuditEntry)
                    .where(AuditEntry.id.in_(result.moved_audit_ids))
                    .values(entity_id=result.other_id)
                    .execution_options(synchronize_session=False)
                )
            if result.added_audit_ids:
                s.execute(delete(AuditEntry).where(AuditEntry.id.in_(result.added_audit_ids)))


# -- helpers ---------------------------------------------------------------------------


def _shown(value: object) -> str:
    """A custom value as the comparison shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _score_batch(batch: list[tuple[int, str, int, str]]) -> Iterable[tuple[int, int, float]]:
    if not batch:
        return
    scores = process.cpdist(
        [r[1] for r in batch],
        [r[3] for r in batch],
        scorer=fuzz.token_sort_ratio,
        processor=utils.default_process,
    )
    for r, score in zip(batch, scores, strict=True):
        if score >= NAME_THRESHOLD:
            yield r[0], r[2], round(float(score), 1)


def _score(reasons: Mapping[str, float]) -> float:
    """The strongest reason, plus a little for each further one that agrees."""
    return min(100.0, max(reasons.values()) + 5 * (len(reasons) - 1)) if reasons else 0.0


def _blank(value: object) -> bool:
    return value is None or value == "" or value is False


def default_side(keep_value: object, other_value: object) -> Side:
    """Which value a merge keeps unless the person chooses: the kept member's, or the other's
    where the kept member's is blank."""
    return "b" if _blank(keep_value) and not _blank(other_value) else "a"


def _comparable(value: object) -> object:
    """Two values that read the same (blank and empty, spacing) are no choice to make."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return " ".join(value.split())
    return value


@dataclass(frozen=True)
class MergeField:
    """One row of the side-by-side comparison before a merge."""

    key: str  # a field of MERGE_FIELDS, or "custom:<field id>"
    keep: Any  # the kept member's value (a custom field's as text)
    other: Any
    choosable: bool  # the two differ: the person picks the one to keep
    default: Side  # what the merge keeps if the person does not choose
    label: str = ""  # a custom field's own label


def merge_fields(
    keep: MemberRecord,
    other: MemberRecord,
    keep_links: LinkedSummary,
    other_links: LinkedSummary,
) -> list[MergeField]:
    """The fields a merge of ``other`` into ``keep`` decides, with what it keeps by default:
    every member field, then the custom fields either member has."""
    rows = []
    for name in MERGE_FIELDS:
        a, b = getattr(keep, name), getattr(other, name)
        rows.append(MergeField(name, a, b, _comparable(a) != _comparable(b), default_side(a, b)))
    for field_id in sorted(set(keep_links.custom) | set(other_links.custom)):
        label, a = keep_links.custom.get(field_id, ("", ""))
        label_b, b = other_links.custom.get(field_id, ("", ""))
        rows.append(
            MergeField(
                f"custom:{field_id}",
                a,
                b,
                bool(a and b and a != b),
                "a" if a else "b",  # the other's value moves over where the kept has none
                label or label_b,
            )
        )
    return rows


def _merge_photo(s: Session, keep_id: int, other_id: int) -> None:
    """The kept member takes the other's photo when it has none of its own."""
    photos = set(
        s.scalars(
            select(MemberPhoto.member_id).where(MemberPhoto.member_id.in_((keep_id, other_id)))
        )
    )
    if photos == {other_id}:
        s.execute(
            update(MemberPhoto)
            .where(MemberPhoto.member_id == other_id)
            .values(member_id=keep_id)
            .execution_options(synchronize_session=False)
        )


def _drop_different_niks(conn: Any, found: dict[tuple[int, int], dict[str, float]]) -> None:
    """Two members with different NIKs are two people, however alike their names or however
    shared their family's phone: such pairs are not duplicates."""
    ids = sorted({i for pair in found for i in pair})
    niks: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        niks.update(
            conn.execute(
                select(Member.id, Member.nik).where(Member.id.in_(part), Member.nik.is_not(None))
            ).all()
        )
    for a, b in [pair for pair in found if pair[0] in niks and pair[1] in niks]:
        if niks[a] != niks[b]:
            del found[(a, b)]


def _merged_values(keep: Member, other: Member, choices: Mapping[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    sides: dict[str, str] = {}
    for name in MERGE_FIELDS:
        a, b = getattr(keep, name), getattr(other, name)
        side = choices.get(name)
        if side not in ("a", "b"):
            side = default_side(a, b)
        sides[name] = side
        values[name] = b if side == "b" else a
    # The consent date belongs with the consent it records.
    source = other if sides["consent_given"] == "b" else keep
    values["consent_date"] = source.consent_date if values["consent_given"] else None
    born, joined = values["birth_date"], values["joined_on"]
    if born and joined and joined < born:
        raise ValidationError("joined_on", "merge.joins_before_birth")
    return values


def _set_member(s: Session, member_id: int, **values: Any) -> None:
    s.execute(
        update(Member)
        .where(Member.id == member_id)
        .values(**values, version=Member.version + 1)
        .execution_options(synchronize_session=False)
    )


def _rows(s: Session, model: Any, *where: Any) -> tuple[dict[str, Any], ...]:
    return tuple(dict(r._mapping) for r in s.execute(select(model.__table__).where(*where)))


def _snapshot(s: Session, pair: tuple[int, int]) -> dict[str, Any]:
    return {
        "members": _rows(s, Member, Member.id.in_(pair)),
        "children": {
            model.__table__.name: _rows(s, model, model.member_id.in_(pair))
            for model in CHILD_TABLES
        },
        "assignments": _rows(s, Assignment, Assignment.member_id.in_(pair)),
        "challenges": tuple(
            tuple(r)
            for r in s.execute(
                select(Challenge.id, Challenge.member_id, Challenge.owner_id).where(
                    or_(Challenge.member_id.in_(pair), Challenge.owner_id.in_(pair))
                )
            )
        ),
        "actions": tuple(
            tuple(r)
            for r in s.execute(
                select(MitigationAction.id, MitigationAction.owner_id).where(
                    MitigationAction.owner_id.in_(pair)
                )
            )
        ),
        "projects": tuple(
            tuple(r)
            for r in s.execute(
                select(VolunteerProject.id, VolunteerProject.coordinator_id).where(
                    VolunteerProject.coordinator_id.in_(pair)
                )
            )
        ),
    }


def _later(a: dt.date | None, b: dt.date | None) -> bool:
    """True when licence date ``b`` is later than ``a`` (no date counts as earliest)."""
    if b is None:
        return False
    return a is None or b > a


def _merge_professions(s: Session, keep_id: int, other_id: int) -> int:
    MP = MemberProfession
    mine = {p.profession_id: p for p in s.scalars(select(MP).where(MP.member_id == keep_id))}
    moved = 0
    for theirs in list(s.scalars(select(MP).where(MP.member_id == other_id))):
        ours = mine.get(theirs.profession_id)
        if ours is None:
            theirs.member_id = keep_id
            moved += 1
            continue
        # The same profession twice: keep the later licence, and fill blanks from the other.
        if _later(ours.licence_valid_until, theirs.licence_valid_until):
            ours.licence_valid_until = theirs.licence_valid_until
            ours.licence_number = theirs.licence_number or ours.licence_number
        else:
            ours.licence_number = ours.licence_number or theirs.licence_number
        ours.qualification = ours.qualification or theirs.qualification
        s.delete(theirs)
        s.flush()
    s.flush()
    return moved


def _merge_pairs(s: Session, model: Any, key: Any, keep_id: int, other_id: int) -> int:
    mine = set(s.scalars(select(key).where(model.member_id == keep_id)))
    theirs = set(s.scalars(select(key).where(model.member_id == other_id)))
    new = sorted(theirs - mine)
    s.execute(delete(model).where(model.member_id == other_id))
    for value in new:
        s.execute(insert(model).values(**{"member_id": keep_id, key.key: value}))
    return len(new)


def _merge_availability(s: Session, keep_id: int, other_id: int) -> int:
    W = AvailabilityWindow
    mine = {
        (w.weekday, w.start_time, w.end_time)
        for w in s.scalars(select(W).where(W.member_id == keep_id))
    }
    moved = 0
    for w in list(s.scalars(select(W).where(W.member_id == other_id))):
        if (w.weekday, w.start_time, w.end_time) in mine:
            s.delete(w)
        else:
            w.member_id = keep_id
            mine.add((w.weekday, w.start_time, w.end_time))
            moved += 1
    s.flush()
    return moved


def _merge_custom(s: Session, keep_id: int, other_id: int, choices: Mapping[str, str]) -> int:
    V = CustomFieldValue
    mine = {v.field_id: v for v in s.scalars(select(V).where(V.member_id == keep_id))}
    moved = 0
    for theirs in list(s.scalars(select(V).where(V.member_id == other_id))):
        ours = mine.get(theirs.field_id)
        take_theirs = ours is None or choices.get(f"custom:{theirs.field_id}") == "b"
        if take_theirs:
            if ours is not None:
                s.delete(ours)
                s.flush()
            theirs.member_id = keep_id
            moved += 1
        else:
            s.delete(theirs)
        s.flush()
    return moved


def _merge_assignments(s: Session, keep_id: int, other_id: int) -> int:
    A = Assignment
    mine = {a.shift_id: a for a in s.scalars(select(A).where(A.member_id == keep_id))}
    moved = 0
    for theirs in list(s.scalars(select(A).where(A.member_id == other_id))):
        ours = mine.get(theirs.shift_id)
        if ours is not None:
            # Both on the same shift: one real sign-up; keep the one that says more.
            def rank(a: Assignment) -> tuple[int, float]:
                return (_STATUS_RANK.get(a.status, 0), a.hours or 0.0)

            if rank(theirs) <= rank(ours):
                s.delete(theirs)
                s.flush()
                continue
            s.delete(ours)
            s.flush()
        theirs.member_id = keep_id
        moved += 1
    s.flush()
    return moved


def _repoint(s: Session, model: Any, columns: tuple[Any, ...], keep_id: int, other_id: int) -> int:
    touched: set[int] = set()
    for column in columns:
        ids = set(s.scalars(select(model.id).where(column == other_id)))
        if not ids:
            continue
        values: dict[str, Any] = {column.key: keep_id}
        if "version" in model.__table__.c:
            values["version"] = model.version + 1
        s.execute(
            update(model)
            .where(model.id.in_(ids))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        touched |= ids
    return len(touched)


__all__ = [
    "MERGE_FIELDS",
    "NAME_THRESHOLD",
    "REASON_EMAIL",
    "REASON_NAME",
    "REASON_PHONE",
    "DuplicatePair",
    "DuplicateService",
    "LinkedSummary",
    "MemberBrief",
    "MergeRefused",
    "MergeResult",
    "name_similarity",
    "phone_digits_sql",
]
