"""Step 2: which sheet, and which row names the columns (found, or chosen by the person)."""

from __future__ import annotations

from PySide6.QtCore import QThread
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from groupdesk.core.importing.plan import SourceTable, load_source
from groupdesk.core.spreadsheet.cells import cell_text
from groupdesk.core.spreadsheet.header import column_letter
from groupdesk.ui.common import colours, labels

from .widgets import ProgressPanel, error_label
from .worker import TaskWorker, start

PREVIEW_ROWS = 40


class SheetPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(
            self.tr(
                "The row that names the columns is found for you, even below a title or notes. "
                "Change it if it is wrong."
            )
        )
        self.sheet = QComboBox(self)
        self.header_row = QSpinBox(self)
        self.header_row.setMinimum(1)
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.message = error_label(self)
        self.panel = ProgressPanel(self)
        self.panel.cancel_requested.connect(self.request_cancel)
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("&Header row:"), self.header_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.found)
        layout.addWidget(self.panel)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)
        self.table: SourceTable | None = None
        colours.follow_palette(self.preview, self._colour_header_row)
        self._loading = False
        self._thread: QThread | None = None
        self._worker: TaskWorker | None = None
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.sheet.activated.connect(self._sheet_picked)
        self.header_row.valueChanged.connect(self._header_changed)

    def initializePage(self) -> None:
        info = self.wizard().file_page.info  # type: ignore[attr-defined]
        self._loading = True
        self.sheet.clear()
        for sheet in info.sheets:
            label = sheet.name
            if not sheet.visible:
                label = self.tr("%1 (hidden)").replace("%1", sheet.name)
            if not sheet.is_worksheet:
                label = self.tr("%1 (chart)").replace("%1", sheet.name)
            self.sheet.addItem(label, sheet.name)
            if not sheet.is_worksheet:
                item = self.sheet.model().item(self.sheet.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        self.sheet.setCurrentIndex(max(self.sheet.findData(info.default_sheet), 0))
        self._loading = False
        self.load()

    def selected_sheet(self) -> str:
        return str(self.sheet.currentData())

    def _sheet_changed(self) -> None:
        if not self._loading:
            self.load()

    def _sheet_picked(self) -> None:
        """The same sheet picked again after its reading was cancelled or failed."""
        if not self._loading and not self.running and self.table is None:
            self.load()

    def load(self) -> None:
        """Read the chosen sheet and find its header row, in a worker thread."""
        path = self.wizard().file_page.path.text().strip()  # type: ignore[attr-defined]
        sheet = self.selected_sheet()
        self.message.clear()
        self.found.clear()
        self.table = None
        self.preview.clear()
        self.preview.setRowCount(0)
        self.panel.begin(self.tr("Reading the sheet…"))
        # The file is read in a child process (a damaged file cannot take the window with it);
        # Cancel stops that process.
        worker = TaskWorker(
            lambda progress: load_source(path, sheet, lenient=True, keep_going=worker.keep_going)
        )
        self._worker = worker
        self._worker.finished.connect(self._loaded)
        self._worker.cancelled.connect(self._cancelled)
        self._worker.failed.connect(self._failed)
        self._thread = start(self._worker)
        self._buttons()

    def _loaded(self, table: SourceTable) -> None:
        if self._worker is None:  # the wizard was cancelled meanwhile
            return
        self._end()
        self.table = table
        self._loading = True
        self.header_row.setMaximum(max(len(table.rows), 1))
        self.header_row.setValue(table.header.row_number)
        self._loading = False
        self._show()
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        if self._worker is None:
            return
        self._end()
        self.message.setText(
            self.tr("Reading the sheet was cancelled. Pick a sheet to read it again.")
        )

    def _failed(self, reason: str) -> None:
        if self._worker is None:
            return
        self._end()
        self.message.setText(reason[:1].upper() + reason[1:] + ".")

    def _end(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
            self._thread = None
        self._worker = None
        self.panel.hide()
        self._buttons()

    def _buttons(self) -> None:
        """The sheet, the header row, Next and Back wait while the sheet is read."""
        self.sheet.setEnabled(not self.running)
        self.header_row.setEnabled(not self.running)
        self.completeChanged.emit()
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not self.running)

    @property
    def running(self) -> bool:
        return self._worker is not None

    def request_cancel(self) -> None:
        """Cancel on the page: the sheet being read is dropped when the reading ends."""
        if self._worker is not None:
            self._worker.cancel()

    def cancel(self) -> None:
        """Stop reading and wait for the worker (the wizard is being closed)."""
        self.request_cancel()
        if self._worker is not None:
            self._end()

    def _header_changed(self, value: int) -> None:
        if self._loading or self.table is None:
            return
        self.table = self.table.with_header_row(value - 1)
        self._show()
        self.completeChanged.emit()

    def _show(self) -> None:
        table = self.table
        assert table is not None
        rows = table.rows[:PREVIEW_ROWS]
        width = max((len(row) for row in rows), default=0)
        self.preview.clear()
        self.preview.setRowCount(len(rows))
        self.preview.setColumnCount(width)
        self.preview.setHorizontalHeaderLabels([column_letter(c) for c in range(width)])
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(cell_text(value))
                if r == table.header.row:
                    item.setFont(bold)
                self.preview.setItem(r, c, item)
        self._colour_header_row()
        self.preview.resizeColumnsToContents()
        for c in range(width):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 220))
        count = len(table.data_rows())
        self.found.setText(
            labels.counted(
                self.tr(
                    "Columns named in row %1 (shown in blue); %n rows of data below it.",
                    "",
                    count,
                ),
                count,
            ).replace("%1", str(table.header.row_number))
        )
        if table.formulas:
            self.found.setText(
                self.found.text()
                + "\n"
                + self.tr(
                    "%n cells hold formulas (%1): their last calculated values are imported, "
                    "not the formulas.",
                    "",
                    table.formulas,
                ).replace("%1", ", ".join(table.formula_cells))
            )
        if count == 0:
            self.message.setText(self.tr("There are no rows of data below the header row."))
        else:
            self.message.clear()

    def _colour_header_row(self) -> None:
        """The header row in a blue tint the theme's text reads on (again on a theme change)."""
        if self.table is None:
            return
        brush = QBrush(colours.fill_colour("header", self.preview.palette()))
        row = self.table.header.row
        for c in range(self.preview.columnCount()):
            item = self.preview.item(row, c)
            if item is not None:
                item.setBackground(brush)

    def isComplete(self) -> bool:
        return not self.running and self.table is not None and bool(self.table.data_rows())
