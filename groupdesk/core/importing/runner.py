"""Preparing an import (every row checked and matched, nothing written) and carrying it out
all or nothing, in one transaction that is recorded as one import batch and can be undone.

``prepare`` is what the wizard's preview and the CLI's --dry-run show. ``execute`` writes:
rows with errors stop the whole import unless the plan says to skip invalid rows; Cancel
(the progress callback returning False), a crash or a database error roll everything back.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, select, update

from groupdesk.core import audit
from groupdesk.core.database import Database, backup_while
from groupdesk.core.errors import Refusal
from groupdesk.core.messages import Message, catalogue
from groupdesk.core.models import AuditAction, AuditEntry, Base, utcnow
from groupdesk.core.spreadsheet.cells import Cell, gc_paused

from .base import ImportCancelled, KindHandler, from_json, id_ranges, ids_of
from .fields import guess, repeated_fields
from .plan import ImportPlan, SourceTable, load_source
from .rows import ADD, REJECT, SKIP, UNCHANGED, UPDATE, RowResult

BATCH_ENTITY = "import"
UNDONE_FIELD = "undone"
ProgressCallback = Callable[[int, int], bool]
PREPARE_CHUNK = 2000  # rows converted between two progress reports while preparing


def _handlers() -> dict[str, type[KindHandler]]:
    from .challenges import ChallengesHandler
    from .credits import CreditsHandler
    from .members import MembersHandler
    from .payments import PaymentsHandler
    from .projects import ProjectsHandler
    from .shifts import ShiftsHandler
    from .signups import SignupsHandler

    return {
        "members": MembersHandler,
        "projects": ProjectsHandler,
        "shifts": ShiftsHandler,
        "signups": SignupsHandler,
        "challenges": ChallengesHandler,
        "payments": PaymentsHandler,
        "credits": CreditsHandler,
    }


class ImportUndoError(Refusal):
    """The import cannot be taken back (already undone, or its rows changed since)."""


# what the import created, as the summary names it
_NEW_NAMES = {
    "professions": "import.summary_new_professions",
    "skills": "import.summary_new_skills",
    "interests": "import.summary_new_interests",
    "categories": "import.summary_new_categories",
    "activities": "credits_import.summary_new_activities",
}


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    warnings: int = 0
    written: bool = False
    batch: int | None = None
    created: dict[str, list[str]] = field(default_factory=dict)

    def message(self) -> Message:
        """The one-line summary ("3 added, 0 updated, ..., new skills: Menjahit")."""
        created = [
            Message(_NEW_NAMES.get(what, "import.summary_new"), {"what": what, "names": names})
            for what, names in self.created.items()
        ]
        return Message(
            "import.summary",
            {
                "added": self.added,
                "updated": self.updated,
                "skipped": self.skipped,
                "rejected": self.rejected,
                "created": Message("import.summary_created", {"items": created}) if created else "",
            },
        )

    def line(self) -> str:
        """The summary in English (logs and tests)."""
        return catalogue("en").text(self.message())


@dataclass
class PreparedImport:
    """Every row of the sheet, checked and matched, and what importing would do with it."""

    plan: ImportPlan
    table: SourceTable
    mapping: dict[int, str]
    handler: KindHandler
    rows: list[RowResult]

    def counts(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for row in self.rows:
            action = row.action
            if action == UPDATE and not row.accepted:
                action = SKIP
            counts[action] += 1
        return counts

    def summary(self) -> ImportSummary:
        counts = self.counts()
        return ImportSummary(
            added=counts[ADD],
            updated=counts[UPDATE],
            skipped=counts[SKIP] + counts[UNCHANGED],
            rejected=counts[REJECT],
            warnings=sum(1 for row in self.rows if row.warnings and row.action != REJECT),
        )

    @property
    def rejected(self) -> list[RowResult]:
        return [row for row in self.rows if row.action == REJECT]

    def column_of(self, field: str) -> int | None:
        for column, name in self.mapping.items():
            if name == field:
                return column
        return None

    def set_cell(self, index: int, column: int, value: Cell) -> RowResult:
        """Fix one cell in place (the wizard's preview): the row is checked again, and the
        actions of all rows are worked out again (a fix can end a duplicate)."""
        old = self.rows[index]
        cells = list(old.cells)
        cells[column] = value
        row = convert_row(self.handler, self.mapping, old.number, cells)
        row.accepted = old.accepted
        self.rows[index] = row
        self.handler.resolve(self.rows, self.plan.policy)
        return row


def convert_row(
    handler: KindHandler, mapping: dict[int, str], number: int, cells: list[Cell]
) -> RowResult:
    return handler.convert_rows(mapping, [(number, cells)])[0]


def prepare(
    db: Database,
    plan: ImportPlan,
    table: SourceTable | None = None,
    *,
    today: dt.date | None = None,
    progress: ProgressCallback | None = None,
) -> PreparedImport:
    """Read (unless ``table`` is given), convert, check and match every row; write nothing.

    Raises SpreadsheetError for a file that cannot be read, ValueError for an unknown field
    in the mapping. ``progress(done, total)`` is called every few thousand rows and once
    when every row is matched; returning False cancels, which raises ImportCancelled.
    """

    def report(done: int, total: int) -> None:
        if progress is not None and not progress(done, total):
            raise ImportCancelled("the preparation was cancelled; nothing was changed")

    if table is None:
        table = load_source(plan.path, plan.sheet, plan.header_row)
    handler = _handlers()[plan.kind](db, date1904=table.date1904, today=today)
    mapping = (
        dict(plan.mapping) if plan.mapping is not None else guess(table.headers, plan.kind, db)
    )
    from .fields import target_fields

    known = {target.name for target in target_fields(plan.kind, db)}
    unknown = sorted(set(mapping.values()) - known)
    if unknown:
        noun = "field" if len(unknown) == 1 else "fields"
        raise ValueError(f"unknown {noun} for {plan.kind}: {', '.join(unknown)}")
    repeated = repeated_fields(mapping.values())
    if repeated:
        raise ValueError(f"each field can come from one column only: {', '.join(repeated)}")
    width = len(table.headers)
    mapping = {column: name for column, name in mapping.items() if 0 <= column < width}
    data = table.data_rows()
    total = len(data)
    report(0, total)
    with gc_paused():  # a row makes several small objects, none of them in cycles
        rows: list[RowResult] = []
        for start in range(0, total, PREPARE_CHUNK):
            rows += handler.convert_rows(mapping, data[start : start + PREPARE_CHUNK])
            # matching (below) is part of the work: the last step is reported after it
            if progress is not None and start + PREPARE_CHUNK < total:
                report(start + PREPARE_CHUNK, total)
        handler.resolve(rows, plan.policy)
    report(total, total)
    return PreparedImport(plan, table, mapping, handler, rows)


# -- writing ---------------------------------------------------------------------------------


def execute(
    db: Database,
    prepared: PreparedImport,
    progress: ProgressCallback | None = None,
    *,
    dry_run: bool = False,
) -> ImportSummary:
    """Write the prepared rows in one transaction; return what was done.

    With rejected rows and ``plan.skip_invalid`` False nothing is written (``written`` is
    False). ``progress(done, total)`` is called after every chunk; returning False cancels,
    which raises ImportCancelled after the transaction was rolled back.
    """
    summary = prepared.summary()
    if dry_run or (summary.rejected and not prepared.plan.skip_invalid):
        return summary
    handler = prepared.handler
    added = [row for row in prepared.rows if row.action == ADD]
    updated = [row for row in prepared.rows if row.action == UPDATE and row.accepted]
    total = len(added) + len(updated)
    done = 0

    def step(count: int) -> bool:
        nonlocal done
        done += count
        return True if progress is None else bool(progress(done, total))

    if progress is not None and not progress(0, total):
        raise ImportCancelled("the import was cancelled; nothing was changed")
    # A checked copy of the data as it was: an import is the largest single change a file
    # ever sees. It is made beside the import's own work and must be done before the commit.
    backup = backup_while(db, "import") if total else None
    try:
        now = utcnow()
        with gc_paused(), db.begin() as conn:
            _one_import_at_a_time(conn)
            batch = (
                conn.execute(
                    select(func.max(AuditEntry.entity_id)).where(AuditEntry.entity == BATCH_ENTITY)
                ).scalar()
                or 0
            ) + 1
            created = handler.before_write(conn, added + updated)
            added_ids = handler.write_added(conn, added, step, now) if added else []
            undo_updates = handler.write_updated(conn, updated, step, now) if updated else []
            entity = handler.table.name
            # Added rows are listed (as id ranges) in the batch entry below, which the history
            # reads; one audit row per added member would double the time of a large import.
            changes = [
                audit.Change(
                    AUDIT_ENTITY.get(entity, entity),
                    row.match_id,
                    AuditAction.IMPORT,
                    name.lstrip("_"),
                    _audit_value(old),
                    _audit_value(new),
                )
                for row in updated
                if row.match_id is not None
                for name, (old, new) in row.changes.items()
            ]
            payload = {
                "kind": prepared.plan.kind,
                "table": entity,
                "file": prepared.plan.path.name,
                "sheet": prepared.table.sheet,
                "added": id_ranges(added_ids),
                "updated": undo_updates,
                "created": created,
                "counts": {"added": len(added), "updated": len(updated)},
            }
            changes.append(
                audit.Change(
                    BATCH_ENTITY, batch, AuditAction.IMPORT, prepared.plan.kind, None, payload
                )
            )
            audit.record_all(conn, changes, when=now)
            if backup is not None:
                backup.wait()
    finally:
        if backup is not None:
            backup.settle()
    summary.written = True
    summary.batch = batch
    summary.created = dict(handler.notes_created())
    return summary


# Any fixed number: the key of the server-side lock that imports and their undos take.
_IMPORT_LOCK_KEY = 4_711_2026


def _one_import_at_a_time(conn: Connection) -> None:
    """On a server, imports (and undos) wait for each other inside their transactions.

    Otherwise two at once would both number themselves batch N+1 (and undo one another's
    rows), or both undo the same batch. The one that waited then meets what the first wrote:
    a row it meant to add that exists now is a "changed by someone else" error, nothing
    half-written. An SQLite file has one writer at a time already.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_IMPORT_LOCK_KEY)))


