"""The one date field of the window: typed or picked, empty until someone fills it.

A date is typed whole, day first as the organisation writes it (12/05/1990), or with the
month as a word in Indonesian or English ("17 Agustus 1985", "31 Jan 2027"); the reading is
the core's, the same that reads spreadsheets. A calendar button picks one instead. Text that
is not a date keeps its place in the field with a warning mark and a tooltip, and ``value()``
refuses it, so a form can never quietly save something else than what the person typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.spreadsheet.dates import parse_date
from groupdesk.ui.common import colours
from groupdesk.ui.common.fill import fill

DISPLAY = "%d/%m/%Y"


class InvalidDate(ValueError):
    """The field holds text that is not a date; ``field`` is the widget to point at."""

    def __init__(self, field: DateField, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def read_date(text: str) -> dt.date | None:
    """The date ``text`` stands for, None for blank; ValueError when it is not a date."""
    if not text.strip():
        return None
    return parse_date(text)


class DateField(QWidget):
    """A line to type a date in, a calendar button, and a mark when the text is no date.

    ``required`` fields treat blank as a mistake; optional ones (the default) give None.
    """

    value_changed = Signal(object)
    """The date (or None) the field stands for, each time it becomes a different one."""

    def __init__(self, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent)
        self.required = required
        self._last: dt.date | None = None
        self.line = QLineEdit(self)
        self.line.setObjectName("dateText")
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.line.setToolTip(self._hint())
        self.line.installEventFilter(self)
        self._mark = QAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning), "", self
        )
        self.line.addAction(self._mark, QLineEdit.ActionPosition.TrailingPosition)
        self._mark.setVisible(False)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("dateCalendarButton")
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(self.tr("Pick the date on a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Pick the date on a calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(lambda: self.show_calendar())
        self._popup: QWidget | None = None
        self.calendar: QCalendarWidget | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(lambda _text: self._text_changed())
        self.line.editingFinished.connect(lambda: self._finished())
        colours.follow_palette(self, self._paint_invalid)

    # -- the value --------------------------------------------------------------------------

    def value(self) -> dt.date | None:
        """The date typed or picked; None when blank. Raises InvalidDate for anything else."""
        problem = self.problem()
        if problem is not None:
            self._show_mark(problem)
            raise InvalidDate(self, problem)
        return read_date(self.line.text())

    def set_value(self, value: dt.date | None) -> None:
        self.line.setText(value.strftime(DISPLAY) if value is not None else "")
        self._show_mark(None)

    def clear_value(self) -> None:
        self.set_value(None)

    def text(self) -> str:
        return self.line.text()

    def problem(self) -> str | None:
        """Why the text is not a date this field takes, in words for the person; None if it is."""
        text = self.line.text().strip()
        if not text:
            return self.tr("A date is needed here.") if self.required else None
        try:
            read_date(text)
        except ValueError:
            return fill(self.tr("“%1” is not a date. Type it day first, e.g. 17/08/2024."), text)
        return None

    def is_valid(self) -> bool:
        return self.problem() is None

    # -- feedback ---------------------------------------------------------------------------

    def _hint(self) -> str:
        return self.tr("Type the date day first (17/08/2024 or 17 Agustus 2024), or pick it.")

    def _show_mark(self, problem: str | None) -> None:
        self._mark.setVisible(problem is not None)
        self._mark.setToolTip(problem or "")
        self.line.setToolTip(problem or self._hint())
        self.line.setAccessibleDescription(problem or "")
        self.setProperty("invalid", problem is not None)
        self._paint_invalid()

    def _paint_invalid(self) -> None:
        """A red tint behind a text that is not a date, over the theme's own base (light or
        dark); a valid field takes the theme's colours as they are, also after a change."""
        palette = QPalette()  # nothing set: every colour comes from the theme
        if self.property("invalid"):
            palette.setColor(QPalette.ColorRole.Base, colours.fill_colour("error", self.palette()))
        self.line.setPalette(palette)

    def mark_problem(self) -> str | None:
        """Show (or take away) the mark for the text as it is now; returns the problem."""
        problem = self.problem()
        self._show_mark(problem)
        return problem

    def _text_changed(self) -> None:
        problem = self.problem()
        if problem is None:
            # Good text takes the mark away at once; a mistake is marked when typing stops.
            self._show_mark(None)
            current = read_date(self.line.text())
            if current != self._last:
                self._last = current
                self.value_changed.emit(current)
        elif not self.line.text().strip():
            self._show_mark(None)

    def _finished(self) -> None:
        problem = self.mark_problem()
        if problem is None:
            current = read_date(self.line.text())
            if current is not None:
                shown = current.strftime(DISPLAY)
                if shown != self.line.text():
                    self.line.setText(shown)

    # -- the calendar -----------------------------------------------------------------------

    def show_calendar(self) -> QCalendarWidget:
        """Open the calendar under the field on the field's date (or today)."""
        if self._popup is None:
            popup = QWidget(self, Qt.WindowType.Popup)
            popup.setObjectName("dateCalendarPopup")
            calendar = QCalendarWidget(popup)
            calendar.setGridVisible(True)
            box = QVBoxLayout(popup)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(calendar)
            calendar.clicked.connect(lambda day: self._picked(day))
            calendar.activated.connect(lambda day: self._picked(day))
            self._popup, self.calendar = popup, calendar
        assert self.calendar is not None
        try:
            current = self.value()
        except InvalidDate:
            current = None
        shown = current or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, day: QDate) -> None:
        self.set_value(dt.date(day.year(), day.month(), day.day()))
        if self._popup is not None:
            self._popup.hide()
        self.line.setFocus()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.ShortcutOverride
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # Enter finishes the date (and then saves the form or the table cell); it must
            # not reach a shortcut of the window around it first.
            event.accept()
            return False
        if (
            watched is self.line
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and (
                event.key() == Qt.Key.Key_F4
                or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier
                )
            )
        ):
            self.show_calendar()
            return True
        return super().eventFilter(watched, event)


class DateTimeField(QWidget):
    """A date field and a time beside it, for when something starts or ends."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        self.date = DateField(self, required=True)
        self.time = QTimeEdit(self)
        self.time.setObjectName("timeText")
        self.time.setDisplayFormat("HH:mm")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 1)
        row.addWidget(self.time)
        self.setFocusProxy(self.date)
        self.date.value_changed.connect(lambda _v: self._changed())
        self.time.timeChanged.connect(lambda _t: self._changed())

    def value(self) -> dt.datetime:
        """The moment shown; raises InvalidDate while the date part is blank or no date."""
        day = self.date.value()
        assert day is not None  # required: blank raised already
        t = self.time.time()
        return dt.datetime.combine(day, dt.time(t.hour(), t.minute()))

    def set_value(self, value: dt.datetime) -> None:
        self._setting = True
        self.date.set_value(value.date())
        self.time.setTime(QTime(value.hour, value.minute))
        self._setting = False
        self._changed()

    def _changed(self) -> None:
        if not self._setting and self.date.is_valid():
            self.value_changed.emit(self.value())
