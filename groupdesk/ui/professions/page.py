"""The Professions page: occupational groups on the left, the members of the chosen one and
their licences on the right, and how far ahead "expiring" looks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.errors import WriteRefused
from groupdesk.core.services.professions import (
    DEFAULT_EXPIRING_DAYS,
    ProfessionInUse,
    ProfessionService,
    ProfessionValues,
)
from groupdesk.core.validation import ValidationError
from groupdesk.ui.common import labels, text_fit
from groupdesk.ui.common.colours import show_status
from groupdesk.ui.common.dialogs import ask, run_dialog, show_error  # the hooks tests replace
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.credentials.dialogs import AtRiskDialog, KindsDialog
from groupdesk.ui.members.roster_commands import (
    CreateProfessionCommand,
    DeleteProfessionCommand,
    EditProfessionCommand,
)
from groupdesk.ui.professions.models import ProfessionMembersModel, ProfessionsTableModel

# -- entry points tests replace -----------------------------------------------------------


# -- the dialog -----------------------------------------------------------------------------


class ProfessionDialog(QDialog):
    """Name, description and whether a licence is needed; a refusal shows under the name."""

    def __init__(
        self,
        save: Callable[[ProfessionValues], None],
        values: ProfessionValues | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Edit Profession") if values else self.tr("New Profession"))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("professionName")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(self.tr("e.g. Bidan"))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("professionNameError")
        show_status(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("professionDescription")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.licence_check = QCheckBox(self.tr("Members need a licence to practise"), self)
        self.licence_check.setObjectName("professionLicenceRequired")
        if values:
            self.name_edit.setText(values.name)
            self.description_edit.setPlainText(values.description or "")
            self.licence_check.setChecked(values.licence_required)

        form = QFormLayout()
        name_box = QVBoxLayout()
        name_box.setSpacing(2)
        name_box.addWidget(self.name_edit)
        name_box.addWidget(self.error_label)
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, name_box)
        form.addRow(self.tr("&Description:"), self.description_edit)
        form.addRow("", self.licence_check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name_edit.textEdited.connect(lambda _t: self.error_label.hide())

    def values(self) -> ProfessionValues:
        return ProfessionValues(
            self.name_edit.text(),
            self.description_edit.toPlainText(),
            self.licence_check.isChecked(),
        )

    def accept(self) -> None:
        try:
            self._save(self.values())
        except ValidationError as err:
            self.error_label.setText(say(err))
            self.error_label.show()
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        except WriteRefused as err:  # read-only file, disk full, locked by another program
            show_error(self, self.tr("Not Saved"), say(err))
            return
        super().accept()


# -- the page -------------------------------------------------------------------------------


class ProfessionsPage(QWidget):
    memberActivated = Signal(int)  # a member double-clicked in the members list

    def __init__(
        self,
        app: Application,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service: ProfessionService = app.professions
        self.credentials = app.credentials
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.professions = ProfessionsTableModel(self)
        self.members = ProfessionMembersModel(self)

        days_label = self._build_controls()
        self._build_tables()
        self._build_title()
        self._lay_out(days_label)
        self._connect_signals()

        self._shown_before = False
        self.reload()

    def _build_controls(self) -> QLabel:
        """The buttons, the expiry window (days) and the attention filter; returns the days'
        label for the bar."""
        self.new_button = QPushButton(self.tr("&New Profession…"), self)
        self.new_button.setObjectName("newProfession")
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editProfession")
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("deleteProfession")
        self.kinds_button = QPushButton(self.tr("Cre&dentials…"), self)
        self.kinds_button.setObjectName("credentialKinds")
        self.kinds_button.setToolTip(
            self.tr("The kinds of credential the profession issues and the credits they require")
        )
        self.at_risk_button = QPushButton(self.tr("Credits at &Risk…"), self)
        self.at_risk_button.setObjectName("creditsAtRisk")
        self.at_risk_button.setToolTip(
            self.tr("Members whose licence ends soon without enough credits (SKP)")
        )
        self.days = QSpinBox(self)
        self.days.setObjectName("expiringDays")
        self.days.setRange(1, 3650)
        self.days.setSingleStep(30)
        self.days.setValue(DEFAULT_EXPIRING_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setToolTip(self.tr("A licence ending within this many days counts as expiring."))
        days_label = QLabel(self.tr("Licences expiring within"), self)
        days_label.setBuddy(self.days)
        self.attention = QCheckBox(self.tr("Only licences needing attention"), self)
        self.attention.setObjectName("onlyAttention")
        self.attention.setToolTip(
            self.tr("Expired, expiring within the chosen days, or without a licence number.")
        )
        return days_label

    def _build_tables(self) -> None:
        """The professions, and the members of the chosen one sized from sample texts."""
        self.table = QTableView(self)
        self.table.setObjectName("professionsTable")
        self.table.setModel(self.professions)
        self.member_table = QTableView(self)
        self.member_table.setObjectName("professionMembersTable")
        self.member_table.setModel(self.members)
        for view in (self.table, self.member_table):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.verticalHeader().setVisible(False)
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
            view.horizontalHeader().setHighlightSections(False)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.professions.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Fixed widths from sample texts (sizing to contents would read every row of a large
        # group); the last column takes any room left over.
        metrics = self.member_table.fontMetrics()
        member_header = self.member_table.horizontalHeader()
        member_header.setStretchLastSection(True)
        samples = (
            "GD-000000",
            "Rahmat Gita Prasetyo",
            "Spesialis",
            "00.0.0000",
            "30 Sep 2026",
            self.tr("Expired 365 days ago"),
        )
        for column, sample in enumerate(samples):
            title = str(self.members.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            member_header.resizeSection(column, width + 16)

    def _build_title(self) -> None:
        self.members_title = QLabel(self)
        self.members_title.setObjectName("professionMembersTitle")
        self.members_title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.members_title.font()
        font.setBold(True)
        self.members_title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("professionSummary")

    def _lay_out(self, days_label: QLabel) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.kinds_button)
        bar.addWidget(self.at_risk_button)
        bar.addStretch(1)
        bar.addWidget(days_label)
        bar.addWidget(self.days)
        bar.addSpacing(12)
        bar.addWidget(self.attention)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.members_title)
        title_row.addStretch(1)
        title_row.addWidget(self.summary)
        right_layout.addLayout(title_row)
        right_layout.addWidget(self.member_table)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([350, 750])
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.new_button.clicked.connect(self.new_profession)
        self.edit_button.clicked.connect(self.edit_profession)
        self.delete_button.clicked.connect(self.delete_profession)
        self.kinds_button.clicked.connect(lambda: self.edit_kinds())
        self.at_risk_button.clicked.connect(lambda: self.show_at_risk())
        self.days.valueChanged.connect(lambda _v: self.reload())
        self.attention.toggled.connect(lambda _v: self._show_members())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_members())
        self.table.doubleClicked.connect(lambda _i: self.edit_profession())
        self.member_table.doubleClicked.connect(self._activate_member)
        QShortcut(QKeySequence.StandardKey.Delete, self.table).activated.connect(
            self.delete_profession
        )

    # -- reading --------------------------------------------------------------------------

    def current_profession_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.professions.profession_id(row) if row >= 0 else None

    def reload(self, select_id: int | None = None) -> None:
        """Read the professions again, keeping (or moving to) the chosen one."""
        keep = select_id if select_id is not None else self.current_profession_id()
        self.professions.set_rows(self.service.list(self.days.value()))
        text_fit.make_room_for_column(self.table)  # "Pekerja Sosial", not "Pek…"
        row = self.professions.row_of(keep) if keep is not None else -1
        if row < 0 and self.professions.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.professions.index(row, 0))
        self._show_members()

    def _show_members(self) -> None:
        pid = self.current_profession_id()
        has = pid is not None
        self.edit_button.setEnabled(has)
        self.kinds_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if pid is None:
            self.members.set_rows([])
            self.members_title.setText(self.tr("No professions yet"))
            self.summary.clear()
            return
        summary = self.professions.row_at(self.table.currentIndex().row())
        rows = self.service.members(
            pid, self.days.value(), only_attention=self.attention.isChecked()
        )
        self.members.set_rows(rows)
        self.members_title.setText(fill(self.tr("Members who are %1"), summary.name))
        parts = [labels.counted(self.tr("%n members", "", summary.members), summary.members)]
        if summary.expiring:
            parts.append(fill(self.tr("%1 expiring"), summary.expiring))
        if summary.expired:
            parts.append(fill(self.tr("%1 expired"), summary.expired))
        if self.attention.isChecked():
            parts.append(fill(self.tr("%1 shown"), len(rows)))
        self.summary.setText(" · ".join(parts))

    def edit_kinds(self) -> KindsDialog | None:
        """The chosen profession's kinds of credential, to add one."""
        pid = self.current_profession_id()
        if pid is None:
            return None
        name = self.professions.row_at(self.table.currentIndex().row()).name
        dialog = KindsDialog(self.credentials, pid, name, self)
        run_dialog(dialog)
        return dialog

    def show_at_risk(self) -> AtRiskDialog:
        """The members of the chosen profession (all, without one) whose licence ends soon
        without enough credits (SKP)."""
        dialog = AtRiskDialog(self.credentials, self.current_profession_id(), self)
        run_dialog(dialog)
        return dialog

    def _activate_member(self, index) -> None:
        if index.isValid():
            self.memberActivated.emit(self.members.member_id(index.row()))

    # -- writing --------------------------------------------------------------------------

    def _report(self, message: str) -> None:
        show_error(self, self.tr("Professions"), message)
        self.reload()

    def new_profession(self) -> None:
        def save(values: ProfessionValues) -> None:
            pid = self.service.create(values)
            command = CreateProfessionCommand(
                self.service, pid, self.service.get(pid).name, self._after_undo, self._report
            )
            self.undo_stack.push(command)
            self.reload(select_id=pid)

        run_dialog(ProfessionDialog(save, parent=self))

    def edit_profession(self) -> None:
        pid = self.current_profession_id()
        if pid is None:
            return

        def save(values: ProfessionValues) -> None:
            before = self.service.update(pid, values)
            after = self.service.get(pid)
            if after != before:
                self.undo_stack.push(
                    EditProfessionCommand(
                        self.service, pid, before, after, self._after_undo, self._report
                    )
                )
            self.reload(select_id=pid)

        run_dialog(ProfessionDialog(save, self.service.get(pid), parent=self))

    def delete_profession(self) -> None:
        pid = self.current_profession_id()
        if pid is None:
            return
        name = self.service.get(pid).name
        try:
            deleted = self._delete(pid, name)
        except WriteRefused as err:
            show_error(self, self.tr("Not Deleted"), say(err))
            return
        if deleted is None:
            return
        self.undo_stack.push(
            DeleteProfessionCommand(self.service, deleted, self._after_undo, self._report)
        )
        self.reload()

    def _delete(self, pid: int, name: str):
        try:
            return self.service.delete(pid)
        except ProfessionInUse as used:
            held = labels.counted(
                self.tr("%1 is held by %n members.", "", used.members), used.members
            )
            others = labels.counted(
                self.tr(
                    "Deleting it removes it from them, with their licence details, and from "
                    "%n projects, shifts or challenges.",
                    "",
                    used.other_uses,
                ),
                used.other_uses,
            )
            text = (
                fill(held, name)
                + " "
                + others
                + "\n\n"
                + self.tr("You can undo this with Edit → Undo.")
            )
            if not ask(self, fill(self.tr("Delete %1?"), name), text):
                return None
            return self.service.delete(pid, confirmed=True)

    def _after_undo(self) -> None:
        self.reload()

    def showEvent(self, event) -> None:
        # Members may have been edited on another page meanwhile: counts and states anew.
        if self._shown_before and not event.spontaneous():
            self.reload()
        self._shown_before = True
        super().showEvent(event)


__all__ = ["ProfessionDialog", "ProfessionsPage", "ask", "run_dialog", "show_error"]
