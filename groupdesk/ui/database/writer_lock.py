"""The writer lock of the GUI: Qt's QLockFile on ``<database>.lock``.

It speaks the same file format as the core's :class:`~groupdesk.core.database.lock.WriterLock`
(which the command line uses), so a window and a command see each other's locks; see that
module for why there are two.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from groupdesk.core.database.errors import DatabaseReadOnly
from groupdesk.core.database.lock import LockHolder, in_use_error, lock_path


class QtWriterLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self._lock = QLockFile(str(lock_path(self.db_path)))
        # A window keeps its database for hours: only a dead holder makes a lock stale,
        # never its age.
        self._lock.setStaleLockTime(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> None:
        # tryLock removes a lock whose process is gone from this computer by itself.
        if self._lock.tryLock(0):
            return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            pid, host, app = self._lock.getLockInfo()
            holder = LockHolder(pid=pid, app=app, host=host) if pid > 0 else None
            raise in_use_error(self.db_path, holder)
        raise DatabaseReadOnly(str(self.db_path), "database.lock_uncreatable")

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
