"""Finding bundled files: icons from the system theme, with GroupDesk's own as fallback."""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path

from PySide6.QtGui import QIcon

from groupdesk.ui.common.tinted_icon import tinted_icon

# Freedesktop theme names to try before the bundled SVG of the same key.
THEME_NAMES: dict[str, str] = {
    "members": "system-users",
    "professions": "applications-office",
    "projects": "x-office-calendar",
    "challenges": "dialog-warning",
    "reports": "x-office-spreadsheet",
    "dashboard": "go-home",
    "search": "edit-find",
}


# A package imported from a zip gets its folder unpacked for as long as the program runs
# (for a folder on disk, as_file is the folder itself and this holds nothing).
_unpacked = ExitStack()
atexit.register(_unpacked.close)


@cache
def resources_dir() -> Path:
    """The package's ``groupdesk/resources`` folder (icons, translations, desktop entry), found
    through importlib.resources so that a checkout, an installed wheel and a bundle agree."""
    return Path(_unpacked.enter_context(as_file(files("groupdesk") / "resources")))


def icon(key: str) -> QIcon:
    bundled = resources_dir() / "icons" / f"{key}.svg"
    # The bundled line icons take the theme's text colour (light on a dark desktop).
    fallback = tinted_icon(bundled) if bundled.exists() else QIcon()
    theme = THEME_NAMES.get(key)
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme, fallback)
    return fallback


def app_icon() -> QIcon:
    return icon("groupdesk")
