"""A member's membership type, changed from a day: the type before ends the day before and
stays in the member's history. The history is listed, newest first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.dues.views import TypePeriod, TypeRow
from groupdesk.core.errors import ValidationError
from groupdesk.ui.common import labels
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.form_errors import FieldErrors
from groupdesk.ui.common.messages import say
from groupdesk.ui.widgets.date_field import DateField, InvalidDate


class MemberTypeDialog(QDialog):
    def __init__(
        self,
        service: DuesService,
        member_id: int,
        name: str,
        types: list[TypeRow],
        history: list[TypePeriod],
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberTypeDialog")
        self.setWindowTitle(fill(self.tr("Membership Type: %1"), name))
        self._service = service
        self._member_id = member_id
        self.type = QComboBox(self)
        self.type.setObjectName("memberTypeChoice")
        for row in types:
            self.type.addItem(row.name, row.id)
        current = history[0] if history and history[0].valid_to is None else None
        if current is not None:
            self.type.setCurrentIndex(max(self.type.findData(current.type_id), 0))
        self.valid_from = DateField(self)
        self.valid_from.set_value(today.replace(day=1))
        self.history = QLabel(self._history_text(history), self)
        self.history.setObjectName("memberTypeHistory")
        self.history.setWordWrap(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(
            self.tr("&From:"), self.errors.wrap(self.valid_from, {"valid_from": self.valid_from})
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(lambda: self.try_accept())
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _history_text(self, history: list[TypePeriod]) -> str:
        if not history:
            return self.tr("No membership type yet.")
        lines = []
        for period in history:
            if period.valid_to is None:
                lines.append(
                    fill(self.tr("%1 since %2"), period.name, labels.date_text(period.valid_from))
                )
            else:
                lines.append(
                    fill(
                        self.tr("%1 from %2 to %3"),
                        period.name,
                        labels.date_text(period.valid_from),
                        labels.date_text(period.valid_to),
                    )
                )
        return "\n".join(lines)

    def try_accept(self) -> None:
        self.errors.clear()
        try:
            day = self.valid_from.value()
            if day is None:
                self.errors.show("valid_from", self.tr("Give the day the type counts from."))
                return
            self._service.assign_type(self._member_id, int(self.type.currentData()), day)
        except (ValidationError, InvalidDate) as err:
            self.errors.show("valid_from", say(err))
            self.adjustSize()
            return
        self.accept()
