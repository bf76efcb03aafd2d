"""The Reports page: every report with what it is for, its formats, and an Export button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.reports import REPORTS
from groupdesk.ui.common.colours import show_status
from groupdesk.ui.reports.texts import report_text


class ReportsPage(QWidget):
    """One card per report; Export opens the Export dialog with that report chosen."""

    def __init__(self, open_export: Callable[[str], object], parent: QWidget | None = None):
        super().__init__(parent)
        self._open_export = open_export
        self.export_buttons: dict[str, QPushButton] = {}

        heading = QLabel(self.tr("Reports"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Excel workbooks for the board, CSV for other programs, calendars for "
                "volunteers' phones and printable sign-in sheets."
            ),
            self,
        )
        intro.setWordWrap(True)

        cards = QWidget(self)
        grid = QGridLayout(cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for index, definition in enumerate(REPORTS.values()):
            grid.addWidget(self._card(definition), index // 2, index % 2)
        grid.setRowStretch(grid.rowCount(), 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(cards)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addWidget(scroll, 1)

    def _card(self, definition) -> QFrame:
        card = QFrame(self)
        card.setObjectName(f"report-{definition.key}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(report_text(definition.title), card)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        description = QLabel(report_text(definition.description), card)
        description.setWordWrap(True)
        description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        formats = QLabel(" · ".join(f".{fmt}" for fmt in definition.formats), card)
        formats.setToolTip(self.tr("Formats this report can be exported in"))
        show_status(formats, "muted")  # quieter than the text, still readable
        button = QPushButton(self.tr("Export…"), card)
        button.setObjectName(f"export-{definition.key}")
        button.clicked.connect(lambda _=False, key=definition.key: self._open_export(key))
        self.export_buttons[definition.key] = button

        bottom = QHBoxLayout()
        bottom.addWidget(formats)
        bottom.addStretch(1)
        bottom.addWidget(button)
        layout = QVBoxLayout(card)
        layout.addWidget(title)
        layout.addWidget(description, 1)
        layout.addLayout(bottom)
        return card
