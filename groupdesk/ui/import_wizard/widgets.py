"""Small widgets and helpers the wizard pages share."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from groupdesk.ui.common.colours import show_status


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    show_status(label, "error")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ProgressPanel(QWidget):
    """A progress bar, what is being done and a Cancel button, shown while a worker runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.status = QLabel(self)
        self.cancel = QPushButton(self.tr("Ca&ncel"), self)
        self.cancel.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.cancel)
        self.hide()

    def begin(self, text: str) -> None:
        self.bar.setRange(0, 0)  # busy until the first report says how much there is
        self.status.setText(text)
        self.cancel.setEnabled(True)
        self.show()

    def set_progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        self.status.setText(text)

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()
