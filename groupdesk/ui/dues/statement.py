"""One member's statement: every charge, payment and reversal with the running balance, and
what they owe (or have in credit) now. Shown on the Dues page and in the member's form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.dues.ledger import DuesService
from groupdesk.ui.common.fill import fill
from groupdesk.ui.dues.models import StatementLine, StatementModel
from groupdesk.ui.dues.texts import money


class StatementView(QWidget):
    def __init__(self, service: DuesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.model = StatementModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("statementTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.balance = QLabel(self)
        self.balance.setObjectName("balanceLabel")
        font = self.balance.font()
        font.setBold(True)
        self.balance.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.balance)

    def show_member(self, member_id: int | None) -> None:
        if member_id is None:
            self.model.set_rows([])
            self.balance.clear()
            return
        lines = [StatementLine(*entry) for entry in self._service.statement(member_id)]
        self.model.set_rows(lines)
        self.table.scrollToBottom()
        owed = self._service.balance(member_id)
        if owed > 0:
            text = fill(self.tr("Owes %1"), money(owed))
        elif owed < 0:
            text = fill(self.tr("In credit: %1"), money(-owed))
        else:
            text = self.tr("Nothing owed")
        self.balance.setText(text)


class StatementDialog(QDialog):
    def __init__(
        self, service: DuesService, member_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statementDialog")
        self.setWindowTitle(fill(self.tr("Dues Statement: %1"), name))
        self.view = StatementView(service, self)
        self.view.show_member(member_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(680, 480)
