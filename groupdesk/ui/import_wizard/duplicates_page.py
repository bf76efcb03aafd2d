"""Step 4: what to do with rows that are already in the database. Next prepares the preview
(every row converted, checked and matched) in a worker thread, with progress and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QThread
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from groupdesk.core.importing import ImportPlan, prepare
from groupdesk.core.importing.runner import PreparedImport
from groupdesk.ui.common import labels

from .widgets import ProgressPanel, error_label
from .worker import TaskWorker, start

MATCHED_BY = {
    "members": QT_TRANSLATE_NOOP(
        "DuplicatesPage", "member number, else email, else name plus birth date"
    ),
    "projects": QT_TRANSLATE_NOOP("DuplicatesPage", "project name"),
    "shifts": QT_TRANSLATE_NOOP("DuplicatesPage", "project and start time"),
    "signups": QT_TRANSLATE_NOOP("DuplicatesPage", "member and shift"),
    "challenges": QT_TRANSLATE_NOOP("DuplicatesPage", "title"),
    "payments": QT_TRANSLATE_NOOP("DuplicatesPage", "date, amount, member and reference"),
    "credits": QT_TRANSLATE_NOOP("DuplicatesPage", "member and activity"),
}
# Kinds whose stored records are never changed by an import (a payment is reversed, never
# edited): "update" is not offered for them.
NEVER_UPDATED = frozenset({"payments", "credits"})


class DuplicatesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rows that are already here"))
        self.setSubTitle(self.tr("Choose what happens to rows that match a stored record."))
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        for policy, text in (
            ("skip", self.tr("&Skip them: keep what is stored")),
            (
                "update",
                self.tr("&Update them with the values in the file (you see every change first)"),
            ),
            ("new", self.tr("&Add them as new records")),
        ):
            button = QRadioButton(text, self)
            self.group.addButton(button)
            self.buttons[policy] = button
            layout.addWidget(button)
        self.buttons["skip"].setChecked(True)
        layout.addStretch(1)
        self.panel = ProgressPanel(self)
        self.panel.cancel_requested.connect(self.request_cancel)
        self.message = error_label(self)
        layout.addWidget(self.panel)
        layout.addWidget(self.message)
        self.prepared: PreparedImport | None = None  # ready for the preview page to take
        self._thread: QThread | None = None
        self._worker: TaskWorker | None = None

    def initializePage(self) -> None:
        kind = self.wizard().file_page.selected_kind()  # type: ignore[attr-defined]
        self.explain.setText(
            self.tr("A row is the same record as a stored one when the %1 match.").replace(
                "%1", self.tr(str(MATCHED_BY[kind]))
            )
        )
        fixed = kind in NEVER_UPDATED
        self.buttons["update"].setVisible(not fixed)
        if fixed and self.buttons["update"].isChecked():
            self.buttons["skip"].setChecked(True)

    def plan(self) -> ImportPlan:
        wizard = self.wizard()
        table = wizard.sheet_page.table  # type: ignore[attr-defined]
        return ImportPlan(
            wizard.file_page.selected_kind(),  # type: ignore[attr-defined]
            table.path,
            sheet=table.sheet,
            header_row=table.header.row,
            mapping=wizard.mapping_page.mapping(),  # type: ignore[attr-defined]
            policy=self.policy(),
        )

    # -- preparing the preview in the background ------------------------------------------

    @property
    def running(self) -> bool:
        return self._worker is not None

    def validatePage(self) -> bool:
        """Next starts the preparation and stays here; when it is done the wizard moves on."""
        if self.prepared is not None:
            return True
        if not self.running:
            self.start_preparing()
        return False

    def take_prepared(self) -> PreparedImport | None:
        prepared, self.prepared = self.prepared, None
        return prepared

    def start_preparing(self) -> None:
        wizard = self.wizard()
        db = wizard.db  # type: ignore[attr-defined]
        plan = self.plan()
        table = wizard.sheet_page.table  # type: ignore[attr-defined]
        self.message.clear()
        self.prepared = None
        self.panel.begin(self.tr("Checking the rows…"))
        self._worker = TaskWorker(lambda progress: prepare(db, plan, table, progress=progress))
        self._worker.progress.connect(self._progress)
        self._worker.finished.connect(self._finished)
        self._worker.cancelled.connect(self._cancelled)
        self._worker.failed.connect(self._failed)
        self._thread = start(self._worker)
        self._buttons()

    def _progress(self, done: int, total: int) -> None:
        if self._worker is None:
            return
        self.panel.set_progress(
            done,
            total,
            labels.counted(self.tr("%1 of %n rows checked…", "", total), total).replace(
                "%1", labels.number_text(done)
            ),
        )

    def _finished(self, prepared: PreparedImport) -> None:
        if self._worker is None:  # the wizard was cancelled meanwhile
            return
        self._end()
        self.prepared = prepared
        self.wizard().next()

    def _cancelled(self) -> None:
        if self._worker is not None:
            self._end()

    def _failed(self, message: str) -> None:
        if self._worker is None:
            return
        self._end()
        self.message.setText(self.tr("The rows cannot be checked: %1").replace("%1", message))

    def _end(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
        self._worker = None
        self.panel.hide()
        self._buttons()

    def _buttons(self) -> None:
        """The choices, Next and Back wait while the worker runs (Cancel on the page stops
        it)."""
        for button in self.buttons.values():
            button.setEnabled(not self.running)
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not self.running)

    def isComplete(self) -> bool:
        return not self.running

    def request_cancel(self) -> None:
        """Cancel on the page: the worker stops at its next report and the wizard stays on
        this page, with nothing prepared."""
        if self._worker is not None:
            self._worker.cancel()

    def cancel(self) -> None:
        """Stop the preparation and wait for the worker (the wizard is being closed)."""
        self.request_cancel()
        if self._worker is not None:
            self._end()

    def policy(self) -> str:
        return next(p for p, b in self.buttons.items() if b.isChecked())

    def set_policy(self, policy: str) -> None:
        self.buttons[policy].setChecked(True)
