"""Open a GroupDesk database safely: look before touching, refuse what is not ours.

The order matters. Nothing is written to an existing file until it has been shown to be an
SQLite database (header), to be intact (quick_check), to be GroupDesk's (alembic stamp) and
not from a newer GroupDesk; an older one is backed up before it is upgraded.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from groupdesk.core import paths
from groupdesk.core.models import Base

from . import migrate
from .backup import backup_sqlite_file, timestamped_backup_path
from .errors import (
    DatabaseCorrupt,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    MigrationFailed,
    NotADatabase,
    NotAGroupDeskDatabase,
)
from .location import Location, parse_location, sqlite_url
from .pragmas import install_sqlite_pragmas

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class Database:
    """An open database: the engine, a session factory, and how it was opened."""

    location: Location
    engine: Engine
    read_only: bool = False
    created: bool = False
    upgraded_from: str | None = None
    backups: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        return self.location.path

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole when the block ends, rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | Path | None = None,
    *,
    create: bool = True,
    read_only: bool = False,
    backup_dir: Path | None = None,
) -> Database:
    """Open (and if needed create or upgrade) the database at ``target``.

    Raises a :class:`DatabaseError` subclass, with the file untouched, for anything a user
    could have caused: a missing file, something that is not a database, a damaged or
    read-only file, or one written by a newer GroupDesk.
    """
    location = parse_location(target or paths.default_database())
    if location.path is None:
        return _open_server(location, read_only=read_only)
    return _open_sqlite_file(location, create=create, read_only=read_only, backup_dir=backup_dir)


def _open_server(location: Location, *, read_only: bool) -> Database:
    try:
        engine = create_engine(location.url, pool_pre_ping=True)
        with engine.connect() as conn:
            _check_revision(location, conn)
    except sa_exc.ArgumentError as err:
        raise NotADatabase(location.display(), f"not a database address ({err})") from None
    except sa_exc.NoSuchModuleError as err:
        raise NotADatabase(location.display(), f"no driver installed for it ({err})") from None
    except sa_exc.OperationalError as err:
        raise DatabaseMissing(location.display(), f"cannot connect: {err.orig}") from None
    db = Database(location=location, engine=engine, read_only=read_only)
    if not read_only:
        _initialise_or_upgrade(db, backup_dir=None)
    return db


def _open_sqlite_file(
    location: Location, *, create: bool, read_only: bool, backup_dir: Path | None
) -> Database:
    path = location.path
    assert path is not None
    shown = str(path)
    if not path.exists():
        if not create or read_only:
            raise DatabaseMissing(shown, "no such file")
        return _create_sqlite_file(location)
    _check_file(path)
    revision, tables = _inspect_read_only(path)
    _judge_revision(location, revision, tables)
    if not read_only and not _writable(path):
        raise DatabaseReadOnly(shown, "the file or its folder is read-only")
    engine = create_engine(sqlite_url(path, read_only=read_only))
    install_sqlite_pragmas(engine, read_only=read_only)
    db = Database(location=location, engine=engine, read_only=read_only)
    if not read_only:
        _initialise_or_upgrade(db, backup_dir=backup_dir)
    return db


def _create_sqlite_file(location: Location) -> Database:
    path = location.path
    assert path is not None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise DatabaseReadOnly(str(path), f"cannot create its folder ({err.strerror})") from None
    if not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnly(str(path), "its folder is read-only")
    engine = create_engine(sqlite_url(path, read_only=False))
    install_sqlite_pragmas(engine, read_only=False)
    db = Database(location=location, engine=engine, created=True)
    try:
        _initialise_or_upgrade(db, backup_dir=None)
    except Exception:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return db


def _check_file(path: Path) -> None:
    shown = str(path)
    if path.is_dir():
        raise NotADatabase(shown, "is a folder, not a database file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError:
        raise DatabaseReadOnly(shown, "permission denied: the file cannot be read") from None
    except OSError as err:
        raise NotADatabase(shown, f"cannot be read ({err.strerror})") from None
    if not header:
        raise NotADatabase(shown, "the file is empty, not a GroupDesk database")
    if header != SQLITE_HEADER:
        raise NotADatabase(shown, "not a GroupDesk database (not an SQLite file)")


def _writable(path: Path) -> bool:
    # WAL needs to create the -wal and -shm files beside the database. The mode bits are
    # checked too: a file the user marked read-only stays so even for an administrator.
    return (
        os.access(path, os.W_OK)
        and os.access(path.parent, os.W_OK)
        and bool(path.stat().st_mode & stat.S_IWUSR)
    )


def _inspect_read_only(path: Path) -> tuple[str | None, set[str]]:
    """Integrity, tables and schema revision, read through a connection that cannot write.

    Even setting WAL mode rewrites the file header, so nothing that may write runs before
    the file is known to be ours.
    """
    shown = str(path)
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    except sqlite3.Error as err:
        raise DatabaseCorrupt(shown, f"the database cannot be read ({err})") from None
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise DatabaseCorrupt(shown, f"the database is damaged ({result})")
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.Error as err:
        raise DatabaseCorrupt(shown, f"the database cannot be read ({err})") from None
    finally:
        conn.close()
    return revision, tables - {"alembic_version"}


def _check_revision(location: Location, conn) -> None:  # type: ignore[no-untyped-def]
    revision = migrate.current_revision(conn)
    tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    _judge_revision(location, revision, tables)


def _judge_revision(location: Location, revision: str | None, tables: set[str]) -> None:
    if revision is None:
        if tables:
            raise NotAGroupDeskDatabase(
                location.display(), "an SQLite database, but not one of GroupDesk's"
            )
        return
    if revision not in migrate.known_revisions():
        raise DatabaseTooNew(
            location.display(),
            "made by a newer GroupDesk; update GroupDesk to open it",
        )


def _initialise_or_upgrade(db: Database, *, backup_dir: Path | None) -> None:
    """Create the schema in an empty database, or bring an older one up to date."""
    from groupdesk.core.reference_data import seed_reference_data

    with db.engine.connect() as conn:
        revision = migrate.current_revision(conn)
    head = migrate.head_revision()
    if revision == head:
        return
    if revision is None:
        with db.engine.begin() as conn:
            Base.metadata.create_all(conn)
            migrate.stamp_head(conn)
        with db.transaction() as session:
            seed_reference_data(session)
        db.created = True
        return
    if db.path is not None:
        folder = backup_dir or paths.default_backup_dir()
        dest = timestamped_backup_path(db.path, folder, f"before-upgrade-{revision}")
        backup_sqlite_file(db.path, dest)
        db.backups.append(dest)
        log.info("backed up %s to %s before upgrading", db.path, dest)
    try:
        with db.engine.begin() as conn:
            migrate.upgrade_to_head(conn)
    except Exception as err:
        raise MigrationFailed(
            db.location.display(),
            f"upgrade failed and was rolled back ({err}); a backup is in {folder}"
            if db.path
            else f"upgrade failed and was rolled back ({err})",
        ) from err
    db.upgraded_from = revision
