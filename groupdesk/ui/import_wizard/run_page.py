"""Step 6: the import, with a real progress bar and Cancel; then what happened, the error
report and Undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from groupdesk.core.files import OutputRefused, Protected, check_output_path
from groupdesk.core.importing import ImportSummary, undo_import
from groupdesk.core.importing.error_report import FORMATS, write_error_report
from groupdesk.core.importing.runner import ImportUndoError, PreparedImport
from groupdesk.ui.common import labels
from groupdesk.ui.common.file_dialogs import file_dialog_options
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import os_text, say

from .widgets import error_label
from .worker import ImportWorker, start

RUNNING, DONE, CANCELLED, FAILED, UNDONE = "running", "done", "cancelled", "failed", "undone"


class RunPage(QWizardPage):
    imported = Signal(object)  # ImportSummary, once rows were written
    undone = Signal(int)  # batch number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(
            self.tr("All or nothing: until the end, Cancel leaves the database as it was.")
        )
        self.progress = QProgressBar(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.message = error_label(self)
        self.report = QPushButton(self.tr("Save &error report…"), self)
        self.report.clicked.connect(self.save_report)
        self.undo = QPushButton(self.tr("&Undo this import"), self)
        self.undo.clicked.connect(self.undo_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report)
        buttons.addWidget(self.undo)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.state: str | None = None
        self.summary: ImportSummary | None = None
        self.prepared: PreparedImport | None = None
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None

    def initializePage(self) -> None:
        wizard = self.wizard()
        self.prepared = wizard.preview_page.prepared  # type: ignore[attr-defined]
        assert self.prepared is not None
        self.report.hide()
        self.undo.hide()
        self.setTitle(self.tr("Importing"))
        wizard.button(wizard.WizardButton.CancelButton).setEnabled(True)
        self.message.clear()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Writing the rows…"))
        self.state = RUNNING
        self._worker = ImportWorker(wizard.db, self.prepared)  # type: ignore[attr-defined]
        self._worker.progress.connect(self._progress)
        self._worker.finished.connect(self._finished)
        self._worker.cancelled.connect(self._cancelled)
        self._worker.failed.connect(self._failed)
        self._thread = start(self._worker)
        self.completeChanged.emit()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if total and done >= total:
            # the indexes are built and the file is made safe on disk after the last row
            self.status.setText(
                labels.counted(self.tr("All %n rows written; saving…", "", total), total)
            )
            return
        self.status.setText(
            labels.counted(self.tr("%1 of %n rows written…", "", total), total).replace(
                "%1", labels.number_text(done)
            )
        )

    def _finished(self, summary: ImportSummary) -> None:
        self.state = DONE
        self.summary = summary
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        text = (
            self.tr("Done: %1 added, %2 updated, %3 skipped, %4 rejected.")
            .replace("%1", labels.number_text(summary.added))
            .replace("%2", labels.number_text(summary.updated))
            .replace("%3", labels.number_text(summary.skipped))
            .replace("%4", labels.number_text(summary.rejected))
        )
        created = {
            "professions": self.tr("New professions: %1"),
            "skills": self.tr("New skills: %1"),
            "interests": self.tr("New interests: %1"),
            "categories": self.tr("New challenge categories: %1"),
        }
        for what, names in summary.created.items():
            line = created.get(what, what + ": %1")
            text += "\n" + line.replace("%1", ", ".join(names))
        self.status.setText(text)
        self.report.setVisible(summary.rejected > 0)
        self.undo.setVisible(summary.written and summary.batch is not None)
        if summary.written:
            self.imported.emit(summary)
        self._end()

    def _cancelled(self) -> None:
        self.state = CANCELLED
        self.status.setText(self.tr("Cancelled. Nothing was changed."))
        self._end()

    def _failed(self, message: str) -> None:
        self.state = FAILED
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.clear()
        self.message.setText(
            self.tr("The import failed and nothing was changed: %1").replace("%1", message)
        )
        self._end()

    def _end(self) -> None:
        self.setTitle(
            self.tr("Import finished") if self.state == DONE else self.tr("Import stopped")
        )
        wizard = self.wizard()
        if wizard is not None:
            from PySide6.QtWidgets import QWizard

            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
        self._worker = None
        self.completeChanged.emit()

    @property
    def running(self) -> bool:
        return self.state == RUNNING

    def cancel(self) -> None:
        """Stop the import (rolled back) and wait until the worker has finished."""
        if self._worker is not None:
            self._worker.cancel()
        if self._thread is not None:
            self._thread.wait()

    def isComplete(self) -> bool:
        return self.state in (DONE, CANCELLED, FAILED, UNDONE)

    # -- after the import ----------------------------------------------------------------

    def choose_report_path(self) -> str:
        """Ask where to save the report (tests replace this)."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save error report"),
            "import-errors.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            options=file_dialog_options(),
        )
        return name

    def save_report(self) -> None:
        path = self.choose_report_path()
        if not path or self.prepared is None:
            return
        prepared = self.prepared
        wizard = self.wizard()
        protected = Protected.of(wizard.db, [prepared.plan.path])  # type: ignore[attr-defined]
        try:  # never over the database or the file being imported, as chosen or as written
            check_output_path(path, protected)
            if Path(path).suffix.lower() not in FORMATS:
                path += ".xlsx"
                check_output_path(path, protected)
            write_error_report(
                path,
                prepared.table.headers,
                prepared.rejected,
                label=wizard.preview_page.model.label,  # type: ignore[attr-defined]
                column_of=prepared.column_of,
                say=say,
                titles=(
                    self.tr("Rejected rows"),
                    self.tr("Row in the original file"),
                    self.tr("Reason"),
                ),
            )
        except OutputRefused as err:
            self.message.setText(say(err))
            return
        except OSError as err:
            self.message.setText(
                fill(self.tr("The error report could not be saved: %1"), os_text(err))
            )
            return
        self.message.clear()
        self.status.setText(
            self.status.text() + "\n" + self.tr("Error report saved: %1").replace("%1", path)
        )

    def undo_import(self) -> None:
        if self.summary is None or self.summary.batch is None:
            return
        try:
            undo_import(self.wizard().db, self.summary.batch)  # type: ignore[attr-defined]
        except ImportUndoError as err:
            self.message.setText(say(err))
            return
        self.state = UNDONE
        self.undo.hide()
        self.status.setText(self.tr("The import was undone: the database is as it was before."))
        self.undone.emit(self.summary.batch)
