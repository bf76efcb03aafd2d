"""Undoable dues steps, pushed on the main window's QUndoStack (Edit > Undo).

A month's charging is one step: undo takes every charge of the month back (while none of
them is paid; a refusal says why and retires the step), redo charges the month again. A
payment is not undone here: its receipt number was given, so it is reversed with a reason.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.messages import Message, catalogue
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.undo import Callback, ErrorCallback, ServiceCommand


class ChargeMonthCommand(ServiceCommand):
    def __init__(
        self,
        dues: DuesService,
        period: str,
        month_words: str,
        language: str,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        super().__init__(
            fill(QCoreApplication.translate("DuesCommands", "Charge Dues for %1"), month_words),
            on_change,
            on_error,
        )
        self._dues = dues
        self._period = period
        # The reversal's reason is written in the organisation's language, as the ledger is.
        self._reason = catalogue(language).text(
            Message("dues.charges_undone_reason", {"period": period})
        )

    def _do(self) -> None:
        self._dues.charge_period(self._period)

    def _undo(self) -> None:
        self._dues.undo_charges(self._period, self._reason)
