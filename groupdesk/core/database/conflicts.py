"""Two people saving the same thing at the same moment: the loser is told, nothing is half-saved.

On a server, the version check in Python can pass for both writers; the database then stops
the second one (SQLAlchemy's StaleDataError for a versioned row, a unique violation for a row
inserted twice, a serialization failure or deadlock; on an SQLite file, a write after someone
else's since this transaction read). Each of those means "someone else changed this
meanwhile", never a bug, so they become the program's own
:class:`~groupdesk.core.errors.StaleEditError` here, in the one place every write goes
through (``Database.transaction`` and ``Database.begin``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from groupdesk.core.errors import StaleEditError

CHANGED_ELSEWHERE = (
    "Someone else saved a change to the same data at the same moment; yours was not saved. "
    "Look at what they saved, then try again."
)

# unique_violation, serialization_failure, deadlock_detected
_CONFLICT_STATES = frozenset({"23505", "40001", "40P01"})


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


@contextmanager
def conflicts_as_stale_edits() -> Iterator[None]:
    """Turn a lost race inside the block into a StaleEditError (the cause stays chained)."""
    try:
        yield
    except (StaleDataError, sa_exc.DBAPIError) as err:
        if is_conflict(err):
            raise StaleEditError(CHANGED_ELSEWHERE, code="changed_elsewhere") from err
        raise
