"""Finding bundled files: icons from the system theme, with GroupDesk's own as fallback."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

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


@cache
def resources_dir() -> Path:
    """The source tree's ``resources/``, or the installed copy under ``share/groupdesk``."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "resources", Path(sys.prefix) / "share" / "groupdesk"):
        if (candidate / "icons").is_dir():
            return candidate
    return here.parents[2] / "resources"


def icon(key: str) -> QIcon:
    bundled = resources_dir() / "icons" / f"{key}.svg"
    fallback = QIcon(str(bundled)) if bundled.exists() else QIcon()
    theme = THEME_NAMES.get(key)
    if theme and QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme, fallback)
    return fallback


def app_icon() -> QIcon:
    return icon("groupdesk")
