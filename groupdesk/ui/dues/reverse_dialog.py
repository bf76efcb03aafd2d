"""Reverse a ledger entry: the ledger is never edited, a mistake is undone by a reversing
entry with the reason given here (a reversed payment keeps its receipt number)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.dues.views import LedgerRow
from groupdesk.core.errors import ValidationError
from groupdesk.ui.common import labels
from groupdesk.ui.common.form_errors import FieldErrors
from groupdesk.ui.common.messages import say
from groupdesk.ui.dues.texts import dues_texts, money


class ReverseDialog(QDialog):
    def __init__(self, service: DuesService, row: LedgerRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reverseDialog")
        self.setWindowTitle(self.tr("Reverse Entry"))
        self._service = service
        self.row = row
        what = " · ".join(
            part
            for part in (
                labels.date_text(row.entry_date),
                dues_texts().kind(row.kind),
                f"{row.member_name} ({row.member_number})",
                money(row.amount),
                row.receipt_number or "",
            )
            if part
        )
        self.summary = QLabel(what, self)
        self.summary.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setPlaceholderText(self.tr("e.g. recorded twice, wrong member"))
        self.errors = FieldErrors()
        form = QFormLayout()
        # a refusal about the entry itself (already reversed) shows under the reason too
        form.addRow(
            self.tr("&Reason:"),
            self.errors.wrap(self.reason, {"reason": self.reason, "entry": self.reason}),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.reverse_button = buttons.addButton(
            self.tr("Re&verse"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(lambda: self.try_accept())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def try_accept(self) -> None:
        self.errors.clear()
        reason = self.reason.text().strip()
        if not reason:
            self._refuse("reason", self.tr("Say why the entry is reversed."))
            return
        try:
            self._service.reverse(self.row.id, reason)
        except ValidationError as err:
            self._refuse(err.field, say(err))
            return
        self.accept()

    def _refuse(self, field: str, message: str) -> None:
        """The refusal under its field; the form grows to show it whole."""
        self.errors.show(field, message)
        self.adjustSize()
