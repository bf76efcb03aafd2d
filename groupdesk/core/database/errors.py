"""Why a database could not be opened, in words a secretary can act on.

Each error carries its reason as a message code with parameters (said in the reader's
language by the catalogue, areas ``database``) and the ``choices`` that make sense for it, so
the GUI can offer the right buttons without parsing messages.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from groupdesk.core.messages.catalogue import catalogue
from groupdesk.core.messages.message import Message
from groupdesk.core.messages.refusal import Refusal


class Choice(StrEnum):
    OPEN_READ_ONLY = "open_read_only"
    CHOOSE_ANOTHER = "choose_another"
    CREATE_NEW = "create_new"
    RESTORE_BACKUP = "restore_backup"
    COPY_LOCAL = "copy_local"


class DatabaseError(Refusal):
    """Base for every problem opening or upgrading a database; never a bug in GroupDesk.

    ``reason_message`` is why (a code of the ``database`` area); ``message`` puts the
    location in front of it, as one line for the command line and the log.
    """

    choices: tuple[Choice, ...] = (Choice.CHOOSE_ANOTHER, Choice.CREATE_NEW)

    def __init__(self, location: str, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)
        self.location = location

    @property
    def reason_message(self) -> Message:
        return Message(self.code, self.params)

    @property
    def message(self) -> Message:
        return Message(
            "database.located", {"location": self.location, "reason": self.reason_message}
        )

    @property
    def reason(self) -> str:
        """The reason in English, for logs and tests; a person reads ``reason_message``."""
        return catalogue("en").text(self.reason_message)


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

    def __init__(
        self, location: str, code: str, /, *, pid: int = 0, host: str = "", **params: Any
    ) -> None:
        super().__init__(location, code, pid=pid, host=host, **params)
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
