"""Table models of the Professions page: the professions, and the members of the chosen one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from groupdesk.core.services.professions import LicenceState, ProfessionMember, ProfessionSummary
from groupdesk.ui.common import colours, labels
from groupdesk.ui.common.count_texts import count_texts

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def licence_state_text(state: LicenceState, days_left: int | None) -> str:
    if state == LicenceState.EXPIRED:
        if days_left is not None and days_left < 0:
            return count_texts().expired_days_ago(-days_left)
        return QCoreApplication.translate("Professions", "Expired")
    if state == LicenceState.EXPIRING:
        if days_left == 0:
            return QCoreApplication.translate("Professions", "Expires today")
        if days_left == 1:
            return QCoreApplication.translate("Professions", "Expires tomorrow")
        return count_texts().expires_in_days(days_left or 0)
    return {
        LicenceState.VALID: QCoreApplication.translate("Professions", "Valid"),
        LicenceState.NOT_NEEDED: QCoreApplication.translate("Professions", "No licence needed"),
        LicenceState.MISSING: QCoreApplication.translate("Professions", "No licence number"),
    }.get(state, str(state))


# The status each licence state is shown in; its colour comes from the palette.
STATE_STATUS = {
    LicenceState.EXPIRED: "error",
    LicenceState.EXPIRING: "warning",
    LicenceState.MISSING: "info",
}


def state_colour(state: LicenceState) -> QColor | None:
    """The text colour of a licence state, readable on the list's background in any theme."""
    kind = STATE_STATUS.get(state)
    if kind is None:
        return None
    return colours.text_colour(kind, colours.app_palette(), colours.Role.Base, colours.Role.Text)


class _ListModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.COLUMNS):
                return self.headers()[self.COLUMNS[section]]
            return None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _valid(self, index: AnyIndex) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < len(self.COLUMNS)
        )


class ProfessionsTableModel(_ListModel):
    COLUMNS = ("name", "licence_required", "members", "expiring", "expired")

    def headers(self) -> dict[str, str]:
        return {
            "name": QCoreApplication.translate("Professions", "Profession"),
            "licence_required": QCoreApplication.translate("Professions", "Licence"),
            "members": QCoreApplication.translate("Professions", "Members"),
            "expiring": QCoreApplication.translate("Professions", "Expiring"),
            "expired": QCoreApplication.translate("Professions", "Expired"),
        }

    def profession_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, profession_id: int) -> int:
        for row, p in enumerate(self._rows):
            if p.id == profession_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        p: ProfessionSummary = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return p.name
            if key == "licence_required":
                return (
                    QCoreApplication.translate("Professions", "Yes")
                    if p.licence_required
                    else QCoreApplication.translate("Professions", "No")
                )
            value = getattr(p, key)
            return (
                labels.number_text(value)
                if key == "members"
                else (labels.number_text(value) if value else "–")
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "name":
                return p.description or p.name
            if key == "licence_required":
                return (
                    QCoreApplication.translate("Professions", "Members need a licence to practise")
                    if p.licence_required
                    else QCoreApplication.translate("Professions", "No licence needed")
                )
            if key == "expiring":
                return QCoreApplication.translate(
                    "Professions", "Licences ending within the chosen number of days"
                )
            if key == "expired":
                return QCoreApplication.translate("Professions", "Licences that have already ended")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("members", "expiring", "expired"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "expired" and p.expired:
                return state_colour(LicenceState.EXPIRED)
            if key == "expiring" and p.expiring:
                return state_colour(LicenceState.EXPIRING)
        if role == Qt.ItemDataRole.UserRole:
            return p.id
        return None


class ProfessionMembersModel(_ListModel):
    COLUMNS = (
        "member_number",
        "full_name",
        "qualification",
        "licence_number",
        "licence_valid_until",
        "state",
    )

    def headers(self) -> dict[str, str]:
        return {
            "member_number": QCoreApplication.translate("Professions", "No."),
            "full_name": QCoreApplication.translate("Professions", "Name"),
            "qualification": QCoreApplication.translate("Professions", "Qualification"),
            "licence_number": QCoreApplication.translate("Professions", "Licence no."),
            "licence_valid_until": QCoreApplication.translate("Professions", "Valid until"),
            "state": QCoreApplication.translate("Professions", "Licence"),
        }

    def member_id(self, row: int) -> int:
        return self._rows[row].member_id

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        m: ProfessionMember = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "state":
                return licence_state_text(m.state, m.days_left)
            if key == "licence_valid_until":
                return labels.date_text(m.licence_valid_until)
            return getattr(m, key) or ""
        if role == Qt.ItemDataRole.ForegroundRole and key in ("state", "licence_valid_until"):
            return state_colour(m.state)
        if role == Qt.ItemDataRole.FontRole and key == "state" and m.state in STATE_STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return m.member_id
        return None


__all__ = [
    "ProfessionMembersModel",
    "ProfessionsTableModel",
    "licence_state_text",
]