AUDIT_ENTITY = {
    "members": "member",
    "volunteer_projects": "project",
    "shifts": "shift",
    "assignments": "assignment",
    "challenges": "challenge",
}


def _audit_value(value: Any) -> Any:
    """A changed value as the history keeps it: a list of several (professions, skills)
    without its blanks, None for an empty one."""
    if isinstance(value, tuple):
        return [v for v in value if v is not None] or None
    return value


def _batch_record(value: object) -> dict[str, Any] | None:
    """An import's own audit record (what it added and changed), None when there is none."""
    return value if isinstance(value, dict) else None


def last_batch(db: Database) -> int:
    """The number of the latest import (0 before the first): tells whether one was saved."""
    with db.engine.connect() as conn:
        latest = conn.execute(
            select(func.max(AuditEntry.entity_id)).where(
                AuditEntry.entity == BATCH_ENTITY, AuditEntry.action == AuditAction.IMPORT.value
            )
        ).scalar()
    return int(latest or 0)


# -- undo ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportBatch:
    batch: int
    kind: str
    file: str
    changed_at: dt.datetime
    changed_by: str | None
    added: int
    updated: int
    undone: bool


def list_batches(db: Database) -> list[ImportBatch]:
    """Every import recorded in the audit trail, newest first."""
    with db.engine.connect() as conn:
        undone = set(
            conn.scalars(
                select(AuditEntry.entity_id).where(
                    AuditEntry.entity == BATCH_ENTITY, AuditEntry.field == UNDONE_FIELD
                )
            )
        )
        out = []
        for entry in conn.execute(
            select(AuditEntry)
            .where(AuditEntry.entity == BATCH_ENTITY, AuditEntry.action == AuditAction.IMPORT.value)
            .order_by(AuditEntry.entity_id.desc())
        ).mappings():
            payload = _batch_record(entry["new_value"]) or {}
            counts = payload.get("counts", {})
            out.append(
                ImportBatch(
                    entry["entity_id"],
                    payload.get("kind", entry["field"] or ""),
                    payload.get("file", ""),
                    entry["changed_at"],
                    entry["changed_by"],
                    counts.get("added", 0),
                    counts.get("updated", 0),
                    entry["entity_id"] in undone,
                )
            )
        return out


