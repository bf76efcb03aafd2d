"""The import wizard: the pages in order and what they share (the database)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from groupdesk.core.application import Application

from .duplicates_page import DuplicatesPage
from .file_page import FilePage
from .mapping_page import MappingPage
from .preview_page import PreviewPage
from .run_page import RunPage
from .sheet_page import SheetPage


class ImportWizard(QWizard):
    """File → sheet and header row → columns → duplicates → preview → import.

    ``imported`` is emitted with the ImportSummary when rows were written, ``undone`` with
    the batch number when the person undid the import from the last page.
    """

    imported = Signal(object)
    undone = Signal(int)

    def __init__(self, app: Application, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.db = app.db  # what the import pipeline reads and writes
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(QSize(860, 600))
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.mapping_page,
            self.duplicates_page,
            self.preview_page,
            self.run_page,
        ):
            self.addPage(page)
        # a page may start reading in the background as it opens: Back waits for it
        self.currentIdChanged.connect(self._hold_back)
        self.run_page.imported.connect(self.imported)
        self.run_page.undone.connect(self.undone)

    def _hold_back(self) -> None:
        page = self.currentPage()
        if page in (self.sheet_page, self.duplicates_page) and page.running:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def reject(self) -> None:
        """Cancel at any step; reading or preparing in the background is stopped, and during the
        import the transaction is rolled back first."""
        if self.sheet_page.running:
            self.sheet_page.cancel()
        if self.duplicates_page.running:
            self.duplicates_page.cancel()
        if self.run_page.running:
            self.run_page.cancel()
        super().reject()
