"""Two people saving the same thing at the same moment: the loser is told, nothing is half-saved.

On a server, the version check in Python can pass for both writers; the database then stops
the second one (SQLAlchemy's StaleDataError for a versioned row, a unique violation for a row
inserted twice, a serialization failure or deadlock; on an SQLite file, a write after someone
else's since this transaction read). Each of those means "someone else changed this
meanwhile", never a bug, so they become the program's own
:class:`~groupdesk.core.errors.StaleEditError` here, in the one place every write goes
through (``Database.transaction`` and ``Database.begin``).

A database that will not take the write at all (a read-only file, a full disk, a lock held by
another program) becomes :class:`~groupdesk.core.errors.WriteRefused` in the same place, so
the GUI and the CLI say it without knowing SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from groupdesk.core.errors import StaleEditError, WriteRefused

CHANGED_ELSEWHERE = (
    "Someone else saved a change to the same data at the same moment; yours was not saved. "
    "Look at what they saved, then try again."
)

# unique_violation, serialization_failure, deadlock_detected
_CONFLICT_STATES = frozenset({"23505", "40001", "40P01"})
# SQLite's primary result codes and PostgreSQL's SQLSTATEs for a write the database refused.
_SQLITE_CODES = {
    sqlite3.SQLITE_READONLY: "write.read_only",
    sqlite3.SQLITE_FULL: "write.disk_full",
    sqlite3.SQLITE_BUSY: "write.locked",
    sqlite3.SQLITE_LOCKED: "write.locked",
}
_SERVER_CODES = {"25006": "write.read_only", "53100": "write.disk_full", "55P03": "write.locked"}


def is_conflict(err: BaseException) -> bool:
    """Whether a database error means another writer got there first."""
    if isinstance(err, StaleDataError):
        return True
    if not isinstance(err, sa_exc.DBAPIError):
        return False
    orig = err.orig
    # SQLite: this transaction read, then someone else wrote before it could.
    if getattr(orig, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY_SNAPSHOT:
        return True
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state is not None:
        return str(state) in _CONFLICT_STATES
    return isinstance(err, sa_exc.IntegrityError) and "UNIQUE constraint failed" in str(orig)


def refusal_code(err: sa_exc.DBAPIError) -> str | None:
    """Why the database refused a write, as a message code ("write.read_only",
    "write.disk_full", "write.locked" or "write.refused"), or None for an error that is a
    fault in the program (bad SQL, a broken constraint) rather than something about the file
    or the server."""
    orig = err.orig
    errorcode = getattr(orig, "sqlite_errorcode", None)
    if errorcode is not None and errorcode & 0xFF in _SQLITE_CODES:
        return _SQLITE_CODES[errorcode & 0xFF]
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if state is not None and str(state) in _SERVER_CODES:
        return _SERVER_CODES[str(state)]
    if isinstance(err, sa_exc.OperationalError | sa_exc.InternalError):
        return "write.refused"  # disk I/O, a lost connection, a server shutting down
    return None


def _first_line(err: sa_exc.DBAPIError) -> str:
    text = str(err.orig if err.orig is not None else err).strip()
    return text.splitlines()[0] if text else type(err).__name__


@contextmanager
def conflicts_as_stale_edits() -> Iterator[None]:
    """Turn a lost race inside the block into a StaleEditError, and a write the database
    refused into WriteRefused (the cause stays chained to both)."""
    try:
        yield
    except (StaleDataError, sa_exc.DBAPIError) as err:
        if is_conflict(err):
            raise StaleEditError("stale.changed_elsewhere") from err
        code = refusal_code(err) if isinstance(err, sa_exc.DBAPIError) else None
        if code is not None:
            assert isinstance(err, sa_exc.DBAPIError)
            raise WriteRefused(_first_line(err), code=code) from err
        raise