def undo_import(db: Database, batch: int) -> ImportBatch:
    """Take an import back as one step: added rows deleted, changed rows restored.

    Raises ImportUndoError if it was undone already or a row it changed was edited since.
    """
    handlers = _handlers()
    with db.begin() as conn:
        _one_import_at_a_time(conn)
        payload = _batch_record(
            conn.execute(
                select(AuditEntry.new_value).where(
                    AuditEntry.entity == BATCH_ENTITY,
                    AuditEntry.entity_id == batch,
                    AuditEntry.action == AuditAction.IMPORT.value,
                )
            ).scalar()
        )
        if payload is None:
            raise ImportUndoError("import_undo.no_such_import", batch=batch)
        if conn.execute(
            select(AuditEntry.id).where(
                AuditEntry.entity == BATCH_ENTITY,
                AuditEntry.entity_id == batch,
                AuditEntry.field == UNDONE_FIELD,
            )
        ).first():
            raise ImportUndoError("import_undo.already_undone", batch=batch)
        table = Base.metadata.tables[payload["table"]]
        handler_cls = handlers[payload["kind"]]
        handler = handler_cls.__new__(handler_cls)  # only its undo hooks are used
        _check_unchanged(conn, table, payload["updated"])
        handler.undo_added(conn, table, payload["added"], batch)
        for item in payload["updated"]:
            values = {c: from_json(table, c, v) for c, v in item["old"].items()}
            if "version" in table.c:
                values["version"] = table.c.version + 1
            if values:
                conn.execute(update(table).where(table.c.id == item["id"]).values(values))
            handler.undo_extras(conn, item)
        _drop_unused(conn, payload.get("created", {}))
        when, who = utcnow(), audit.who(conn)
        audit.record(
            conn,
            BATCH_ENTITY,
            batch,
            AuditAction.DELETE,
            {UNDONE_FIELD: (False, True)},
            user=who,
            when=when,
        )
        counts = payload.get("counts", {})
    return ImportBatch(
        batch,
        payload["kind"],
        payload.get("file", ""),
        when,
        who,
        counts.get("added", 0),
        counts.get("updated", 0),
        True,
    )


