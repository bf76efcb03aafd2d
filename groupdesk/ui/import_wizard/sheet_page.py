"""Step 2: which sheet, and which row names the columns (found, or chosen by the person)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from groupdesk.core.importing.plan import SourceTable, load_source
from groupdesk.core.spreadsheet import SpreadsheetError
from groupdesk.core.spreadsheet.header import column_letter

from .widgets import busy, cell_text, error_label

PREVIEW_ROWS = 40
HEADER_COLOUR = QColor("#cfe2ff")


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
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheet)
        form.addRow(self.tr("&Header row:"), self.header_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.found)
        layout.addWidget(self.message)
        layout.addWidget(self.preview, 1)
        self.table: SourceTable | None = None
        self._loading = False
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
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

    def load(self) -> None:
        """Read the chosen sheet and find its header row."""
        path = self.wizard().file_page.path.text().strip()  # type: ignore[attr-defined]
        self.message.clear()
        self.table = None
        try:
            with busy():
                self.table = load_source(path, self.selected_sheet(), lenient=True)
        except SpreadsheetError as err:
            self.message.setText(err.reason[:1].upper() + err.reason[1:] + ".")
            self.preview.clear()
            self.preview.setRowCount(0)
            self.found.clear()
        if self.table is not None:
            self._loading = True
            self.header_row.setMaximum(max(len(self.table.rows), 1))
            self.header_row.setValue(self.table.header.row_number)
            self._loading = False
            self._show()
        self.completeChanged.emit()

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
                    item.setBackground(QBrush(HEADER_COLOUR))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(width):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 220))
        count = len(table.data_rows())
        self.found.setText(
            self.tr("Columns named in row %1 (shown in blue); %2 rows of data below it.")
            .replace("%1", str(table.header.row_number))
            .replace("%2", f"{count:,}")
        )
        if count == 0:
            self.message.setText(self.tr("There are no rows of data below the header row."))
        else:
            self.message.clear()

    def isComplete(self) -> bool:
        return self.table is not None and bool(self.table.data_rows())
