"""What every PDF GroupDesk prints shares: A4 pages drawn in dots at 300 per inch, the ink
colours, and a writer titled and signed with GroupDesk's version."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPdfWriter

from groupdesk import __version__

RESOLUTION = 300  # dots per inch; the painter's unit is one dot
PAGE_MM = (210, 297)
INK = QColor("#1f2933")
MUTED = QColor("#52606d")
RULE = QColor("#9aa5b1")


def mm(value: float) -> float:
    """``value`` millimetres in dots."""
    return value / 25.4 * RESOLUTION


def a4_writer(path: Path, title: str, margin_mm: float) -> QPdfWriter:
    """A writer for portrait A4 pages with ``margin_mm`` all round."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator(f"GroupDesk {__version__}")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer
