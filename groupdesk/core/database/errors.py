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
    COPY_LOCAL = "copy_local"


class DatabaseError(Exception):
    """Base for every problem opening or upgrading a database; never a bug in GroupDesk."""

    choices: tuple[Choice, ...] = (Choice.CHOOSE_ANOTHER, Choice.CREATE_NEW)

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


class DatabaseMissing(DatabaseError):
    # A lost file may still have backups; the GUI offers them only when there are some.
    choices = (Choice.RESTORE_BACKUP, Choice.CHOOSE_ANOTHER, Choice.CREATE_NEW)


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


class DatabaseInUse(DatabaseError):
    """Another GroupDesk window or process holds the writer lock on this file."""

    choices = (Choice.OPEN_READ_ONLY, Choice.CHOOSE_ANOTHER)

    def __init__(self, location: str, reason: str, *, pid: int = 0, host: str = "") -> None:
        super().__init__(location, reason)
        self.pid = pid
        self.host = host


class DatabaseOnNetworkShare(DatabaseError):
    """SQLite's locking and WAL are not safe on network file systems: several writers there
    can corrupt the file. Reading is fine, and so is working on a local copy."""

    choices: tuple[Choice, ...] = (Choice.OPEN_READ_ONLY, Choice.COPY_LOCAL, Choice.CHOOSE_ANOTHER)


class BackupUnusable(DatabaseError):
    """A file offered as a backup that cannot be restored: damaged, foreign or too new."""

    choices = (Choice.CHOOSE_ANOTHER,)


class BackupFolderUnwritable(DatabaseError):
    """A backup cannot be written where it should go; whatever needed it did not happen."""

    choices = (Choice.CHOOSE_ANOTHER,)
