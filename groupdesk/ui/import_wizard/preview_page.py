"""Step 5: every row as it would be imported; fix cells in place, accept or reject changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from groupdesk.core.importing.runner import PreparedImport
from groupdesk.ui.common import labels

from .preview_model import NotesFilter, PreviewModel
from .widgets import error_label


class PreviewPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr(
                "Red cells have a problem (point at them for the reason) and can be fixed here; "
                "yellow cells have a warning; green cells are changes to stored records."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(self.wizard_button_commit(), self.tr("&Import"))
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.only_notes = QCheckBox(self.tr("Show only rows with problems or changes"), self)
        self.only_notes.toggled.connect(self._filter)
        self.accept_all = QPushButton(self.tr("Accept all changes"), self)
        self.reject_all = QPushButton(self.tr("Reject all changes"), self)
        self.accept_all.clicked.connect(lambda: self._set_all_accepted(True))
        self.reject_all.clicked.connect(lambda: self._set_all_accepted(False))
        self.only_valid = QCheckBox(
            self.tr("Import only the valid rows (rows with errors go to the error report)"), self
        )
        self.only_valid.toggled.connect(self._update)
        self.view = QTableView(self)
        self.view.setAlternatingRowColors(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)  # the Row column names the file's rows
        self.view.horizontalHeader().setDefaultSectionSize(140)
        self.message = error_label(self)
        tools = QHBoxLayout()
        tools.addWidget(self.only_notes)
        tools.addStretch(1)
        tools.addWidget(self.accept_all)
        tools.addWidget(self.reject_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.only_valid)
        layout.addWidget(self.message)
        self.prepared: PreparedImport | None = None
        self.model: PreviewModel | None = None
        self.proxy = NotesFilter(self)

    @staticmethod
    def wizard_button_commit():
        from PySide6.QtWidgets import QWizard

        return QWizard.WizardButton.CommitButton

    def initializePage(self) -> None:
        # prepared in a worker thread when Next was pressed on the page before
        prepared = self.wizard().duplicates_page.take_prepared()  # type: ignore[attr-defined]
        assert prepared is not None
        self.prepared = prepared
        self.model = PreviewModel(self.prepared, self)
        self.model.countsChanged.connect(self._update)
        self.proxy.setSourceModel(self.model)
        self.view.setModel(self.proxy)
        self.view.setColumnWidth(0, 50)
        self.view.setColumnWidth(1, 130)
        self.only_notes.setChecked(False)
        self.only_valid.setChecked(False)
        self._update()

    def _filter(self, on: bool) -> None:
        self.proxy.set_only_notes(on)

    def _set_all_accepted(self, accepted: bool) -> None:
        if self.model is not None:
            self.model.set_all_accepted(accepted)

    def _update(self) -> None:
        if self.prepared is None:
            return
        summary = self.prepared.summary()
        counts = self.prepared.counts()
        self.counts.setText(
            self.tr(
                "%1 to add, %2 to update, %3 left as they are, %4 with errors, %5 with warnings."
            )
            .replace("%1", labels.number_text(summary.added))
            .replace("%2", labels.number_text(summary.updated))
            .replace("%3", labels.number_text(summary.skipped))
            .replace("%4", labels.number_text(summary.rejected))
            .replace("%5", labels.number_text(summary.warnings))
        )
        has_updates = counts["update"] > 0
        self.accept_all.setEnabled(has_updates)
        self.reject_all.setEnabled(has_updates)
        self.only_valid.setVisible(summary.rejected > 0)
        self.message.clear()
        self.completeChanged.emit()

    def validatePage(self) -> bool:
        if self.prepared is None:
            return False
        summary = self.prepared.summary()
        if summary.rejected and not self.only_valid.isChecked():
            self.message.setText(
                labels.counted(
                    self.tr(
                        "%n rows have errors. Fix the red cells, or tick "
                        "“Import only the valid rows”.",
                        "",
                        summary.rejected,
                    ),
                    summary.rejected,
                )
            )
            return False
        self.prepared.plan.skip_invalid = self.only_valid.isChecked()
        return True
