"""Table models of the Professions page: the professions, and the members of the chosen one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from groupdesk.core.services.professions import LicenceState, ProfessionMember, ProfessionSummary
from groupdesk.ui.common import colours, labels
from groupdesk.ui.common.count_texts import count_texts
from groupdesk.ui.common.table_model import RIGHT, Column, ColumnTableModel


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


def _count_or_dash(value: int) -> str:
    return labels.number_text(value) if value else "–"


def state_colour(state: LicenceState) -> QColor | None:
    """The text colour of a licence state, readable on the list's background in any theme."""
    kind = STATE_STATUS.get(state)
    if kind is None:
        return None
    return colours.text_colour(kind, colours.app_palette(), colours.Role.Base, colours.Role.Text)


class ProfessionsTableModel(ColumnTableModel[ProfessionSummary]):
    def columns(self) -> list[Column[ProfessionSummary]]:
        return [
            Column(
                "name",
                QCoreApplication.translate("Professions", "Profession"),
                lambda p: p.name,
                lambda p: p.description or p.name,
            ),
            Column(
                "licence_required",
                QCoreApplication.translate("Professions", "Licence"),
                lambda p: (
                    QCoreApplication.translate("Professions", "Yes")
                    if p.licence_required
                    else QCoreApplication.translate("Professions", "No")
                ),
                lambda p: (
                    QCoreApplication.translate("Professions", "Members need a licence to practise")
                    if p.licence_required
                    else QCoreApplication.translate("Professions", "No licence needed")
                ),
            ),
            Column(
                "members",
                QCoreApplication.translate("Professions", "Members"),
                lambda p: labels.number_text(p.members),
                lambda p: None,
                align=RIGHT,
            ),
            Column(
                "expiring",
                QCoreApplication.translate("Professions", "Expiring"),
                lambda p: _count_or_dash(p.expiring),
                lambda p: QCoreApplication.translate(
                    "Professions", "Licences ending within the chosen number of days"
                ),
                align=RIGHT,
            ),
            Column(
                "expired",
                QCoreApplication.translate("Professions", "Expired"),
                lambda p: _count_or_dash(p.expired),
                lambda p: QCoreApplication.translate(
                    "Professions", "Licences that have already ended"
                ),
                align=RIGHT,
            ),
        ]

    def profession_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, profession_id: int) -> int:
        for row, p in enumerate(self._rows):
            if p.id == profession_id:
                return row
        return -1

    def extra(self, p: ProfessionSummary, column: int, role: int) -> Any:
        key = self.key_at(column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "expired" and p.expired:
                return state_colour(LicenceState.EXPIRED)
            if key == "expiring" and p.expiring:
                return state_colour(LicenceState.EXPIRING)
        return None


class ProfessionMembersModel(ColumnTableModel[ProfessionMember]):
    def columns(self) -> list[Column[ProfessionMember]]:
        return [
            Column(
                "member_number",
                QCoreApplication.translate("Professions", "No."),
                lambda m: m.member_number or "",
            ),
            Column(
                "full_name",
                QCoreApplication.translate("Professions", "Name"),
                lambda m: m.full_name or "",
            ),
            Column(
                "qualification",
                QCoreApplication.translate("Professions", "Qualification"),
                lambda m: m.qualification or "",
            ),
            Column(
                "licence_number",
                QCoreApplication.translate("Professions", "Licence no."),
                lambda m: m.licence_number or "",
            ),
            Column(
                "licence_valid_until",
                QCoreApplication.translate("Professions", "Valid until"),
                lambda m: labels.date_text(m.licence_valid_until),
            ),
            Column(
                "state",
                QCoreApplication.translate("Professions", "Licence"),
                lambda m: licence_state_text(m.state, m.days_left),
            ),
        ]

    def row_id(self, m: ProfessionMember) -> int:
        return m.member_id

    def member_id(self, row: int) -> int:
        return self._rows[row].member_id

    def extra(self, m: ProfessionMember, column: int, role: int) -> Any:
        key = self.key_at(column)
        if role == Qt.ItemDataRole.ForegroundRole and key in ("state", "licence_valid_until"):
            return state_colour(m.state)
        if role == Qt.ItemDataRole.FontRole and key == "state" and m.state in STATE_STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None


__all__ = [
    "ProfessionMembersModel",
    "ProfessionsTableModel",
    "licence_state_text",
]
