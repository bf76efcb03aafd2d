"""The command line's words in this run's language.

The language is settled before any database is open (``--lang``, else the environment) and
again by a command that opens one, from the organisation's setting: see ``report_language``.
"""

from __future__ import annotations

from typing import Any

from groupdesk.commands._argparse_words import use_language
from groupdesk.core.messages import catalogue
from groupdesk.core.messages.languages import report_language

_language = {"current": report_language()}


def set_language(requested: str | None, organisation: str | None = None) -> str:
    """Fix the language every later line of this run is written in (argparse's words too)."""
    _language["current"] = report_language(requested, organisation)
    use_language(_language["current"])
    return _language["current"]


def say(message: Any, /, **params: Any) -> str:
    """One text of the command line in the language of this run."""
    return catalogue(_language["current"]).text(message, **params)


def language() -> str:
    """The language of this run ("id", "en" or the pseudo-language)."""
    return _language["current"]
