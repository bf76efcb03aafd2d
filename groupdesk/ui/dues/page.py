"""The Dues page: charge a month, record and reverse payments, read the ledger and a member's
statement, and keep the membership types with their fees.

The ledger is append-only, so nothing here goes on Edit > Undo: a payment recorded by mistake
is reversed (with a reason), which the ledger and the receipt both show. Long work (charging
100,000 members) runs off the window's thread. Other tools for dues (importing the bank's
payments, reminders) add their actions to the page's tool row with :meth:`add_tool`; dues
reports belong on the Reports page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.dues.ledger import ChargeRun
from groupdesk.core.dues.views import (
    LedgerFilter,
    LedgerRow,
    TypeRow,
    ledger_page,
    member_type_history,
    membership_types,
)
from groupdesk.core.errors import ValidationError
from groupdesk.core.messages import Refusal
from groupdesk.ui.common import labels
from groupdesk.ui.common.colours import show_status
from groupdesk.ui.common.dialogs import ask, run_dialog
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.database.background_copy import run_with_progress
from groupdesk.ui.dues.commands import ChargeMonthCommand
from groupdesk.ui.dues.member_type_dialog import MemberTypeDialog
from groupdesk.ui.dues.models import LedgerModel, TypesModel
from groupdesk.ui.dues.payment_dialog import PaymentDialog
from groupdesk.ui.dues.receipt_dialog import ReceiptDialog
from groupdesk.ui.dues.reverse_dialog import ReverseDialog
from groupdesk.ui.dues.statement import StatementDialog
from groupdesk.ui.dues.texts import dues_texts, money, month_text
from groupdesk.ui.dues.type_dialog import TypeDialog
from groupdesk.ui.widgets.member_picker import MemberPicker

MONTHS_OFFERED = 24  # the month filter offers this many months back from this one


class DuesPage(QWidget):
    changed = Signal()  # something was charged, paid or reversed

    def __init__(
        self,
        app: Application,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.undo_stack = undo_stack
        self.db = app.db
        self.dues = app.dues
        self._today = today
        # Dialogs open through this, so tests (and the robot) can drive them.
        self.open_dialog: Callable[[QDialog], bool] = run_dialog
        self.types_model = TypesModel(self)
        self.ledger_model = LedgerModel(self._load_ledger, self)
        self._build_actions()
        self._build_charge_row()
        self._build_ledger()
        self._build_types()
        self._build_ledger_decides()
        self._lay_out()
        self.refresh()

    # -- building -------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        writable = not self.app.read_only
        self.charge_action = self._action(self.tr("&Charge…"), self.charge, "chargeAction")
        self.charge_action.setToolTip(self.tr("Charge the chosen month's dues to every member due"))
        self.payment_action = self._action(
            self.tr("Record &Payment…"), self.record_payment, "paymentAction"
        )
        self.payment_action.setShortcut(QKeySequence.StandardKey.New)
        self.payment_action.setToolTip(self.tr("Record a payment (Ctrl+N)"))
        self.receipt_action = self._action(
            self.tr("P&rint Receipt…"), self.print_selected_receipt, "receiptAction"
        )
        self.receipt_action.setShortcut(QKeySequence.StandardKey.Print)
        self.reverse_action = self._action(
            self.tr("Re&verse…"), self.reverse_selected, "reverseAction"
        )
        self.reverse_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.reverse_action.setToolTip(
            self.tr("Reverse the chosen entry with a reason (Del); the ledger keeps both")
        )
        self.statement_action = self._action(
            self.tr("&Statement…"), self.show_statement, "statementAction"
        )
        self.statement_action.setToolTip(self.tr("The chosen member's dues statement"))
        self.member_type_action = self._action(
            self.tr("Membership &Type…"), self.change_member_type, "memberTypeAction"
        )
        self.member_type_action.setToolTip(
            self.tr("The chosen member's membership type, and from when")
        )
        self.add_type_action = self._action(self.tr("&Add Type…"), self.add_type, "addTypeAction")
        self.edit_type_action = self._action(
            self.tr("&Edit Type…"), self.edit_type, "editTypeAction"
        )
        self.assign_type_action = self._action(
            self.tr("Give to Members &Without a Type…"), self.assign_type, "assignTypeAction"
        )
        for action in (
            self.charge_action,
            self.payment_action,
            self.reverse_action,
            self.add_type_action,
            self.edit_type_action,
            self.assign_type_action,
        ):
            action.setEnabled(writable)

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build_charge_row(self) -> None:
        self.month = QDateEdit(self)
        self.month.setObjectName("chargeMonth")
        self.month.setLocale(labels.date_locale())
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.setCalendarPopup(False)
        today = self._today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month_label = QLabel(self.tr("&Month:"), self)
        self.month_label.setBuddy(self.month)
        self.notice = QLabel(self)
        self.notice.setObjectName("duesNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        # Other dues tools (importing payments, reminders) are added here with add_tool.
        self.tools = QHBoxLayout()
        self.tools.setSpacing(6)

    def _build_ledger(self) -> None:
        self.member_filter = MemberPicker(self.app.member_finder, self)
        self.member_filter.setObjectName("ledgerMember")
        self.member_filter.edit.setPlaceholderText(self.tr("All members — type a name or number"))
        self.period_filter = QComboBox(self)
        self.period_filter.setObjectName("ledgerMonth")
        self.period_filter.addItem(self.tr("All months"), None)
        today = self._today()
        year, month = today.year, today.month
        for _ in range(MONTHS_OFFERED):
            period = f"{year:04d}-{month:02d}"
            self.period_filter.addItem(month_text(period), period)
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        self.ledger = QTableView(self)
        self.ledger.setObjectName("ledgerTable")
        self.ledger.setModel(self.ledger_model)
        self._table_look(self.ledger)
        self.ledger.doubleClicked.connect(lambda _index: self.show_statement())
        self.ledger.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.shown_label = QLabel(self)
        self.member_filter.memberChanged.connect(lambda _id: self.reload_ledger())
        self.period_filter.currentIndexChanged.connect(lambda _i: self.reload_ledger())

    def _build_ledger_decides(self) -> None:
        self.ledger_decides = QCheckBox(
            self.tr("Paid-until and lapsed follow the ledger (not the date typed)"), self
        )
        self.ledger_decides.setObjectName("ledgerDecides")
        self.ledger_decides.setToolTip(
            self.tr(
                "A member who owes is paid until the day before the oldest unpaid month; one "
                "who owes nothing, until the end of what their latest charge covers."
            )
        )
        self.ledger_decides.setChecked(self.dues.ledger_decides())
        self.ledger_decides.setEnabled(not self.app.read_only)
        self.ledger_decides.toggled.connect(self.set_ledger_decides)

    def set_ledger_decides(self, on: bool) -> None:
        """Let the ledger decide paid-until (every charged member brought in line at once)."""
        try:
            self.dues.let_ledger_decide(on)
        except Refusal as err:
            self.ledger_decides.blockSignals(True)
            self.ledger_decides.setChecked(not on)
            self.ledger_decides.blockSignals(False)
            QMessageBox.warning(self, self.tr("Dues"), say(err))
            return
        self.changed.emit()

    def _build_types(self) -> None:
        self.types = QTableView(self)
        self.types.setObjectName("typesTable")
        self.types.setModel(self.types_model)
        self._table_look(self.types)
        self.types.doubleClicked.connect(lambda _index: self.edit_type())
        self.types.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    @staticmethod
    def _table_look(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addWidget(self._button(self.charge_action))
        top.addSpacing(18)
        top.addWidget(self._button(self.payment_action))
        top.addLayout(self.tools)
        top.addStretch(1)

        ledger_tab = QWidget(self)
        filters = QHBoxLayout()
        filters.addWidget(self.member_filter, 3)
        filters.addWidget(self.period_filter, 1)
        below = QHBoxLayout()
        for action in (
            self.statement_action,
            self.member_type_action,
            self.receipt_action,
            self.reverse_action,
        ):
            below.addWidget(self._button(action))
        below.addStretch(1)
        below.addWidget(self.shown_label)
        column = QVBoxLayout(ledger_tab)
        column.addLayout(filters)
        column.addWidget(self.ledger, 1)
        column.addLayout(below)

        types_tab = QWidget(self)
        type_buttons = QHBoxLayout()
        for action in (self.add_type_action, self.edit_type_action, self.assign_type_action):
            type_buttons.addWidget(self._button(action))
        type_buttons.addStretch(1)
        types_column = QVBoxLayout(types_tab)
        types_column.addWidget(self.types, 1)
        types_column.addLayout(type_buttons)
        types_column.addWidget(self.ledger_decides)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("duesTabs")
        self.tabs.addTab(ledger_tab, self.tr("&Ledger"))
        self.tabs.addTab(types_tab, self.tr("Membership &Types"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

    def add_tool(self, action: QAction) -> QToolButton:
        """Put another dues tool (import payments, reminders) in the page's tool row."""
        if action.parent() is None:
            action.setParent(self)
        self.addAction(action)
        button = self._button(action)
        self.tools.addWidget(button)
        return button

    # -- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read types and the newest ledger entries again (View > Refresh, after a write)."""
        self.types_model.set_rows(membership_types(self.db, self._today()))
        self.reload_ledger()

    def current_filter(self) -> LedgerFilter:
        period = self.period_filter.currentData()
        return LedgerFilter(self.member_filter.member_id(), period if period else None)

    def _load_ledger(self, before_id: int | None) -> list[LedgerRow]:
        return ledger_page(self.db, self.current_filter(), before_id=before_id)

    def reload_ledger(self) -> None:
        self.ledger_model.reload()
        self._show_count()
        self._update_actions()

    def _show_count(self) -> None:
        n = self.ledger_model.rowCount()
        text = dues_texts().entries_shown(n)
        if self.ledger_model.canFetchMore():
            text += " " + self.tr("(scroll for older ones)")
        self.shown_label.setText(text)

    def selected_entry(self) -> LedgerRow | None:
        rows = self.ledger.selectionModel().selectedRows()
        return self.ledger_model.row_at(rows[0].row()) if rows else None

    def selected_type(self) -> TypeRow | None:
        rows = self.types.selectionModel().selectedRows()
        return self.types_model.row_at(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        writable = not self.app.read_only
        entry = self.selected_entry()
        self.reverse_action.setEnabled(
            writable and entry is not None and entry.kind != "reversal" and not entry.reversed
        )
        self.receipt_action.setEnabled(entry is not None and entry.receipt_number is not None)
        self.statement_action.setEnabled(
            entry is not None or self.member_filter.member_id() is not None
        )
        self.member_type_action.setEnabled(
            writable and (entry is not None or self.member_filter.member_id() is not None)
        )
        chosen = self.selected_type() is not None
        self.edit_type_action.setEnabled(writable and chosen)
        self.assign_type_action.setEnabled(writable and chosen)

    def _say(self, text: str, kind: str = "ok") -> None:
        show_status(self.notice, kind)
        self.notice.setText(text)
        self.notice.show()

    # -- charging -------------------------------------------------------------------------

    def chosen_period(self) -> str:
        day = self.month.date()
        return f"{day.year():04d}-{day.month():02d}"

    def charge(self) -> ChargeRun | None:
        """Count first, ask, then charge off the window's thread; say what was done."""
        period = self.chosen_period()
        words = dues_texts()
        try:
            trial = self.dues.charge_period(period, dry_run=True)
        except ValidationError as err:
            self._say(say(err), "error")
            return None
        if trial.count == 0:
            self._say(self._why_nothing(period), "info")
            return trial
        question = fill(words.would_charge(trial.count), money(trial.total), month_text(period))
        if not ask(self, self.tr("Charge Dues"), question):
            return None
        try:
            done = run_with_progress(
                self,
                fill(self.tr("Charging %1…"), month_text(period)),
                lambda _progress: self.dues.charge_period(period),
            )
        except ValidationError as err:
            self._say(say(err), "error")
            return None
        if done.count:
            self._say(fill(words.charged(done.count), money(done.total), month_text(period)))
            if self.undo_stack is not None:
                self.undo_stack.push(
                    ChargeMonthCommand(
                        self.dues,
                        period,
                        month_text(period),
                        self.app.rules.language,
                        on_change=self._after_write,
                        on_error=lambda text: self._say(text, "error"),
                    )
                )
        else:
            self._say(fill(self.tr("Nothing new to charge for %1."), month_text(period)), "info")
        self._after_write()
        return done

    def _why_nothing(self, period: str) -> str:
        """Why a month has nothing to charge: no fee yet, nobody with a type, or done."""
        types = self.types_model.rows()
        if not any(r.amount for r in types if not r.exempt):
            return self.tr("No membership type has a fee yet: add one on the Membership Types tab.")
        if not any(r.members for r in types):
            return self.tr(
                "No member has a membership type yet: give one on the Membership Types tab."
            )
        return fill(self.tr("Nothing new to charge for %1."), month_text(period))

    def showEvent(self, event: QShowEvent) -> None:
        """Names and balances changed on other pages show when the page is shown again."""
        super().showEvent(event)
        self.refresh()

    # -- payments -------------------------------------------------------------------------

    def record_payment(self) -> int | None:
        """The payment form; once saved, its receipt number and a way to print it."""
        entry = self.selected_entry()
        member_id = self.member_filter.member_id() or (entry.member_id if entry else None)
        dialog = PaymentDialog(
            self.dues, self.app.member_finder, member_id, self._today, parent=self
        )
        if not self.open_dialog(dialog) or dialog.posted is None:
            return None
        posted = dialog.posted
        self._after_write()
        self._say(fill(self.tr("Payment recorded, receipt %1."), posted.receipt_number or ""))
        self.open_dialog(
            ReceiptDialog(self.db, posted.entry_id, posted.receipt_number or "", parent=self)
        )
        return posted.entry_id

    def print_selected_receipt(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.receipt_number is None:
            return
        self.open_dialog(ReceiptDialog(self.db, entry.id, entry.receipt_number, parent=self))

    def reverse_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None or entry.kind == "reversal" or entry.reversed:
            return False
        if not self.open_dialog(ReverseDialog(self.dues, entry, parent=self)):
            return False
        self._after_write()
        self._say(self.tr("The entry was reversed; the ledger keeps both."))
        return True

    def show_statement(self) -> None:
        entry = self.selected_entry()
        member_id = self.member_filter.member_id() or (entry.member_id if entry else None)
        if member_id is None:
            return
        choice = self.app.member_finder.get(member_id)
        name = choice.full_name if choice else ""
        self.open_dialog(StatementDialog(self.dues, member_id, name, parent=self))

    def change_member_type(self) -> bool:
        """The chosen member's type from a day (the one before is kept in their history)."""
        entry = self.selected_entry()
        member_id = self.member_filter.member_id() or (entry.member_id if entry else None)
        if member_id is None:
            return False
        choice = self.app.member_finder.get(member_id)
        dialog = MemberTypeDialog(
            self.dues,
            member_id,
            choice.full_name if choice else "",
            membership_types(self.db, self._today()),
            member_type_history(self.db, member_id),
            self._today(),
            parent=self,
        )
        if not self.open_dialog(dialog):
            return False
        self._after_write()
        return True

    # -- types ----------------------------------------------------------------------------

    def add_type(self) -> int | None:
        dialog = TypeDialog(self.dues, None, self._today, parent=self)
        if not self.open_dialog(dialog):
            return None
        self.refresh()
        return dialog.saved_id

    def edit_type(self) -> int | None:
        row = self.selected_type()
        if row is None or self.app.read_only:
            return None
        dialog = TypeDialog(self.dues, row, self._today, parent=self)
        if not self.open_dialog(dialog):
            return None
        self.refresh()
        return dialog.saved_id

    def assign_type(self) -> int:
        """The chosen type for every member without one, from the first of this month."""
        row = self.selected_type()
        if row is None:
            return 0
        start = self._today().replace(day=1)
        question = fill(
            self.tr("Give the type “%1” from %2 to every member who has no type yet?"),
            row.name,
            labels.date_text(start),
        )
        if not ask(self, self.tr("Membership Type"), question):
            return 0
        count = self.dues.assign_unassigned(row.id, start)
        self._say(fill(dues_texts().assigned(count), row.name))
        self.refresh()
        return count

    def _after_write(self) -> None:
        self.refresh()
        self.changed.emit()
