"""Step 1: what to import, and from which file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from groupdesk.core.importing.plan import KINDS
from groupdesk.core.spreadsheet import SpreadsheetError, WorkbookInfo, open_workbook
from groupdesk.ui.common.file_dialogs import file_dialog_options
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import os_text, say

from .widgets import error_label


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods) or CSV. Nothing is changed "
                "until the last step."
            )
        )
        self.kind = QComboBox(self)
        for kind, label in (
            ("members", self.tr("Members")),
            ("projects", self.tr("Volunteer projects")),
            ("shifts", self.tr("Shifts")),
            ("signups", self.tr("Sign-ups")),
            ("challenges", self.tr("Challenges")),
            ("payments", self.tr("Dues payments")),
            ("credits", self.tr("Credits (SKP)")),
        ):
            self.kind.addItem(label, kind)
        assert self.kind.count() == len(KINDS)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("The spreadsheet to import"))
        self.path.textChanged.connect(self._changed)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Import:"), self.kind)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        self.message = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.info: WorkbookInfo | None = None

    def choose_file(self) -> str:
        """Ask for the file (tests replace this)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import from"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)"),
            options=file_dialog_options(),
        )
        return name

    def browse(self) -> None:
        name = self.choose_file()
        if name:
            self.path.setText(name)

    def selected_kind(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _changed(self) -> None:
        self.message.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        """Open the workbook now, so an unreadable file is one clear message on this page."""
        try:
            self.info = open_workbook(self.path.text().strip())
        except SpreadsheetError as err:
            self.message.setText(fill(self.tr("This file cannot be imported: %1"), say(err)))
            return False
        except OSError as err:
            self.message.setText(fill(self.tr("This file cannot be opened: %1"), os_text(err)))
            return False
        return True
