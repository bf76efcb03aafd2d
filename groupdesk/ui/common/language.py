"""Which language the GUI speaks: the setting, its override and the locale they name.

Starting the GUI reads it to load translations; Settings and Help read it too. It is kept
apart from the start-up module so that those dialogs need not import what starts the window.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLocale, QSettings

from groupdesk.core.messages import PSEUDO_LANGUAGE

# The language of the GUI: "system" follows the computer's language; "id" or "en" pick one.
# GROUPDESK_LANG overrides the setting, e.g. to check a translation; it also knows the
# pseudo-language "qps" (accented English, see pseudo_translation), which no one would choose
# in Settings but which shows every text that escaped translation as plain English.
LANGUAGE_ENV = "GROUPDESK_LANG"
LANGUAGE_SETTING = "ui/language"
LANGUAGES = ("system", "id", "en")
# The pseudo-language writes numbers and dates as British English does, as the core's does.
_LOCALES = {"id": "id_ID", "en": "en_GB", PSEUDO_LANGUAGE: "en_GB"}


def language_override() -> str | None:
    """The language GROUPDESK_LANG asks for ("id", "en" or "qps"), or None."""
    value = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    return value if value in _LOCALES else None


def speaks_pseudo_language() -> bool:
    """True when GROUPDESK_LANG=qps: the window's texts are the pseudo-language's."""
    return language_override() == PSEUDO_LANGUAGE


def language_setting() -> str:
    """The language chosen in Settings: "system", "id" or "en"."""
    value = str(QSettings().value(LANGUAGE_SETTING, "system") or "system").lower()
    return value if value in LANGUAGES else "system"


def gui_locale() -> QLocale:
    """The locale whose translation the GUI uses: GROUPDESK_LANG, the setting, or the system's."""
    choice = language_override() or language_setting()
    return QLocale(_LOCALES[choice]) if choice in _LOCALES else QLocale.system()
