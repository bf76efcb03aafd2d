"""The languages GroupDesk speaks, and how a requested one ("id_ID.UTF-8", "EN") is read."""

from __future__ import annotations

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
