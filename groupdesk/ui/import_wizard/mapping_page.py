"""Step 3: which column feeds which field, guessed from the headings (English or
Indonesian) or taken from a saved template, and editable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from groupdesk.core.importing.fields import FIELDS, guess, target_fields
from groupdesk.core.importing.templates import Template, find_templates, save_template
from groupdesk.core.spreadsheet.cells import cell_text
from groupdesk.ui.import_wizard.field_texts import field_text

from .widgets import error_label

SAMPLES = 3


class MappingPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Check which field each column fills. Columns set to “do not import” are left out."
            )
        )
        self.templates = QComboBox(self)
        self.templates.activated.connect(self._apply_template)
        self.save = QPushButton(self.tr("&Save as template…"), self)
        self.save.clicked.connect(self.save_as_template)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Saved mapping:"), self))
        top.addWidget(self.templates, 1)
        top.addWidget(self.save)
        self.grid = QTableWidget(0, 3, self)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Imported as")]
        )
        self.grid.verticalHeader().setVisible(False)
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.message = error_label(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        self._combos: list[QComboBox] = []
        self._found: list[Template] = []

    # -- filling ---------------------------------------------------------------------------

    def initializePage(self) -> None:
        wizard = self.wizard()
        table = wizard.sheet_page.table  # type: ignore[attr-defined]
        kind = wizard.file_page.selected_kind()  # type: ignore[attr-defined]
        db = wizard.db  # type: ignore[attr-defined]
        headers = table.headers
        data = table.data_rows()
        fields = target_fields(kind, db)
        self.grid.setRowCount(len(headers))
        self._combos = []
        for column, heading in enumerate(headers):
            self.grid.setItem(column, 0, QTableWidgetItem(heading))
            samples = [
                cell_text(cells[column])
                for _number, cells in data[:50]
                if column < len(cells) and cells[column] is not None
            ][:SAMPLES]
            self.grid.setItem(column, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox(self.grid)
            combo.addItem(self.tr("— do not import —"), "")
            for target in fields:
                label = field_text(target.label) + (" *" if target.required else "")
                combo.addItem(label, target.name)
            combo.currentIndexChanged.connect(self._edited)
            self.grid.setCellWidget(column, 2, combo)
            self._combos.append(combo)
        self._found = find_templates(db, kind, headers)
        self.templates.clear()
        self.templates.addItem(self.tr("(guessed from the headings)"), -1)
        for index, template in enumerate(self._found):
            self.templates.addItem(template.name, index)
        if self._found:
            self.templates.setCurrentIndex(1)
            self._apply_template(1)
        else:
            self.set_mapping(guess(headers, kind, db))
            self.source.setText(
                self.tr(
                    "Guessed from the column headings; %1 of %n columns recognised.",
                    "",
                    len(headers),
                ).replace("%1", str(len(self.mapping())))
            )

    def _apply_template(self, index: int) -> None:
        wizard = self.wizard()
        table = wizard.sheet_page.table  # type: ignore[attr-defined]
        kind = wizard.file_page.selected_kind()  # type: ignore[attr-defined]
        position = self.templates.itemData(index)
        if position is None or position < 0:
            self.set_mapping(guess(table.headers, kind, wizard.db))  # type: ignore[attr-defined]
            self.source.setText(self.tr("Guessed from the column headings."))
            return
        template = self._found[position]
        self.set_mapping(template.mapping_for(table.headers))
        self.source.setText(
            self.tr(
                "Taken from the saved mapping “%1”, made for files with these headings."
            ).replace("%1", template.name)
        )

    # -- reading and changing ------------------------------------------------------------

    def set_mapping(self, mapping: dict[int, str]) -> None:
        for column, combo in enumerate(self._combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column, "")), 0))
            combo.blockSignals(False)
        self._edited()

    def set_field(self, column: int, field: str) -> None:
        combo = self._combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def mapping(self) -> dict[int, str]:
        return {
            column: str(combo.currentData())
            for column, combo in enumerate(self._combos)
            if combo.currentData()
        }

    def _edited(self) -> None:
        self.message.clear()
        self.completeChanged.emit()

    def missing(self) -> list[str]:
        """Labels of required fields no column fills."""
        kind = self.wizard().file_page.selected_kind()  # type: ignore[attr-defined]
        chosen = set(self.mapping().values())
        out = []
        for target in FIELDS[kind]:
            if not target.required or target.name in chosen:
                continue
            if target.name == "full_name" and chosen & {"first_name", "last_name"}:
                continue
            out.append(field_text(target.label))
        return out

    def duplicates(self) -> list[str]:
        seen: dict[str, int] = {}
        for field in self.mapping().values():
            seen[field] = seen.get(field, 0) + 1
        return [
            self._combos[0].itemText(self._combos[0].findData(f)) for f, n in seen.items() if n > 1
        ]

    def validatePage(self) -> bool:
        missing = self.missing()
        if missing:
            self.message.setText(
                self.tr("Choose a column for: %1.").replace("%1", ", ".join(missing))
            )
            return False
        twice = self.duplicates()
        if twice:
            self.message.setText(
                self.tr("Each field can come from one column only: %1.").replace(
                    "%1", ", ".join(twice)
                )
            )
            return False
        return True

    # -- templates -----------------------------------------------------------------------------

    def ask_template_name(self) -> str | None:
        """Ask for the template's name (tests replace this)."""
        name, ok = QInputDialog.getText(
            self, self.tr("Save mapping"), self.tr("Name for this mapping (e.g. “Monthly export”):")
        )
        return name if ok else None

    def save_as_template(self) -> None:
        name = self.ask_template_name()
        if not name or not name.strip():
            return
        wizard = self.wizard()
        table = wizard.sheet_page.table  # type: ignore[attr-defined]
        kind = wizard.file_page.selected_kind()  # type: ignore[attr-defined]
        template = save_template(wizard.db, name, kind, table.headers, self.mapping())  # type: ignore[attr-defined]
        self.source.setText(
            self.tr(
                "Saved as “%1”; it will be offered again for files with these headings."
            ).replace("%1", template.name)
        )
