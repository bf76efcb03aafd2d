"""The languages GroupDesk speaks, and how a requested one ("id_ID.UTF-8", "EN") is read."""

from __future__ import annotations

import os
from collections.abc import Mapping

# Indonesian first: GroupDesk's first users are Indonesian associations.
SUPPORTED_LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
# A made-up language for tests and translators: English with accented, lengthened letters,
# so that any word that escaped translation stands out as plain English.
PSEUDO_LANGUAGE = "qps"


def normalise_language(requested: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """The supported language ``requested`` names ("id_ID.UTF-8" -> "id", "in" -> "id"), or
    ``default`` when it names none we speak."""
    if not requested:
        return default
    code = requested.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    if code == "in":  # the old ISO code for Indonesian, still used by some systems
        code = "id"
    if code in SUPPORTED_LANGUAGES or code == PSEUDO_LANGUAGE:
        return code
    return default


LANGUAGE_ENV_VAR = "GROUPDESK_LANG"
_LOCALE_ENV_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")


def report_language(
    requested: str | None = None,
    organisation: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The language a report or the command line speaks in, so the CLI and the window's export
    agree: the one the reader asked for, else the organisation's setting, else
    ``$GROUPDESK_LANG``, else the system locale, else Indonesian."""
    env = os.environ if environ is None else environ
    for candidate in (requested, organisation, env.get(LANGUAGE_ENV_VAR)):
        if candidate and normalise_language(candidate, default=""):
            return normalise_language(candidate)
    for name in _LOCALE_ENV_VARS:
        value = env.get(name)
        if value and value not in ("C", "POSIX") and normalise_language(value, default=""):
            return normalise_language(value)
    return DEFAULT_LANGUAGE
