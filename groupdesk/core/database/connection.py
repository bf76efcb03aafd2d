"""Open a GroupDesk database safely: look before touching, refuse what is not ours.

The order matters. Nothing is written to an existing file until it has been shown to be an
SQLite database (header), to be intact (quick_check), to be GroupDesk's (alembic stamp) and
not from a newer GroupDesk, to be writable and on a local disk, and until this process holds
its writer lock; an older one is backed up before it is upgraded, and the first open of each
day backs it up too.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from groupdesk.core import paths
from groupdesk.core.messages.message import Message
from groupdesk.core.messages.os_errors import os_reason
from groupdesk.core.messages.refusal import Refusal
from groupdesk.core.models import Base

from . import migrate
from .backup import backup_folder_for, daily_backup_if_due, make_backup
from .conflicts import conflicts_as_stale_edits
from .errors import (
    BackupFolderUnwritable,
    Choice,
    DatabaseCorrupt,
    DatabaseError,
    DatabaseInUse,
    DatabaseMissing,
    DatabaseOnNetworkShare,
    DatabaseReadOnly,
    DatabaseTooNew,
    MigrationFailed,
    NotADatabase,
    NotAGroupDeskDatabase,
)
from .location import Location, parse_location, sqlite_url
from .lock import Lock, WriterLock
from .pragmas import install_sqlite_pragmas
from .sqlite_file import (
    SQLITE_HEADER,
    check_sqlite_header,
    connect_read_only,
    first_finding,
    integrity_problem,
    is_writable,
    no_litter_on_failure,
    note_connected,
    on_network_share,
)

log = logging.getLogger(__name__)

__all__ = ["SQLITE_HEADER", "Database", "LockFactory", "open_database"]

# Makes the writer lock for a database file; the GUI passes one built on QLockFile.
LockFactory = Callable[[Path], Lock]


@dataclass
class Database:
    """An open database: the engine, a session factory, and how it was opened."""

    location: Location
    engine: Engine
    read_only: bool = False
    created: bool = False
    upgraded_from: str | None = None
    backups: list[Path] = field(default_factory=list)
    backup_dir: Path | None = None
    # Why today's automatic backup could not be made (the database opened all the same).
    backup_problem: Message | None = None
    lock: Lock | None = None
    # A half-made database (reference data missing) was completed on opening.
    completed: bool = False

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._noted = self.path is not None
        if self.path is not None:
            note_connected(self.path, True)

    @property
    def path(self) -> Path | None:
        return self.location.path

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back on any error."""
        with conflicts_as_stale_edits(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """One unit of work on a plain connection (bulk writes), with the same guarantees."""
        with conflicts_as_stale_edits(), self.engine.begin() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
        if self._noted and self.path is not None:
            self._noted = False
            note_connected(self.path, False)
        if self.lock is not None:
            lock, self.lock = self.lock, None
            lock.release()


def open_database(
    target: str | Path | None = None,
    *,
    create: bool = True,
    read_only: bool = False,
    backup_dir: Path | None = None,
    lock_factory: LockFactory | None = WriterLock,
    daily_backup: bool = True,
) -> Database:
    """Open (and if needed create or upgrade) the database at ``target``.

    Raises a :class:`DatabaseError` subclass, with the file untouched, for anything a user
    could have caused: a missing file, something that is not a database, a damaged or
    read-only file, one written by a newer GroupDesk, one on a network share, or one that
    another GroupDesk holds for writing.

    A file opened for writing is locked with ``lock_factory(path)`` until :meth:`Database.close`
    (None: no lock, for callers that already hold it). ``backup_dir`` overrides the backup
    folder setting.
    """
    location = _location(target or paths.default_database())
    if location.path is None:
        db = _open_server(location, read_only=read_only)
    else:
        db = _open_sqlite_file(
            location,
            create=create,
            read_only=read_only,
            backup_dir=backup_dir,
            lock_factory=None if read_only else lock_factory,
            daily_backup=daily_backup,
        )
    # The rules that hold for the data (membership lapsing with the paid-until date) are
    # applied by groupdesk.core.application.Application, which every door builds over this.
    return db


# Database kinds GroupDesk is built and tested for: files, and a PostgreSQL server.
SERVER_KINDS = ("postgresql", "sqlite")


def _location(target: str | Path) -> Location:
    try:
        return parse_location(target)
    except (sa_exc.ArgumentError, ValueError) as err:
        raise NotADatabase(str(target), "database.not_address", detail=str(err)) from None


def _open_server(location: Location, *, read_only: bool) -> Database:
    kind = location.url.get_backend_name()
    if kind not in SERVER_KINDS:
        raise NotADatabase(location.display(), "database.unsupported_kind", kind=kind)
    try:
        engine = create_engine(location.url, pool_pre_ping=True)
        with engine.connect() as conn:
            _check_revision(location, conn)
    except (sa_exc.NoSuchModuleError, ImportError) as err:
        raise NotADatabase(location.display(), "database.no_driver", detail=str(err)) from None
    except sa_exc.ArgumentError as err:
        raise NotADatabase(location.display(), "database.not_address", detail=str(err)) from None
    except sa_exc.OperationalError as err:
        # The driver's message goes on with hints over several lines; the first says it.
        why = str(err.orig).strip().splitlines()[0] if str(err.orig).strip() else "no answer"
        raise DatabaseMissing(location.display(), "database.cannot_connect", detail=why) from None
    db = Database(location=location, engine=engine, read_only=read_only)
    if not read_only:
        _initialise_or_upgrade(db, backup_dir=None)
    return db


def _open_sqlite_file(
    location: Location,
    *,
    create: bool,
    read_only: bool,
    backup_dir: Path | None,
    lock_factory: LockFactory | None,
    daily_backup: bool,
) -> Database:
    path = location.path
    assert path is not None
    shown = str(path)
    if not path.exists() and not path.is_symlink():
        if not create or read_only:
            raise DatabaseMissing(shown, "database.no_such_file")
        created = _create_sqlite_file(location, lock_factory=lock_factory)
        if created is not None:
            return created
    check_sqlite_header(path)
    with no_litter_on_failure(path):
        revision, tables, backup_setting = _inspect_read_only(path)
        _judge_revision(location, revision, tables)
        if not read_only and not _writable(path):
            raise DatabaseReadOnly(shown, "database.read_only")
        if not read_only and on_network_share(path):
            raise DatabaseOnNetworkShare(shown, "database.network_share")
    lock = _take_lock(path, lock_factory)
    if lock is not None:
        # What a creation killed half way left behind (only the lock holder creates).
        _remove_with_companions(path.with_name(path.name + CREATING))
    engine = create_engine(sqlite_url(path, read_only=read_only))
    install_sqlite_pragmas(engine, read_only=read_only)
    try:
        db = Database(
            location=location,
            engine=engine,
            read_only=read_only,
            backup_dir=backup_dir or backup_folder_for(path, backup_setting),
            lock=lock,
        )
        if not read_only:
            _initialise_or_upgrade(db, backup_dir=db.backup_dir)
            if daily_backup:
                _daily_backup(db)
    except BaseException as err:
        engine.dispose()
        note_connected(path, False)
        if lock is not None:
            lock.release()
        # A damaged schema can even make SQLite's error message undecodable text.
        if isinstance(err, sa_exc.DBAPIError | sqlite3.Error | UnicodeError):
            raise _database_error(shown, err) from None
        raise
    return db


def _database_error(shown: str, err: Exception) -> DatabaseError:
    """What an SQLite error met while opening means for the user."""
    message = str(getattr(err, "orig", None) or err)
    if "locked" in message or "busy" in message:
        return DatabaseInUse(shown, "another program is writing to it right now; try again")
    return DatabaseCorrupt(shown, f"the database is damaged ({message})")


def _take_lock(path: Path, lock_factory: LockFactory | None) -> Lock | None:
    if lock_factory is None:
        return None
    lock = lock_factory(path)
    lock.acquire()
    return lock


def _daily_backup(db: Database) -> None:
    try:
        daily_backup_if_due(db)
    except (OSError, sqlite3.Error, BackupFolderUnwritable) as err:
        assert db.path is not None
        # The backup's full integrity check sees damage quick_check cannot (an index that
        # lost rows): then the database is damaged and must not be written to.
        problem = integrity_problem(db.path) if isinstance(err, sqlite3.Error) else None
        if problem is not None:
            error = DatabaseCorrupt(db.location.display(), "database.damaged", detail=problem)
            error.choices = (Choice.OPEN_READ_ONLY, Choice.RESTORE_BACKUP, Choice.CHOOSE_ANOTHER)
            raise error from None
        # The database itself is fine; not being able to back it up must not lock anyone
        # out of it, but it must be said.
        detail: object = err.message if isinstance(err, Refusal) else str(err)
        db.backup_problem = Message("database.daily_backup_failed", {"detail": detail})
        log.warning("%s: today's automatic backup failed: %s", db.location.display(), err)


def _create_sqlite_file(location: Location, *, lock_factory: LockFactory | None) -> Database | None:
    path = location.path
    assert path is not None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DatabaseReadOnly(
            str(path), "database.folder_uncreatable", detail=os_reason(err)
        ) from None
    if not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(str(path), "database.folder_read_only")
    if on_network_share(path):
        error = DatabaseOnNetworkShare(str(path), "database.network_share_new")
        error.choices = (Choice.CHOOSE_ANOTHER, Choice.CREATE_NEW)
        raise error
    lock = _take_lock(path, lock_factory)
    try:
        if path.exists() or path.is_symlink():
            # Made by someone else between our look and our lock: open it, never replace it.
            if lock is not None:
                lock.release()
            return None
        _build_new_file(path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    engine = create_engine(sqlite_url(path, read_only=False))
    install_sqlite_pragmas(engine, read_only=False)
    return Database(
        location=location,
        engine=engine,
        created=True,
        backup_dir=backup_folder_for(path),
        lock=lock,
    )


def _build_new_file(path: Path) -> None:
    """Make a complete new database (schema, stamp, reference data) under a temporary name
    and give it its real name only when it is whole.

    A process killed half way leaves only the temporary file, which the next creation
    (holding the writer lock, so no one else is making it) removes; ``path`` is either
    absent or complete, never a file without professions or organisation settings.
    """
    tmp = path.with_name(path.name + CREATING)
    _remove_with_companions(tmp)
    engine = create_engine(sqlite_url(tmp, read_only=False))
    install_sqlite_pragmas(engine, read_only=False)
    try:
        _create_schema_and_data(engine)
        with engine.connect() as conn:
            # Everything into the file itself, so the rename carries all of it.
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        engine.dispose()
        _remove_with_companions(tmp)
        raise
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    try:
        os.link(tmp, path)  # fails rather than replace a file that appeared meanwhile
    except FileExistsError:
        _remove_with_companions(tmp)
        raise DatabaseInUse(str(path), "database.created_meanwhile") from None
    except OSError:
        os.replace(tmp, path)  # a file system without hard links (a FAT USB stick)
    else:
        tmp.unlink(missing_ok=True)


CREATING = ".creating"


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _create_schema_and_data(engine: Engine) -> None:
    """Schema, Alembic stamp and reference data in one transaction: all of it or nothing."""
    from groupdesk.core.reference_data import seed_reference_data

    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        migrate.stamp_head(conn)
        with Session(bind=conn) as session:
            seed_reference_data(session)
            session.flush()


def _writable(path: Path) -> bool:
    # WAL needs to create the -wal and -shm files beside the database.
    return is_writable(path)


def _inspect_read_only(path: Path) -> tuple[str | None, set[str], str | None]:
    """Integrity, tables, schema revision and the backup folder setting, read through a
    connection that cannot write.

    Even setting WAL mode rewrites the file header, so nothing that may write runs before
    the file is known to be ours.
    """
    shown = str(path)
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as err:
        raise DatabaseCorrupt(shown, "database.unreadable", detail=str(err)) from None
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise DatabaseCorrupt(shown, "database.damaged", detail=first_finding(result))
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        backup_setting = _backup_setting(conn) if "organisation_settings" in tables else None
    except (sqlite3.Error, ValueError) as err:
        raise DatabaseCorrupt(shown, "database.unreadable", detail=str(err)) from None
    finally:
        conn.close()
    return revision, tables - {"alembic_version"}, backup_setting


def _backup_setting(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT backup_dir FROM organisation_settings WHERE id = 1").fetchone()
    except sqlite3.OperationalError:  # an older schema without the column
        return None
    return row[0] if row and isinstance(row[0], str) and row[0].strip() else None


def _check_revision(location: Location, conn: Connection) -> None:
    revision = migrate.current_revision(conn)
    tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    _judge_revision(location, revision, tables)


def _judge_revision(location: Location, revision: str | None, tables: set[str]) -> None:
    if revision is None:
        if tables:
            raise NotAGroupDeskDatabase(location.display(), "database.foreign_sqlite")
        return
    if revision not in migrate.known_revisions():
        raise DatabaseTooNew(location.display(), "database.too_new")


class _LinksBroken(Exception):
    pass


def _upgrade_keeping_rows(db: Database) -> None:
    """Run the migrations in one transaction, with SQLite's foreign keys off meanwhile.

    Batch migrations rebuild a table by copying it, dropping the original and renaming the
    copy. With foreign keys on, dropping ``members`` would first delete, by ON DELETE
    CASCADE, every row in every table that points at a member. SQLite's documented recipe
    is followed instead: keys off (outside the transaction, where the pragma works), change,
    ``foreign_key_check`` before commit, keys back on.
    """
    sqlite = db.engine.dialect.name == "sqlite"
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                migrate.upgrade_to_head(conn)
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise _LinksBroken(
                            f"{len(broken)} rows would lose the row they refer to "
                            f"(first in {broken[0][0]})"
                        )
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def _initialise_or_upgrade(db: Database, *, backup_dir: Path | None) -> None:
    """Create the schema in an empty database, or bring an older one up to date."""

    with db.engine.connect() as conn:
        revision = migrate.current_revision(conn)
        complete = revision is None or has_reference_data(conn)
    head = migrate.head_revision()
    if revision == head:
        if not complete:
            _complete_half_made(db)
        return
    if revision is None:
        _create_schema_and_data(db.engine)
        db.created = True
        return
    if db.path is not None:
        folder = backup_dir or backup_folder_for(db.path)
        label = re.sub(r"[^a-z0-9]+", "-", f"before-upgrade-{revision}".lower()).strip("-")
        dest = make_backup(db.path, folder, label)
        db.backups.append(dest)
        log.info("backed up %s to %s before upgrading", db.path, dest)
    try:
        _upgrade_keeping_rows(db)
    except Exception as err:
        if db.path:
            raise MigrationFailed(
                db.location.display(),
                "database.upgrade_failed_backup",
                detail=str(err),
                folder=str(folder),
            ) from err
        raise MigrationFailed(
            db.location.display(), "database.upgrade_failed", detail=str(err)
        ) from err
    db.upgraded_from = revision
    with db.engine.connect() as conn:
        if not has_reference_data(conn):
            _complete_half_made(db)


def has_reference_data(conn: Connection) -> bool:
    """Whether the organisation settings a new database starts with are there.

    Older GroupDesks created the schema and the reference data in two transactions; a kill
    between them left a database without professions, skills or settings.
    """
    if not inspect(conn).has_table("organisation_settings"):
        return False
    row = conn.exec_driver_sql("SELECT 1 FROM organisation_settings WHERE id = 1").fetchone()
    return row is not None


def _complete_half_made(db: Database) -> None:
    """Add the reference data a half-made database lacks (rows already there are kept)."""
    from groupdesk.core.reference_data import seed_reference_data

    log.warning("%s lacked its reference data; completing it", db.location.display())
    with db.transaction() as session:
        seed_reference_data(session)
    db.completed = True
