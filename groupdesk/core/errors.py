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
