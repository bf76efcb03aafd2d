"""What every kind of import shares: turning cells into values, matching rows to what is
stored, and writing added and changed rows with SQLAlchemy Core in chunks.

A kind (members, projects, ...) subclasses ``KindHandler`` and says how one row's cells
become column values (``convert``) and which stored row a row stands for (``key``/``match``).
Values are keyed by column name; keys starting with "_" or "custom:" are the kind's own
extras (member professions, custom fields) and are written by the kind itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update

from groupdesk.core.database import Database
from groupdesk.core.messages import Message
from groupdesk.core.spreadsheet.cells import Cell

from .rows import ADD, REJECT, SKIP, UNCHANGED, UPDATE, RowResult
from .sqlite_rows import RowsInsert, rows_insert

CHUNK = 5000
Progress = Callable[[int], bool]


def chunks(items: list[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def id_ranges(ids: Iterable[int]) -> list[list[int]]:
    """[3, 4, 5, 9] -> [[3, 5], [9, 9]]: added ids are kept compactly in the undo record."""
    out: list[list[int]] = []
    for value in sorted(ids):
        if out and out[-1][1] == value - 1:
            out[-1][1] = value
        else:
            out.append([value, value])
    return out


def ids_of(ranges: list[list[int]]) -> Iterator[int]:
    for low, high in ranges:
        yield from range(low, high + 1)


def to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def from_json(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    try:
        kind = table.c[column].type.python_type
    except (NotImplementedError, KeyError):
        return value
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    if kind is dt.time:
        return dt.time.fromisoformat(value)
    return value


def _sqlite_converter(column: Any) -> Callable[[Any], Any] | None:
    """How SQLAlchemy's SQLite dialect stores a value of this column's type, done directly."""
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return None
    if kind is dt.datetime:
        return lambda value: value.isoformat(" ", "microseconds")
    if kind is dt.date:
        return dt.date.isoformat
    if kind is dt.time:
        return lambda value: value.isoformat("microseconds")
    return None


def new_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """Ids for ``count`` new rows of ``table``, known before they are written.

    A server hands them out from the table's own sequence, so a member added by hand later,
    or by someone else meanwhile, never gets one of them; an SQLite file has one writer, and
    the rows go after the highest id.
    """
    if conn.dialect.name == "postgresql":
        sequence = func.pg_get_serial_sequence(table.name, "id")
        numbers = select(func.nextval(sequence)).select_from(func.generate_series(1, count))
        return [int(n) for n in conn.execute(numbers).scalars()]
    start = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    return list(range(start, start + count))


def insert_many(conn: Connection, table: Table, records: list[dict[str, Any]]) -> None:
    """INSERT every record (all with the same keys) in chunks.

    On SQLite the rows go straight to the driver's executemany as tuples, with dates written
    the way SQLAlchemy writes them: a 100,000-row roster spends its time in SQLite rather than
    in per-value Python processing. Other databases get an ordinary Core executemany.
    """
    if not records:
        return
    if conn.dialect.name != "sqlite":
        for part in chunks(records):
            conn.execute(insert(table), part)
        return
    from operator import itemgetter

    names = list(records[0])
    getter = itemgetter(*names)
    converters = [
        (position, converter)
        for position, name in enumerate(names)
        if (converter := _sqlite_converter(table.c[name])) is not None
    ]
    single = len(names) == 1
    rows: list[Any] = []
    for record in records:
        values = getter(record)
        if single:
            values = (values,)
        if converters:
            values = list(values)
            for position, converter in converters:
                value = values[position]
                if value is not None:
                    values[position] = converter(value)
            values = tuple(values)
        rows.append(values)
    rows_insert(table, names, rows).run(conn)


@contextmanager
def indexes_rebuilt_after(conn: Connection, tables: list[str], adding: int) -> Iterator[None]:
    """Drop the plain indexes of ``tables`` while a large batch goes into (nearly) empty
    tables, and build them again afterwards, inside the same transaction.

    SQLite builds an index from sorted data far faster than it maintains it row by row. Only
    on SQLite, only for explicit indexes (unique constraints stay, so duplicates still fail),
    and only when the rows added outnumber those already there; a rollback brings the
    indexes back as they were.
    """
    if conn.dialect.name != "sqlite" or adding < 2 * CHUNK:
        yield
        return
    saved: list[str] = []
    for table in tables:
        existing = conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() or 0
        if existing > adding:
            continue
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).all():
            conn.exec_driver_sql(f'DROP INDEX "{name}"')
            saved.append(sql)
    yield  # on an error the rollback brings the dropped indexes back
    for sql in saved:
        conn.exec_driver_sql(sql)


class KindHandler:
    """One kind of import; ``table`` is the table it adds rows to."""

    kind: ClassVar[str]
    table: ClassVar[Table]
    defaults: ClassVar[dict[str, Any]] = {}
    # columns compared and written when they are mapped
    columns: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self, db: Database, *, date1904: bool = False, today: dt.date | None = None
    ) -> None:
        self.db = db
        self.date1904 = date1904
        self.today = today or dt.date.today()
        self.created: dict[str, list[str]] = {}  # what -> names created by the import
        with db.engine.connect() as conn:
            self.load(conn)

    # -- to be filled in by each kind ------------------------------------------------------

    def load(self, conn: Connection) -> None:
        """Load the reference data and keys the conversion needs."""

    def convert(self, raw: dict[str, Cell], row: RowResult) -> None:
        raise NotImplementedError

    def match(self, row: RowResult) -> tuple[int | None, str | None]:
        return None, None

    def converter(self, mapping: dict[int, str]) -> Callable[[list[Cell], RowResult], None]:
        """A function that converts one row's cells for this mapping (made once per mapping)."""
        if self.__dict__.get("_converter_for") is not mapping:
            self.__dict__["_converter_for"] = mapping
            self.__dict__["_converter"] = self.make_converter(mapping)
        converter: Callable[[list[Cell], RowResult], None] = self.__dict__["_converter"]
        return converter

    def convert_rows(
        self, mapping: dict[int, str], data: Sequence[tuple[int, list[Cell]]]
    ) -> list[RowResult]:
        """Convert a block of (row number, cells); a kind with large imports converts a
        column at a time instead of a row at a time."""
        convert = self.converter(mapping)
        out = []
        for number, cells in data:
            row = RowResult(number, cells)
            convert(cells, row)
            out.append(row)
        return out

    def make_converter(self, mapping: dict[int, str]) -> Callable[[list[Cell], RowResult], None]:
        items = list(mapping.items())

        def run(cells: list[Cell], row: RowResult) -> None:
            self.convert({field: cells[column] for column, field in items}, row)

        return run

    def key(self, row: RowResult) -> Any:
        """What makes two rows of the file the same record (None: no duplicate check)."""
        return None

    def describe_key(self, row: RowResult) -> Message:
        return Message("dup.this_record")

    # field -> the keys of ``RowResult.changes`` it feeds, where they differ from its name
    change_keys_of: ClassVar[dict[str, tuple[str, ...]]] = {}

    def change_keys(self, field: str) -> tuple[str, ...]:
        """Which entries of ``RowResult.changes`` a mapped column's cell stands for."""
        return self.change_keys_of.get(field, (field, f"{field}_id"))

    def new_matched_error(self, row: RowResult) -> Message | None:
        """Why a matched row cannot be added as new (unique columns), or None if it can."""
        return None

    # -- shared ------------------------------------------------------------------------------

    def resolve(self, rows: list[RowResult], policy: str) -> None:
        """Set the action of every row: add, update, unchanged, skip or reject."""
        seen: dict[Any, int] = {}
        matched: list[RowResult] = []
        for row in rows:
            row.match_id, row.match_reason, row.changes = None, None, {}
            if row.errors:
                row.action = REJECT
                continue
            key = self.key(row)
            if key is not None:
                if key in seen:
                    row.errors["_row"] = Message(
                        "dup.also_on_row", {"what": self.describe_key(row), "row": seen[key]}
                    )
                    row.action = REJECT
                    continue
                seen[key] = row.number
            row.match_id, row.match_reason = self.match(row)
            if row.match_id is None:
                row.action = ADD
            elif policy == "skip":
                row.action = SKIP
            elif policy == "new":
                problem = self.new_matched_error(row)
                if problem:
                    row.errors["_row"] = problem
                    row.action = REJECT
                else:
                    row.action = ADD
            else:
                matched.append(row)
        if matched:
            self.diff(matched)

    def stored_values(self, ids: list[int], columns: list[str]) -> dict[int, dict[str, Any]]:
        out: dict[int, dict[str, Any]] = {}
        table = self.table
        with self.db.engine.connect() as conn:
            for part in chunks(ids, 500):
                for record in conn.execute(
                    select(table.c.id, *(table.c[c] for c in columns)).where(table.c.id.in_(part))
                ).mappings():
                    out[record["id"]] = dict(record)
        return out

    def diff(self, rows: list[RowResult]) -> None:
        """Changed cells as (old, new) for matched rows under the update policy."""
        columns = sorted({c for row in rows for c in row.values if c in self.table.c})
        stored = self.stored_values([row.match_id for row in rows if row.match_id], columns)
        for row in rows:
            old = stored.get(row.match_id or -1, {})
            row.changes = {
                c: (old.get(c), value)
                for c, value in row.values.items()
                if c in self.table.c and c != "id" and old.get(c) != value
            }
            self.diff_extras(row, old)
            row.action = UPDATE if row.changes else UNCHANGED

    def diff_extras(self, row: RowResult, old: dict[str, Any]) -> None:
        """Add changes of the kind's extras (links, custom fields) to ``row.changes``."""

    # -- writing ---------------------------------------------------------------------------------

    def before_write(self, conn: Connection, rows: list[RowResult]) -> dict[str, list[int]]:
        """Create reference rows the import needs; return {table: [ids created]}."""
        return {}

    def notes_created(self) -> dict[str, list[str]]:
        return self.created

    def insert_record(self, row: RowResult, new_id: int, now: dt.datetime) -> dict[str, Any]:
        record = dict(self.defaults)
        for column in self.columns:
            if column in row.values:
                record[column] = row.values[column]
        record["id"] = new_id
        if "created_at" in self.table.c:
            record["created_at"] = now
            record["updated_at"] = now
        if "version" in self.table.c:
            record["version"] = 1
        return record

    def write_added(
        self, conn: Connection, rows: list[RowResult], progress: Progress, now: dt.datetime
    ) -> list[int]:
        ids = new_ids(conn, self.table, len(rows))
        for row, new_id in zip(rows, ids, strict=True):
            row.match_id = new_id
        with indexes_rebuilt_after(conn, self.bulk_tables(), len(rows)):
            self._insert_added(conn, rows, progress, now)
        return ids

    def bulk_tables(self) -> list[str]:
        """Tables a large batch of added rows fills (their indexes are built afterwards)."""
        return [self.table.name]

    def _insert_added(
        self, conn: Connection, rows: list[RowResult], progress: Progress, now: dt.datetime
    ) -> None:
        fast = conn.dialect.name == "sqlite" and self.sqlite_insert(rows[:1], now) is not None
        for part in chunks(rows):
            if fast:
                self.sqlite_insert(part, now).run(conn)  # type: ignore[union-attr]
            else:
                insert_many(
                    conn, self.table, [self.insert_record(row, row.match_id, now) for row in part]
                )
            if not progress(len(part)):
                raise_cancelled()
        self.write_added_extras(conn, rows)

    def sqlite_insert(self, rows: list[RowResult], now: dt.datetime) -> RowsInsert | None:
        """The rows as one SQLite insert, values already in SQLite's storage form, for a kind
        whose imports can be large (members); None to use ``insert_record``."""
        return None

    def write_added_extras(self, conn: Connection, rows: list[RowResult]) -> None:
        pass

    def update_values(self, row: RowResult) -> dict[str, Any]:
        """The columns to set for a changed row (the kind may add derived columns)."""
        return {c: new for c, (_old, new) in row.changes.items() if c in self.table.c}

    def write_updated(
        self, conn: Connection, rows: list[RowResult], progress: Progress, now: dt.datetime
    ) -> list[dict[str, Any]]:
        """Apply the changes; return the undo record (old values) of every changed row."""
        table = self.table
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        undo: list[dict[str, Any]] = []
        old_rows = self.stored_values(
            [row.match_id for row in rows if row.match_id],
            [c.name for c in table.c if c.name != "id"],
        )
        for row in rows:
            values = self.update_values(row)
            old = old_rows.get(row.match_id or -1, {})
            undo.append(
                {
                    "id": row.match_id,
                    "old": {c: to_json(old.get(c)) for c in values},
                    "version": (old["version"] + 1 if values else old["version"])
                    if "version" in old
                    else None,
                    **self.extras_undo(conn, row),
                }
            )
            if values:
                columns = tuple(sorted(values))
                groups.setdefault(columns, []).append(
                    {"_id": row.match_id, **{f"v_{c}": v for c, v in values.items()}}
                )
        for columns, params in groups.items():
            changes: dict[str, Any] = {c: bindparam(f"v_{c}") for c in columns}
            if "version" in table.c:
                changes["version"] = table.c.version + 1
            if "updated_at" in table.c:
                changes["updated_at"] = now
            stmt = update(table).where(table.c.id == bindparam("_id")).values(changes)
            for part in chunks(params):
                conn.execute(stmt, part)
                if not progress(len(part)):
                    raise_cancelled()
        self.write_updated_extras(conn, rows)
        return undo

    def extras_undo(self, conn: Connection, row: RowResult) -> dict[str, Any]:
        return {}

    def write_updated_extras(self, conn: Connection, rows: list[RowResult]) -> None:
        pass

    def undo_extras(self, conn: Connection, entry: dict[str, Any]) -> None:
        pass

    def undo_added(
        self, conn: Connection, table: Table, ranges: list[list[int]], batch: int
    ) -> None:
        """Take back the rows the import added (``ranges`` of ids): deleted, unless the kind
        keeps a record that must not vanish (payments are reversed instead)."""
        for low, high in ranges:
            conn.execute(delete(table).where(table.c.id.between(low, high)))


class ImportCancelled(Exception):
    """The person pressed Cancel; nothing was written."""


def raise_cancelled() -> None:
    raise ImportCancelled("the import was cancelled; nothing was changed")


__all__ = ["ADD", "REJECT", "SKIP", "UNCHANGED", "UPDATE", "ImportCancelled", "KindHandler"]
