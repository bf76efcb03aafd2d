"""The week (or day) calendar: one column per day, one block per shift, coloured by fill.

Blocks are laid out once per data change (overlapping shifts share the column in lanes) and
painted straight from the cached rectangles, so a week of several hundred shifts redraws in a
few milliseconds. Members dropped on a block come out as :attr:`memberDropped`.

A screen reader hears the calendar's name, how many shifts it shows at each fill level and,
first, the shift selected with the arrow keys (announced as it is reached). The same shifts
as a table are the page's List view.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QMimeData, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from groupdesk.core.services.shifts import ShiftSummary
from groupdesk.ui.common import colours, labels
from groupdesk.ui.common.fill import fill

MEMBER_MIME = "application/x-groupdesk-member-ids"

# How full a shift is: "under" the minimum, "between" minimum and places, "full"; or
# "cancelled". Their colours come from the palette (see groupdesk.ui.common.colours).
FILL_KEYS = ("under", "between", "full")


def member_ids_from_mime(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MEMBER_MIME):
        return []
    raw = bytes(mime.data(MEMBER_MIME).data()).decode("ascii", "ignore")
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]


def member_mime(member_ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MEMBER_MIME, ",".join(str(i) for i in member_ids).encode("ascii"))
    return mime


def fill_key(shift: ShiftSummary) -> str:
    return "cancelled" if shift.status == "cancelled" else shift.fill


def fill_colour(shift: ShiftSummary, palette: QPalette) -> QColor:
    """The block's fill: its level's hue over the palette's base, deep enough to see and
    light (or dark) enough that the palette's text on it stays readable in any theme."""
    return colours.fill_colour(fill_key(shift), palette)


def outline_colour(key: str, palette: QPalette) -> QColor:
    """The outline of a block (and the legend's swatch) for a fill level, 3:1 on the base."""
    return colours.line_colour(key, palette)


