"""Qt table models over the challenges service: the register, and one challenge's actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from groupdesk.core.services.challenges import (
    ActionRow,
    ChallengeFilter,
    ChallengeRow,
    ChallengeService,
)
from groupdesk.ui.common import colours, labels
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.table_model import Column, ColumnTableModel


def warning_colour() -> QColor:
    """A red that stays readable on the list's background, light or dark."""
    return colours.text_colour(
        "error", colours.app_palette(), QPalette.ColorRole.Base, QPalette.ColorRole.Text
    )


class ChallengesTableModel(ColumnTableModel[ChallengeRow]):
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
        self.reload()

    def columns(self) -> list[Column[ChallengeRow]]:
        return [
            Column("title", self.tr("Challenge"), lambda r: r.title or ""),
            Column("category", self.tr("Category"), lambda r: r.category or ""),
            Column("status", self.tr("Status"), lambda r: labels.challenge_status(r.status)),
            Column("severity", self.tr("Severity"), lambda r: labels.severity(r.severity)),
            Column(
                "actions", self.tr("Open actions"), self._actions_text, tooltip=self._actions_tip
            ),
            Column("raised_on", self.tr("Raised"), lambda r: labels.date_text(r.raised_on)),
            Column("owner", self.tr("Owner"), lambda r: r.owner or ""),
            Column("concerns", self.tr("Concerns"), lambda r: r.concerns or ""),
        ]

    def _actions_text(self, row: ChallengeRow) -> str:
        if row.overdue_actions:
            return fill(self.tr("%1 (%2 overdue)"), row.open_actions, row.overdue_actions)
        return str(row.open_actions) if row.open_actions else ""

    def _actions_tip(self, row: ChallengeRow) -> str:
        if row.overdue_actions:
            return self.tr("%n overdue", "", row.overdue_actions)
        return self._actions_text(row)

    @property
    def filter(self) -> ChallengeFilter:
        return self._filter

    def set_filter(self, flt: ChallengeFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        self.set_rows(self._service.list(self._filter, self._today()))

    def row_of(self, challenge_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == challenge_id), -1)

    def extra(self, row: ChallengeRow, column: int, role: int) -> Any:
        key = self.key_at(column)
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
        return None


class ActionsTableModel(ColumnTableModel[ActionRow]):
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

    def columns(self) -> list[Column[ActionRow]]:
        tip = self._overdue_tip
        return [
            Column("action", self.tr("Action"), lambda r: r.action or "", tooltip=tip),
            Column("owner", self.tr("Owner"), lambda r: r.owner or "", tooltip=tip),
            Column("due_on", self.tr("Due"), lambda r: labels.date_text(r.due_on), tooltip=tip),
            Column("done_on", self.tr("Done"), lambda r: labels.date_text(r.done_on), tooltip=tip),
        ]

    def _overdue_tip(self, row: ActionRow) -> str | None:
        if row.overdue(self._today()) and row.due_on is not None:
            days = (self._today() - row.due_on).days
            return self.tr("Overdue by %n days", "", days)
        return None

    @property
    def challenge_id(self) -> int | None:
        return self._challenge_id

    def show_challenge(self, challenge_id: int | None) -> None:
        self._challenge_id = challenge_id
        self.reload()

    def reload(self) -> None:
        self.set_rows(
            self._service.actions(self._challenge_id) if self._challenge_id is not None else []
        )

    def is_overdue(self, row: int) -> bool:
        return self._rows[row].overdue(self._today())

    def extra(self, row: ActionRow, column: int, role: int) -> Any:
        overdue = row.overdue(self._today())
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return warning_colour()
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)
            return font
        return None
