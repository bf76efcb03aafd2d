"""The command line's words in this run's language (set by ``groupdesk.cli.set_language``)."""

from __future__ import annotations

from typing import Any


def say(message: Any, /, **params: Any) -> str:
    """One text of the command line in the language of this run."""
    from groupdesk.cli import say as _say

    return _say(message, **params)


def set_language(requested: str | None, organisation: str | None = None) -> str:
    """Settle this run's language once the organisation's own setting is known."""
    from groupdesk.cli import set_language as _set_language

    return _set_language(requested, organisation)
