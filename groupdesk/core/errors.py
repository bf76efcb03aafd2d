"""Refusals the user can act on: each names the field it is about and says why."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input refused before anything was written; ``field`` is the form field to point at."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return self.message


class StaleEditError(Exception):
    """Someone else saved the same record after the editor loaded it (or at the same moment).

    ``code`` says which: "stale_version" (the record had moved on before saving) or
    "changed_elsewhere" (another writer won the race while saving).
    """

    def __init__(self, message: str, *, code: str = "stale_version") -> None:
        super().__init__(message)
        self.code = code


class WriteRefused(Exception):
    """The database would not take a write: a read-only file, a full disk, a lock another
    program holds, a server that went away. Nothing of the change was saved.

    ``code`` says which ("read_only", "disk_full", "locked" or "write_refused") and
    ``detail`` is the database's own first line, for the message and the log.
    """

    def __init__(self, detail: str, *, code: str = "write_refused") -> None:
        super().__init__(detail)
        self.detail = detail
        self.code = code
        self.params = {"detail": detail}


class BackupFailed(Exception):
    """A change that needs a backup first was not made, because the backup could not be
    (a full disk, a folder that cannot be written). ``detail`` says why."""

    code = "backup_failed"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail
        self.params = {"detail": detail}
