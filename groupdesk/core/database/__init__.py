"""Opening, creating, upgrading and backing up GroupDesk databases."""

from .connection import Database, open_database
from .errors import (
    DatabaseCorrupt,
    DatabaseError,
    DatabaseMissing,
    DatabaseReadOnly,
    DatabaseTooNew,
    MigrationFailed,
    NotADatabase,
    NotAGroupDeskDatabase,
)

__all__ = [
    "Database",
    "DatabaseCorrupt",
    "DatabaseError",
    "DatabaseMissing",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "MigrationFailed",
    "NotADatabase",
    "NotAGroupDeskDatabase",
    "open_database",
]
