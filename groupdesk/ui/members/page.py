"""The Members page: find, filter, add, edit, delete and restore members.

Every change goes through an undoable command on the window's undo stack; the table shows
saved values only, so what you see is what the database holds.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core import licences
from groupdesk.core.application import Application
from groupdesk.core.enums import Education, Gender, MemberStatus
from groupdesk.core.errors import BackupFailed
from groupdesk.core.messages import Message
from groupdesk.core.messages.labels import label as enum_words
from groupdesk.core.services.members import MemberRecord, StaleEditError
from groupdesk.core.services.roster import RosterFilter
from groupdesk.core.validation import ValidationError
from groupdesk.ui.common import labels
from groupdesk.ui.common.colours import show_status
from groupdesk.ui.common.dialogs import confirm, run_dialog  # the hooks tests replace
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.common.resources import icon
from groupdesk.ui.members import personal_data as personal_data_actions
from groupdesk.ui.members.commands import (
    CreateMemberCommand,
    EditMemberCommand,
    RestoreMembersCommand,
    TrashMembersCommand,
)
from groupdesk.ui.members.delegates import MemberCellDelegate
from groupdesk.ui.members.dialog import MemberDialog
from groupdesk.ui.members.model import MembersTableModel

SEARCH_DELAY_MS = 150
SETTINGS_HEADER = "members/header"
FIELD_LABELS = {
    "member_number": QT_TRANSLATE_NOOP("MembersPage", "No."),
    "full_name": QT_TRANSLATE_NOOP("MembersPage", "Name"),
    "phone": QT_TRANSLATE_NOOP("MembersPage", "Phone"),
    "email": QT_TRANSLATE_NOOP("MembersPage", "Email"),
    "city": QT_TRANSLATE_NOOP("MembersPage", "City"),
    "status": QT_TRANSLATE_NOOP("MembersPage", "Status"),
    "joined_on": QT_TRANSLATE_NOOP("MembersPage", "Joined"),
    "paid_until": QT_TRANSLATE_NOOP("MembersPage", "Paid until"),
}


def keep_mine(parent: QWidget, name: str) -> bool:
    """Someone else saved this member while it was being edited: True keeps this user's
    changes, False reloads theirs (tests replace this)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MembersPage", "Changed by Someone Else"))
    box.setText(
        fill(
            QCoreApplication.translate(
                "MembersPage", "Someone else saved changes to %1 while you were editing."
            ),
            name,
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MembersPage",
            "Reload to see their version and edit again, or keep yours: the fields you "
            "changed are saved over theirs, the rest stays as they saved it.",
        )
    )
    reload_button = box.addButton(
        QCoreApplication.translate("MembersPage", "&Reload"), QMessageBox.ButtonRole.RejectRole
    )
    keep = box.addButton(
        QCoreApplication.translate("MembersPage", "&Keep Mine"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(reload_button)
    box.setEscapeButton(reload_button)
    box.exec()
    return box.clickedButton() is keep


class MembersPage(QWidget):
    challengesRequested = Signal(int)  # member id: show the challenges concerning them

    def __init__(
        self, app: Application, undo_stack: QUndoStack | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.db = app.db
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.roster = app.roster
        self.members = app.members
        self.lookups = app.lookups
        self.custom_fields = app.custom_fields
        self.model = MembersTableModel(self.roster, self, self.custom_fields.list(), load=False)
        if not app.read_only:
            self.model.edit_handler = self._inline_edit
        with self.model.deferred_loading():
            self._build()
            self._connect()
            self.restore_state()
        self._show_counts(self.model.matching, self.model.total)
        self._update_actions()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self._build_search_bar()
        self._build_actions()
        bar, actions = self._build_action_rows()

        self.filter_panel = self._build_filter_panel()
        self.filter_panel.hide()

        self._build_table()
        self._build_notices()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.filter_panel)
        layout.addLayout(actions)
        layout.addWidget(self.table)
        layout.addWidget(self.notice)
        layout.addWidget(self.error_label)

    def _build_table(self) -> None:
        """The roster, its columns sized for typical Indonesian entries."""
        self.table = QTableView(self)
        self.table.setObjectName("membersTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(MemberCellDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        metrics = self.table.fontMetrics()
        samples = (
            "GD-000000",
            "Nurul Nyoman Siregar",
            "+62 812-3456-7890",
            "nurul.siregar@gmail.com",
            "Jakarta Selatan",
            max(
                (labels.member_status(c) for c in ("active", "inactive", "lapsed", "left")),
                key=metrics.horizontalAdvance,
            ),
            "30 Sep 2026",
            "30 Sep 2026",
            labels.money_text(150_000),
        )
        # Each column as wide as a typical value, or as its heading in the reader's language
        # ("Tunggakan iuran" is longer than any amount), whichever is wider.
        heading = header.fontMetrics()
        for column, sample in enumerate(samples):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            wide = max(metrics.horizontalAdvance(sample), heading.horizontalAdvance(title) + 12)
            header.resizeSection(column, wide + 18)

    def _build_notices(self) -> None:
        """What just happened, with a way back; and why an inline edit was refused."""
        # What just happened, with a way back (e.g. "2 members moved to the trash. Undo").
        self.notice = QWidget(self)
        self.notice.setObjectName("memberNotice")
        self.notice_label = QLabel(self.notice)
        self.notice_label.setObjectName("memberNoticeText")
        self.notice_undo = QPushButton(self.tr("&Undo"), self.notice)
        self.notice_undo.setObjectName("memberNoticeUndo")
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(0, 0, 0, 0)
        notice_row.addWidget(self.notice_label, 1)
        notice_row.addWidget(self.notice_undo)
        self.notice.hide()

        self.error_label = QLabel(self)
        self.error_label.setObjectName("memberEditError")
        show_status(self.error_label, "error", bold=True)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def _build_search_bar(self) -> None:
        """Search, the status filter, More Filters and the count of members shown."""
        self.search = QLineEdit(self)
        self.search.setObjectName("memberSearch")
        self.search.setPlaceholderText(self.tr("Search members  (Ctrl+F)"))
        self.search.setToolTip(
            self.tr("Finds members by name, member number, phone, email, city or NIK.")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("memberStatusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in MemberStatus:
            self.status_filter.addItem(labels.member_status(status.value), status.value)

        self.filters_button = QToolButton(self)
        self.filters_button.setText(self.tr("More Filters"))
        self.filters_button.setCheckable(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("memberCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _build_actions(self) -> None:
        """The page's actions, with shortcuts that work anywhere on the page."""
        self.new_action = QAction(self.tr("&New Member…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = QAction(self.tr("&Edit Member…"), self)
        self.edit_action.setShortcuts([QKeySequence("Return"), QKeySequence("Ctrl+E")])
        self.delete_action = QAction(self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.trash_action = QAction(self.tr("Show &Trash"), self)
        self.trash_action.setCheckable(True)
        self.trash_action.setShortcut(QKeySequence("Ctrl+T"))
        self.challenges_action = QAction(self.tr("Challenges Concerning This Member"), self)
        self.export_data_action = QAction(self.tr("Export Personal Data…"), self)
        self.anonymise_action = QAction(self.tr("Anonymise…"), self)
        self.restore_action = QAction(self.tr("&Restore"), self)
        self.empty_trash_action = QAction(self.tr("Empty Trash…"), self)
        for action in (
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.trash_action,
            self.restore_action,
            self.empty_trash_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _build_action_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The search row and the row of buttons for the actions."""

        def button(action: QAction) -> QToolButton:
            b = QToolButton(self)
            b.setDefaultAction(action)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            return b

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.filters_button)
        bar.addWidget(self.count_label, 1)
        actions = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.delete_action):
            actions.addWidget(button(action))
        actions.addStretch(1)
        for action in (self.restore_action, self.empty_trash_action, self.trash_action):
            actions.addWidget(button(action))
        return bar, actions

    def _build_filter_panel(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("memberFilterPanel")
        grid = QGridLayout(panel)
        grid.setContentsMargins(0, 0, 0, 0)
        self.profession_filter = QComboBox(panel)
        self.skill_filter = QComboBox(panel)
        self.cause_filter = QComboBox(panel)
        self.city_filter = QComboBox(panel)
        self.custom_filter = QComboBox(panel)
        self.gender_filter = QComboBox(panel)
        self.gender_filter.setObjectName("genderFilter")
        self.gender_filter.addItem(self.tr("Any gender"), None)
        for gender in Gender:
            self.gender_filter.addItem(say(enum_words(gender)), gender.value)
        self.education_filter = QComboBox(panel)
        self.education_filter.setObjectName("educationFilter")
        self.education_filter.addItem(self.tr("Any education"), None)
        for level in Education:
            self.education_filter.addItem(say(enum_words(level)), level.value)
        self.custom_value = QLineEdit(panel)
        self.custom_value.setPlaceholderText(self.tr("value"))
        self.licence_check = QCheckBox(self.tr("Licence expires within"), panel)
        self.licence_check.setToolTip(
            self.tr("Still valid today and ending within these days; members who left not counted.")
        )
        self.licence_days = QSpinBox(panel)
        self.expired_check = QCheckBox(self.tr("Licence expired"), panel)
        self.expired_check.setObjectName("licenceExpiredFilter")
        self.renewal_check = QCheckBox(self.tr("Renewal due within"), panel)
        self.arrears_check = QCheckBox(self.tr("Owes dues"), panel)
        self.arrears_check.setObjectName("arrearsFilter")
        self.arrears_check.setToolTip(self.tr("Members with dues owing on the dues ledger."))
        self.renewal_days = QSpinBox(panel)
        for spin in (self.licence_days, self.renewal_days):
            spin.setRange(0, 3650)
            spin.setValue(30)
            spin.setSuffix(self.tr(" days"))
        self.licence_days.setValue(licences.EXPIRING_DAYS)  # as on the dashboard
        clear = QPushButton(self.tr("Clear Filters"), panel)
        clear.clicked.connect(self.clear_filters)
        grid.addWidget(QLabel(self.tr("Profession:"), panel), 0, 0)
        grid.addWidget(self.profession_filter, 0, 1)
        grid.addWidget(QLabel(self.tr("Skill:"), panel), 0, 2)
        grid.addWidget(self.skill_filter, 0, 3)
        grid.addWidget(QLabel(self.tr("Interest:"), panel), 0, 4)
        grid.addWidget(self.cause_filter, 0, 5)
        grid.addWidget(QLabel(self.tr("City:"), panel), 1, 0)
        grid.addWidget(self.city_filter, 1, 1)
        grid.addWidget(self.licence_check, 1, 2)
        grid.addWidget(self.licence_days, 1, 3)
        grid.addWidget(self.renewal_check, 1, 4)
        grid.addWidget(self.renewal_days, 1, 5)
        grid.addWidget(self.expired_check, 2, 4)
        grid.addWidget(self.arrears_check, 3, 4)
        grid.addWidget(QLabel(self.tr("Gender:"), panel), 3, 0)
        grid.addWidget(self.gender_filter, 3, 1)
        grid.addWidget(QLabel(self.tr("Education:"), panel), 3, 2)
        grid.addWidget(self.education_filter, 3, 3)
        grid.addWidget(QLabel(self.tr("Field:"), panel), 2, 0)
        grid.addWidget(self.custom_filter, 2, 1)
        grid.addWidget(self.custom_value, 2, 2, 1, 2)
        grid.addWidget(clear, 2, 5)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        self.reload_filter_lists()
        return panel

    def reload_filter_lists(self) -> None:
        """Fill the filter lists from the database (after professions or fields change)."""

        def refill(combo: QComboBox, everything: str, pairs: Sequence[tuple[object, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value, text in pairs:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

        refill(self.profession_filter, self.tr("Any profession"), self.lookups.professions())
        refill(self.skill_filter, self.tr("Any skill"), self.lookups.skills())
        refill(self.cause_filter, self.tr("Any interest"), self.lookups.cause_areas())
        refill(self.city_filter, self.tr("Any city"), [(c, c) for c in self.lookups.cities()])
        refill(
            self.custom_filter,
            self.tr("(own fields)"),
            [(f.id, f.label) for f in self.custom_fields.list()],
        )

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.custom_value.textChanged.connect(self._search_timer.start)
        for combo in (
            self.status_filter,
            self.profession_filter,
            self.skill_filter,
            self.cause_filter,
            self.city_filter,
            self.gender_filter,
            self.education_filter,
            self.custom_filter,
        ):
            combo.currentIndexChanged.connect(self.apply_filter)
        for check in (
            self.licence_check,
            self.renewal_check,
            self.expired_check,
            self.arrears_check,
        ):
            check.toggled.connect(self.apply_filter)
        for spin in (self.licence_days, self.renewal_days):
            spin.valueChanged.connect(self._search_timer.start)
        self.filters_button.toggled.connect(self.filter_panel.setVisible)
        self.model.countsChanged.connect(self._show_counts)
        self.model.editRefused.connect(self._show_edit_error)
        self.model.modelReset.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        self.table.installEventFilter(self)
        scroll = self.table.verticalScrollBar()
        scroll.sliderReleased.connect(self._scrolled_to_end)
        scroll.actionTriggered.connect(
            lambda action: (
                self._scrolled_to_end() if action == scroll.SliderAction.SliderToMaximum else None
            )
        )
        self.notice_undo.clicked.connect(lambda: self._undo_notice())
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._header_menu)
        self.new_action.triggered.connect(self.new_member)
        self.edit_action.triggered.connect(lambda: self.edit_member())
        self.delete_action.triggered.connect(self.delete_selected)
        self.trash_action.toggled.connect(self.show_trash)
        self.restore_action.triggered.connect(self.restore_selected)
        self.empty_trash_action.triggered.connect(self.empty_trash)
        self.challenges_action.triggered.connect(self._request_challenges)
        self.export_data_action.triggered.connect(self.export_personal_data)
        self.anonymise_action.triggered.connect(self.anonymise)

    # -- the end of a long list -----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+End goes to the true last member, not the last one loaded so far."""
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_End
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.model.fetch_end()
        return super().eventFilter(watched, event)

    def _scrolled_to_end(self) -> None:
        scroll = self.table.verticalScrollBar()
        if scroll.value() >= scroll.maximum() and self.model.canFetchMore():
            self.model.fetch_end()
            self.table.scrollToBottom()

    # -- filtering ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_filter(self) -> RosterFilter:
        status = self.status_filter.currentData()
        return RosterFilter(
            search=self.search.text(),
            statuses=frozenset({status}) if status else frozenset(),
            city=self.city_filter.currentData(),
            gender=self.gender_filter.currentData(),
            education=self.education_filter.currentData(),
            profession_id=self.profession_filter.currentData(),
            skill_id=self.skill_filter.currentData(),
            cause_area_id=self.cause_filter.currentData(),
            licence_expiring_days=(
                self.licence_days.value() if self.licence_check.isChecked() else None
            ),
            licence_expired=self.expired_check.isChecked(),
            renewal_due_days=self.renewal_days.value() if self.renewal_check.isChecked() else None,
            in_arrears=self.arrears_check.isChecked(),
            custom_field_id=self.custom_filter.currentData(),
            custom_value=self.custom_value.text().strip() or None,
            in_trash=self.trash_action.isChecked(),
        )

    def apply_filter(self) -> None:
        """Run the search now (the box waits for a pause in typing before calling this)."""
        self._search_timer.stop()
        self.error_label.hide()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for combo in (
            self.profession_filter,
            self.skill_filter,
            self.cause_filter,
            self.city_filter,
            self.gender_filter,
            self.education_filter,
            self.custom_filter,
            self.status_filter,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for check in (
            self.licence_check,
            self.renewal_check,
            self.expired_check,
            self.arrears_check,
        ):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self.custom_value.clear()
        self.search.clear()
        self.apply_filter()

    def show_status(self, status: str | None) -> None:
        """Show the members with ``status`` (None for all), with the combo set to match;
        used by links from other pages, so other filters and the trash are cleared."""
        self.trash_action.blockSignals(True)
        self.trash_action.setChecked(False)
        self.trash_action.blockSignals(False)
        self.clear_filters()
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))
        self.apply_filter()
        self._update_actions()

    def show_in_arrears(self) -> None:
        """Show the members who owe dues (from the dashboard), other filters cleared."""
        self.trash_action.blockSignals(True)
        self.trash_action.setChecked(False)
        self.trash_action.blockSignals(False)
        self.clear_filters()
        self.arrears_check.setChecked(True)  # applies the filter
        self.filters_button.setChecked(True)
        self._update_actions()

    def show_trash(self, on: bool) -> None:
        self.trash_action.setChecked(on)
        self.apply_filter()
        self._update_actions()

    def refresh(self) -> None:
        self.model.reload()

    def _show_counts(self, matching: int, total: int) -> None:
        if self.trash_action.isChecked():
            text = labels.counted(self.tr("%n members in the trash", "", matching), matching)
        elif matching == total:
            text = labels.counted(self.tr("%n members", "", total), total)
        else:
            text = fill(
                labels.counted(self.tr("%1 of %n members", "", total), total),
                matching,
            )
        self.count_label.setText(text)

    def status_message(self) -> str:
        return self.count_label.text()

    # -- selection ----------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        return [self.model.member_id(r) for r in self.selected_rows()]

    def _selected_names(self) -> list[str]:
        return [self.model.member_row(r).full_name for r in self.selected_rows()]

    def show_member_row(self, member_id: int) -> bool:
        """Select a member just saved, also when the search or filters would hide them: the
        filters are then cleared, and the page says so."""
        if self.select_member(member_id, load=True):
            return True
        if not self.current_filter().is_narrowed():
            return False
        self.clear_filters()
        self.show_notice(
            self.tr("The search and filters were cleared to show the member you saved."),
            undo=False,
        )
        return self.select_member(member_id, load=True)

    def select_member(self, member_id: int, *, load: bool = False) -> bool:
        """Select ``member_id`` if shown; ``load`` reads on page by page until it is."""
        row = self.model.row_of(member_id)
        while row < 0 and load and self.model.canFetchMore() and self.model.matches(member_id):
            self.model.fetchMore()
            row = self.model.row_of(member_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _update_actions(self) -> None:
        writable = not self.db.read_only
        in_trash = self.trash_action.isChecked()
        selected = bool(self.table.selectionModel().selectedRows())
        self.new_action.setEnabled(writable and not in_trash)
        self.edit_action.setEnabled(selected and not in_trash)
        self.delete_action.setEnabled(writable and selected and not in_trash)
        self.restore_action.setVisible(in_trash)
        self.empty_trash_action.setVisible(in_trash)
        self.restore_action.setEnabled(writable and selected)
        one = len(self.table.selectionModel().selectedRows()) == 1
        self.challenges_action.setEnabled(one and not in_trash)
        self.export_data_action.setEnabled(one)
        self.anonymise_action.setEnabled(writable and one and not in_trash)
        self.empty_trash_action.setEnabled(writable and self.model.rowCount() > 0)

    # -- changing -----------------------------------------------------------------------

    def show_notice(self, text: str, *, undo: bool) -> None:
        """Say what just happened under the table; with Undo when it can be taken back."""
        self.notice_label.setText(text)
        self.notice_undo.setVisible(undo)
        self._notice_index = self.undo_stack.index()
        self.notice.show()

    def _undo_notice(self) -> None:
        # Only the step the notice is about: nothing else may have been done since.
        if self.undo_stack.index() == getattr(self, "_notice_index", -1):
            self.undo_stack.undo()
        self.notice.hide()

    def _report(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def fields_changed(self) -> None:
        """The association's own fields were added or removed (Settings)."""
        self.model.set_custom_fields(self.custom_fields.list())
        self.reload_filter_lists()
        self.restore_state()

    def _after_change(self) -> None:
        self.model.reload()
        self.reload_filter_lists()

    def _dialog(self, record: MemberRecord | None) -> MemberDialog:
        return MemberDialog(
            self.members,
            self.lookups,
            self.custom_fields.list(),
            record,
            self,
            dues=self.app.dues,
            credentials=None if self.db.read_only else self.app.credentials,
        )

    def new_member(self) -> int | None:
        if self.db.read_only or self.trash_action.isChecked():
            return None
        dialog = self._dialog(None)
        if not run_dialog(dialog) or dialog.result_record is None:
            return None
        command = CreateMemberCommand(
            self.members, self._after_change, self._report, dialog.result_record
        )
        self.undo_stack.push(command)
        if command.member_id is not None:
            self.show_member_row(command.member_id)
        return command.member_id

    def edit_member(self, member_id: int | None = None) -> bool:
        """Open the form for ``member_id`` (default: the selected member)."""
        if member_id is None:
            ids = self.selected_ids()
            if not ids or self.trash_action.isChecked():
                return False
            member_id = ids[0]
        before = self.members.get(member_id)
        dialog = self._dialog(before)
        if self.db.read_only:
            dialog.setWindowTitle(dialog.windowTitle() + self.tr(" (read-only)"))
        if not run_dialog(dialog) or dialog.result_record is None or self.db.read_only:
            return False
        before = dialog.original_record  # with the licence its credentials left, if changed
        if dialog.result_record == before:
            return False
        command = EditMemberCommand(
            self.members,
            lambda: self.model.refresh_member(before.id or 0),
            self._report,
            before,
            dialog.result_record,
            resolve=lambda theirs: keep_mine(self, theirs.full_name),
        )
        self.undo_stack.push(command)
        if command.reloaded:  # their version, in the form again, to edit on from there
            return self.edit_member(member_id)
        if before.id is not None:
            self.select_member(before.id)  # the saved member stays the selected one
        return True

    def _inline_edit(self, member_id: int, field: str, value: object, version: int) -> str | None:
        """Check an in-table edit first, so a refused value never becomes an undo step."""
        try:
            before, after = self.members.check_field(member_id, field, value, version=version)
        except (ValidationError, StaleEditError) as err:
            self.model.refresh_member(member_id)
            name = self.tr(str(FIELD_LABELS.get(field, field)))
            reason = (
                self.tr("Someone else changed this member; the table now shows it.")
                if isinstance(err, StaleEditError)
                else say(err)
            )
            return fill(
                self.tr("%1 of %2 not saved: %3"),
                name,
                self.model.member_row(self.model.row_of(member_id)).full_name,
                reason,
            )
        self.error_label.hide()
        self.undo_stack.push(
            EditMemberCommand(
                self.members,
                lambda: self.model.refresh_member(member_id),
                self._report,
                before,
                after,
                fill(
                    self.tr("Change %1 of %2"),
                    self.tr(str(FIELD_LABELS.get(field, field))),
                    before.full_name,
                ),
            )
        )
        return None

    def _request_challenges(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.challengesRequested.emit(ids[0])

    def export_personal_data(self) -> object:
        ids = self.selected_ids()
        if not ids:
            return None
        return personal_data_actions.export_personal_data(self, self.app, ids[0])

    def anonymise(self) -> bool:
        ids = self.selected_ids()
        if not ids or self.db.read_only or self.trash_action.isChecked():
            return False
        done = personal_data_actions.anonymise_member(self, self.app, ids[0], self.undo_stack)
        if done:
            self.model.refresh_member(ids[0])
        return bool(done)

    def _show_edit_error(self, _row: int, reason: str) -> None:
        self._report(reason)

    def delete_selected(self) -> int:
        ids = self.selected_ids()
        if not ids or self.db.read_only or self.trash_action.isChecked():
            return 0
        names = self._selected_names()
        self.undo_stack.push(
            TrashMembersCommand(self.members, self._after_change, self._report, ids, names)
        )
        text = (
            fill(self.tr("%1 moved to the trash."), names[0])
            if len(ids) == 1
            else self.tr("%n members moved to the trash.", "", len(ids))
        )
        self.show_notice(text, undo=True)
        return len(ids)

    def restore_selected(self) -> int:
        ids = self.selected_ids()
        if not ids or self.db.read_only:
            return 0
        self.undo_stack.push(
            RestoreMembersCommand(
                self.members, self._after_change, self._report, ids, self._selected_names()
            )
        )
        return len(ids)

    def empty_trash(self) -> int:
        count = self.members.trash_count()
        if not count or self.db.read_only:
            return 0
        question = labels.counted(
            self.tr(
                "Delete the %n members in the trash for good, with their sign-ups and hours? "
                "This cannot be undone.",
                "",
                count,
            ),
            count,
        )
        if not confirm(self, self.tr("Empty Trash"), question):
            return 0
        try:
            removed = self.members.empty_trash()  # backs up first
        except BackupFailed as err:
            self._report(
                fill(
                    self.tr("The trash was not emptied: no backup could be made (%1)."),
                    say(err.detail) if isinstance(err.detail, Message) else str(err.detail),
                )
            )
            return 0
        self.undo_stack.clear()  # earlier steps may refer to members that are gone now
        self._after_change()
        return removed

    # -- menus --------------------------------------------------------------------------

    def _table_menu(self, pos: QPoint) -> None:
        self.row_menu().exec(self.table.viewport().mapToGlobal(pos))

    def row_menu(self) -> QMenu:
        """The menu a right click on a row opens."""
        menu = QMenu(self)
        if self.trash_action.isChecked():
            menu.addAction(self.restore_action)
        else:
            menu.addActions([self.edit_action, self.delete_action])
            menu.addSeparator()
            menu.addAction(self.challenges_action)
        menu.addSeparator()
        menu.addActions([self.export_data_action, self.anonymise_action])
        menu.addSeparator()
        menu.addAction(self.new_action)
        return menu

    def column_menu(self) -> QMenu:
        """Checkable list of columns to show; at least one stays visible."""
        header = self.table.horizontalHeader()
        menu = QMenu(self.tr("Columns"), self)
        for column in range(self.model.columnCount()):
            name = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(name))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        return menu

    def set_column_visible(self, column: int, visible: bool) -> None:
        header = self.table.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not visible and shown == [column]:
            return
        header.setSectionHidden(column, not visible)
        self.save_state()

    def _header_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(pos))

    # -- state --------------------------------------------------------------------------

    def save_state(self) -> None:
        QSettings().setValue(SETTINGS_HEADER, self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = QSettings().value(SETTINGS_HEADER)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
