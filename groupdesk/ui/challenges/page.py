"""The Challenges page: the filtered register, the status workflow and mitigation actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.enums import ChallengeStatus, Severity
from groupdesk.core.services.challenges import (
    UNRESOLVED,
    ActionRow,
    ChallengeFilter,
    ChallengeInput,
    ChallengeService,
    NotFound,
    OpenActionsError,
    ValidationError,
)
from groupdesk.ui.challenges.commands import (
    AddActionCommand,
    CreateChallengeCommand,
    DeleteActionCommand,
    DeleteChallengeCommand,
    EditActionCommand,
    EditChallengeCommand,
)
from groupdesk.ui.challenges.dialogs import ActionDialog, ChallengeDialog, confirm_resolve
from groupdesk.ui.challenges.models import ActionsTableModel, ChallengesTableModel
from groupdesk.ui.common import labels, text_fit
from groupdesk.ui.common.dialogs import run_dialog
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.common.resources import icon

SETTINGS_SPLITTER = "challenges/splitter"
SETTINGS_HEADER = "challenges/header"
NO_CATEGORY = -1  # the category filter's entry for challenges without one
STATUS_CHOICES = {
    "all": frozenset(),
    "unresolved": UNRESOLVED,
    **{s.value: frozenset({s.value}) for s in ChallengeStatus},
}


class ChallengesPage(QWidget):
    changed = Signal()  # a challenge or action was saved

    def __init__(
        self,
        app: Application,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(parent)
        self._service: ChallengeService = app.challenges
        self._today = today
        # Edits, status steps and deletions go on the main window's stack (Edit > Undo).
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._hidden_filter = ChallengeFilter()  # member concerned: set from elsewhere
        self.model = ChallengesTableModel(self._service, today, self)
        self.actions_model = ActionsTableModel(self._service, today, self)
        # Dialogs are opened through these, so tests can replace them.
        self.open_dialog: Callable[[QDialog], object] = run_dialog

        self._build_filters()
        self._build_buttons()
        self._build_table()
        self._build_actions()
        self._lay_out()
        self._connect_signals()
        self._add_shortcuts()

        self._selection_changed()
        self.restore_state()

    def _build_filters(self) -> None:
        """Search and the filters over the register; their choices come from the data."""
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search challenges"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.category_filter = QComboBox(self)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), "all")
        self.status_filter.addItem(self.tr("Not resolved"), "unresolved")
        for s in ChallengeStatus:
            self.status_filter.addItem(labels.challenge_status(s.value), s.value)
        self.severity_filter = QComboBox(self)
        self.severity_filter.addItem(self.tr("All severities"), None)
        for level in Severity:
            self.severity_filter.addItem(labels.severity(level.value), level.value)
        self.concerns_filter = QComboBox(self)
        self.owner_filter = QComboBox(self)
        self.overdue_filter = QCheckBox(self.tr("Overdue actions"), self)
        self.count_label = QLabel(self)
        self._fill_choices()

    def _build_buttons(self) -> None:
        """The register's buttons, and the notice shown after a change."""
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.new_button.setToolTip(self.tr("New challenge (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.mitigate_button = QPushButton(self.tr("Start &mitigation"), self)
        self.resolve_button = QPushButton(self.tr("&Resolve"), self)
        self.reopen_button = QPushButton(self.tr("Re&open"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.delete_button.setToolTip(
            self.tr("Delete the challenge and its actions (Del); Edit > Undo brings it back")
        )
        self.notice = QLabel(self)
        self.notice.setObjectName("challengeNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.categories_button = QPushButton(self.tr("Categories…"), self)

    def _build_table(self) -> None:
        """The register, its columns sized for typical Indonesian and English entries."""
        self.table = QTableView(self)
        self.table.setObjectName("challengesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        samples = (
            "Relawan konseling terbebani cerita",
            "Mencari proyek yang sesuai",
            "Being mitigated",
            "Critical",
            "3 (2 overdue)",
            "30 Sep 2026",
            "Bagus Anisa Pratama",
            "Psikolog · Konseling Trauma",
        )
        for column, sample in enumerate(samples):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        text_fit.keep_headings_whole(header)  # "Keparahan", "Tindakan terbuka"

    def _build_actions(self) -> None:
        """The chosen challenge's mitigation actions and their buttons."""
        self.actions_table = QTableView(self)
        self.actions_table.setObjectName("actionsTable")
        self.actions_table.setModel(self.actions_model)
        self.actions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions_table.verticalHeader().setVisible(False)
        self.actions_table.setAlternatingRowColors(True)
        ah = self.actions_table.horizontalHeader()
        ah.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            ah.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.actions_title = QLabel(self)
        self.add_action_button = QPushButton(self.tr("&Add action…"), self)
        self.add_action_button.setToolTip(self.tr("Add a mitigation action (Ctrl+Shift+A)"))
        self.edit_action_button = QPushButton(self.tr("Edit action…"), self)
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.delete_action_button = QPushButton(self.tr("Delete action"), self)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (
            self.category_filter,
            self.status_filter,
            self.severity_filter,
            self.concerns_filter,
            self.owner_filter,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            text_fit.show_choices_whole(combo)  # "Semua penanggung jawab"
            filters.addWidget(combo, 2)
        filters.addWidget(self.overdue_filter)
        buttons = QHBoxLayout()
        for b in (
            self.new_button,
            self.edit_button,
            self.mitigate_button,
            self.resolve_button,
            self.reopen_button,
            self.delete_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.categories_button)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        action_buttons = QHBoxLayout()
        action_buttons.addWidget(self.actions_title, 1)
        for b in (
            self.add_action_button,
            self.edit_action_button,
            self.done_button,
            self.delete_action_button,
        ):
            action_buttons.addWidget(b)
        lower_layout.addLayout(action_buttons)
        lower_layout.addWidget(self.actions_table)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("challengesSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        for combo in (
            self.category_filter,
            self.status_filter,
            self.severity_filter,
            self.concerns_filter,
            self.owner_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.overdue_filter.toggled.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.actions_table.selectionModel().currentRowChanged.connect(
            self._action_selection_changed
        )
        self.actions_model.modelReset.connect(self._action_selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.actions_table.doubleClicked.connect(lambda _i: self.edit_action())
        self.new_button.clicked.connect(self.new_challenge)
        self.edit_button.clicked.connect(self.edit_current)
        self.mitigate_button.clicked.connect(lambda: self.set_status("mitigating"))
        self.resolve_button.clicked.connect(lambda: self.set_status("resolved"))
        self.reopen_button.clicked.connect(lambda: self.set_status("open"))
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.categories_button.clicked.connect(self.manage_categories)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.done_button.clicked.connect(self.mark_action_done)
        self.delete_action_button.clicked.connect(self.delete_action)

    def _add_shortcuts(self) -> None:
        QShortcut(QKeySequence.StandardKey.New, self).activated.connect(self.new_challenge)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self).activated.connect(self.add_action)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table).activated.connect(self.edit_current)
        QShortcut(QKeySequence.StandardKey.Delete, self.table).activated.connect(
            self.delete_current
        )

    # -- filters --------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        def refill(combo: QComboBox, items: Sequence[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

        refill(
            self.category_filter,
            [(self.tr("All categories"), None), (self.tr("(no category)"), NO_CATEGORY)]
            + [(c.name, c.id) for c in self._service.categories()],
        )
        refill(
            self.concerns_filter,
            [(self.tr("Concerning anything"), None)]
            + [
                (fill(self.tr("Profession: %1"), p.name), ("profession", p.id))
                for p in self._service.professions()
            ]
            + [
                (fill(self.tr("Project: %1"), p.name), ("project", p.id))
                for p in self._service.projects()
            ],
        )
        refill(
            self.owner_filter,
            [(self.tr("Any owner"), None)] + [(o.name, o.id) for o in self._service.owners()],
        )

    def current_filter(self) -> ChallengeFilter:
        concerns = self.concerns_filter.currentData()
        category = self.category_filter.currentData()
        return ChallengeFilter(
            search=self.search.text(),
            category_id=None if category == NO_CATEGORY else category,
            no_category=category == NO_CATEGORY,
            statuses=STATUS_CHOICES[self.status_filter.currentData()],
            severity=self.severity_filter.currentData(),
            profession_id=concerns[1] if concerns and concerns[0] == "profession" else None,
            project_id=concerns[1] if concerns and concerns[0] == "project" else None,
            member_id=self._hidden_filter.member_id,
            owner_id=self.owner_filter.currentData(),
            overdue_only=self.overdue_filter.isChecked(),
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._show_count()

    def set_filter(self, flt: ChallengeFilter) -> None:
        """Show the challenges ``flt`` selects, with the filter controls set to match."""
        widgets = (
            self.search,
            self.category_filter,
            self.status_filter,
            self.severity_filter,
            self.concerns_filter,
            self.owner_filter,
            self.overdue_filter,
        )
        for w in widgets:
            w.blockSignals(True)
        self.search.setText(flt.search)
        category = NO_CATEGORY if flt.no_category else flt.category_id
        self.category_filter.setCurrentIndex(max(self.category_filter.findData(category), 0))
        status_key = next((k for k, v in STATUS_CHOICES.items() if v == flt.statuses), "all")
        self.status_filter.setCurrentIndex(self.status_filter.findData(status_key))
        self.severity_filter.setCurrentIndex(max(self.severity_filter.findData(flt.severity), 0))
        concerns = (
            ("profession", flt.profession_id)
            if flt.profession_id is not None
            else ("project", flt.project_id)
            if flt.project_id is not None
            else None
        )
        self.concerns_filter.setCurrentIndex(max(self.concerns_filter.findData(concerns), 0))
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(flt.owner_id), 0))
        self.overdue_filter.setChecked(flt.overdue_only)
        self._hidden_filter = replace(ChallengeFilter(), member_id=flt.member_id)
        for w in widgets:
            w.blockSignals(False)
        self.apply_filter()

    def _show_count(self) -> None:
        text = self.tr("%n challenges", "", self.model.rowCount())
        if self._hidden_filter.member_id is not None:
            text += " " + fill(
                self.tr("concerning %1"), self._service.member_name(self._hidden_filter.member_id)
            )
        self.count_label.setText(text)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- selection and actions ----------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def select_challenge(self, challenge_id: int) -> None:
        row = self.model.row_of(challenge_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _selection_changed(self) -> None:
        cid = self.current_id()
        self.actions_model.show_challenge(cid)
        row = self.model.row_at(self.table.currentIndex().row()) if cid is not None else None
        for b in (self.edit_button, self.add_action_button, self.delete_button):
            b.setEnabled(cid is not None)
        self.mitigate_button.setEnabled(row is not None and row.status != "mitigating")
        self.resolve_button.setEnabled(row is not None and row.status != "resolved")
        self.reopen_button.setEnabled(row is not None and row.status != "open")
        self.actions_title.setText(
            fill(self.tr("<b>Mitigation actions</b> — %1"), row.title)
            if row
            else self.tr("<b>Mitigation actions</b> — select a challenge")
        )
        has_action = self.actions_table.currentIndex().isValid()
        for b in (self.edit_action_button, self.done_button, self.delete_action_button):
            b.setEnabled(has_action)
        self._show_count()

    def _action_selection_changed(self, *_args: object) -> None:
        has_action = self.actions_table.currentIndex().isValid()
        for b in (self.edit_action_button, self.done_button, self.delete_action_button):
            b.setEnabled(has_action)

    def _after_change(self, select: int | None) -> None:
        self._fill_choices()
        self.model.reload()
        if select is not None:
            self.select_challenge(select)
        self._selection_changed()
        self.changed.emit()

    def new_challenge(self) -> None:
        dialog = ChallengeDialog(self._service, None, self._today, self)
        if self.open_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.challenge_id:
            cid = dialog.challenge_id
            self._push(
                CreateChallengeCommand(
                    self._service,
                    cid,
                    dialog.title.text().strip(),
                    self._undone_or_redone,
                    self._say,
                )
            )
            self._after_change(cid)
        dialog.deleteLater()

    def edit_current(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        before = self._service.get(cid)
        dialog = ChallengeDialog(self._service, cid, self._today, self)
        if self.open_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._push_edit(cid, before)
            self._after_change(cid)
        dialog.deleteLater()

    def set_status(self, status: str) -> None:
        cid = self.current_id()
        if cid is None:
            return
        before = self._service.get(cid)
        try:
            try:
                self._service.set_status(cid, status, self._today())
            except OpenActionsError as err:
                if not confirm_resolve(self, err.count):
                    return
                self._service.set_status(cid, status, self._today(), allow_open_actions=True)
        except ValidationError as err:
            QMessageBox.warning(self, self.tr("Cannot change the status"), say(err))
            return
        self._push_edit(cid, before)
        self._after_change(cid)

    def delete_current(self) -> None:
        """Delete the selected challenge with its actions; Edit > Undo brings it back."""
        cid = self.current_id()
        if cid is None:
            return
        try:
            deleted = self._service.delete(cid)
        except NotFound:
            self.refresh()
            return
        self._push(
            DeleteChallengeCommand(self._service, deleted, self._undone_or_redone, self._say)
        )
        self._after_change(None)
        self._say(
            fill(
                self.tr("Deleted “%1”. Edit > Undo brings it back."),
                str(deleted.challenge["title"]),
            )
        )

    def _push_edit(self, cid: int, before: ChallengeInput) -> None:
        after = self._service.get(cid)
        if after != before:
            self._push(
                EditChallengeCommand(
                    self._service,
                    cid,
                    before,
                    after,
                    self._today,
                    self._undone_or_redone,
                    self._say,
                )
            )

    def _push(self, command: QUndoCommand) -> None:
        """Put a change that has already happened on the undo stack."""
        self.notice.hide()
        self.undo_stack.push(command)

    def _undone_or_redone(self) -> None:
        self.notice.hide()
        self._after_change(self.current_id())

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _current_action(self) -> ActionRow | None:
        index = self.actions_table.currentIndex()
        return self.actions_model.row_at(index.row()) if index.isValid() else None

    def add_action(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        dialog = ActionDialog(self._service, cid, None, self._today, self)
        if self.open_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.action_id:
            self._push(
                AddActionCommand(
                    self._service,
                    dialog.action_id,
                    dialog.text.text().strip(),
                    self._undone_or_redone,
                    self._say,
                )
            )
            self._after_change(cid)
        dialog.deleteLater()

    def edit_action(self) -> None:
        action = self._current_action()
        if action is None:
            return
        dialog = ActionDialog(self._service, action.challenge_id, action, self._today, self)
        if self.open_dialog(dialog) == QDialog.DialogCode.Accepted:
            self._push_action_edit(action)
            self._after_change(action.challenge_id)
        dialog.deleteLater()

    def mark_action_done(self) -> None:
        action = self._current_action()
        if action is None:
            return
        try:
            self._service.mark_done(action.id, self._today())
        except ValidationError as err:
            QMessageBox.warning(self, self.tr("Cannot mark it done"), say(err))
            return
        self._push_action_edit(action)
        self._after_change(action.challenge_id)

    def delete_action(self) -> None:
        """Delete the selected action; Edit > Undo brings it back."""
        action = self._current_action()
        if action is None:
            return
        kept = self._service.delete_action(action.id)
        if kept is not None:
            self._push(DeleteActionCommand(self._service, kept, self._undone_or_redone, self._say))
        self._after_change(action.challenge_id)
        self._say(
            fill(self.tr("Deleted the action “%1”. Edit > Undo brings it back."), action.action)
        )

    def _push_action_edit(self, before: ActionRow) -> None:
        after = self._service.action(before.id)

        def saved(row: ActionRow) -> tuple[object, ...]:
            return (row.action, row.owner_id, row.due_on, row.done_on)

        if after is not None and saved(after) != saved(before):
            self._push(
                EditActionCommand(self._service, before, after, self._undone_or_redone, self._say)
            )

    def manage_categories(self) -> None:
        """Add, rename or delete a category (one in use cannot be deleted)."""
        cats = self._service.categories()
        items = [self.tr("＋ New category…")] + [
            fill(
                self.tr("%1  (%2, used %3×)"),
                c.name,
                labels.challenge_group(c.group),
                c.in_use,
            )
            for c in cats
        ]
        choice, ok = QInputDialog.getItem(
            self, self.tr("Challenge categories"), self.tr("Category:"), items, 0, False
        )
        if not ok:
            return
        index = items.index(choice)
        try:
            if index == 0:
                name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name:"))
                if ok:
                    self._service.add_category(name)
            else:
                cat = cats[index - 1]
                box = QMessageBox(self)
                box.setWindowTitle(cat.name)
                box.setText(fill(self.tr("What should happen to “%1”?"), cat.name))
                rename = box.addButton(self.tr("Rename…"), QMessageBox.ButtonRole.ActionRole)
                delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
                box.addButton(QMessageBox.StandardButton.Cancel)
                box.exec()
                if box.clickedButton() is rename:
                    name, ok = QInputDialog.getText(
                        self, self.tr("Rename category"), self.tr("Name:"), text=cat.name
                    )
                    if ok:
                        self._service.update_category(cat.id, name, cat.group, cat.description)
                elif box.clickedButton() is delete:
                    self._service.delete_category(cat.id)
        except ValidationError as err:
            QMessageBox.warning(self, self.tr("Categories"), say(err))
            return
        self._after_change(self.current_id())

    # -- page duties --------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_id()
        self._fill_choices()
        self.model.reload()
        if current is not None:
            self.select_challenge(current)
        self._selection_changed()

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        settings.setValue(SETTINGS_HEADER, self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        settings = QSettings()
        splitter = settings.value(SETTINGS_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = settings.value(SETTINGS_HEADER)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
            text_fit.fit_headings(self.table.horizontalHeader())  # saved in another language
