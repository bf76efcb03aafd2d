"""The Members page: search box, status filter and the roster table."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.models import MemberStatus
from groupdesk.core.services.roster import RosterFilter, RosterService
from groupdesk.ui import labels
from groupdesk.ui.members_model import MembersTableModel
from groupdesk.ui.resources import icon

SEARCH_DELAY_MS = 150
SETTINGS_HEADER = "members/header"


class MembersPage(QWidget):
    def __init__(self, service: RosterService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MembersTableModel(service, self)

        self.search = QLineEdit(self)
        self.search.setObjectName("memberSearch")
        self.search.setPlaceholderText(
            self.tr("Search name, number, phone, email or city  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)

        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("memberStatusFilter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in MemberStatus:
            self.status_filter.addItem(labels.member_status(status.value), status.value)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("memberCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(self)
        self.table.setObjectName("membersTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        samples = (
            "GD-000000",
            "Bagus Anisa Pratama Wijaya",
            "+62 812-3456-78901",
            "anisa.matondang603@gmail.com",
            "Jakarta Selatan",
            "Inactive",
            "30 Sep 2026",
            "30 Sep 2026",
        )
        for column, sample in enumerate(samples):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.count_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.model.countsChanged.connect(self._show_counts)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)
        self._show_counts(self.model.matching, self.model.total)
        self.restore_state()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_filter(self) -> RosterFilter:
        status = self.status_filter.currentData()
        return RosterFilter(
            search=self.search.text(),
            statuses=frozenset({status}) if status else frozenset(),
        )

    def apply_filter(self) -> None:
        """Run the search now (the box waits for a pause in typing before calling this)."""
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def show_status(self, status: str | None) -> None:
        """Show the members with ``status`` (None for all), with the combo set to match."""
        self.search.clear()
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))
        self.apply_filter()

    def refresh(self) -> None:
        self.model.reload()

    def _show_counts(self, matching: int, total: int) -> None:
        if matching == total:
            text = (
                self.tr("1 member")
                if total == 1
                else self.tr("%1 members").replace("%1", f"{total:,}")
            )
        else:
            text = (
                self.tr("%1 of %2 members")
                .replace("%1", f"{matching:,}")
                .replace("%2", f"{total:,}")
            )
        self.count_label.setText(text)

    def status_message(self) -> str:
        return self.count_label.text()

    def save_state(self) -> None:
        QSettings().setValue(SETTINGS_HEADER, self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = QSettings().value(SETTINGS_HEADER)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
