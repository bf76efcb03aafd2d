"""Refusals shown where they belong: a red line under the field (a red that reads on the
theme's background), and the focus on it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from groupdesk.ui.common.colours import show_status


class FieldErrors:
    def __init__(self) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}

    def label_for(self, field: str, widget: QWidget) -> QLabel:
        """The (hidden) error label to put under ``widget``; ``field`` is the core's name."""
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"error_{field}")
        label.setWordWrap(True)
        show_status(label, "error")
        label.hide()
        self._fields[field] = (widget, label)
        return label

    def wrap(self, widget: QWidget, fields: dict[str, QWidget] | None = None) -> QWidget:
        """``widget`` with the error lines of ``fields`` (name -> widget to focus) under it,
        as one form cell, so a hidden error takes no room."""
        box = QWidget(widget.parentWidget())
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        for field, target in (fields or {}).items():
            column.addWidget(self.label_for(field, target))
        box.setFocusProxy(widget)
        return box

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
