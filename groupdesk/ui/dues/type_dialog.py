"""A membership type and its fee: name, exempt, and a new fee from a day. Amounts are typed
the way people write them ("Rp 150.000", "150rb"); refusals show under their field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.dues.ledger import DuesService, Fee
from groupdesk.core.dues.money import parse_amount
from groupdesk.core.dues.views import TypeRow
from groupdesk.core.errors import ValidationError
from groupdesk.ui.common.form_errors import FieldErrors
from groupdesk.ui.common.messages import say
from groupdesk.ui.dues.texts import dues_texts, money
from groupdesk.ui.widgets.date_field import DateField, InvalidDate


class TypeDialog(QDialog):
    """New type (``row`` None) or a change to one; ``save()`` is True once it is written."""

    def __init__(
        self,
        service: DuesService,
        row: TypeRow | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("typeDialog")
        self._service = service
        self._row = row
        self.saved_id: int | None = None
        self.setWindowTitle(
            self.tr("New Membership Type") if row is None else self.tr("Edit Membership Type")
        )
        self.setMinimumWidth(520)

        self.name = QLineEdit(self)
        self.name.setMaxLength(120)
        self.exempt = QCheckBox(self.tr("Members of this type pay no dues"), self)
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amountEdit")
        self.amount.setPlaceholderText(self.tr("e.g. Rp 150.000 or 150rb"))
        self.period = QComboBox(self)
        for code, words in dues_texts().period_choices():
            self.period.addItem(words, code)
        self.entry_fee = QLineEdit(self)
        self.entry_fee.setObjectName("entryFeeEdit")
        self.entry_fee.setPlaceholderText(self.tr("none"))
        self.fee_from = DateField(self)
        self.required_hours = QSpinBox(self)
        self.required_hours.setObjectName("requiredHours")
        self.required_hours.setRange(0, 2000)
        self.required_hours.setSpecialValueText(self.tr("none"))
        self.required_hours.setSuffix(self.tr(" hours a year"))
        self.note = QLabel(
            self.tr(
                "A new fee counts from the day given; months already charged keep the "
                "amount they were charged."
            ),
            self,
        )
        self.note.setWordWrap(True)

        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.errors.wrap(self.name, {"name": self.name}))
        form.addRow("", self.exempt)
        form.addRow(self.tr("&Fee:"), self.errors.wrap(self.amount, {"amount": self.amount}))
        form.addRow(self.tr("&Charged:"), self.errors.wrap(self.period, {"period": self.period}))
        form.addRow(
            self.tr("&Entry fee:"), self.errors.wrap(self.entry_fee, {"entry_fee": self.entry_fee})
        )
        form.addRow(
            self.tr("Fee &from:"), self.errors.wrap(self.fee_from, {"valid_from": self.fee_from})
        )
        form.addRow(
            self.tr("&Volunteer hours:"),
            self.errors.wrap(self.required_hours, {"required_hours": self.required_hours}),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(lambda: self.try_accept())
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self._load(today())

    def _load(self, today: dt.date) -> None:
        row = self._row
        if row is None:
            self.fee_from.set_value(today.replace(day=1))
            return
        self.name.setText(row.name)
        self.exempt.setChecked(row.exempt)
        if row.amount is not None:
            self.amount.setText(money(row.amount))
        if row.entry_fee:
            self.entry_fee.setText(money(row.entry_fee))
        index = self.period.findData(row.period)
        self.period.setCurrentIndex(max(index, 0))
        self.required_hours.setValue(row.required_hours or 0)

    def _fee(self) -> Fee | None:
        """The fee the form asks for; None when it names none or the one in force."""
        typed = self.amount.text().strip()
        if not typed:
            return None
        amount = parse_amount(typed, "amount")
        entry_typed = self.entry_fee.text().strip()
        entry = parse_amount(entry_typed, "entry_fee") if entry_typed else 0
        period = str(self.period.currentData())
        row = self._row
        if row is not None and (row.amount, row.period, row.entry_fee or 0) == (
            amount,
            period,
            entry,
        ):
            return None
        valid_from = self.fee_from.value()
        if valid_from is None:
            raise _FormRefusal("valid_from", self.tr("Give the day the new fee counts from."))
        return Fee(amount, period, valid_from, entry)

    def try_accept(self) -> None:
        self.errors.clear()
        try:
            fee = self._fee()
            self.saved_id = self._service.save_type(
                self._row.id if self._row else None,
                self.name.text(),
                self.exempt.isChecked(),
                fee,
                self.required_hours.value() or None,
            )
        except ValidationError as err:
            self._refuse(err.field, say(err))
            return
        except InvalidDate as err:
            self._refuse("valid_from", say(err))
            return
        except _FormRefusal as err:
            self._refuse(err.field, err.text)
            return
        self.accept()

    def _refuse(self, field: str, message: str) -> None:
        """The refusal under its field; the form grows to show it whole."""
        self.errors.show(field, message)
        self.adjustSize()


class _FormRefusal(Exception):
    def __init__(self, field: str, text: str) -> None:
        super().__init__(text)
        self.field = field
        self.text = text
