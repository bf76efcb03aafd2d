"""Record a payment: who paid, how much, when, how, and the bank's or wallet's reference.

The core refuses what cannot be a payment (nothing or less, a day still to come, a member who
has left, a closed month); the refusal shows under its field and nothing is written. Once
saved, ``posted`` holds the receipt number the payment was given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.dues.ledger import DuesService, Posted
from groupdesk.core.dues.money import parse_amount
from groupdesk.core.errors import ValidationError
from groupdesk.core.services.member_finder import MemberFinder
from groupdesk.ui.common.form_errors import FieldErrors
from groupdesk.ui.common.messages import say
from groupdesk.ui.dues.texts import method_choices
from groupdesk.ui.widgets.date_field import DateField, InvalidDate
from groupdesk.ui.widgets.member_picker import MemberPicker


class PaymentDialog(QDialog):
    def __init__(
        self,
        service: DuesService,
        finder: MemberFinder,
        member_id: int | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Record Payment"))
        self.setMinimumWidth(520)
        self._service = service
        self.posted: Posted | None = None
        self.member = MemberPicker(finder, self)
        self.member.set_member_id(member_id)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amountEdit")
        self.amount.setPlaceholderText(self.tr("e.g. Rp 150.000 or 150rb"))
        self.paid_on = DateField(self, required=True)
        self.paid_on.set_value(today())
        self.method = QComboBox(self)
        for code, words in method_choices():
            self.method.addItem(words, code)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("referenceEdit")
        self.reference.setMaxLength(200)
        self.reference.setPlaceholderText(self.tr("transfer or QRIS reference, if any"))

        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("&Member:"), self.errors.wrap(self.member, {"member": self.member}))
        form.addRow(self.tr("&Amount:"), self.errors.wrap(self.amount, {"amount": self.amount}))
        form.addRow(
            self.tr("&Date paid:"),
            self.errors.wrap(self.paid_on, {"paid_on": self.paid_on, "period": self.paid_on}),
        )
        form.addRow(self.tr("Paid &by:"), self.errors.wrap(self.method, {"method": self.method}))
        form.addRow(self.tr("&Reference:"), self.reference)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(lambda: self.try_accept())
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.member.memberChanged.connect(lambda _id: self.errors.clear())
        (self.amount if member_id else self.member).setFocus()

    def try_accept(self) -> None:
        self.errors.clear()
        choice = self.member.member() if not self.member.is_unresolved() else None
        if choice is None:
            self._refuse("member", self.tr("Choose the member who paid."))
            return
        try:
            amount = parse_amount(self.amount.text(), "amount")
            paid_on = self.paid_on.value()
            if paid_on is None:
                self._refuse("paid_on", self.tr("Give the day the money was paid."))
                return
            self.posted = self._service.record_payment(
                choice.member_number,
                amount,
                paid_on,
                str(self.method.currentData()),
                self.reference.text().strip() or None,
            )
        except ValidationError as err:
            self._refuse(err.field, say(err))
            return
        except InvalidDate as err:
            self._refuse("paid_on", say(err))
            return
        self.accept()

    def _refuse(self, field: str, message: str) -> None:
        """The refusal under its field; the form grows to show it whole."""
        self.errors.show(field, message)
        self.adjustSize()
