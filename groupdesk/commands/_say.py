"""The command line's words in this run's language (set by ``groupdesk.cli.set_language``)."""

from __future__ import annotations

from typing import Any


def say(message: Any, /, **params: Any) -> str:
    """One text of the command line in the language of this run."""
    from groupdesk.cli import say as _say

    return _say(message, **params)