def _check_unchanged(conn: Connection, table: Any, updated: list[dict[str, Any]]) -> None:
    if "version" not in table.c or not updated:
        return
    expected = {item["id"]: item.get("version") for item in updated if item.get("version")}
    if not expected:
        return
    changed = []
    ids = list(expected)
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        for pk, version in conn.execute(
            select(table.c.id, table.c.version).where(table.c.id.in_(part))
        ):
            if version != expected[pk]:
                changed.append(pk)
    if changed:
        raise ImportUndoError("import_undo.rows_edited", count=len(changed))


def _drop_unused(conn: Connection, created: dict[str, list[int]]) -> None:
    """Remove the professions, skills, ... the import created, if nothing uses them now."""
    users = {
        "professions": (
            ("member_professions", "profession_id"),
            ("shifts", "required_profession_id"),
            ("challenges", "profession_id"),
            ("project_required_professions", "profession_id"),
        ),
        "skills": (
            ("member_skills", "skill_id"),
            ("shifts", "required_skill_id"),
            ("project_required_skills", "skill_id"),
        ),
        "cause_areas": (
            ("member_interests", "cause_area_id"),
            ("volunteer_projects", "cause_area_id"),
        ),
        "challenge_categories": (("challenges", "category_id"),),
        "credit_activities": (("credit_awards", "activity_id"),),
    }
    tables = Base.metadata.tables
    for name, ids in created.items():
        table = tables[name]
        for pk in ids:
            used = any(
                conn.execute(
                    select(tables[user].c[column]).where(tables[user].c[column] == pk).limit(1)
                ).first()
                for user, column in users.get(name, ())
            )
            if not used:
                conn.execute(delete(table).where(table.c.id == pk))


__all__ = [
    "ImportBatch",
    "ImportCancelled",
    "ImportSummary",
    "ImportUndoError",
    "PreparedImport",
    "execute",
    "ids_of",
    "last_batch",
    "list_batches",
    "prepare",
    "undo_import",
]
