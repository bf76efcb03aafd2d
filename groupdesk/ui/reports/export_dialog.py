"""The Export dialog: choose a report, its filters and a format; see how many rows will go
out; export with progress and Cancel; then open the file or its folder.

The export runs in a worker thread. The writers call back every few hundred rows; the
callback moves the progress bar and answers Cancel, after which the writer stops and leaves
no file behind.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    QThread,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.export.table import ExportCancelled
from groupdesk.core.files import OutputRefused, check_output_path
from groupdesk.core.reports import (
    FORMAT_NAMES,
    REPORTS,
    ExportResult,
    FilterError,
    ReportDefinition,
    ReportFilters,
)
from groupdesk.core.reports.defaults import default_filters, empty_report
from groupdesk.core.reports.localise import status_label
from groupdesk.core.reports.registry import MEMBER, PERIOD, PROJECT, ROSTER, SHIFT, STATUS
from groupdesk.core.reports.service import ReportService
from groupdesk.core.services.roster import RosterFilter
from groupdesk.ui.common import labels
from groupdesk.ui.common.file_dialogs import file_dialog_options
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import gui_catalogue, say
from groupdesk.ui.common.table_model import AnyIndex
from groupdesk.ui.reports.texts import empty_text, report_text
from groupdesk.ui.widgets.date_field import DateField, InvalidDate
from groupdesk.ui.widgets.member_picker import MemberPicker

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2


class ReportsModel(QAbstractListModel):
    """The reports GroupDesk offers: title to show, key and description to use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reports: list[ReportDefinition] = list(REPORTS.values())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._reports)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._reports):
            return None
        report = self._reports[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return report_text(report.title)
        if role in (Qt.ItemDataRole.ToolTipRole, DESCRIPTION_ROLE):
            return report_text(report.description)
        if role == KEY_ROLE:
            return report.key
        return None

    def row_of(self, key: str) -> int:
        return next((row for row, r in enumerate(self._reports) if r.key == key), -1)

    def definition(self, row: int) -> ReportDefinition:
        return self._reports[row]


# Each language named in itself, as language choosers do.
REPORT_LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


class ExportWorker(QObject):
    """Runs one export in a worker thread and reports back through signals."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self,
        reports: ReportService,
        key: str,
        filters: ReportFilters,
        path: Path,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self._reports, self._key, self._filters, self._path = reports, key, filters, path
        self._language = language
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int | None) -> bool:
        self.progressed.emit(done, -1 if total is None else total)
        return not self._stop.is_set()

    @Slot()
    def run(self) -> None:
        from groupdesk.printing.pdf_report import write_pdf

        try:
            result = self._reports.export(
                self._key,
                self._filters,
                self._path,
                progress=self._progress,
                pdf_writer=write_pdf,
                language=self._language,
            )
        except ExportCancelled:
            self.cancelled.emit()
        except (FilterError, OSError, ValueError) as err:
            self.failed.emit(say(err))
        else:
            self.succeeded.emit(result)


class ExportDialog(QDialog):
    """Choose, count, export, open. Tests drive it through its methods, never exec()."""

    export_finished = Signal(object)
    export_cancelled = Signal()
    export_failed = Signal(str)

    def __init__(
        self,
        app: Application,
        parent: QWidget | None = None,
        *,
        report: str | None = None,
        roster_filter: RosterFilter | None = None,
        project: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(520)
        self.app = app
        self.reports_service = app.reports
        self.roster_filter = roster_filter
        self.chosen_project = project
        self.last_result: ExportResult | None = None
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None

        self._build_fields()
        form = self._build_form()
        self._build_progress()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)

        self._fill_projects()
        self._fill_shifts()
        self._connect_signals()

        narrowed = roster_filter is not None and roster_filter.is_narrowed()
        self.only_shown.setChecked(narrowed)
        self.set_report(report or "members")
        self._report_changed()

    # -- building the form ----------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.report_combo.currentIndexChanged.connect(self._report_changed)
        for signal in (
            self.format_combo.currentIndexChanged,
            self.project_combo.currentIndexChanged,
            self.status_combo.currentIndexChanged,
            self.shift_combo.currentIndexChanged,
            self.date_from.value_changed,
            self.date_to.value_changed,
            self.member_edit.memberChanged,
            self.member_edit.edit.editingFinished,
            self.only_shown.toggled,
        ):
            signal.connect(self.update_count)
        self.export_button.clicked.connect(self.choose_and_export)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button.clicked.connect(self.open_folder)

    def _build_fields(self) -> None:
        """The report and format to choose, and the fields that narrow a report down."""
        self.reports = ReportsModel(self)
        self.report_combo = QComboBox(self)
        self.report_combo.setModel(self.reports)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setObjectName("reportDescription")
        self.format_combo = QComboBox(self)
        # The file's language: the organisation's unless chosen otherwise for this export.
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("reportLanguage")
        for code, name in REPORT_LANGUAGES:
            self.language_combo.addItem(name, code)
        found = self.language_combo.findData(self.app.rules.language)
        self.language_combo.setCurrentIndex(max(found, 0))

        self.project_combo = QComboBox(self)
        self.date_from = DateField(self)
        self.date_from.setObjectName("dateFrom")
        self.date_to = DateField(self)
        self.date_to.setObjectName("dateTo")
        self.status_combo = QComboBox(self)
        self.shift_combo = QComboBox(self)
        self.member_edit = MemberPicker(self.app.member_finder, self)
        self.only_shown = QCheckBox(self.tr("Only the members shown on the Members page"), self)
        self.alarm = QCheckBox(self.tr("Remind the day before each shift"), self)

    def _build_form(self) -> QFormLayout:
        """The fields in a form; a report's unused fields are hidden row by row."""
        form = QFormLayout()
        form.addRow(self.tr("&Report:"), self.report_combo)
        form.addRow("", self.description)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        self._rows: dict[str, tuple[QWidget, ...]] = {}
        self._add_row(form, PROJECT, self.tr("&Project:"), self.project_combo)
        period = QWidget(self)
        period_layout = QHBoxLayout(period)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addWidget(self.date_from)
        period_layout.addWidget(QLabel(self.tr("to"), period))
        period_layout.addWidget(self.date_to)
        self._add_row(form, PERIOD, self.tr("P&eriod:"), period)
        self._add_row(form, STATUS, self.tr("&Status:"), self.status_combo)
        self._add_row(form, SHIFT, self.tr("S&hift:"), self.shift_combo)
        self._add_row(form, MEMBER, self.tr("&Member:"), self.member_edit)
        form.addRow("", self.only_shown)
        form.addRow("", self.alarm)
        return form

    def _build_progress(self) -> None:
        """How many rows the report will have, the progress of an export and its outcome."""
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rowCount")
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def _build_buttons(self) -> QDialogButtonBox:
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.open_file_button = QPushButton(self.tr("Open &File"), self)
        self.open_folder_button = QPushButton(self.tr("Open F&older"), self)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.open_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        # Shown when they mean something: Cancel while exporting, Open once a file exists.
        for button in (self.cancel_button, self.open_file_button, self.open_folder_button):
            button.setVisible(False)
        return buttons

    def _add_row(self, form: QFormLayout, key: str, label: str, field: QWidget) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(field)
        form.addRow(caption, field)
        self._rows[key] = (caption, field)

    def _fill_projects(self) -> None:
        self.project_combo.addItem(self.tr("All projects"), None)
        for name in self.reports_service.project_names():
            self.project_combo.addItem(name, name)

    def _fill_shifts(self) -> None:
        """Shifts from a week ago on, nearest first: the ones a sign-in sheet is printed for."""
        for shift in self.reports_service.recent_shifts():
            text = labels.format_date(shift.starts_at, "ddd dd/MM/yyyy HH:mm") + (
                f"–{shift.ends_at:%H:%M}  {shift.project}  (#{shift.id})"
            )
            self.shift_combo.addItem(text, shift.id)

    # -- choices ----------------------------------------------------------------------------

    @property
    def definition(self) -> ReportDefinition:
        return self.reports.definition(max(self.report_combo.currentIndex(), 0))

    def set_report(self, key: str) -> None:
        row = self.reports.row_of(key)
        if row >= 0:
            self.report_combo.setCurrentIndex(row)

    def set_format(self, fmt: str) -> None:
        index = self.format_combo.findData(fmt)
        if index >= 0:
            self.format_combo.setCurrentIndex(index)

    def set_shift(self, shift_id: int) -> None:
        index = self.shift_combo.findData(shift_id)
        if index < 0:
            self.shift_combo.addItem(fill(self.tr("Shift #%1"), str(shift_id)), shift_id)
            index = self.shift_combo.count() - 1
        self.shift_combo.setCurrentIndex(index)

    @property
    def language(self) -> str:
        """The language the file is written in ("id", "en")."""
        return str(self.language_combo.currentData())

    @property
    def format(self) -> str:
        return self.format_combo.currentData() or "xlsx"

    def _report_changed(self, *_: object) -> None:
        definition = self.definition
        self.description.setText(self.reports.data(
            self.reports.index(self.report_combo.currentIndex()), DESCRIPTION_ROLE
        ) or "")  # fmt: skip
        current = self.format_combo.currentData()
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        for fmt in definition.formats:
            self.format_combo.addItem(report_text(FORMAT_NAMES[fmt]), fmt)
        self.format_combo.blockSignals(False)
        self.set_format(current or definition.formats[0])
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("Any"), None)
        for status in definition.statuses:
            self.status_combo.addItem(status_label(gui_catalogue(), definition.key, status), status)
        self.status_combo.blockSignals(False)
        self._apply_defaults()
        self._show_fields()
        self.update_count()

    def _apply_defaults(self) -> None:
        """Start each report on the core's default: the whole register, or this year for
        hours and the schedule, and the project open on the Projects page."""
        defaults = default_filters(
            self.definition.key, dt.date.today(), project=self.chosen_project
        )
        for widget in (self.date_from, self.date_to, self.project_combo):
            widget.blockSignals(True)
        self.date_from.set_value(defaults.date_from)
        self.date_to.set_value(defaults.date_to)
        index = self.project_combo.findData(defaults.project)
        self.project_combo.setCurrentIndex(max(index, 0))
        for widget in (self.date_from, self.date_to, self.project_combo):
            widget.blockSignals(False)

    def _member_sheet(self) -> bool:
        """A report that is one member's sheet in every format when a member is chosen."""
        return self.definition.key == "credentials"

    def _show_fields(self) -> None:
        wanted = set(self.definition.filters)
        if self.format == "ics":
            wanted.add(MEMBER)
        elif not self._member_sheet():
            wanted.discard(MEMBER)
        for key, widgets in self._rows.items():
            for widget in widgets:
                widget.setVisible(key in wanted)
        narrowed = self.roster_filter is not None and self.roster_filter.is_narrowed()
        self.only_shown.setVisible(ROSTER in wanted and narrowed)
        self.alarm.setVisible(self.format == "ics")

    def filters(self) -> ReportFilters:
        """The choices as report filters; raises FilterError for an impossible combination."""
        wanted = self.definition.filters
        roster = None
        if ROSTER in wanted and self.only_shown.isChecked() and self.roster_filter is not None:
            roster = self.roster_filter
        return ReportFilters(
            project=self.project_combo.currentData() if PROJECT in wanted else None,
            date_from=self.date_from.value() if PERIOD in wanted else None,
            date_to=self.date_to.value() if PERIOD in wanted else None,
            status=self.status_combo.currentData() if STATUS in wanted else None,
            shift_id=self.shift_combo.currentData() if SHIFT in wanted else None,
            member=self._member_number() if self.format == "ics" or self._member_sheet() else None,
            roster=roster,
            alarm_day_before=self.format == "ics" and self.alarm.isChecked(),
        )

    def _member_number(self) -> str | None:
        """The picked member's number; typed text that names nobody goes to the core as is,
        which says so."""
        picked = self.member_edit.member()
        return picked.member_number if picked else (self.member_edit.text() or None)

    @Slot()
    def update_count(self, *_: object) -> None:
        """Say how many rows (or calendar events) the export would write, before it runs."""
        self._show_fields()
        try:
            filters = self.filters()
            count = self.reports_service.count(self.definition.key, filters, self.format)
        except InvalidDate as err:
            err.field.mark_problem()
            self.count_label.setText(say(err))
            self.export_button.setEnabled(False)
            return
        except FilterError as err:
            self.count_label.setText(say(err))
            self.export_button.setEnabled(False)
            return
        if count == 0:
            # Said before anything is written, instead of an empty file.
            self.count_label.setText(empty_text(empty_report(self.definition.key, filters)))
            self.export_button.setEnabled(False)
            return
        if self.format == "ics":
            text = self.tr("%n shifts will be exported.", "", count)
        else:
            text = self.tr("%n rows will be exported.", "", count)
        self.count_label.setText(labels.counted(text, count))
        self.export_button.setEnabled(self._thread is None)

    # -- exporting ------------------------------------------------------------------------

    def suggested_name(self) -> str:
        stamp = dt.date.today().strftime("%Y-%m-%d")
        return f"{self.definition.key}-{stamp}.{self.format}"

    def choose_path(self) -> Path | None:
        """Ask where to save; tests replace this method."""
        fmt = self.format
        pattern = f"{report_text(FORMAT_NAMES[fmt])} (*.{fmt})"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export To"),
            str(Path.home() / self.suggested_name()),
            pattern,
            options=file_dialog_options(),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{fmt}" else path.with_name(f"{path.name}.{fmt}")

    def choose_and_export(self) -> None:
        path = self.choose_path()
        if path is not None:
            self.start_export(path)

    def start_export(self, path: Path) -> None:
        """Export to ``path`` in a worker thread; the signals tell how it ended."""
        if self._thread is not None:
            return
        try:  # never over the open database, its companions or its backups
            check_output_path(path, self.reports_service.protected())
        except OutputRefused as err:
            self._fail(say(err))
            return
        try:
            filters = self.filters()
            if self.reports_service.count(self.definition.key, filters, self.format) == 0:
                self.message.setText(empty_text(empty_report(self.definition.key, filters)))
                return
        except InvalidDate as err:
            err.field.mark_problem()
            self._fail(say(err))
            return
        except FilterError as err:
            self._fail(say(err))
            return
        self.last_result = None
        self.message.clear()
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(False)

        thread = QThread(self)
        worker = ExportWorker(
            self.reports_service, self.definition.key, filters, Path(path), self.language
        )
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.cancelled.connect(self._cancelled)
        worker.failed.connect(self._fail)
        for signal in (worker.succeeded, worker.cancelled, worker.failed):
            # Direct: the thread stops as soon as the worker is done, without waiting for
            # the GUI thread to get round to it (QThread.quit is thread-safe).
            signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        # Quitting GroupDesk mid-export must stop the worker before its thread is destroyed.
        app = QCoreApplication.instance()
        if app is not None:  # there is none only outside a running program
            app.aboutToQuit.connect(self.shutdown)
        thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling…"))

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    @Slot(object)
    def _succeeded(self, result: ExportResult) -> None:
        self.last_result = result
        n = result.rows
        if result.format == "ics":
            text = self.tr("Exported %n shifts to %1.", "", n)
        else:
            text = self.tr("Exported %n rows to %1.", "", n)
        self.message.setText(fill(labels.counted(text, n), str(result.path)))
        if result.cut_cells:
            cut = self.tr(
                "%n cells held more than the 32,767 characters an Excel cell can hold and "
                "were cut; export as CSV to keep them whole.",
                "",
                result.cut_cells,
            )
            self.message.setText(self.message.text() + "\n" + cut)
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(True)
        self.export_finished.emit(result)

    @Slot()
    def _cancelled(self) -> None:
        self.message.setText(self.tr("Export cancelled; no file was written."))
        self.export_cancelled.emit()

    @Slot(str)
    def _fail(self, reason: str) -> None:
        self.message.setText(fill(self.tr("The export failed: %1"), reason))
        self.export_failed.emit(reason)

    def shutdown(self) -> None:
        """Cancel a running export and wait for its thread (the file is not written)."""
        if self._worker is not None:
            self._worker.cancel()
        self.wait_for_export()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def _thread_done(self) -> None:
        if self._thread is not None:
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.disconnect(self.shutdown)
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.close_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def wait_for_export(self, timeout_ms: int = 60_000) -> None:
        """Block until the worker thread is done (closing the dialog, tests)."""
        if self._thread is not None and self._thread.wait(timeout_ms):
            self._thread_done()

    def open_file(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path)))

    def open_folder(self) -> None:
        if self.last_result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_result.path.parent)))

    def reject(self) -> None:
        if self._thread is not None:
            self.cancel()
            return
        super().reject()
