"""A page that is planned but not built yet, and says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>", self)
        body = QLabel(explanation, self)
        body.setWordWrap(True)
        note = QLabel(self.tr("This page is not built yet."), self)
        note.setObjectName("notBuiltYet")
        for label in (heading, body, note):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(note)
        layout.addStretch(2)
        layout.setContentsMargins(48, 24, 48, 24)
