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
