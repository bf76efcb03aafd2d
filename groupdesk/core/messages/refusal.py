"""The base of every exception a person may read: a message, not a sentence."""

from __future__ import annotations

from typing import Any

from .catalogue import catalogue
from .message import Message


class Refusal(Exception):
    """Something GroupDesk will not do, said as a :class:`Message` (a code and parameters).

    Every exception a person may read derives from this: ``code`` and ``params`` say what
    went wrong, ``field`` (when there is one) names the form field or column to point at.
    The reader's catalogue says it in their language: ``catalogue(lang).text(err.message)``.
    """

    code: str = "error.unknown"

    def __init__(self, code: str | None = None, /, *, field: str | None = None, **params: Any):
        if code is not None:
            self.code = code
        self.field = field
        self.params: dict[str, Any] = params
        super().__init__(self.code)

    @property
    def message(self) -> Message:
        return Message(self.code, self.params)

    def __str__(self) -> str:
        """English, for logs and tracebacks; a person reads ``catalogue(lang).text(...)``."""
        return catalogue("en").text(self.message)
