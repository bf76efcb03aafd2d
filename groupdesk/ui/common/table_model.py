"""The window's table models: rows of plain values, columns declared once.

A model over a list of rows (a service's dataclasses) names its columns as :class:`Column`
declarations: the header (translated), how a cell reads, its alignment, whether it can be
edited. :class:`ColumnTableModel` then answers Qt's questions (row and column counts, headers,
flags, display text, tool tips, alignment, the row's id) the same way for every table; a model
adds only what is its own (colours, fonts, drag and drop, editing) in :meth:`extra`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

# Qt calls a model's methods with either kind of index (views keep persistent ones).
AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

Row = TypeVar("Row")


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: ``key`` names it for the code, ``header`` is what people read (already
    translated), ``value`` gives a row's cell (None shows as empty)."""

    key: str
    header: str
    value: Callable[[Row], Any]
    # A row's tool tip in this column; None: the cell's own text. Return None for no tip.
    tooltip: Callable[[Row], Any] | None = None
    align: Qt.AlignmentFlag | None = None
    editable: bool = False


class ColumnTableModel(QAbstractTableModel, Generic[Row]):
    """A flat table of rows with declared columns; see the module's docstring."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._columns: list[Column[Row]] = list(self.columns())

    # -- what a model declares ------------------------------------------------------------------

    def columns(self) -> Sequence[Column[Row]]:
        """The columns, left to right; called once, when the model is made."""
        raise NotImplementedError

    def row_id(self, row: Row) -> Any:
        """What ``ID_ROLE`` (Qt's UserRole) gives for a row: its id."""
        return getattr(row, "id", None)

    def extra(self, row: Row, column: int, role: int) -> Any:
        """Any other role (colours, fonts, edit text...); None by default."""
        return None

    # -- rows -----------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def key_at(self, column: int) -> str:
        return self._columns[column].key

    def column_of(self, key: str) -> int:
        """The position of the column named ``key`` (-1 when there is none)."""
        return next((i for i, c in enumerate(self._columns) if c.key == key), -1)

    # -- Qt's questions -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def valid(self, index: AnyIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self._columns)
        )

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not self.valid(index):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == DISPLAY:
            return self._text(column, row)
        if role == TOOLTIP:
            return self._text(column, row) if column.tooltip is None else column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align)
        if role == ID_ROLE:
            return self.row_id(row)
        return self.extra(row, index.column(), role)

    @staticmethod
    def _text(column: Column[Row], row: Row) -> Any:
        value = column.value(row)
        return "" if value is None else value

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._columns[section].header if 0 <= section < len(self._columns) else None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if 0 <= index.column() < len(self._columns) and self._columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
