"""Line icons drawn in the theme's text colour, so they stay visible on a dark desktop.

The bundled navigation icons are SVG line drawings whose strokes say ``currentColor``. This
icon engine substitutes the palette's colour each time the icon is drawn: the text colour,
the highlighted text colour on a selected row, the disabled text colour when disabled. An
icon therefore follows a change of theme without being set again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

MARK = "currentColor"


def icon_colour(mode: QIcon.Mode) -> str:
    """The palette colour a line icon is drawn in for ``mode``, as #rrggbb."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText).name()
    if mode == QIcon.Mode.Disabled:
        group = QPalette.ColorGroup.Disabled
        return palette.color(group, QPalette.ColorRole.Text).name()
    return palette.color(QPalette.ColorRole.Text).name()


class TintedSvgEngine(QIconEngine):
    """Paints an SVG with ``currentColor`` replaced by the palette's colour for the mode."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self._svg = svg

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        text = self._svg.replace(MARK, icon_colour(mode))
        return QSvgRenderer(QByteArray(text.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self._svg)

    def key(self) -> str:
        return "groupdesk-tinted-svg"


def tinted_icon(path: Path) -> QIcon:
    """The icon of the SVG at ``path``, in the theme's colours (see the module's note)."""
    svg = path.read_text(encoding="utf-8")
    if MARK not in svg:
        return QIcon(str(path))
    return QIcon(TintedSvgEngine(svg))
