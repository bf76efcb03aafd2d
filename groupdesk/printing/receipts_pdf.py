"""Receipts (kwitansi) as a PDF: two to an A4 page, one above the other with a line to cut
along, however many payments the batch holds.

Each receipt is laid out the way a paper kwitansi is: the organisation and the number at the
top, "Telah terima dari", the amount in words in a shaded band, what it was for, how and when
it was paid and who recorded it, the amount in figures in a box and a place to sign. A
reversed payment keeps its receipt and number and is stamped across ("DIBATALKAN") with the
day it was reversed. The words come from :func:`groupdesk.core.dues.receipts.receipt_lines`
in the batch's language; this module only draws them.
"""

from __future__ import annotations

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

from groupdesk.core.dues.receipts import Receipt, ReceiptLines, receipt_lines
from groupdesk.core.export.atomic import replace_on_success
from groupdesk.core.export.progress import ProgressTicker
from groupdesk.core.export.table import Progress
from groupdesk.core.messages import catalogue
from groupdesk.printing.a4 import INK, MUTED, PAGE_MM, RULE, a4_writer, mm

MARGIN_MM = 10
PER_PAGE = 2
GAP_MM = 8  # between the two receipts of a page, the cut line in its middle
PAD_MM = 6
LABEL_MM = 46
ROW_MM = 8
WORDS_MM = 17
BAND = QColor("#eef2f6")
VOID = QColor("#c0392b")


def write_receipts_pdf(
    receipts: Sequence[Receipt],
    organisation: str,
    path: Path,
    language: str,
    progress: Progress | None = None,
) -> int:
    """Write one PDF holding every receipt of ``receipts``, in ``language``; the number
    written. Like the reports, the file appears only when complete."""
    cat = catalogue(language)
    ticker = ProgressTicker(progress, len(receipts), every=100)
    ticker.start()
    with replace_on_success(Path(path)) as temp:
        writer = a4_writer(temp, cat.text("receipts.document"), MARGIN_MM)
        sheet = _Sheet(writer)
        painter = sheet.painter
        painter.begin(writer)
        try:
            for index, receipt in enumerate(receipts):
                slot = index % PER_PAGE
                if index and slot == 0:
                    writer.newPage()
                sheet.draw(receipt_lines(receipt, organisation, cat), slot)
                ticker.tick()
        finally:
            painter.end()
        ticker.finish()
    return ticker.done


