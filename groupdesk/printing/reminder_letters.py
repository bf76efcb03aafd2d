"""Dues reminder letters as one PDF: one A4 page per member, in the organisation's language.

A letter reads top to bottom as a paper one does: the organisation's name over a rule, the
date on the right, the member's name and address, the subject, the salutation, what is owed
in a shaded box (member number, months, the amount in figures and in words), how to pay, and
the closing above the treasurer's signature line. The words come from
:func:`groupdesk.core.dues.letters.letter_lines`; this module only draws them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPdfWriter,
    QPen,
)

from groupdesk.core.dues.letters import LetterLines, letter_lines
from groupdesk.core.dues.reminders import ReminderItem
from groupdesk.core.export.atomic import replace_on_success
from groupdesk.core.export.progress import ProgressTicker
from groupdesk.core.export.table import Progress
from groupdesk.core.messages import catalogue
from groupdesk.printing.a4 import INK, MUTED, PAGE_MM, a4_writer, mm

MARGIN_MM = 20
LABEL_MM = 40
BAND = QColor("#eef2f6")

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


def write_reminder_letters(
    items: Sequence[ReminderItem],
    organisation: str,
    contact: str | None,
    today: dt.date,
    path: Path,
    language: str,
    progress: Progress | None = None,
) -> int:
    """Write one PDF with a letter per member of ``items``; the number written. The file
    appears only when complete."""
    cat = catalogue(language)
    ticker = ProgressTicker(progress, len(items), every=100)
    ticker.start()
    with replace_on_success(Path(path)) as temp:
        writer = a4_writer(temp, cat.text("reminders.document"), MARGIN_MM)
        page = _Page(writer)
        page.painter.begin(writer)
        try:
            for index, item in enumerate(items):
                if index:
                    writer.newPage()
                page.draw(letter_lines(item, organisation, contact, today, cat))
                ticker.tick()
        finally:
            page.painter.end()
        ticker.finish()
    return ticker.done


class _Page:
    """The fonts and measures of the PDF, and the drawing of one letter on a page."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        self.painter = QPainter()
        base = QFont("DejaVu Sans")
        base.setStyleHint(QFont.StyleHint.SansSerif)
        base.setFeature(QFont.Tag("liga"), 0)  # "fifty" stays searchable, not "ﬁfty"
        self.body = _font(base, 10.5)
        self.bold = _font(base, 10.5, bold=True)
        self.heading = _font(base, 15, bold=True)
        self.words = _font(base, 10.5, bold=True)
        self.words.setItalic(True)
        self.width = mm(PAGE_MM[0] - 2 * MARGIN_MM)

    def draw(self, lines: LetterLines) -> None:
        painter = self.painter
        width = self.width
        heading = self._shrunk(lines.organisation, self.heading, width)
        y = self._text(0, 0, width, lines.organisation, heading)
        y += mm(2)
        painter.setPen(QPen(INK, 4))
        painter.drawLine(QPointF(0, y), QPointF(width, y))
        y += mm(6)
        self._text(0, y, width, lines.date, self.body, _RIGHT)
        y = self._text(0, y, width * 0.6, lines.to, self.body, color=MUTED)
        y = self._text(0, y, width * 0.6, lines.name, self.bold)
        for line in lines.address:
            y = self._text(0, y, width * 0.6, line, self.body)
        y += mm(10)
        y = self._text(0, y, width, lines.subject, self.bold) + mm(6)
        y = self._text(0, y, width, lines.salutation, self.body) + mm(3)
        y = self._text(0, y, width, lines.opening, self.body) + mm(4)
        y = self._owed(lines.owed, y) + mm(6)
        y = self._text(0, y, width, lines.how_to_pay, self.body) + mm(3)
        if lines.contact:
            y = self._text(0, y, width, lines.contact, self.body) + mm(3)
        y = self._text(0, y, width, lines.thanks, self.body) + mm(12)
        left = width * 0.6
        y = self._text(left, y, width - left, lines.closing, self.body) + mm(22)
        painter.setPen(QPen(INK, 2))
        painter.drawLine(QPointF(left, y), QPointF(width, y))
        y = self._text(left, y + mm(1), width - left, lines.signer, self.body, color=MUTED)
        self._text(left, y, width - left, lines.organisation, self.body, color=MUTED)

    def _owed(self, rows: tuple[tuple[str, str], ...], top: float) -> float:
        """What is owed in a shaded box, one label and value a line (the words wrap)."""
        pad = mm(4)
        inner = self.width - 2 * pad
        heights = [
            self._height(
                value, self.words if i == len(rows) - 1 else self.bold, inner - mm(LABEL_MM)
            )
            + mm(1.5)
            for i, (_, value) in enumerate(rows)
        ]
        box = QRectF(0, top, self.width, sum(heights) + 2 * pad)
        self.painter.fillRect(box, BAND)
        y = top + pad
        for i, ((label, value), height) in enumerate(zip(rows, heights, strict=True)):
            font = self.words if i == len(rows) - 1 else self.bold
            self._text(pad, y, mm(LABEL_MM), label, self.body, color=MUTED)
            self._text(pad + mm(LABEL_MM), y, inner - mm(LABEL_MM), value, font)
            y += height
        return box.bottom()

    def _height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.writer)
        flags = int(Qt.TextFlag.TextWordWrap.value)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def _shrunk(self, text: str, font: QFont, width: float) -> QFont:
        """``font`` made smaller (down to 9 points) until ``text`` fits on one line."""
        fitted = QFont(font)
        while (
            fitted.pointSizeF() > 9
            and QFontMetricsF(fitted, self.writer).horizontalAdvance(text) > width
        ):
            fitted.setPointSizeF(fitted.pointSizeF() - 0.5)
        return fitted

    def _text(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        font: QFont,
        align: Qt.AlignmentFlag = _LEFT,
        *,
        color: QColor = INK,
    ) -> float:
        """Draw ``text`` wrapped in ``width`` from ``y``; the y below it."""
        height = self._height(text, font, width) if text else 0.0
        if text:
            self.painter.setFont(font)
            self.painter.setPen(color)
            flags = int(align.value) | int(Qt.TextFlag.TextWordWrap.value)
            self.painter.drawText(QRectF(x, y, width, height), flags, text)
        return y + height


def _font(base: QFont, points: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


__all__ = ["write_reminder_letters"]
