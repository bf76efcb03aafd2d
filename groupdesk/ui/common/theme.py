"""Light, dark or the computer's own colours: the Display choice in Settings.

"system" leaves the style and palette the desktop gives; "light" and "dark" use Qt's Fusion
style with a palette of their own, so GroupDesk can be dark on a desktop that is not (and the
other way round). The choice belongs to this computer (QSettings) and applies at once; every
colour GroupDesk paints is derived from the palette (see colours.py), so nothing stays behind.
GROUPDESK_THEME overrides the setting, e.g. to check the dark colours.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEME_ENV = "GROUPDESK_THEME"
THEME_SETTING = "ui/theme"
THEMES = ("system", "light", "dark")

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# What the desktop gave, kept the first time a theme of GroupDesk's own replaces it.
_system: tuple[str, QPalette] | None = None


def theme_override() -> str | None:
    """The theme GROUPDESK_THEME asks for ("light", "dark" or "system"), or None."""
    value = os.environ.get(THEME_ENV, "").strip().lower()
    return value if value in THEMES else None


def theme_setting() -> str:
    """The theme chosen in Settings: "system", "light" or "dark"."""
    value = str(QSettings().value(THEME_SETTING, "system") or "system").lower()
    return value if value in THEMES else "system"


def save_theme_setting(theme: str) -> None:
    QSettings().setValue(THEME_SETTING, theme if theme in THEMES else "system")


def _palette(colours: dict[Role, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style: light text on dark grey, every pair 4.5:1 or more."""
    return _palette(
        {
            Role.Window: "#2d2d2d",
            Role.WindowText: "#eeeeee",
            Role.Base: "#1f1f1f",
            Role.AlternateBase: "#292929",
            Role.ToolTipBase: "#3a3a3a",
            Role.ToolTipText: "#eeeeee",
            Role.PlaceholderText: "#a6a6a6",
            Role.Text: "#eeeeee",
            Role.Button: "#3a3a3a",
            Role.ButtonText: "#eeeeee",
            Role.BrightText: "#ff6b6b",
            Role.Light: "#505050",
            Role.Midlight: "#444444",
            Role.Mid: "#666666",
            Role.Dark: "#1a1a1a",
            Role.Shadow: "#0d0d0d",
            Role.Highlight: "#2f6db5",
            Role.HighlightedText: "#ffffff",
            Role.Link: "#7ab4ff",
            Role.LinkVisited: "#c09cff",
            Role.Accent: "#2f6db5",
        },
        disabled="#9a9a9a",
    )


def light_palette() -> QPalette:
    """A light palette for the Fusion style, the same on every desktop."""
    return _palette(
        {
            Role.Window: "#efefef",
            Role.WindowText: "#1a1a1a",
            Role.Base: "#ffffff",
            Role.AlternateBase: "#f5f5f5",
            Role.ToolTipBase: "#ffffdc",
            Role.ToolTipText: "#1a1a1a",
            Role.PlaceholderText: "#6b6b6b",
            Role.Text: "#1a1a1a",
            Role.Button: "#efefef",
            Role.ButtonText: "#1a1a1a",
            Role.BrightText: "#ffffff",
            Role.Light: "#ffffff",
            Role.Midlight: "#e3e3e3",
            Role.Mid: "#a0a0a0",
            Role.Dark: "#9f9f9f",
            Role.Shadow: "#767676",
            Role.Highlight: "#2f6db5",
            Role.HighlightedText: "#ffffff",
            Role.Link: "#0b57b0",
            Role.LinkVisited: "#6b2fb5",
            Role.Accent: "#2f6db5",
        },
        disabled="#6b6b6b",
    )


def apply_theme(app: QApplication, theme: str) -> None:
    """Show the GUI in ``theme`` now ("system" brings back what the desktop gave)."""
    global _system
    if theme not in ("light", "dark"):
        if _system is not None:
            style, palette = _system
            app.setStyle(style)
            app.setPalette(palette)
        return
    if _system is None:
        _system = (app.style().name(), QPalette(app.palette()))
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else light_palette())


def chosen_theme() -> str:
    """GROUPDESK_THEME, else the Settings' choice."""
    return theme_override() or theme_setting()
