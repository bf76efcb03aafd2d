"""Why a database could not be opened, in words a secretary can act on.

Each error carries a short ``reason`` (one line for the CLI) and the ``choices`` that make
sense for it, so the GUI can offer the right buttons without parsing messages.
"""

from __future__ import annotations

from enum import StrEnum


class Choice(StrEnum):
    OPEN_READ_ONLY = "open_read_only"
    CHOOSE_ANOTHER = "choose_another"
    CREATE_NEW = "create_new"
    RESTORE_BACKUP = "restore_backup"


class DatabaseError(Exception):
    """Base for every problem opening or upgrading a database; never a bug in GroupDesk."""

    choices: tuple[Choice, ...] = (Choice.CHOOSE_ANOTHER, Choice.CREATE_NEW)

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


class DatabaseMissing(DatabaseError):
    pass


class NotADatabase(DatabaseError):
    pass


class NotAGroupDeskDatabase(DatabaseError):
    pass


class DatabaseCorrupt(DatabaseError):
    choices = (Choice.RESTORE_BACKUP, Choice.CHOOSE_ANOTHER, Choice.CREATE_NEW)


class DatabaseTooNew(DatabaseError):
    choices = (Choice.CHOOSE_ANOTHER, Choice.CREATE_NEW)


class DatabaseReadOnly(DatabaseError):
    choices = (Choice.OPEN_READ_ONLY, Choice.CHOOSE_ANOTHER)


class MigrationFailed(DatabaseError):
    choices = (Choice.RESTORE_BACKUP, Choice.CHOOSE_ANOTHER)
