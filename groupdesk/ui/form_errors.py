"""Refusals shown where they belong: a red line under the field, and the focus on it."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget


class FieldErrors:
    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def label_for(self, field: str, widget: QWidget) -> QLabel:
        """The (hidden) error label to put under ``widget``; ``field`` is the core's name."""
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        pal = label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.Text))
        label.setStyleSheet("color: #c0392b;")
        label.hide()
        self._fields[field] = (widget, label)
        return label

    def show(self, field: str, message: str) -> bool:
        """Show ``message`` at ``field``; False when the form has no such field."""
        self.clear()
        if field not in self._fields:
            return False
        widget, label = self._fields[field]
        label.setText(message)
        label.show()
        widget.setFocus()
        return True

    def clear(self) -> None:
        for _, label in self._fields.values():
            label.clear()
            label.hide()

    def message(self, field: str) -> str:
        return self._fields[field][1].text() if field in self._fields else ""

    def visible_field(self) -> str | None:
        for field, (_, label) in self._fields.items():
            if not label.isHidden():
                return field
        return None
