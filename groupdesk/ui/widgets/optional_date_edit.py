"""A date field that may also be left blank, with a calendar popup."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

BLANK = QDate(1800, 1, 1)


class OptionalDateEdit(QDateEdit):
    """Shows nothing for "no date"; Delete or Backspace on the whole field clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(BLANK)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(" ")
        self.setDate(BLANK)
        self.calendarWidget().setSelectedDate(QDate.currentDate())

    def value(self) -> dt.date | None:
        date = self.date()
        if date == BLANK:
            return None
        return dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        if value is None:
            self.setDate(BLANK)
            self.calendarWidget().setSelectedDate(QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.set_value(None)

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.clear_value()
            return
        super().keyPressEvent(event)
