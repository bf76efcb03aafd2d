"""Backups of the open database: the folder they go to, one made by hand, and the one a risky
change (emptying the trash, an import) makes before it starts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from groupdesk.core.database import Database, backup_before
from groupdesk.core.database.backup import MANUAL, Progress, backup_folder_for, make_backup
from groupdesk.core.database.errors import DatabaseError
from groupdesk.core.errors import BackupFailed
from groupdesk.core.messages.os_errors import os_reason


class BackupService:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def source(self) -> Path | None:
        """The database file backed up; None for a database on a server (its administrator
        backs it up)."""
        return self._db.path

    @property
    def folder(self) -> Path | None:
        path = self._db.path
        if path is None:
            return None
        return self._db.backup_dir or backup_folder_for(path)

    def make_manual(self, progress: Progress | None = None) -> Path:
        """A backup made by hand (kept until deleted by hand)."""
        path, folder = self._db.path, self.folder
        if path is None or folder is None:
            raise BackupFailed("", code="backup.server_database")
        return make_backup(path, folder, MANUAL, progress=progress)

    def before(self, reason: str) -> Path | None:
        """Back up before a risky change; raises :class:`BackupFailed` when no backup can be
        made, and the caller must then not make the change."""
        try:
            return backup_before(self._db, reason)
        except (OSError, sqlite3.Error, DatabaseError) as err:
            detail: object = err.message if isinstance(err, DatabaseError) else str(err)
            if isinstance(err, OSError):
                detail = os_reason(err)
            raise BackupFailed(detail) from err


__all__ = ["BackupService"]
