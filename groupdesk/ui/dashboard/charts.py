"""A small bar chart drawn with QPainter in the colours of the system palette.

Each bar has a key; clicking a bar (or pressing Enter on the focused one) emits
``barClicked(key)`` so the page can open the list behind it. A screen reader hears what it
shows: the accessible description lists every bar with its value, and moving between bars
with the arrow keys announces the bar reached. The same figures as a table: chart_box.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from groupdesk.ui.common import labels

MARGIN = 6


class BarChart(QWidget):
    barClicked = Signal(object)
    barsChanged = Signal()

    def __init__(
        self,
        horizontal: bool = False,
        value_text: Callable[[float], str] = lambda v: labels.number_text(round(v)),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._horizontal = horizontal
        self._value_text = value_text
        self._bars: list[tuple[Any, str, float]] = []
        self._rects: list[QRectF] = []
        self._hover = -1
        self._focus = 0
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.empty_text = self.tr("Nothing to show yet")

    # -- data ---------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[tuple[Any, str, float]]) -> None:
        self._bars = [(k, label, float(v)) for k, label, v in bars]
        self._hover = -1
        self._focus = min(self._focus, max(len(self._bars) - 1, 0))
        self._layout()
        self.setAccessibleDescription(self.summary())
        self.barsChanged.emit()
        self.update()

    def shown_value(self, value: float) -> str:
        """A value as the chart writes it beside its bar."""
        return self._value_text(value)

    def bar_text(self, index: int) -> str:
        """One bar as words: "Perawat: 22"."""
        _key, label, value = self._bars[index]
        return f"{label}: {self._value_text(value)}"

    def summary(self) -> str:
        """Every bar with its value, in the order shown (what a screen reader reads)."""
        if not self._bars:
            return self.empty_text
        return "; ".join(self.bar_text(i) for i in range(len(self._bars)))

    def bars(self) -> list[tuple[Any, str, float]]:
        return list(self._bars)

    def bar_rect(self, key: Any) -> QRectF:
        """Where the bar for ``key`` is drawn (empty if there is none)."""
        self._layout()
        for (k, _label, _v), rect in zip(self._bars, self._rects, strict=True):
            if k == key:
                return QRectF(rect)
        return QRectF()

    # -- geometry -----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        if self._horizontal:
            return QSize(360, max(120, len(self._bars) * (fm.height() + 8) + 2 * MARGIN))
        return QSize(420, 200)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        if self._horizontal:
            return QSize(220, min(len(self._bars), 4) * (fm.height() + 4) + 2 * MARGIN)
        return QSize(240, fm.height() * 6)

    def resizeEvent(self, event: Any) -> None:
        self._layout()
        super().resizeEvent(event)

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(label) for _k, label, _v in self._bars), default=0)
        return min(widest + 8, int(self.width() * 0.55))

    def _layout(self) -> None:
        self._rects = []
        if not self._bars:
            return
        fm = self.fontMetrics()
        top = max((v for _k, _l, v in self._bars), default=0.0) or 1.0
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        n = len(self._bars)
        if self._horizontal:
            label_w = self._label_width()
            value_w = max(fm.horizontalAdvance(self._value_text(v)) for _k, _l, v in self._bars)
            span = max(area.width() - label_w - value_w - 12, 10)
            row_h = area.height() / n
            bar_h = min(row_h * 0.7, fm.height() + 6)
            for i, (_k, _l, v) in enumerate(self._bars):
                y = area.top() + i * row_h + (row_h - bar_h) / 2
                w = max(span * v / top, 2 if v else 0)
                self._rects.append(QRectF(area.left() + label_w, y, w, bar_h))
        else:
            plot_h = max(area.height() - 2 * fm.height() - 8, 10)
            slot = area.width() / n
            bar_w = max(slot * 0.66, 3)
            base = area.top() + fm.height() + 4 + plot_h
            for i, (_k, _l, v) in enumerate(self._bars):
                h = max(plot_h * v / top, 2 if v else 0)
                x = area.left() + i * slot + (slot - bar_w) / 2
                self._rects.append(QRectF(x, base - h, bar_w, h))

    def _hit(self, pos: QPointF) -> int:
        for i, rect in enumerate(self._rects):
            # A generous target: the whole row (horizontal) or column (vertical).
            if self._horizontal:
                target = QRectF(0, rect.top() - 2, self.width(), rect.height() + 4)
            else:
                target = QRectF(rect.left() - 2, 0, rect.width() + 4, self.height())
            if target.contains(pos):
                return i
        return -1

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        if not self._bars:
            painter.setPen(pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        if len(self._rects) != len(self._bars):
            self._layout()
        bar = pal.color(QPalette.ColorRole.Highlight)
        hover = bar.lighter(125) if bar.lightness() < 128 else bar.darker(115)
        fm = self.fontMetrics()
        for i, ((_k, label, value), rect) in enumerate(zip(self._bars, self._rects, strict=True)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hover if i == self._hover else bar)
            painter.drawRoundedRect(rect, 2, 2)
            painter.setPen(text)
            shown = self._value_text(value)
            if self._horizontal:
                label_rect = QRectF(
                    MARGIN, rect.top() - 4, self._label_width() - 8, rect.height() + 8
                )
                painter.drawText(
                    label_rect,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_rect.width())),
                )
                painter.drawText(
                    QRectF(rect.right() + 6, rect.top() - 4, 200, rect.height() + 8),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    shown,
                )
            else:
                slot = (
                    self._rects[1].left() - self._rects[0].left()
                    if len(self._rects) > 1
                    else rect.width()
                )
                centre = rect.center().x()
                painter.drawText(
                    QRectF(centre - slot / 2, rect.top() - fm.height() - 2, slot, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    fm.elidedText(shown, Qt.TextElideMode.ElideRight, int(slot)),
                )
                painter.drawText(
                    QRectF(centre - slot / 2, rect.bottom() + 4, slot, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    fm.elidedText(label, Qt.TextElideMode.ElideRight, int(slot)),
                )
            if self.hasFocus() and i == self._focus:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QColor(text))
                painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        if not self._horizontal and self._rects:
            base = self._rects[0].bottom()
            painter.setPen(pal.color(QPalette.ColorRole.Mid))
            painter.drawLine(QPointF(MARGIN, base), QPointF(self.width() - MARGIN, base))

    # -- interaction --------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit != self._hover:
            self._hover = hit
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hit >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()
        if hit >= 0:
            _k, label, value = self._bars[hit]
            QToolTip.showText(
                event.globalPosition().toPoint(),
                f"{label}: {self._value_text(value)}\n" + self.tr("Click to see the list"),
                self,
            )

    def leaveEvent(self, event: Any) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self._hit(event.position())
            if hit >= 0:
                self._focus = hit
                self.barClicked.emit(self._bars[hit][0])
                return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._bars:
            return super().keyPressEvent(event)
        back = (Qt.Key.Key_Up, Qt.Key.Key_Left)
        forward = (Qt.Key.Key_Down, Qt.Key.Key_Right)
        if event.key() in back:
            self._focus = max(self._focus - 1, 0)
            self._announce_focus()
        elif event.key() in forward:
            self._focus = min(self._focus + 1, len(self._bars) - 1)
            self._announce_focus()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.barClicked.emit(self._bars[self._focus][0])
        else:
            return super().keyPressEvent(event)
        self.update()
        return None

    def _announce_focus(self) -> None:
        """Tell a screen reader which bar the arrow keys reached, with its value."""
        if QAccessible.isActive() and self._bars:
            text = self.tr("%1 (%2 of %3)")
            text = (
                text.replace("%1", self.bar_text(self._focus))
                .replace("%2", str(self._focus + 1))
                .replace("%3", str(len(self._bars)))
            )
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