class ScheduleView(QWidget):
    shiftSelected = Signal(int)  # 0 when nothing is selected
    shiftActivated = Signal(int)
    newShiftRequested = Signal(object)  # datetime of the clicked slot
    memberDropped = Signal(int, int)  # shift id, member id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleView")
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._start = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
        self._days = 7
        self._shifts: list[ShiftSummary] = []
        self._rects: list[tuple[QRectF, ShiftSummary]] = []
        self._layout_size = QSize()
        self._first_hour = 6
        self._last_hour = 22
        self._selected = 0
        self._drop_target = 0
        self._today = dt.date.today()

    # -- data -------------------------------------------------------------------------------

    def set_range(self, start: dt.date, days: int) -> None:
        self._start, self._days = start, days
        self._relayout()
        self._describe()

    def set_shifts(self, shifts: Sequence[ShiftSummary]) -> None:
        self._shifts = list(shifts)
        hours = [s.starts_at.hour for s in self._shifts] + [
            s.ends_at.hour + (1 if s.ends_at.minute else 0)
            for s in self._shifts
            if s.ends_at.date() == s.starts_at.date()
        ]
        self._first_hour = min([6, *hours])
        self._last_hour = max([22, *hours])
        if self._selected and not any(s.id == self._selected for s in self._shifts):
            self._selected = 0
        self._relayout()
        self._describe()

    def shifts(self) -> list[ShiftSummary]:
        return list(self._shifts)

    def start(self) -> dt.date:
        return self._start

    def days(self) -> int:
        return self._days

    def selected_shift(self) -> int:
        return self._selected

    def select_shift(self, shift_id: int) -> None:
        if shift_id != self._selected:
            self._selected = shift_id
            self.update()
            self._describe()
            if shift_id and self.hasFocus() and QAccessible.isActive():
                shift = self._shift(shift_id)
                if shift is not None:
                    event = QAccessibleAnnouncementEvent(self, self._spoken(shift))
                    QAccessible.updateAccessibility(event)
            self.shiftSelected.emit(shift_id)

    # -- what a screen reader hears ---------------------------------------------------------

    def _shift(self, shift_id: int) -> ShiftSummary | None:
        return next((s for s in self._shifts if s.id == shift_id), None)

    def _spoken(self, shift: ShiftSummary) -> str:
        return self.tooltip_for(shift).replace("\n", "; ")

    def shown_shifts(self) -> list[ShiftSummary]:
        """The shifts that fall on the days shown."""
        return [
            s for s in self._shifts if 0 <= (s.starts_at.date() - self._start).days < self._days
        ]

    def _describe(self) -> None:
        """The accessible name and description: the calendar, what it shows, the selection."""
        last = self._start + dt.timedelta(days=self._days - 1)
        days = labels.date_text(self._start)
        if last != self._start:
            days += " – " + labels.date_text(last)
        name = self.tr("Day calendar") if self._days == 1 else self.tr("Week calendar")
        self.setAccessibleName(f"{name}, {days}")
        shown = self.shown_shifts()
        levels = [fill_key(s) for s in shown]
        summary = (
            labels.counted(self.tr("%n shifts", "", len(shown)), len(shown))
            + ": "
            + ", ".join(
                f"{levels.count(key)} {text}"
                for key, text in (
                    ("under", self.tr("below the minimum")),
                    ("between", self.tr("enough, not full")),
                    ("full", self.tr("full")),
                    ("cancelled", self.tr("cancelled")),
                )
            )
            + ". "
            + self.tr("The List view shows them as a table.")
        )
        selected = self._shift(self._selected)
        if selected is not None:
            summary = fill(self.tr("Selected: %1."), self._spoken(selected)) + " " + summary
        self.setAccessibleDescription(summary)

    # -- geometry ---------------------------------------------------------------------------

    def header_height(self) -> int:
        return self.fontMetrics().height() * 2 + 8

    def gutter_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("00:00") + 12

    def day_rect(self, index: int) -> QRectF:
        left = self.gutter_width()
        width = (self.width() - left) / max(1, self._days)
        top = self.header_height()
        return QRectF(left + index * width, top, width, self.height() - top)

    def _y(self, when: dt.time | dt.datetime, *, end_of_day: bool = False) -> float:
        top = self.header_height()
        span = (self._last_hour - self._first_hour) * 60
        minutes = (24 * 60 if end_of_day else when.hour * 60 + when.minute) - self._first_hour * 60
        minutes = max(0, min(span, minutes))
        return top + (self.height() - top - 1) * minutes / span

    def time_at(self, pos: QPointF) -> dt.datetime | None:
        left, top = self.gutter_width(), self.header_height()
        if pos.x() < left or pos.y() < top:
            return None
        index = int((pos.x() - left) // ((self.width() - left) / max(1, self._days)))
        index = max(0, min(self._days - 1, index))
        span = (self._last_hour - self._first_hour) * 60
        minutes = self._first_hour * 60 + (pos.y() - top) / max(1, self.height() - top) * span
        minutes = int(minutes // 30 * 30)
        day = self._start + dt.timedelta(days=index)
        return dt.datetime.combine(day, dt.time(min(23, minutes // 60), minutes % 60))

    def block_rect(self, shift_id: int) -> QRectF | None:
        self._ensure_layout()
        for rect, shift in self._rects:
            if shift.id == shift_id:
                return QRectF(rect)
        return None

    def shift_at(self, pos: QPointF) -> int:
        self._ensure_layout()
        for rect, shift in reversed(self._rects):
            if rect.contains(pos):
                return shift.id
        return 0

    def _relayout(self) -> None:
        self._layout_size = QSize()
        self.update()

    def _ensure_layout(self) -> None:
        if self._layout_size == self.size():
            return
        self._layout_size = self.size()
        self._rects = []
        by_day: dict[int, list[ShiftSummary]] = {}
        for s in self._shifts:
            index = (s.starts_at.date() - self._start).days
            if 0 <= index < self._days:
                by_day.setdefault(index, []).append(s)
        for index, shifts in by_day.items():
            day = self.day_rect(index)
            # Greedy lanes: each shift takes the first lane free at its start.
            lanes: list[dt.datetime] = []
            placed: list[tuple[ShiftSummary, int]] = []
            for s in sorted(shifts, key=lambda x: (x.starts_at, x.ends_at, x.id)):
                for lane, free_at in enumerate(lanes):
                    if free_at <= s.starts_at:
                        lanes[lane] = s.ends_at
                        break
                else:
                    lane = len(lanes)
                    lanes.append(s.ends_at)
                placed.append((s, lane))
            width = (day.width() - 4) / max(1, len(lanes))
            for s, lane in placed:
                top = self._y(s.starts_at)
                crosses = s.ends_at.date() != s.starts_at.date()
                bottom = self._y(s.ends_at, end_of_day=crosses)
                height = max(6.0, bottom - 1 - top)
                rect = QRectF(day.left() + 2 + lane * width, top, max(2.0, width - 1), height)
                self._rects.append((rect, s))

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint()

    def _paint(self) -> None:
        """Draws in batches (one call per colour, not per block): fewer calls into Qt is
        what keeps a crowded week fast."""
        self._ensure_layout()
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        grid = pal.color(QPalette.ColorRole.Mid)
        faint = QColor(grid)
        faint.setAlpha(90)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        fm = self.fontMetrics()
        top, left = self.header_height(), self.gutter_width()
        # Today's column.
        for index in range(self._days):
            if self._start + dt.timedelta(days=index) == self._today:
                shade = QColor(highlight)
                shade.setAlpha(28)
                p.fillRect(self.day_rect(index), shade)
        # Hour lines, then their labels.
        ys = [(h, self._y(dt.time(h))) for h in range(self._first_hour, min(24, self._last_hour))]
        if self._last_hour >= 24:
            ys.append((24, self._y(dt.time(0), end_of_day=True)))
        p.setPen(QPen(faint))
        p.drawLines([QLineF(left, y, self.width(), y) for _, y in ys])
        p.setPen(QPen(grid))
        p.drawLines(
            [
                QLineF(self.day_rect(i).topLeft(), self.day_rect(i).bottomLeft())
                for i in range(self._days)
            ]
            + [QLineF(left, top, self.width(), top)]
        )
        p.setPen(text)
        align_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for hour, y in ys:
            if hour < self._last_hour:
                p.drawText(QRectF(0, y, left - 6, fm.height()), align_right, f"{hour:02d}:00")
        # Day headers (today's in the highlight colour, drawn last).
        centre = int(Qt.AlignmentFlag.AlignCenter)
        today_header = None
        for index in range(self._days):
            day = self._start + dt.timedelta(days=index)
            r = self.day_rect(index)
            header = QRectF(r.left(), 0, r.width(), top)
            label = f"{_day_name(day)}\n{day.day} {_month_name(day)}"
            if day == self._today:
                today_header = (header, label)
            else:
                p.drawText(header, centre, label)
        if today_header is not None:
            font = p.font()
            font.setBold(True)
            p.setFont(font)
            p.setPen(colours.accent_text(pal))
            p.drawText(today_header[0], centre, today_header[1])
            font.setBold(False)
            p.setFont(font)
        # Shift blocks: one fill and one outline call per fill level.
        groups: dict[str, list[QRectF]] = {}
        for rect, s in self._rects:
            groups.setdefault(fill_key(s), []).append(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        for key, rects in groups.items():
            p.setBrush(colours.fill_colour(key, pal))
            p.setPen(QPen(outline_colour(key, pal)))
            p.drawRects(rects)
        marked = [
            rect.adjusted(1, 1, -1, -1)
            for rect, s in self._rects
            if s.id in (self._selected, self._drop_target)
        ]
        if marked:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(highlight, 2))
            p.drawRects(marked)
        # Block texts.
        small = p.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
        p.setFont(small)
        sfm = QFontMetrics(small)
        line = sfm.height()
        p.setPen(text)
        align_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        short = sfm.horizontalAdvance("00:00 00/00")
        for rect, s in self._rects:
            if rect.width() < 18 or rect.height() < line:
                continue
            inner = rect.adjusted(3, 1, -3, -1)
            count = f"{s.filled}/{s.max_volunteers}"
            if s.waitlisted:
                count += f" +{s.waitlisted}"
            if s.status == "cancelled":
                count = "✕"
            if inner.width() < sfm.horizontalAdvance(count):
                continue  # too narrow for words; the tooltip and the day view tell more
            # The count first: it is what a coordinator scans the week for.
            lines = [count if inner.width() < short else f"{count}  {s.starts_at:%H:%M}"]
            lines.append(s.project_name)
            if s.location:
                lines.append(s.location)
            y = inner.top()
            width = int(inner.width())
            for i, t in enumerate(lines):
                if i and y + line > inner.bottom() + 1:
                    break
                p.drawText(
                    QRectF(inner.left(), y, inner.width(), line),
                    align_left,
                    sfm.elidedText(t, Qt.TextElideMode.ElideRight, width),
                )
                y += line
        p.end()

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 240)

    # -- mouse, keys and drops --------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.select_shift(self.shift_at(event.position()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        shift_id = self.shift_at(event.position())
        if shift_id:
            self.shiftActivated.emit(shift_id)
        else:
            when = self.time_at(event.position())
            if when is not None:
                self.newShiftRequested.emit(when)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        shift_id = self.shift_at(event.position())
        if shift_id:
            s = next(x for x in self._shifts if x.id == shift_id)
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(s), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def tooltip_for(self, s: ShiftSummary) -> str:
        level = {
            "under": self.tr("below the minimum"),
            "between": self.tr("enough, not full"),
            "full": self.tr("full"),
        }[s.fill]
        text = fill(
            labels.counted(
                self.tr("%1\n%2–%3\n%4 of %n places taken (minimum %5): %6", "", s.max_volunteers),
                s.max_volunteers,
            ),
            s.project_name,
            labels.format_date(s.starts_at, labels.DAY_TIME),
            labels.format_date(s.ends_at, "HH:mm"),
            s.filled,
            s.min_volunteers,
            level,
        )
        if s.waitlisted:
            text += "\n" + labels.counted(
                self.tr("%n volunteers on the waitlist", "", s.waitlisted), s.waitlisted
            )
        if s.status == "cancelled":
            text += "\n" + self.tr("Cancelled")
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._selected:
            self.shiftActivated.emit(self._selected)
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Tab) and self._rects:
            self._ensure_layout()
            ordered = sorted(self._rects, key=lambda rs: (rs[1].starts_at, rs[1].id))
            ids = [s.id for _, s in ordered]
            at = ids.index(self._selected) if self._selected in ids else -1
            step = -1 if key == Qt.Key.Key_Up else 1
            self.select_shift(ids[(at + step) % len(ids)])
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MEMBER_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self.shift_at(event.position())
        if target != self._drop_target:
            self._drop_target = target
            self.update()
        if target:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_target = 0
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_target = 0
        self.update()
        if self.drop_members(event.mimeData(), event.position()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop_members(self, mime: QMimeData, pos: QPointF) -> bool:
        """What a drop does: each dropped member is offered to the shift under ``pos``."""
        shift_id = self.shift_at(pos)
        ids = member_ids_from_mime(mime)
        if not shift_id or not ids:
            return False
        self.select_shift(shift_id)
        for member_id in ids:
            self.memberDropped.emit(shift_id, member_id)
        return True


def _day_name(day: dt.date) -> str:
    """The weekday, abbreviated, in the GUI's language (not the system's)."""
    return labels.format_date(day, "ddd")


def _month_name(day: dt.date) -> str:
    return labels.month_abbreviation(day)
