"""Every colour the window paints, derived from the palette, so that a dark desktop stays
readable.

A status ("error", "warning", "ok", ...) has a hue; what is drawn is that hue moved towards
the palette's own text or base colour until the WCAG contrast ratio holds: 4.5:1 for text
(against the background it is drawn on) and for the palette's text drawn over a tint. The
same code therefore gives a dark red on a light window and a light red on a dark one.
Widgets that keep a colour re-apply it when the palette changes (:func:`follow_palette`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Literal

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

Status = Literal["error", "warning", "ok", "info", "header", "muted", "under", "between", "full"]

# Text needs 4.5:1 (WCAG 2 AA); lines and shapes that carry meaning need 3:1.
TEXT_CONTRAST = 4.5
SHAPE_CONTRAST = 3.0

# The hue of each status; what is drawn is derived from it and the palette.
HUES: dict[str, tuple[int, int, int]] = {
    "error": (210, 40, 40),
    "warning": (220, 150, 0),
    "ok": (40, 150, 70),
    "info": (40, 110, 210),
    "header": (40, 110, 210),
    "muted": (128, 128, 128),
    # How full a shift is, in the week view.
    "under": (214, 69, 65),
    "between": (230, 160, 40),
    "full": (60, 150, 80),
    "cancelled": (140, 140, 140),
}

Role = QPalette.ColorRole


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""
    r, g, b = colour.red(), colour.green(), colour.blue()
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """``a`` mixed with ``b`` (0: all ``a``, 1: all ``b``), opaque."""
    t = max(0.0, min(1.0, share_of_b))
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on a dark background."""
    return luminance(palette.color(Role.Window)) < luminance(palette.color(Role.WindowText))


def app_palette() -> QPalette:
    """The application's palette: for models, which have no widget to ask."""
    return QGuiApplication.palette()


def _rgb(colour: QColor) -> int:
    return colour.rgb() & 0xFFFFFF


def _hue(kind: str) -> int:
    r, g, b = HUES[kind]
    return (r << 16) | (g << 8) | b


@lru_cache(maxsize=512)
def _text_on(hue_rgb: int, background: int, text: int, needed: float) -> int:
    bg, ink, hue = QColor.fromRgb(background), QColor.fromRgb(text), QColor.fromRgb(hue_rgb)
    # Start from the hue and move towards the palette's text colour, which reads on this
    # background (else the theme itself is unreadable and its text is the best there is).
    for step in range(11):
        candidate = blend(hue, ink, step / 10)
        if contrast(candidate, bg) >= needed:
            return _rgb(candidate)
    return text


@lru_cache(maxsize=512)
def _tint_under(kind: str, base: int, text: int, strength: float) -> int:
    bg, ink = QColor.fromRgb(base), QColor.fromRgb(text)
    hue = QColor(*HUES[kind])
    share = strength
    while share > 0:
        candidate = blend(bg, hue, share)
        if contrast(ink, candidate) >= TEXT_CONTRAST:
            return _rgb(candidate)
        share -= 0.02
    return base


def text_colour(
    kind: str, palette: QPalette, background: Role = Role.Window, text: Role = Role.WindowText
) -> QColor:
    """The colour for text of this status drawn on ``background`` (4.5:1 at least)."""
    return QColor.fromRgb(
        _text_on(
            _hue(kind), _rgb(palette.color(background)), _rgb(palette.color(text)), TEXT_CONTRAST
        )
    )


def accent_text(palette: QPalette, background: Role = Role.Base) -> QColor:
    """The theme's highlight colour as text on ``background`` (today's date, a link-like
    heading), moved towards the text colour where the theme's own would be too faint."""
    return QColor.fromRgb(
        _text_on(
            _rgb(palette.color(Role.Highlight)),
            _rgb(palette.color(background)),
            _rgb(palette.color(Role.Text)),
            TEXT_CONTRAST,
        )
    )


def line_colour(kind: str, palette: QPalette, background: Role = Role.Base) -> QColor:
    """The colour for a line or swatch of this status on ``background`` (3:1 at least)."""
    return QColor.fromRgb(
        _text_on(
            _hue(kind),
            _rgb(palette.color(background)),
            _rgb(palette.color(Role.Text)),
            SHAPE_CONTRAST,
        )
    )


def fill_colour(kind: str, palette: QPalette, strength: float | None = None) -> QColor:
    """A tint of this status over the palette's base, under which the palette's text keeps
    4.5:1: a pale wash on a light theme, a deep one on a dark theme."""
    if strength is None:
        strength = 0.5 if is_dark(palette) else 0.3
    return QColor.fromRgb(
        _tint_under(kind, _rgb(palette.color(Role.Base)), _rgb(palette.color(Role.Text)), strength)
    )


def text_style(kind: str, palette: QPalette, *, bold: bool = False) -> str:
    """A style sheet fragment for text of this status (for rich text and HTML labels)."""
    weight = " font-weight: 600;" if bold else ""
    return f"color: {text_colour(kind, palette).name()};{weight}"


class _PaletteFollower(QObject):
    """Calls ``apply`` whenever the watched widget's palette (or the application's) changes."""

    def __init__(self, widget: QWidget, apply: Callable[[], None]) -> None:
        super().__init__(widget)
        self._apply = apply
        self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changes and not self._busy:
            self._busy = True
            try:
                self._apply()
            finally:
                self._busy = False
        return False


def follow_palette(widget: QWidget, apply: Callable[[], None]) -> None:
    """Run ``apply`` now and again whenever the palette changes (a dark theme switched on,
    the Settings' choice), so colours derived from it never go stale."""
    follower = _PaletteFollower(widget, apply)
    widget.installEventFilter(follower)
    apply()


def show_status(widget: QWidget, kind: str, *, bold: bool = False) -> None:
    """Draw ``widget``'s text (a label's, typically) in the colour of ``kind``, readable on
    its background in light and dark themes, and keep it so when the palette changes."""

    def apply() -> None:
        pal = widget.palette()
        colour = text_colour(kind, pal, Role.Window, Role.Text)
        if pal.color(Role.WindowText) != colour:
            pal.setColor(Role.WindowText, colour)
            widget.setPalette(pal)

    if bold:
        font = widget.font()
        font.setBold(True)
        widget.setFont(font)
    follow_palette(widget, apply)
