"""The home page: the state of the organisation at a glance, every figure a way in.

Figures come from :class:`DashboardService`; a click on a figure or a bar opens the list
behind it, on its own page where one exists and in a list window where it does not yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.services.challenges import UNRESOLVED, ChallengeFilter
from groupdesk.core.services.dashboard import (
    FILL_WEEKS,
    LICENCE_DAYS,
    DashboardService,
    DashboardSnapshot,
    ShiftNeed,
)
from groupdesk.ui.common import labels
from groupdesk.ui.common.fill import fill
from groupdesk.ui.dashboard.chart_box import ChartBox
from groupdesk.ui.dashboard.charts import BarChart

LIST_LIMIT = 1000


class FigureButton(QPushButton):
    """A big number with a caption under it; clicking opens the list behind the number."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLabel("–", self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(caption, self)
        self.setAccessibleName(caption)  # until a value is shown
        self.setToolTip(caption)
        self.caption.setWordWrap(True)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Room for a caption of two lines, so that every tile in the row is the same height.
        line = self.caption.fontMetrics().lineSpacing()
        self.setFixedHeight(self.number.sizeHint().height() + 2 * line + 26)
        self.setMinimumWidth(120)

    def set_value(self, text: str, tooltip: str = "") -> None:
        self.number.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{self.caption.text()}: {text}")

    def text_shown(self) -> str:
        return self.number.text()


SHIFT_ID_ROLE = Qt.ItemDataRole.UserRole


