"""The preview table: every row of the sheet with what importing would do to it.

A cell that fails a check is red with the reason as its tooltip, a warning is yellow, and a
changed cell of a matched row shows "old → new". Cells are edited in place (the row is
checked again at once); the Action column of a row that would change a stored record has a
check box to accept or reject that row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from groupdesk.core.importing.fields import field_label
from groupdesk.core.importing.rows import ADD, REJECT, SKIP, UNCHANGED, UPDATE, RowResult
from groupdesk.core.importing.runner import PreparedImport
from groupdesk.core.spreadsheet.cells import cell_text
from groupdesk.ui.common import colours
from groupdesk.ui.common.messages import say
from groupdesk.ui.common.table_model import AnyIndex
from groupdesk.ui.import_wizard.field_texts import field_text

FIXED_COLUMNS = 2  # row number, action
ARROW = " → "
Role = Qt.ItemDataRole


def status_tint(kind: str) -> QColor:
    """A cell's status colour under the theme's own text: pale on a light theme, deep on a
    dark one, so the text in it stays readable."""
    return colours.fill_colour(kind, colours.app_palette())


class PreviewModel(QAbstractTableModel):
    countsChanged = Signal()

    def __init__(self, prepared: PreparedImport, parent: Any = None) -> None:
        super().__init__(parent)
        self.prepared = prepared
        self.columns = sorted(prepared.mapping)
        self._actions = {
            ADD: self.tr("Add"),
            UPDATE: self.tr("Update"),
            UNCHANGED: self.tr("Unchanged"),
            SKIP: self.tr("Skip (already here)"),
            REJECT: self.tr("Error"),
        }

    # -- helpers ---------------------------------------------------------------------------

    def label(self, field: str) -> str:
        if field == "_row":
            return self.tr("Row")
        return field_text(field_label(self.prepared.plan.kind, field, self.prepared.handler.db))

    def _field(self, column: int) -> tuple[int, str]:
        source = self.columns[column - FIXED_COLUMNS]
        return source, self.prepared.mapping[source]

    def _changes(self, row: RowResult, field: str) -> list[tuple[Any, Any]]:
        if row.action != UPDATE:
            return []
        return [
            row.changes[k] for k in self.prepared.handler.change_keys(field) if k in row.changes
        ]

    def row_has_notes(self, row: int) -> bool:
        result = self.prepared.rows[row]
        return bool(result.errors or result.warnings or result.action == UPDATE)

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.prepared.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self.columns)

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.prepared.rows):
            return None
        row = self.prepared.rows[index.row()]
        column = index.column()
        if column == 0:
            return str(row.number) if role == Role.DisplayRole else None
        if column == 1:
            return self._action_data(row, role)
        if not FIXED_COLUMNS <= column < self.columnCount():
            return None
        source, field = self._field(column)
        value = row.cells[source] if source < len(row.cells) else None
        error, warning = row.errors.get(field), row.warnings.get(field)
        changes = self._changes(row, field)
        if role == Role.DisplayRole:
            if changes:
                old, new = changes[0]
                empty = self.tr("(empty)")
                return f"{cell_text(old) or empty}{ARROW}{cell_text(new) or empty}"
            return cell_text(value)
        if role == Role.EditRole:
            return cell_text(value)
        if role == Role.BackgroundRole:
            if error:
                return status_tint("error")
            if warning:
                return status_tint("warning")
            if changes:
                return status_tint("ok")
            return None
        if role == Role.ToolTipRole:
            if error:
                return say(error)
            if warning:
                return say(warning)
            if changes:
                old, new = changes[0]
                return (
                    self.tr("Stored: %1\nIn the file: %2")
                    .replace("%1", cell_text(old) or self.tr("(empty)"))
                    .replace("%2", cell_text(new) or self.tr("(empty)"))
                )
        return None

    def _action_data(self, row: RowResult, role: int) -> Any:
        if role == Role.DisplayRole:
            text = self._actions.get(row.action, row.action)
            if row.action == UPDATE and not row.accepted:
                text = self.tr("Update rejected")
            return text
        if role == Role.CheckStateRole and row.action == UPDATE:
            return Qt.CheckState.Checked if row.accepted else Qt.CheckState.Unchecked
        if role == Role.BackgroundRole:
            if row.errors:
                return status_tint("error")
            if row.action == UPDATE:
                return status_tint("ok")
            return status_tint("warning") if "_row" in row.warnings else None
        if role == Role.ToolTipRole:
            if row.errors:
                return "\n".join(f"{self.label(f)}: {say(m)}" for f, m in row.errors.items())
            found = ""
            if row.match_reason and row.action in (UPDATE, UNCHANGED, SKIP):
                found = self.tr("Found by %1.").replace("%1", field_text(row.match_reason))
            if row.action == UPDATE:
                return found + " " + self.tr("Untick to keep the stored record as it is.")
            # what concerns the whole row (a payment already recorded, a soft conflict)
            whole = say(row.warnings["_row"]) if "_row" in row.warnings else ""
            return "\n".join(part for part in (whole, found) if part) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("Action")
        if FIXED_COLUMNS <= section < self.columnCount():
            source, field = self._field(section)
            header, label = self.prepared.table.headers[source], self.label(field)
            if header.strip().casefold() == label.casefold():
                return header  # "Email", not "Email (Email)"
            return f"{header}\n({label})"
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= FIXED_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        elif index.column() == 1 and self.prepared.rows[index.row()].action == UPDATE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid():
            return False
        row = index.row()
        if index.column() == 1 and role == Role.CheckStateRole:
            result = self.prepared.rows[row]
            if result.action != UPDATE:
                return False
            result.accepted = _checked(value)
            self.dataChanged.emit(index, index)
            self.countsChanged.emit()
            return True
        if index.column() < FIXED_COLUMNS or role != Role.EditRole:
            return False
        source, _field = self._field(index.column())
        text = "" if value is None else str(value)
        self.prepared.set_cell(row, source, text.strip() or None)
        # a fix can end (or make) a duplicate elsewhere: every row's action may change
        self.dataChanged.emit(
            self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
        )
        self.countsChanged.emit()
        return True

    def set_all_accepted(self, accepted: bool) -> None:
        for result in self.prepared.rows:
            if result.action == UPDATE:
                result.accepted = accepted
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 1), self.index(self.rowCount() - 1, 1))
        self.countsChanged.emit()


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value in (2, Qt.CheckState.Checked.value)


class NotesFilter(QSortFilterProxyModel):
    """Only the rows with an error, a warning or a change, when switched on."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_notes = False

    def set_only_notes(self, only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.only_notes = only
            self.endFilterChange()
        else:
            self.only_notes = only
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.only_notes:
            return True
        model = self.sourceModel()
        return isinstance(model, PreviewModel) and model.row_has_notes(source_row)
