"""Projects & Shifts: the page a volunteer coordinator plans in.

Left: projects (with their figures at a glance) and the volunteer list to drag from.
Middle: the week or day calendar, or the same shifts as a list. Right: the cover finder for
the selected shift, the week's conflicts, and hours per member, project and month.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QPalette, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.services.shifts import ShiftInput
from groupdesk.ui.common import colours, labels, text_fit
from groupdesk.ui.common.dialogs import run_dialog
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.schedule import labels as L
from groupdesk.ui.schedule.actions import CallCommand, assign_member
from groupdesk.ui.schedule.cover_finder import SuggestionsPanel
from groupdesk.ui.schedule.models import (
    ConflictListModel,
    HoursModel,
    ProjectsModel,
    ShiftListModel,
    VolunteerListModel,
    week_start,
)
from groupdesk.ui.schedule.project_dialog import ProjectDialog
from groupdesk.ui.schedule.shift_dialog import ShiftDialog
from groupdesk.ui.schedule.week_view import FILL_KEYS, MEMBER_MIME, ScheduleView, outline_colour
from groupdesk.ui.widgets.date_field import DateField

WEEK, DAY, LIST = "week", "day", "list"


def _table(parent: QWidget, name: str) -> QTableView:
    t = QTableView(parent)
    t.setObjectName(name)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.verticalHeader().setVisible(False)
    t.setWordWrap(False)
    t.setAlternatingRowColors(True)
    header = t.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    return t


def _swatch(parent: QWidget, key: str) -> QWidget:
    """A small square in the outline colour of a fill level, for the legend under the week."""
    swatch = QWidget(parent)
    swatch.setFixedSize(12, 12)
    swatch.setAutoFillBackground(True)

    def paint() -> None:
        pal = swatch.palette()
        colour = outline_colour(key, pal)
        if pal.color(QPalette.ColorRole.Window) != colour:
            pal.setColor(QPalette.ColorRole.Window, colour)
            swatch.setPalette(pal)

    colours.follow_palette(swatch, paint)
    return swatch


class ProjectsPage(QWidget):
    def __init__(
        self, app: Application, undo_stack: QUndoStack | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.undo_stack = undo_stack
        today = dt.date.today()
        self._day = today
        self._mode = WEEK
        self._sized = False
        self._list_sized = False

        bar = self._build_top_bar()
        self._build_left()
        middle = self._build_middle()
        self._build_right(today)
        self._lay_out(bar, middle)
        self._connect_signals()
        self._add_shortcuts()

        # Nothing is read until the page is first shown (or asked for shifts): opening the
        # main window on another page costs no queries here.
        self._loaded = False
        settings = QSettings()
        mode = settings.value("schedule/mode", WEEK)
        self._show_mode(mode if mode in (WEEK, DAY, LIST) else WEEK)
        state = settings.value("schedule/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        header = settings.value("schedule/listHeader")
        if header is not None:
            self._list_sized = self.list_table.horizontalHeader().restoreState(header)

    # -- building the page (in the order the widgets are made) -------------------------------

    def _build_top_bar(self) -> QHBoxLayout:
        """The project filter, the calendar's navigation and modes, and the page's buttons."""
        self.project_filter = QComboBox(self)
        self.project_filter.setObjectName("projectFilter")
        self.project_filter.setMinimumContentsLength(22)
        self.project_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (Ctrl+T)"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.range_label = QLabel(self)
        self.range_label.setObjectName("rangeLabel")
        self.range_label.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("00 Sep – 00 Sep 0000  ") + 8
        )
        self.mode_group = QButtonGroup(self)
        mode_box = QHBoxLayout()
        mode_box.setSpacing(0)
        self.mode_buttons: dict[str, QToolButton] = {}
        for key, text in ((WEEK, self.tr("Week")), (DAY, self.tr("Day")), (LIST, self.tr("List"))):
            b = QToolButton(self)
            b.setText(text)
            b.setCheckable(True)
            b.setAutoRaise(False)
            # The chosen view in the theme's highlight colours: a pressed look alone is too
            # faint to see on a dark theme. palette() follows a change of theme by itself.
            b.setStyleSheet(
                "QToolButton:checked { background: palette(highlight);"
                " color: palette(highlighted-text); border: 1px solid palette(highlight);"
                " border-radius: 3px; padding: 2px 6px; }"
            )
            self.mode_group.addButton(b)
            self.mode_buttons[key] = b
            mode_box.addWidget(b)
            b.clicked.connect(lambda _=False, k=key: self.set_mode(k))
        self.new_shift_button = QPushButton(self.tr("New shift…"), self)
        self.new_shift_button.setToolTip(self.tr("Plan a shift or a repeating series (Ctrl+N)"))
        self.copy_week_button = QPushButton(self.tr("Copy week…"), self)
        self.copy_week_button.setToolTip(self.tr("Copy this week's shifts to another week"))
        bar = QHBoxLayout()
        bar.addWidget(self.project_filter, 2)
        bar.addSpacing(8)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.today_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.range_label)
        bar.addLayout(mode_box)
        bar.addStretch(1)
        self.rules_button = QPushButton(self.tr("Rules…"), self)
        self.rules_button.setToolTip(
            self.tr("Time zone, message language and the volunteers' wellbeing limits")
        )
        bar.addWidget(self.new_shift_button)
        bar.addWidget(self.copy_week_button)
        bar.addWidget(self.rules_button)
        return bar

    def _build_left(self) -> None:
        """Left: the projects with their figures, and the volunteers to drag onto shifts."""
        self.projects_model = ProjectsModel(self)
        self.projects_table = _table(self, "projectsTable")
        self.projects_table.setModel(self.projects_model)
        self.glance = QLabel(self)
        self.glance.setObjectName("projectGlance")
        self.glance.setWordWrap(True)
        self.glance.setTextFormat(Qt.TextFormat.RichText)
        self.new_project_button = QPushButton(self.tr("New project…"), self)
        self.edit_project_button = QPushButton(self.tr("Edit project…"), self)
        self.edit_project_button.setToolTip(self.tr("Edit the selected project (Ctrl+E)"))
        project_buttons = QHBoxLayout()
        project_buttons.addWidget(self.new_project_button)
        project_buttons.addWidget(self.edit_project_button)
        project_buttons.addStretch(1)
        projects_tab = QWidget(self)
        pl = QVBoxLayout(projects_tab)
        pl.addWidget(self.projects_table, 1)
        pl.addWidget(self.glance)
        pl.addLayout(project_buttons)

        self.volunteer_search = QLineEdit(self)
        self.volunteer_search.setObjectName("volunteerFilter")
        self.volunteer_search.setPlaceholderText(self.tr("Find active members…"))
        self.volunteer_search.setClearButtonEnabled(True)
        self.volunteers = VolunteerListModel(self.app.roster, self, load=False)
        self.volunteer_list = QListView(self)
        self.volunteer_list.setObjectName("volunteerList")
        self.volunteer_list.setModel(self.volunteers)
        self.volunteer_list.setDragEnabled(True)
        self.volunteer_list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.volunteer_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.volunteer_list.setUniformItemSizes(True)
        hint = QLabel(self.tr("Drag a member onto a shift to assign them."), self)
        hint.setWordWrap(True)
        volunteers_tab = QWidget(self)
        vl = QVBoxLayout(volunteers_tab)
        vl.addWidget(self.volunteer_search)
        vl.addWidget(self.volunteer_list, 1)
        vl.addWidget(hint)
        self.left_tabs = QTabWidget(self)
        self.left_tabs.addTab(projects_tab, self.tr("Projects"))
        self.left_tabs.addTab(volunteers_tab, self.tr("Volunteers"))

    def _build_middle(self) -> QWidget:
        """Middle: the calendar or the list of shifts, with the fill legend."""
        self.view = ScheduleView(self)
        self.shift_list = ShiftListModel(self)
        self.list_table = _table(self, "shiftListTable")
        self.list_table.setModel(self.shift_list)
        self.list_table.setAcceptDrops(True)
        self.list_table.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.list_table.setDropIndicatorShown(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.list_table)
        legend = QHBoxLayout()
        for key in FILL_KEYS:
            legend.addWidget(_swatch(self, key))
            legend.addWidget(QLabel(L.fill(key), self))
            legend.addSpacing(10)
        legend.addStretch(1)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("scheduleSummary")
        legend.addWidget(self.summary_label)
        middle = QWidget(self)
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.stack, 1)
        ml.addLayout(legend)
        return middle

    def _build_right(self, today: dt.date) -> None:
        """Right: finding cover, the conflicts in view, and volunteer hours by month."""
        self.cover = SuggestionsPanel(self.app, self, undo_stack=self.undo_stack)
        self.conflicts_model = ConflictListModel(self)
        self.conflicts_table = _table(self, "conflictsTable")
        self.conflicts_table.setModel(self.conflicts_model)
        self.conflicts_note = QLabel(self)
        self.conflicts_note.setWordWrap(True)
        conflicts_tab = QWidget(self)
        cl = QVBoxLayout(conflicts_tab)
        cl.addWidget(self.conflicts_note)
        cl.addWidget(self.conflicts_table, 1)
        self.hours_model = HoursModel(self)
        self.hours_table = _table(self, "hoursTable")
        self.hours_table.setModel(self.hours_model)
        self.month = QComboBox(self)
        self.month.addItem(self.tr("All months"), None)
        first = today.replace(day=1)
        for i in range(12):
            y, m = divmod(first.year * 12 + first.month - 1 - i, 12)
            self.month.addItem(
                labels.month_year_text(dt.date(y, m + 1, 1), full=True), f"{y:04d}-{m + 1:02d}"
            )
        hours_tab = QWidget(self)
        hl = QVBoxLayout(hours_tab)
        hl.addWidget(self.month)
        hl.addWidget(self.hours_table, 1)
        self.right_tabs = QTabWidget(self)
        self.right_tabs.addTab(self.cover, self.tr("Find cover"))
        self.right_tabs.addTab(conflicts_tab, self.tr("Conflicts"))
        self.right_tabs.addTab(hours_tab, self.tr("Hours"))
        self.month.setCurrentIndex(1)

    def _lay_out(self, bar: QHBoxLayout, middle: QWidget) -> None:
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("scheduleSplitter")
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.right_tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([250, 800, 330])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.project_filter.currentIndexChanged.connect(self._filter_changed)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.new_shift_button.clicked.connect(lambda: self.new_shift())
        self.copy_week_button.clicked.connect(self.copy_week)
        self.rules_button.clicked.connect(self.edit_rules)
        self.new_project_button.clicked.connect(self.new_project)
        self.edit_project_button.clicked.connect(self.edit_project)
        self.projects_table.doubleClicked.connect(lambda _i: self.edit_project())
        self.projects_table.selectionModel().selectionChanged.connect(self._project_picked)
        self.view.shiftSelected.connect(self._shift_selected)
        self.view.shiftActivated.connect(self.open_shift)
        self.view.newShiftRequested.connect(self.new_shift)
        self.view.memberDropped.connect(self.assign)
        self.shift_list.memberDropped.connect(self.assign)
        self.list_table.doubleClicked.connect(
            lambda i: self.open_shift(self.shift_list.row_at(i.row()).id)
        )
        self.list_table.clicked.connect(
            lambda i: self._shift_selected(self.shift_list.row_at(i.row()).id)
        )
        self.cover.changed.connect(self.reload_shifts)
        self.right_tabs.currentChanged.connect(lambda _i: self._refresh_side())
        self.month.currentIndexChanged.connect(lambda _i: self._refresh_side())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(
            lambda: self.volunteers.set_search(self.volunteer_search.text())
        )
        self.volunteer_search.textChanged.connect(self._search_timer.start)

    def _add_shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+N", lambda: self.new_shift()),
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("Ctrl+T", self.go_today),
            ("Ctrl+E", self.edit_project),
            ("Ctrl+Shift+C", self.copy_week),
            ("Alt+1", lambda: self.set_mode(WEEK)),
            ("Alt+2", lambda: self.set_mode(DAY)),
            ("Alt+3", lambda: self.set_mode(LIST)),
        ):
            QShortcut(QKeySequence(keys), self, context=ctx).activated.connect(slot)

    # -- state ------------------------------------------------------------------------------

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("schedule/mode", self._mode)
        settings.setValue("schedule/splitter", self.splitter.saveState())
        if self._list_sized:  # widths never fitted to the shifts are not worth keeping
            settings.setValue("schedule/listHeader", self.list_table.horizontalHeader().saveState())
        self.cover.save_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ensure_loaded()
        if not self._sized and QSettings().value("schedule/splitter") is None:
            # First time: most of the width for the calendar.
            width = max(900, self.splitter.width())
            self.splitter.setSizes([int(width * 0.21), int(width * 0.5), int(width * 0.29)])
        text_fit.respect_minimum_sizes(self.splitter)  # the legend and the projects list whole
        self._sized = True

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_state()
        super().hideEvent(event)

    def project_id(self) -> int | None:
        return self.project_filter.currentData()

    def project_name(self) -> str | None:
        """The name of the project chosen in the filter; None for all projects."""
        return self.project_filter.currentText() if self.project_id() is not None else None

    def range(self) -> tuple[dt.date, int]:
        if self._mode == DAY:
            return self._day, 1
        return week_start(self._day), 7

    def _show_mode(self, mode: str) -> None:
        self._mode = mode
        self.mode_buttons[mode].setChecked(True)
        self.stack.setCurrentWidget(self.list_table if mode == LIST else self.view)
        self._name_arrows()

    def _name_arrows(self) -> None:
        """◀ and ▶ say what they do to a screen reader and in their tooltips."""
        if self._mode == DAY:
            back, forward = self.tr("Previous day"), self.tr("Next day")
        else:
            back, forward = self.tr("Previous week"), self.tr("Next week")
        self.prev_button.setAccessibleName(back)
        self.prev_button.setToolTip(fill(self.tr("%1 (Alt+Left)"), back))
        self.next_button.setAccessibleName(forward)
        self.next_button.setToolTip(fill(self.tr("%1 (Alt+Right)"), forward))

    def set_mode(self, mode: str) -> None:
        self._show_mode(mode)
        self.reload_shifts()

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.volunteers.reload()
            self.reload_projects()  # fills the filter, then the shifts

    def set_day(self, day: dt.date) -> None:
        self._day = day
        self.reload_shifts()

    def step(self, direction: int) -> None:
        days = 1 if self._mode == DAY else 7
        self.set_day(self._day + dt.timedelta(days=direction * days))

    def go_today(self) -> None:
        self.set_day(dt.date.today())

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read projects, shifts and volunteers again (F5, or after an import)."""
        if self._loaded:
            self.volunteers.reload()
            self.reload_projects()

    def reload_projects(self) -> None:
        current = self.project_id()
        rows = self.app.projects.list()
        self.projects_model.set_rows(rows)
        self.projects_table.resizeColumnsToContents()
        self.projects_table.setColumnWidth(0, min(self.projects_table.columnWidth(0), 170))
        # the name and the count of upcoming shifts ("Mendatang") without scrolling
        text_fit.keep_columns_in_view(self.projects_table, 2)
        self.project_filter.blockSignals(True)
        self.project_filter.clear()
        self.project_filter.addItem(self.tr("All projects"), None)
        for r in rows:
            self.project_filter.addItem(r.name, r.id)
        self.project_filter.setCurrentIndex(max(0, self.project_filter.findData(current)))
        self.project_filter.blockSignals(False)
        self._filter_changed()

    def _filter_changed(self) -> None:
        pid = self.project_id()
        if pid is not None:
            for row, r in enumerate(self.projects_model.rows()):
                if r.id == pid:
                    self.projects_table.selectRow(row)
        else:
            self.projects_table.clearSelection()
        self._show_glance()
        self.reload_shifts()

    def _project_picked(self) -> None:
        rows = self.projects_table.selectionModel().selectedRows()
        if rows:
            pid = self.projects_model.row_at(rows[0].row()).id
            if pid != self.project_id():
                self.project_filter.setCurrentIndex(self.project_filter.findData(pid))

    def _show_glance(self) -> None:
        pid = self.project_id()
        self.edit_project_button.setEnabled(pid is not None)
        if pid is None:
            self.glance.setText(self.tr("Pick a project to see its figures."))
            return
        g = self.app.projects.glance(pid)
        text = self.tr(
            "<b>Upcoming shifts:</b> %1 (%2 below minimum)<br><b>Sign-ups:</b> %3, "
            "waitlist %4<br><b>Hours given:</b> %5 by %n volunteers<br><b>No-shows:</b> %6",
            "",
            g.volunteers,
        )
        self.glance.setText(
            fill(
                labels.counted(text, g.volunteers),
                g.upcoming_shifts,
                g.understaffed_upcoming,
                g.signups_upcoming,
                g.waitlisted,
                labels.general_text(g.hours),
                g.no_shows,
            )
        )

    def reload_shifts(self) -> None:
        if not self._loaded:
            self.ensure_loaded()
            return
        start, days = self.range()
        begin = dt.datetime.combine(start, dt.time())
        shifts = self.app.shifts.shifts_between(
            begin, begin + dt.timedelta(days=days), project_id=self.project_id()
        )
        self.view.set_range(start, days)
        self.view.set_shifts(shifts)
        self.shift_list.set_rows(shifts)
        if not self._list_sized and shifts and self._mode == LIST:
            self.list_table.resizeColumnsToContents()
            self._list_sized = True
        end = start + dt.timedelta(days=days - 1)
        self.range_label.setText(
            labels.format_date(start, labels.WEEKDAY_DATE)
            if days == 1
            else f"{labels.format_date(start, 'dd MMM')} – {labels.date_text(end)}"
        )
        live = [s for s in shifts if s.status == "scheduled"]
        under = sum(1 for s in live if s.fill == "under")
        self.summary_label.setText(
            fill(
                labels.counted(self.tr("%n shifts, %1 below minimum", "", len(live)), len(live)),
                under,
            )
        )
        self._conflicts_stale = True
        self._refresh_side()

    def _refresh_side(self) -> None:
        tab = self.right_tabs.currentIndex()
        if tab == 0:
            self.cover.set_shift(self.view.selected_shift())
        elif tab == 1:
            self.refresh_conflicts()
        else:
            self.refresh_hours()

    def refresh_conflicts(self) -> None:
        start, days = self.range()
        begin = dt.datetime.combine(start, dt.time())
        found = self.app.signups.conflicts_between(
            begin, begin + dt.timedelta(days=days), project_id=self.project_id()
        )
        self.conflicts_model.set_rows(found)
        self.conflicts_table.resizeColumnsToContents()
        for column in range(4):  # keep the problem in sight; the reason is in the tooltip too
            width = self.conflicts_table.columnWidth(column)
            self.conflicts_table.setColumnWidth(column, min(width, 120))
        hard = sum(1 for c in found if c.conflict.severity == "hard")
        self.conflicts_note.setText(
            self.tr("No conflicts in this range.")
            if not found
            else fill(
                labels.counted(
                    self.tr("%n problems (%1 hard) among the sign-ups shown.", "", len(found)),
                    len(found),
                ),
                hard,
            )
        )
        self.right_tabs.setTabText(1, fill(self.tr("Conflicts (%1)"), len(found)))

    def refresh_hours(self) -> None:
        self.hours_model.set_rows(
            self.app.signups.totals(project_id=self.project_id(), month=self.month.currentData())
        )
        self.hours_table.resizeColumnsToContents()

    def _shift_selected(self, shift_id: int) -> None:
        if self.view.selected_shift() != shift_id:
            self.view.select_shift(shift_id)
            return
        if self.right_tabs.currentIndex() == 0:
            self.cover.set_shift(shift_id)

    # -- actions ----------------------------------------------------------------------------

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Every dialog of the page opens here (tests replace this to drive them)."""
        return run_dialog(dialog)

    def _changed(self) -> None:
        self.reload_shifts()
        self._show_glance()

    def assign(self, shift_id: int, member_id: int) -> str | None:
        status = assign_member(
            self,
            self.app,
            shift_id,
            member_id,
            undo_stack=self.undo_stack,
            changed=self._changed,
        )
        return status

    def open_shift(self, shift_id: int) -> None:
        dialog = ShiftDialog(self.app, shift_id, undo_stack=self.undo_stack, parent=self)
        dialog.changed.connect(self._changed)
        self.exec_dialog(dialog)
        self._changed()

    def default_shift(self, when: dt.datetime | None = None) -> ShiftInput:
        """The new shift's form starts on the project shown (or the first listed)."""
        pid = self.project_id()
        rows = self.projects_model.rows()
        if pid is None and rows:
            pid = rows[0].id
        return self.app.shifts.new_shift_defaults(pid, when=when, shown_from=self.range()[0])

    def new_shift(self, when: dt.datetime | None = None) -> ShiftDialog:
        dialog = ShiftDialog(
            self.app,
            defaults=self.default_shift(when),
            undo_stack=self.undo_stack,
            parent=self,
        )
        dialog.changed.connect(self._changed)
        self.exec_dialog(dialog)
        self.reload_projects()
        return dialog

    def new_project(self) -> None:
        dialog = ProjectDialog(self.app, parent=self)
        if self.exec_dialog(dialog) == QDialog.DialogCode.Accepted and dialog.project_id:
            self.reload_projects()
            self.project_filter.setCurrentIndex(self.project_filter.findData(dialog.project_id))

    def edit_project(self) -> None:
        pid = self.project_id()
        if pid is None:
            return
        dialog = ProjectDialog(self.app, pid, parent=self)
        if self.exec_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.reload_projects()

    def edit_rules(self) -> None:
        from groupdesk.ui.schedule.rules_dialog import RulesDialog

        if self.exec_dialog(RulesDialog(self.app, self)) == QDialog.DialogCode.Accepted:
            self._changed()

    def ask_copy_target(self) -> dt.date | None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Copy week"))
        target = DateField(dialog, required=True)
        target.setObjectName("copyTarget")
        target.set_value(week_start(self._day) + dt.timedelta(days=7))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(lambda: dialog.accept() if target.mark_problem() is None else None)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow(self.tr("Copy to the week of:"), target)
        form.addRow(buttons)
        if self.exec_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return target.value()

    def copy_week(self) -> list[int]:
        target = self.ask_copy_target()
        if target is None:
            return []
        source = week_start(self._day)
        from groupdesk.core.errors import ValidationError
        from groupdesk.ui.schedule.actions import show_refusal

        try:
            ids = self.app.shifts.copy_week(source, target, project_id=self.project_id())
        except ValidationError as err:
            show_refusal(self, say(err))
            return []
        if self.undo_stack is not None and ids:
            state: dict[str, list] = {"ids": ids, "rows": []}

            def redo() -> None:
                if state["rows"]:  # the same shifts back: ids and calendar UIDs kept
                    self.app.shifts.put_back(state["rows"])
                self._changed()

            def undo() -> None:
                state["rows"] = self.app.shifts.take_out(state["ids"])
                self._changed()

            self.undo_stack.push(
                CallCommand(self.tr("Copy week (%n shifts)", "", len(ids)), redo, undo)
            )
        self.set_day(target)
        return ids


__all__ = ["MEMBER_MIME", "ProjectsPage"]