class ListDialog(QDialog):
    """A plain list of the rows behind a figure; with ``open_row``, Enter or a double-click
    on a row opens what it lists."""

    def __init__(
        self,
        title: str,
        note: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        parent: QWidget | None = None,
        *,
        ids: Sequence[int] | None = None,
        open_row: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 480)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(len(rows), len(headers), self)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if ids is not None:
                    item.setData(SHIFT_ID_ROLE, ids[r])
                self.table.setItem(r, c, item)
        if open_row is not None and ids is not None:
            self.table.setToolTip(self.tr("Double-click or press Enter to open the shift"))
            self.table.activated.connect(lambda index: open_row(int(index.data(SHIFT_ID_ROLE))))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class DashboardPage(QWidget):
    openMembers = Signal(str)  # a member status
    openChallenges = Signal(object)  # a ChallengeFilter
    openProfession = Signal(int)  # a profession id
    openShift = Signal(int)  # a shift id
    openArrears = Signal()  # the members who owe dues

    def __init__(
        self,
        app: Application,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service: DashboardService = app.dashboard
        self._today = today
        self.snapshot: DashboardSnapshot | None = None
        self.last_dialog: ListDialog | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("dashboardHeading")
        self.refresh_button = QPushButton(self.tr("Refresh  (F5)"), self)
        self.refresh_button.clicked.connect(self.refresh)

        self.figures: dict[str, FigureButton] = {}
        captions = {
            "active": self.tr("Active members"),
            "inactive": self.tr("Inactive members"),
            "lapsed": self.tr("Lapsed members"),
            "fill": labels.counted(
                self.tr("Shift places filled, next %n weeks", "", FILL_WEEKS), FILL_WEEKS
            ),
            "licences": labels.counted(
                self.tr("Licences expiring in %n days", "", LICENCE_DAYS), LICENCE_DAYS
            ),
            "expired": self.tr("Licences expired"),
            "overdue": self.tr("Overdue mitigation actions"),
        }
        figure_row = QHBoxLayout()
        for key, caption in captions.items():
            button = FigureButton(caption, self)
            button.setObjectName(f"figure_{key}")
            button.clicked.connect(lambda _=False, k=key: self.open_figure(k))
            self.figures[key] = button
            figure_row.addWidget(button)

        # The dues ledger's figures: shown once the organisation keeps one.
        self.dues_row = QWidget(self)
        self.dues_row.setObjectName("duesFigures")
        dues_layout = QHBoxLayout(self.dues_row)
        dues_layout.setContentsMargins(0, 0, 0, 0)
        for key, caption in (
            ("collected", self.tr("Dues collected this month")),
            ("owed", self.tr("Dues owed by members")),
        ):
            button = FigureButton(caption, self.dues_row)
            button.setObjectName(f"figure_{key}")
            button.clicked.connect(lambda _=False, k=key: self.open_figure(k))
            self.figures[key] = button
            dues_layout.addWidget(button, 1)
        dues_layout.addStretch(2)
        self.dues_row.hide()

        self.profession_chart = BarChart(horizontal=True, parent=self)
        self.profession_chart.setObjectName("professionChart")
        self.profession_chart.barClicked.connect(self.open_profession)
        self.hours_chart = BarChart(horizontal=False, value_text=_hours_text, parent=self)
        self.hours_chart.setObjectName("hoursChart")
        self.hours_chart.barClicked.connect(self.open_month)
        self.category_chart = BarChart(horizontal=True, parent=self)
        self.category_chart.setObjectName("categoryChart")
        self.category_chart.empty_text = self.tr("No open challenges")
        self.category_chart.barClicked.connect(self.open_category)

        self.understaffed = QTableWidget(0, 4, self)
        self.understaffed.setObjectName("understaffedShifts")
        self.understaffed.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Project"), self.tr("Signed up"), self.tr("Needed")]
        )
        self.understaffed.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.understaffed.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.understaffed.verticalHeader().setVisible(False)
        self.understaffed.setAlternatingRowColors(True)
        self.understaffed.setWordWrap(False)
        header = self.understaffed.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Enter or a double-click on a row opens that shift (activated covers both).
        self.understaffed.activated.connect(
            lambda index: self.openShift.emit(int(index.data(SHIFT_ID_ROLE)))
        )
        self.understaffed.setToolTip(self.tr("Double-click or press Enter to open the shift"))
        self.understaffed_more = QPushButton(self)
        self.understaffed_more.setObjectName("understaffedAll")
        self.understaffed_more.clicked.connect(lambda: self.open_figure("understaffed"))

        self.profession_box = ChartBox(
            self.tr("Members per profession"),
            self.profession_chart,
            (self.tr("Profession"), self.tr("Members")),
            self,
        )
        self.hours_box = ChartBox(
            self.tr("Volunteer hours per month"),
            self.hours_chart,
            (self.tr("Month"), self.tr("Hours")),
            self,
        )
        self.category_box = ChartBox(
            self.tr("Open challenges by category"),
            self.category_chart,
            (self.tr("Category"), self.tr("Open challenges")),
            self,
        )
        shifts_box = QGroupBox(self.tr("Understaffed shifts, next 4 weeks"), self)
        shifts_layout = QVBoxLayout(shifts_box)
        shifts_layout.addWidget(self.understaffed)
        shifts_layout.addWidget(self.understaffed_more, 0, Qt.AlignmentFlag.AlignRight)

        grid = QGridLayout()
        grid.addWidget(self.profession_box, 0, 0)
        grid.addWidget(self.hours_box, 0, 1)
        grid.addWidget(self.category_box, 1, 0)
        grid.addWidget(shifts_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        content = QWidget(self)
        body = QVBoxLayout(content)
        body.addLayout(top)
        body.addLayout(figure_row)
        body.addWidget(self.dues_row)
        body.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        content.setMinimumSize(720, 500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._stale = True

    # -- refreshing ---------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def mark_stale(self) -> None:
        """The data changed: refresh now if visible, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        today = self._today()
        snap = self._service.snapshot(today)
        self.snapshot = snap
        self._stale = False
        self.heading.setText(
            "<h2>"
            + self.tr("At a glance")
            + "</h2>"
            + fill(self.tr("Figures for %1"), labels.date_text(today))
        )
        counts = snap.members_by_status
        for status in ("active", "inactive", "lapsed"):
            self.figures[status].set_value(
                labels.number_text(counts[status]), self.tr("Click to list these members")
            )
        rate = snap.fill_rate
        self.figures["fill"].set_value(
            "–" if rate is None else f"{rate:.0%}",
            fill(
                labels.counted(
                    self.tr("%1 of %2 places on %n shifts", "", snap.shifts_upcoming),
                    snap.shifts_upcoming,
                ),
                snap.places_filled,
                snap.places_total,
            ),
        )
        self.figures["licences"].set_value(
            labels.number_text(snap.licences_expiring), self.tr("Click to list the licences")
        )
        self.figures["expired"].set_value(
            labels.number_text(snap.licences_expired),
            self.tr("Click to list the expired licences of members who have not left"),
        )
        self.figures["overdue"].set_value(
            labels.number_text(snap.overdue_mitigations),
            self.tr("Click to list the challenges concerned"),
        )
        self._show_dues(snap)
        self.profession_chart.set_bars(snap.members_per_profession)
        # each bar of hours is a month's first day
        months = [(b.key, b.value) for b in snap.hours_per_month if isinstance(b.key, dt.date)]
        self.hours_chart.set_bars(
            [(month, labels.month_abbreviation(month), value) for month, value in months]
        )
        first, last = months[0][0], months[-1][0]
        self.hours_box.setTitle(
            fill(
                self.tr("Volunteer hours per month, %1 – %2"),
                labels.month_year_text(first),
                labels.month_year_text(last),
            )
        )
        self.category_chart.set_bars(
            [
                (b.key, b.label if b.label is not None else self.tr("(no category)"), b.value)
                for b in snap.open_by_category
            ]
        )
        self._fill_understaffed(snap.understaffed)
        self.understaffed_more.setText(
            labels.counted(
                self.tr("All %n understaffed shifts…", "", snap.understaffed_count),
                snap.understaffed_count,
            )
        )
        self.understaffed_more.setEnabled(snap.understaffed_count > 0)

    def _show_dues(self, snap: DashboardSnapshot) -> None:
        dues = snap.dues
        self.dues_row.setVisible(dues.in_use)
        if not dues.in_use:
            return
        tip = fill(self.tr("Charged for this month: %1"), labels.money_text(dues.expected))
        if dues.expected:
            tip += f" ({dues.collected / dues.expected:.0%})"
        self.figures["collected"].set_value(
            labels.money_text(dues.collected),
            tip + "\n" + self.tr("Click to list this month's payments"),
        )
        self.figures["owed"].set_value(
            labels.money_text(dues.owed),
            labels.counted(
                self.tr("%n members owe dues. Click to list them.", "", dues.owing_members),
                dues.owing_members,
            ),
        )

    def _fill_understaffed(self, needs: Sequence[ShiftNeed]) -> None:
        table = self.understaffed
        table.setRowCount(len(needs))
        for r, need in enumerate(needs):
            values = (
                labels.format_date(need.starts_at, labels.DAY_TIME),
                need.project,
                str(need.signed_up),
                str(need.min_volunteers),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(SHIFT_ID_ROLE, need.shift_id)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)

    # -- opening the lists behind ---------------------------------------------------------

    def open_figure(self, key: str) -> None:
        today = self._today()
        if key in ("active", "inactive", "lapsed"):
            self.openMembers.emit(key)
        elif key == "overdue":
            self.openChallenges.emit(ChallengeFilter(overdue_only=True))
        elif key == "owed":
            self.openArrears.emit()
        elif key == "collected":
            payments = self._service.payments_list(today)
            self.show_list(
                fill(self.tr("Payments in %1"), labels.month_year_text(today)),
                "",
                [
                    self.tr("Date"),
                    self.tr("Receipt"),
                    self.tr("No."),
                    self.tr("Name"),
                    self.tr("Amount"),
                ],
                [
                    (
                        labels.date_text(p.paid_on),
                        p.receipt_number or "",
                        p.member_number,
                        p.full_name,
                        labels.money_text(p.amount),
                    )
                    for p in payments
                ],
            )
        elif key in ("licences", "expired"):
            rows = (
                self._service.expiring_licences_list(today)
                if key == "licences"
                else self._service.expired_licences_list(today)
            )
            self.show_list(
                labels.counted(
                    self.tr("Licences expiring in the next %n days", "", LICENCE_DAYS), LICENCE_DAYS
                )
                if key == "licences"
                else self.tr("Expired licences"),
                "",
                [
                    self.tr("No."),
                    self.tr("Name"),
                    self.tr("Profession"),
                    self.tr("Licence"),
                    self.tr("Valid until"),
                ],
                [
                    (
                        x.member_number,
                        x.full_name,
                        x.profession,
                        x.licence_number or "",
                        labels.date_text(x.valid_until),
                    )
                    for x in rows
                ],
            )
        elif key in ("understaffed", "fill"):
            shifts = (
                self._service.understaffed_list(today)
                if key == "understaffed"
                else self._service.upcoming_shifts_list(today)
            )
            title = (
                self.tr("Understaffed shifts in the next 4 weeks")
                if key == "understaffed"
                else self.tr("Shifts in the next 4 weeks")
            )
            self.show_list(
                title,
                "",
                [
                    self.tr("When"),
                    self.tr("Project"),
                    self.tr("Location"),
                    self.tr("Signed up"),
                    self.tr("Needed"),
                    self.tr("Places"),
                ],
                [
                    (
                        labels.datetime_text(s.starts_at),
                        s.project,
                        s.location or "",
                        str(s.signed_up),
                        str(s.min_volunteers),
                        str(s.max_volunteers),
                    )
                    for s in shifts
                ],
                ids=[s.shift_id for s in shifts],
                open_row=self.openShift.emit,
            )

    def open_profession(self, profession_id: object) -> None:
        self.openProfession.emit(int(profession_id))  # type: ignore[call-overload]

    def open_month(self, month: object) -> None:
        assert isinstance(month, dt.date)
        rows = self._service.hours_in_month(month, limit=LIST_LIMIT)
        self.show_list(
            fill(self.tr("Volunteer hours in %1"), labels.month_year_text(month, full=True)),
            self._limit_note(len(rows)).strip(),
            [
                self.tr("No."),
                self.tr("Name"),
                self.tr("Project"),
                self.tr("Shift"),
                self.tr("Hours"),
            ],
            [
                (
                    h.member_number,
                    h.full_name,
                    h.project,
                    labels.datetime_text(h.starts_at),
                    _hours_text(h.hours),
                )
                for h in rows
            ],
        )

    def open_category(self, category_id: object) -> None:
        self.openChallenges.emit(
            ChallengeFilter(
                category_id=category_id if isinstance(category_id, int) else None,
                no_category=category_id is None,
                statuses=UNRESOLVED,
            )
        )

    def show_list(
        self,
        title: str,
        note: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        ids: Sequence[int] | None = None,
        open_row: Callable[[int], None] | None = None,
    ) -> ListDialog:
        """Show rows in a list window (not modal, so the dashboard stays usable)."""
        dialog = ListDialog(title, note, headers, rows, self, ids=ids, open_row=open_row)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _limit_note(self, shown: int) -> str:
        if shown < LIST_LIMIT:
            return ""
        return " " + fill(self.tr("Showing the first %1."), LIST_LIMIT)


def _hours_text(value: float) -> str:
    value = round(value, 1)
    return labels.decimal_text(value, 1) if value % 1 else labels.number_text(round(value))
