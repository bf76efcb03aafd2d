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
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from groupdesk.ui.common import labels
from groupdesk.ui.common.fill import fill

MARGIN = 6
MIN_BAR = 40  # the shortest room a horizontal bar keeps beside its label
MIN_POINT_SIZE = 6.5


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
            # room for the longest label and value beside a bar that still shows
            width = self._widest_label() + self._widest_value() + MIN_BAR + 2 * MARGIN + 20
            return QSize(max(220, width), min(len(self._bars), 4) * (fm.height() + 4) + 2 * MARGIN)
        # each column as wide as its value and month need in the smallest font they may take
        small = QFont(self.font())
        if small.pointSizeF() > MIN_POINT_SIZE:
            small.setPointSizeF(MIN_POINT_SIZE)
        small_fm = QFontMetrics(small)
        texts = [t for _k, label, v in self._bars for t in (label, self._value_text(v))]
        widest = max((small_fm.horizontalAdvance(t) for t in texts), default=0)
        return QSize(max(240, len(self._bars) * (widest + 4) + 2 * MARGIN), fm.height() * 6)

    def resizeEvent(self, event: Any) -> None:
        self._layout()
        super().resizeEvent(event)

    def _widest_label(self) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(label) for _k, label, _v in self._bars), default=0)

    def _widest_value(self) -> int:
        fm = self.fontMetrics()
        return max((fm.horizontalAdvance(self._value_text(v)) for *_kl, v in self._bars), default=0)

    def _label_width(self) -> int:
        # the labels get all the room a short bar and its value leave them
        room = self.width() - 2 * MARGIN - self._widest_value() - 12 - MIN_BAR
        return max(min(self._widest_label() + 10, room), 40)  # 2 px for fractional advances

    def _fitted_font(self, texts: Sequence[str], room: float) -> QFont:
        """The widget's font, made smaller (down to MIN_POINT_SIZE) until the widest of
        ``texts`` fits in ``room``: a column's value or month under a narrow bar, as
        "1.234,5" in Indonesian is wider than "1234.5"."""
        font = QFont(self.font())
        size = font.pointSizeF()
        widest = max((QFontMetrics(font).horizontalAdvance(t) for t in texts), default=0)
        if size <= 0 or widest <= room:
            return font
        font.setPointSizeF(max(size * room / widest, min(MIN_POINT_SIZE, size)))
        return font

    def drawn_texts(self) -> list[str]:
        """The labels and values as painted, each shortened with "…" where even the
        smaller font leaves it too little room."""
        return [text for _rect, _font, text in self._texts()]

    def _texts(self) -> list[tuple[QRectF, QFont, str]]:
        """Where each label and value is drawn, in which font, with what text."""
        if len(self._rects) != len(self._bars):
            self._layout()
        out: list[tuple[QRectF, QFont, str]] = []
        if not self._rects:
            return out
        fm = self.fontMetrics()
        if self._horizontal:
            for (_k, label, value), rect in zip(self._bars, self._rects, strict=True):
                label_rect = QRectF(
                    MARGIN, rect.top() - 4, self._label_width() - 8, rect.height() + 8
                )
                shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_rect.width()))
                out.append((label_rect, self.font(), shown))
                value_rect = QRectF(rect.right() + 6, rect.top() - 4, 200, rect.height() + 8)
                out.append((value_rect, self.font(), self._value_text(value)))
            return out
        slot = (
            self._rects[1].left() - self._rects[0].left()
            if len(self._rects) > 1
            else self._rects[0].width()
        )
        values = [self._value_text(v) for _k, _l, v in self._bars]
        names = [label for _k, label, _v in self._bars]
        value_font = self._fitted_font(values, slot - 2)
        name_font = self._fitted_font(names, slot - 2)
        for (_k, label, value), rect in zip(self._bars, self._rects, strict=True):
            centre = rect.center().x()
            for font, text, top in (
                (value_font, self._value_text(value), rect.top() - fm.height() - 2),
                (name_font, label, rect.bottom() + 4),
            ):
                shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(slot))
                out.append((QRectF(centre - slot / 2, top, slot, fm.height()), font, shown))
        return out

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
        for i, rect in enumerate(self._rects):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hover if i == self._hover else bar)
            painter.drawRoundedRect(rect, 2, 2)
            painter.setPen(text)
            if self.hasFocus() and i == self._focus:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QColor(text))
                painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        painter.setPen(text)
        vertical = Qt.AlignmentFlag.AlignHCenter
        for n, (where, font, shown) in enumerate(self._texts()):
            painter.setFont(font)
            if self._horizontal:
                align = Qt.AlignmentFlag.AlignRight if n % 2 == 0 else Qt.AlignmentFlag.AlignLeft
                align |= Qt.AlignmentFlag.AlignVCenter
            else:
                align = vertical | (
                    Qt.AlignmentFlag.AlignBottom if n % 2 == 0 else Qt.AlignmentFlag.AlignTop
                )
            painter.drawText(where, align, shown)
        painter.setFont(self.font())
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
            text = fill(text, self.bar_text(self._focus), self._focus + 1, len(self._bars))
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
