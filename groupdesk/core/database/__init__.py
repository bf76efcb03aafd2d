"""Opening, creating, upgrading and backing up GroupDesk databases."""

from .backup import backup_before, backup_while
from .connection import Database, open_database
from .errors import (
    BackupUnusable,
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

__all__ = [
    "BackupUnusable",
    "Database",
    "DatabaseCorrupt",
    "DatabaseError",
    "DatabaseInUse",
    "DatabaseMissing",
    "DatabaseOnNetworkShare",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "MigrationFailed",
    "NotADatabase",
    "NotAGroupDeskDatabase",
    "backup_before",
    "backup_while",
    "open_database",
]
