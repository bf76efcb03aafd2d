"""A dashboard chart in its titled box, with the same figures as a table one click away.

A painted chart is a picture to assistive technology; the table is what a screen reader (or
anyone who prefers numbers) reads, row by row, from the keyboard. Enter or a double-click on
a row opens the list behind it, as a click on the bar does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.ui.dashboard.charts import BarChart

AnyIndex = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole


class ChartTableModel(QAbstractTableModel):
    """The chart's bars as rows: what the bar stands for, and its value as the chart writes it."""

    def __init__(self, chart: BarChart, headers: tuple[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._chart = chart
        self._headers = headers
        self._bars = chart.bars()
        chart.barsChanged.connect(self._reload)

    def _reload(self) -> None:
        self.beginResetModel()
        self._bars = self._chart.bars()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._bars)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._bars):
            return None
        key, label, value = self._bars[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label if index.column() == 0 else self._chart.shown_value(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 2
        ):
            return self._headers[section]
        return None

    def key_at(self, row: int) -> Any:
        return self._bars[row][0]


class ChartBox(QGroupBox):
    """The chart under its title, or (with "Show as table") its figures as a table."""

    def __init__(
        self, title: str, chart: BarChart, headers: tuple[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.chart = chart
        chart.setAccessibleName(title)
        self.figures = ChartTableModel(chart, headers, self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{chart.objectName() or 'chart'}Table")
        self.table.setModel(self.figures)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setToolTip(self.tr("Double-click or press Enter to see the list"))
        self.table.activated.connect(
            lambda index: chart.barClicked.emit(self.figures.key_at(index.row()))
        )
        self.views = QStackedWidget(self)
        self.views.addWidget(chart)
        self.views.addWidget(self.table)
        self.table_button = QToolButton(self)
        self.table_button.setCheckable(True)
        self.table_button.setAutoRaise(True)
        self.table_button.toggled.connect(lambda on: self.show_table(on))
        self.show_table(False)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.table_button)
        inner = QVBoxLayout(self)
        inner.addWidget(self.views, 1)
        inner.addLayout(corner)

    def show_table(self, on: bool) -> None:
        """The figures as a table (True) or as the chart (False); the focus goes along."""
        shown = self.views.currentWidget()
        had_focus = shown is not None and shown.hasFocus()
        self.views.setCurrentWidget(self.table if on else self.chart)
        self.table_button.setText(self.tr("Show as chart") if on else self.tr("Show as table"))
        if self.table_button.isChecked() != on:
            self.table_button.setChecked(on)
        if had_focus:
            (self.table if on else self.chart).setFocus()

    def setTitle(self, title: str) -> None:
        """The title is also the chart's and the table's name for a screen reader."""
        super().setTitle(title)
        self.chart.setAccessibleName(title)
        self.table.setAccessibleName(title)