class _Sheet:
    """The fonts and measures of one PDF, and the drawing of one receipt in a slot."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        self.painter = QPainter()
        base = QFont("DejaVu Sans")
        base.setStyleHint(QFont.StyleHint.SansSerif)
        # "fifty" stays five letters when the PDF is searched or copied, not "ﬁfty"
        base.setFeature(QFont.Tag("liga"), 0)
        self.body = _font(base, 10)
        self.label = _font(base, 9.5)
        self.organisation = _font(base, 13, bold=True)
        self.title = _font(base, 20, bold=True)
        self.words = _font(base, 11, bold=True)
        self.words.setItalic(True)
        self.figure = _font(base, 16, bold=True)
        self.small = _font(base, 8)
        self.stamp = _font(base, 40, bold=True)
        self.width = mm(PAGE_MM[0] - 2 * MARGIN_MM)
        self.height = (mm(PAGE_MM[1] - 2 * MARGIN_MM) - mm(GAP_MM)) / PER_PAGE

    def draw(self, lines: ReceiptLines, slot: int) -> None:
        top = slot * (self.height + mm(GAP_MM))
        frame = QRectF(0, top, self.width, self.height)
        painter = self.painter
        painter.setPen(QPen(RULE, 3))
        painter.drawRect(frame)
        if slot > 0:
            self._cut_line(top - mm(GAP_MM) / 2)
        inner = frame.adjusted(mm(PAD_MM), mm(PAD_MM), -mm(PAD_MM), -mm(PAD_MM))
        x, y, width = inner.left(), inner.top(), inner.width()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        # the organisation's whole name, however long: smaller letters before any are cut
        name = self._shrunk(lines.organisation, self.organisation, width, smallest=8)
        self._text(QRectF(x, y, width, mm(8)), lines.organisation, name, left, elide=True)
        y += mm(9)
        self._text(
            QRectF(x, y, width, mm(12)), lines.title, self.title, Qt.AlignmentFlag.AlignCenter
        )
        self._text(QRectF(x, y, width, mm(12)), lines.number, self.body, right)
        y += mm(13)
        painter.setPen(QPen(INK, 2))
        painter.drawLine(QPointF(x, y), QPointF(x + width, y))
        y += mm(3)
        y = self._field(lines.received_from, x, y, width)
        y = self._words(lines.sum_of, x, y, width)
        y = self._field(lines.purpose, x, y, width)
        y = self._field(lines.method, x, y, width)
        y = self._field(lines.date, x, y, width)
        y = self._field(lines.recorded_by, x, y, width)
        if lines.reversed_note:
            note = lines.reversed_note
            if lines.reversal_reason:
                note = f"{note} {lines.reversal_reason}"
            self._text(QRectF(x, y, width, mm(10)), note, self.label, left, VOID, wrap=True)
        self._bottom(lines, inner)
        if lines.stamp:
            self._stamp(lines.stamp, frame)

    def _field(self, pair: tuple[str, str], x: float, y: float, width: float) -> float:
        label, value = pair
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self._text(QRectF(x, y, mm(LABEL_MM), mm(ROW_MM)), label, self.label, left, MUTED)
        self._text(QRectF(x + mm(LABEL_MM), y, mm(3), mm(ROW_MM)), ":", self.label, left)
        value_rect = QRectF(x + mm(LABEL_MM + 3), y, width - mm(LABEL_MM + 3), mm(ROW_MM))
        self._text(value_rect, value, self.body, left, elide=True)
        self.painter.setPen(QPen(RULE, 1, Qt.PenStyle.DotLine))
        bottom = y + mm(ROW_MM) - mm(1)
        self.painter.drawLine(QPointF(value_rect.left(), bottom), QPointF(x + width, bottom))
        return y + mm(ROW_MM)

    def _words(self, pair: tuple[str, str], x: float, y: float, width: float) -> float:
        """The amount in words in a shaded band, wrapped over as many lines as it needs."""
        label, value = pair
        top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self._text(QRectF(x, y, mm(LABEL_MM), mm(WORDS_MM)), label, self.label, top, MUTED)
        self._text(QRectF(x + mm(LABEL_MM), y, mm(3), mm(WORDS_MM)), ":", self.label, top)
        band = QRectF(x + mm(LABEL_MM + 3), y + mm(1), width - mm(LABEL_MM + 3), mm(15))
        self.painter.fillRect(band, BAND)
        inside = band.adjusted(mm(2), mm(1), -mm(2), -mm(1))
        font = QFont(self.words)
        # a very long amount ("... triliun ...") gets smaller letters rather than cut words
        while font.pointSizeF() > 6 and not self._fits(value, font, inside):
            font.setPointSizeF(font.pointSizeF() - 0.5)
        self._text(inside, value, font, top, wrap=True)
        return y + mm(WORDS_MM)

    def _shrunk(self, text: str, font: QFont, width: float, *, smallest: float) -> QFont:
        """``font``, made smaller (not below ``smallest`` points) until ``text`` fits in one
        line of ``width``."""
        fitted = QFont(font)
        while (
            fitted.pointSizeF() > smallest
            and QFontMetricsF(fitted, self.writer).horizontalAdvance(text) > width
        ):
            fitted.setPointSizeF(fitted.pointSizeF() - 0.5)
        return fitted

    def _fits(self, text: str, font: QFont, rect: QRectF) -> bool:
        metrics = QFontMetricsF(font, self.writer)
        flags = int(Qt.TextFlag.TextWordWrap.value)
        needed = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, text)
        return needed.height() <= rect.height()

    def _bottom(self, lines: ReceiptLines, inner: QRectF) -> None:
        """The amount in figures (left) and the signature (right), on the receipt's floor."""
        painter = self.painter
        box = QRectF(inner.left(), inner.bottom() - mm(14), mm(70), mm(12))
        painter.fillRect(box, BAND)
        painter.setPen(QPen(INK, 3))
        painter.drawRect(box)
        inside = box.adjusted(mm(2), 0, -mm(2), 0)
        figure = self._shrunk(lines.figure, self.figure, inside.width(), smallest=7)
        self._text(inside, lines.figure, figure, Qt.AlignmentFlag.AlignCenter)
        sign = QRectF(inner.right() - mm(62), inner.bottom() - mm(28), mm(62), mm(28))
        center = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        self._text(
            QRectF(sign.left(), sign.top(), sign.width(), mm(6)),
            lines.signature,
            self.label,
            center,
            MUTED,
        )
        painter.setPen(QPen(INK, 2))
        line_y = sign.bottom() - mm(6)
        painter.drawLine(
            QPointF(sign.left() + mm(4), line_y), QPointF(sign.right() - mm(4), line_y)
        )
        self._text(
            QRectF(sign.left(), line_y, sign.width(), mm(6)),
            lines.organisation,
            self._shrunk(lines.organisation, self.small, sign.width(), smallest=6),
            Qt.AlignmentFlag.AlignCenter,
            MUTED,
            elide=True,
        )

    def _stamp(self, word: str, frame: QRectF) -> None:
        """The reversal stamped across the receipt, see-through like a rubber stamp. It stays
        level: tilted words fall apart when a PDF's text is searched or copied."""
        painter = self.painter
        painter.save()
        painter.setOpacity(0.55)
        metrics = QFontMetricsF(self.stamp, self.writer)
        w, h = metrics.horizontalAdvance(word) + mm(10), metrics.height() + mm(4)
        center = frame.center()
        rect = QRectF(center.x() - w / 2, center.y() - h / 2 + mm(8), w, h)
        painter.setPen(QPen(VOID, 8))
        painter.drawRect(rect)
        self._text(rect, word, self.stamp, Qt.AlignmentFlag.AlignCenter, VOID)
        painter.restore()

    def _cut_line(self, y: float) -> None:
        self.painter.setPen(QPen(RULE, 2, Qt.PenStyle.DashLine))
        self.painter.drawLine(QPointF(0, y), QPointF(self.width, y))

    def _text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        align: Qt.AlignmentFlag,
        color: QColor = INK,
        *,
        wrap: bool = False,
        elide: bool = False,
    ) -> None:
        if not text:
            return
        painter = self.painter
        painter.setFont(font)
        painter.setPen(color)
        if elide:
            metrics = QFontMetricsF(font, self.writer)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        flags = int(align.value) | (int(Qt.TextFlag.TextWordWrap.value) if wrap else 0)
        painter.drawText(rect, flags, text)


def _font(base: QFont, points: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


__all__ = ["write_receipts_pdf"]
