"""Qt table models over the challenges service: the register, and one challenge's actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from groupdesk.core.services.challenges import (
    ActionRow,
    ChallengeFilter,
    ChallengeRow,
    ChallengeService,
)
from groupdesk.ui.common import colours, labels

AnyIndex = QModelIndex | QPersistentModelIndex
CHALLENGE_COLUMNS = (
    "title",
    "category",
    "status",
    "severity",
    "actions",
    "raised_on",
    "owner",
    "concerns",
)
ACTION_COLUMNS = ("action", "owner", "due_on", "done_on")


def warning_colour() -> QColor:
    """A red that stays readable on the list's background, light or dark."""
    return colours.text_colour(
        "error", colours.app_palette(), QPalette.ColorRole.Base, QPalette.ColorRole.Text
    )


class ChallengesTableModel(QAbstractTableModel):
    def __init__(
        self,
        service: ChallengeService,
        today: Callable[[], dt.date] = dt.date.today,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self._filter = ChallengeFilter()
        self._rows: list[ChallengeRow] = []
        self._headers = {
            "title": self.tr("Challenge"),
            "category": self.tr("Category"),
            "status": self.tr("Status"),
            "severity": self.tr("Severity"),
            "concerns": self.tr("Concerns"),
            "owner": self.tr("Owner"),
            "raised_on": self.tr("Raised"),
            "actions": self.tr("Open actions"),
        }
        self.reload()

    @property
    def filter(self) -> ChallengeFilter:
        return self._filter

    def set_filter(self, flt: ChallengeFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._service.list(self._filter, self._today())
        self.endResetModel()

    def row_at(self, row: int) -> ChallengeRow:
        return self._rows[row]

    def row_of(self, challenge_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == challenge_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CHALLENGE_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        key = CHALLENGE_COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "status":
                return labels.challenge_status(row.status)
            if key == "severity":
                return labels.severity(row.severity)
            if key == "raised_on":
                return labels.date_text(row.raised_on)
            if key == "category":
                return row.category or ""
            if key == "owner":
                return row.owner or ""
            if key == "actions":
                if role == Qt.ItemDataRole.ToolTipRole and row.overdue_actions:
                    return self.tr("%n overdue", "", row.overdue_actions)
                if row.overdue_actions:
                    return (
                        self.tr("%1 (%2 overdue)")
                        .replace("%1", str(row.open_actions))
                        .replace("%2", str(row.overdue_actions))
                    )
                return str(row.open_actions) if row.open_actions else ""
            return getattr(row, key) or ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "actions" and row.overdue_actions:
                return warning_colour()
            if key == "severity" and row.severity == "critical":
                return warning_colour()
            if row.status == "resolved":
                return QGuiApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
        if role == Qt.ItemDataRole.FontRole and key == "actions" and row.overdue_actions:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(CHALLENGE_COLUMNS):
                return self._headers[CHALLENGE_COLUMNS[section]]
            return None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ActionsTableModel(QAbstractTableModel):
    """Mitigation actions of one challenge; overdue ones in a warning colour, bold."""

    def __init__(
        self,
        service: ChallengeService,
        today: Callable[[], dt.date] = dt.date.today,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self._challenge_id: int | None = None
        self._rows: list[ActionRow] = []
        self._headers = {
            "action": self.tr("Action"),
            "owner": self.tr("Owner"),
            "due_on": self.tr("Due"),
            "done_on": self.tr("Done"),
        }

    @property
    def challenge_id(self) -> int | None:
        return self._challenge_id

    def show_challenge(self, challenge_id: int | None) -> None:
        self._challenge_id = challenge_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = (
            self._service.actions(self._challenge_id) if self._challenge_id is not None else []
        )
        self.endResetModel()

    def row_at(self, row: int) -> ActionRow:
        return self._rows[row]

    def is_overdue(self, row: int) -> bool:
        return self._rows[row].overdue(self._today())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ACTION_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        key = ACTION_COLUMNS[index.column()]
        overdue = row.overdue(self._today())
        if role == Qt.ItemDataRole.DisplayRole:
            if key in ("due_on", "done_on"):
                return labels.date_text(getattr(row, key))
            return getattr(row, key) or ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue and row.due_on is not None:
                days = (self._today() - row.due_on).days
                return self.tr("Overdue by %n days", "", days)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return warning_colour()
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(ACTION_COLUMNS):
                return self._headers[ACTION_COLUMNS[section]]
            return None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
