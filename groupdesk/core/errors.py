"""Refusals the user can act on. Each is a :class:`~groupdesk.core.messages.Refusal`: a
message code with its parameters (never a finished sentence), said in the reader's language
by the catalogue; a refusal about one input also names its ``field``."""

from __future__ import annotations

from typing import Any

from groupdesk.core.messages import Refusal

__all__ = [
    "BackupFailed",
    "CellProblem",
    "NotFound",
    "Refusal",
    "StaleEditError",
    "ValidationError",
    "WriteRefused",
]


class ValidationError(Refusal, ValueError):
    """Input refused before anything was written: ``ValidationError("phone", "phone.invalid",
    value="12")``. ``field`` is the form field (or import column) to point at; ``code`` and
    ``params`` say why, in no language yet."""

    def __init__(self, field: str, code: str, /, **params: Any) -> None:
        super().__init__(code, field=field, **params)

    # ``field`` is always set for a validation error
    field: str


class CellProblem(Refusal, ValueError):
    """A value read from a cell (or typed) that is not what its column needs: "31/02/2024"
    for a date, "12,3.4" for a number. A ValueError too, so parsers keep their contract."""


class NotFound(Refusal):
    """The record is gone (deleted elsewhere, or never there); ``record_id`` names it."""

    code = "record.not_found"

    def __init__(self, record_id: object = None, /, **params: Any) -> None:
        if record_id is not None:
            params["record_id"] = record_id
        super().__init__(**params)


class StaleEditError(Refusal):
    """Someone else saved the same record after the editor loaded it (or at the same moment).

    ``code`` says which: "stale.version" (the record had moved on before saving) or
    "stale.changed_elsewhere" (another writer won the race while saving).
    """

    code = "stale.version"


class WriteRefused(Refusal):
    """The database would not take a write: a read-only file, a full disk, a lock another
    program holds, a server that went away. Nothing of the change was saved.

    ``code`` says which ("write.read_only", "write.disk_full", "write.locked" or
    "write.refused"); the ``detail`` parameter is the database's own first line.
    """

    code = "write.refused"

    def __init__(self, detail: str, *, code: str = "write.refused") -> None:
        super().__init__(code, detail=detail)
        self.detail = detail


class BackupFailed(Refusal):
    """A change that needs a backup first was not made, because the backup could not be
    (a full disk, a folder that cannot be written). ``detail`` says why."""

    code = "backup.failed"

    def __init__(self, detail: object, *, code: str = "backup.failed") -> None:
        super().__init__(code, detail=detail)
        self.detail = detail
