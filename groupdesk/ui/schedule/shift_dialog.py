"""One shift: its details (or a new repeating series), who is on it with attendance and
hours, and the cover finder. Refusals appear under the field they are about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.errors import ValidationError
from groupdesk.core.services.shifts import ShiftInput
from groupdesk.core.services.signups import AttendanceRow, time_on_shift
from groupdesk.ui.common import labels
from groupdesk.ui.common.colours import show_status
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.form_errors import FieldErrors
from groupdesk.ui.common.messages import say
from groupdesk.ui.schedule.actions import assign_member, create_shifts_command
from groupdesk.ui.schedule.cover_finder import SuggestionsPanel
from groupdesk.ui.schedule.models import AttendanceModel, VolunteerListModel
from groupdesk.ui.widgets.date_field import DateField, DateTimeField, InvalidDate


class ShiftDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        services: Application,
        shift_id: int = 0,
        *,
        defaults: ShiftInput | None = None,
        undo_stack=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shiftDialog")
        self._s = services
        self._undo = undo_stack
        self.shift_id = shift_id
        self.saved_ids: list[int] = []
        self.errors = FieldErrors()
        self.status = "scheduled"
        self.series_id: str | None = None
        data: ShiftInput | None
        if shift_id:
            data, self.status, self.series_id = services.shifts.get(shift_id)
        else:
            data = defaults
        self.setWindowTitle(self.tr("Shift") if shift_id else self.tr("New shift"))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        if shift_id:
            self.tabs.addTab(self._volunteers_tab(), self.tr("&Volunteers"))
            self.cover = SuggestionsPanel(services, self, undo_stack=undo_stack)
            self.cover.changed.connect(self._after_signup_change)
            self.tabs.addTab(self.cover, self.tr("Find &cover"))
            self.cover.set_shift(shift_id)
        if data is not None:
            self._load(data)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_shift_button = None
        if shift_id and self.status == "scheduled":
            self.cancel_shift_button = buttons.addButton(
                self.tr("Cancel shi&ft…"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.cancel_shift_button.clicked.connect(self.cancel_shift)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        if self.status == "cancelled":
            note = QLabel(self.tr("This shift is cancelled."), self)
            note.setStyleSheet("font-weight: bold;")
            layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)

    # -- details ----------------------------------------------------------------------------

    def _details_tab(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._details_fields(page)
        self._details_rows(page, form)
        self._repeat_rows(page, form)

        if self.status == "cancelled":
            page.setEnabled(False)
        return page

    def _details_fields(self, page: QWidget) -> None:
        """The shift's fields, their choices read from the projects, professions and skills."""
        self.project = QComboBox(page)
        self.project.setObjectName("shiftProject")
        for row in self._s.projects.list():
            self.project.addItem(row.name, row.id)
        self.starts = DateTimeField(page)
        self.starts.setObjectName("shiftStarts")
        self.ends = DateTimeField(page)
        self.ends.setObjectName("shiftEnds")
        self.starts.value_changed.connect(self._keep_end_after_start)
        self._last_start: dt.datetime | None = None
        self.location = QLineEdit(page)
        self.location.setPlaceholderText(self.tr("The project's location"))
        self.min_spin = QSpinBox(page)
        self.max_spin = QSpinBox(page)
        # Zero is allowed in the box so that the refusal can say why it is not enough.
        self.min_spin.setRange(0, 999)
        self.max_spin.setRange(0, 999)
        self.profession = QComboBox(page)
        self.profession.addItem(self.tr("(none)"), None)
        for pid, name in self._s.projects.professions():
            self.profession.addItem(name, pid)
        self.skill = QComboBox(page)
        self.skill.addItem(self.tr("(none)"), None)
        for sid, name in self._s.projects.skills():
            self.skill.addItem(name, sid)
        self.demanding = QCheckBox(self.tr("Demanding (physically or emotionally)"), page)
        self.demanding.setToolTip(
            self.tr("Counts towards the organisation's limit on demanding shifts in a row.")
        )
        self.notes = QPlainTextEdit(page)
        self.notes.setMaximumHeight(70)

    def _details_rows(self, page: QWidget, form: QFormLayout) -> None:
        """The fields in the form, each with the place where its refusal is shown."""

        def add(label: str, widget: QWidget, field: str | None = None) -> None:
            form.addRow(label, self.errors.wrap(widget, {field: widget} if field else None))

        add(self.tr("&Project:"), self.project, "project_id")
        add(self.tr("&Starts:"), self.starts, "starts_at")
        add(self.tr("&Ends:"), self.ends, "ends_at")
        add(self.tr("&Location:"), self.location)
        capacity = QWidget(page)
        limits = QHBoxLayout(capacity)
        limits.setContentsMargins(0, 0, 0, 0)
        limits.addWidget(QLabel(self.tr("at least"), capacity))
        limits.addWidget(self.min_spin)
        limits.addWidget(QLabel(self.tr("at most"), capacity))
        limits.addWidget(self.max_spin)
        limits.addStretch(1)
        form.addRow(
            self.tr("Volunteers:"),
            self.errors.wrap(
                capacity, {"min_volunteers": self.min_spin, "max_volunteers": self.max_spin}
            ),
        )
        add(self.tr("Required p&rofession:"), self.profession)
        add(self.tr("Required s&kill:"), self.skill)
        form.addRow("", self.demanding)
        add(self.tr("&Notes:"), self.notes)

    def _repeat_rows(self, page: QWidget, form: QFormLayout) -> None:
        """Repeating a new shift, or which shifts of a series a change applies to."""
        self.repeat = QComboBox(page)
        self.repeat.setObjectName("shiftRepeat")
        self.count = QSpinBox(page)
        self.count.setRange(1, 366)
        self.count.setValue(4)
        self.until = DateField(page, required=True)
        self.by_count = QRadioButton(self.tr("times:"), page)
        self.by_until = QRadioButton(self.tr("until"), page)
        self.by_count.setChecked(True)
        self.scope_rest = QRadioButton(self.tr("This and the later shifts of the series"), page)
        self.scope_one = QRadioButton(self.tr("Only this shift"), page)
        if not self.shift_id:
            self.repeat.addItem(self.tr("Does not repeat"), "none")
            self.repeat.addItem(self.tr("Weekly"), "weekly")
            self.repeat.addItem(self.tr("Daily"), "daily")
            box = QWidget(page)
            r = QHBoxLayout(box)
            r.setContentsMargins(0, 0, 0, 0)
            for w in (self.repeat, self.by_count, self.count, self.by_until, self.until):
                r.addWidget(w)
            r.addStretch(1)
            form.addRow(
                self.tr("&Repeat:"),
                self.errors.wrap(
                    box, {"count": self.count, "until": self.until, "repeat": self.repeat}
                ),
            )
            self.repeat.currentIndexChanged.connect(self._repeat_changed)
            self._repeat_changed()
        elif self.series_id:
            group = QButtonGroup(page)
            group.addButton(self.scope_one)
            group.addButton(self.scope_rest)
            self.scope_one.setChecked(True)
            box = QWidget(page)
            scopes = QVBoxLayout(box)
            scopes.setContentsMargins(0, 0, 0, 0)
            scopes.addWidget(self.scope_one)
            scopes.addWidget(self.scope_rest)
            form.addRow(self.tr("Apply changes to:"), box)
        # Widgets of the other kind of shift (new, or part of a series) stay out of sight.
        for w in (self.repeat, self.count, self.until, self.by_count, self.by_until):
            if self.shift_id:
                w.hide()
        if not self.series_id:
            self.scope_one.hide()
            self.scope_rest.hide()

    def _repeat_changed(self) -> None:
        on = self.repeat.currentData() != "none"
        for w in (self.by_count, self.count, self.by_until, self.until):
            w.setEnabled(on)

    def _keep_end_after_start(self, new: dt.datetime) -> None:
        """Moving the start moves the end with it, keeping the length."""
        if self._last_start is not None and self.ends.date.is_valid():
            self.ends.set_value(self.ends.value() + (new - self._last_start))
        self._last_start = new

    def _load(self, data: ShiftInput) -> None:
        index = self.project.findData(data.project_id)
        self.project.setCurrentIndex(max(0, index))
        self._last_start = None
        self.starts.set_value(data.starts_at)
        self.ends.set_value(data.ends_at)
        self._last_start = data.starts_at
        self.location.setText(data.location or "")
        self.min_spin.setValue(data.min_volunteers)
        self.max_spin.setValue(data.max_volunteers)
        self.profession.setCurrentIndex(
            max(0, self.profession.findData(data.required_profession_id))
        )
        self.skill.setCurrentIndex(max(0, self.skill.findData(data.required_skill_id)))
        self.demanding.setChecked(bool(data.demanding))
        self.notes.setPlainText(data.notes or "")
        self.until.set_value(data.starts_at.date() + dt.timedelta(days=28))

    def data(self) -> ShiftInput:
        return ShiftInput(
            project_id=self.project.currentData() or 0,
            starts_at=self.starts.value(),
            ends_at=self.ends.value(),
            location=self.location.text().strip() or None,
            min_volunteers=self.min_spin.value(),
            max_volunteers=self.max_spin.value(),
            required_profession_id=self.profession.currentData(),
            required_skill_id=self.skill.currentData(),
            demanding=self.demanding.isChecked(),
            notes=self.notes.toPlainText().strip() or None,
        )

    def save(self) -> bool:
        """Validate and write; a refusal is shown at its field and the dialog stays open."""
        if self.status == "cancelled":
            return False
        self.errors.clear()
        try:
            data = self.data()
            if self.shift_id:
                old, _, _ = self._s.shifts.get(self.shift_id)
                rest = self.scope_rest.isChecked()
                ids = self._s.shifts.update(self.shift_id, data, rest_of_series=rest)
                if self._undo is not None and not rest:
                    from groupdesk.ui.schedule.actions import CallCommand

                    sid = self.shift_id

                    def redo() -> None:
                        self._s.shifts.update(sid, data)
                        self.changed.emit()

                    def undo() -> None:
                        self._s.shifts.update(sid, old)
                        self.changed.emit()

                    self._undo.push(CallCommand(self.tr("Edit shift"), redo, undo))
            else:
                repeat = self.repeat.currentData()
                count = self.count.value() if self.by_count.isChecked() else None
                until = None
                if not self.by_count.isChecked():
                    until = self.until.value()
                ids = self._s.shifts.create_series(data, repeat, count=count, until=until)
                if self._undo is not None:
                    self._undo.push(create_shifts_command(self._s, ids, data, self.changed.emit))
        except InvalidDate as err:
            where = {self.starts.date: "starts_at", self.ends.date: "ends_at"}
            self.errors.show(where.get(err.field, "until"), say(err))
            self.tabs.setCurrentIndex(0)
            return False
        except ValidationError as err:
            if not self.errors.show(err.field, say(err)):
                QMessageBox.warning(self, self.tr("Not saved"), say(err))
            self.tabs.setCurrentIndex(0)
            return False
        self.saved_ids = ids
        self.changed.emit()
        self.accept()
        return True

    # -- volunteers -------------------------------------------------------------------------

    def _volunteers_tab(self) -> QWidget:
        page = QWidget(self)
        self.attendance = AttendanceModel(self._set_hours, self, set_time=self._set_time)
        self.attendance.refused.connect(self._show_attendance_refusal)
        self.attendance_table = QTableView(page)
        self.attendance_table.setObjectName("attendanceTable")
        self.attendance_table.setModel(self.attendance)
        self.attendance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance_table.verticalHeader().setVisible(False)
        self.attendance_table.horizontalHeader().setStretchLastSection(True)
        self.hours_error = QLabel(page)
        self.hours_error.setObjectName("error_hours")
        show_status(self.hours_error, "error")
        self.hours_error.hide()
        actions = QHBoxLayout()
        self.action_buttons = {}
        for key, text in (
            ("confirm", self.tr("Con&firm")),
            ("check_in", self.tr("Check &in")),
            ("check_out", self.tr("Check &out")),
            ("attended", self.tr("&Attended")),
            ("no_show", self.tr("&No-show")),
            ("remove", self.tr("&Remove")),
        ):
            b = QPushButton(text, page)
            b.clicked.connect(lambda _=False, k=key: self.attendance_action(k))
            actions.addWidget(b)
            self.action_buttons[key] = b
        actions.addStretch(1)
        # Messages to send after a change: to whoever was removed or moved up.
        self.notice_label = QLabel(self.tr("Messages to send:"), page)
        self.notice_text = QPlainTextEdit(page)
        self.notice_text.setObjectName("noticeText")
        self.notice_text.setReadOnly(True)
        self.notice_text.setMaximumHeight(120)
        self.copy_notice_button = QPushButton(self.tr("Cop&y messages"), page)
        self.copy_notice_button.clicked.connect(lambda: self.copy_notices())
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.copy_notice_button)
        for w in (self.notice_label, self.notice_text, self.copy_notice_button):
            w.hide()
        self.member_search = QLineEdit(page)
        self.member_search.setObjectName("volunteerSearch")
        self.member_search.setPlaceholderText(self.tr("Find a member to add…"))
        self.member_search.setClearButtonEnabled(True)
        self.member_list = QListView(page)
        self.member_model = VolunteerListModel(self._s.roster, self)
        self.member_list.setModel(self.member_model)
        self.member_list.setMaximumHeight(140)
        self.member_search.textChanged.connect(self.member_model.set_search)
        self.add_button = QPushButton(self.tr("A&dd to shift"), page)
        self.add_button.clicked.connect(lambda: self.add_selected_member())
        self.member_list.doubleClicked.connect(lambda _i: self.add_selected_member())
        add_row = QHBoxLayout()
        add_row.addWidget(self.member_search, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.attendance_table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.notice_label)
        layout.addLayout(notice_row)
        layout.addLayout(add_row)
        layout.addWidget(self.hours_error)
        layout.addWidget(self.member_list)
        if self.status == "cancelled":
            for widget in (*self.action_buttons.values(), self.add_button, self.member_search):
                widget.setEnabled(False)
        self.refresh_volunteers()
        return page

    ATTENDANCE_KEYS = ("check_in", "check_out", "attended", "no_show")

    def refresh_volunteers(self) -> None:
        self.attendance.set_rows(self._s.signups.attendance(self.shift_id))
        self.attendance_table.resizeColumnsToContents()
        self._enable_attendance()

    def _enable_attendance(self) -> None:
        """Attendance buttons work once the shift has started; before, they say when."""
        is_open, opens_at = self._s.signups.attendance_opens(self.shift_id)
        self.attendance.attendance_open = is_open
        tip = (
            ""
            if is_open
            else fill(
                self.tr("Attendance opens when the shift starts: %1"),
                labels.format_date(opens_at, labels.WEEKDAY_DATE_TIME),
            )
        )
        for key in self.ATTENDANCE_KEYS:
            button = self.action_buttons[key]
            button.setEnabled(is_open and self.status != "cancelled")
            button.setToolTip(tip)

    def _show_attendance_refusal(self, message: str) -> None:
        self.hours_error.setText(message)
        self.hours_error.show()

    def _set_hours(self, assignment_id: int, hours: float | None) -> None:
        self._s.signups.set_hours(assignment_id, hours)
        self.hours_error.hide()
        self.changed.emit()

    def _set_time(self, row: AttendanceRow, which: str, clock: dt.time | None) -> AttendanceRow:
        """Correct a check-in or check-out time typed in the table; hours follow."""
        data, _, _ = self._s.shifts.get(self.shift_id)
        moment = None if clock is None else time_on_shift(data.starts_at, data.ends_at, clock)
        check_in = moment if which == "in" else row.check_in_at
        check_out = moment if which == "out" else row.check_out_at
        if which == "in" and check_out is not None and moment is None:
            check_out = None  # no leaving time without an arrival
        hours = self._s.signups.set_times(row.assignment_id, check_in, check_out)
        self.hours_error.hide()
        self.changed.emit()
        status = "attended" if check_in is not None else row.status
        return replace(
            row, check_in_at=check_in, check_out_at=check_out, hours=hours, status=status
        )

    def show_notices(self, texts: list[str]) -> None:
        """Show the messages to send; empty hides them."""
        self.notice_text.setPlainText("\n\n".join(texts))
        for w in (self.notice_label, self.notice_text, self.copy_notice_button):
            w.setVisible(bool(texts))

    def copy_notices(self) -> None:
        QGuiApplication.clipboard().setText(self.notice_text.toPlainText())

    def _after_signup_change(self) -> None:
        if self.shift_id:
            self.refresh_volunteers()
        self.changed.emit()

    def selected_assignment(self) -> int:
        rows = self.attendance_table.selectionModel().selectedRows()
        return self.attendance.row_at(rows[0].row()).assignment_id if rows else 0

    def attendance_action(self, key: str, assignment_id: int | None = None) -> bool:
        aid = assignment_id or self.selected_assignment()
        if not aid:
            return False
        s = self._s.signups
        try:
            actions: dict[str, Callable[[int], Any]] = {
                "confirm": s.confirm,
                "check_in": s.check_in,
                "check_out": s.check_out,
                "attended": s.mark_attended,
                "no_show": s.mark_no_show,
                "remove": s.cancel,
            }
            done = actions[key](aid)
        except ValidationError as err:
            self.hours_error.setText(say(err))
            self.hours_error.show()
            return False
        self.hours_error.hide()
        if key == "remove":
            notices = self._s.notices
            self.show_notices([notices.removed(aid)] + [notices.promoted(p) for p in done or []])
        self._after_signup_change()
        if hasattr(self, "cover"):
            self.cover.refresh()
        return True

    def _show_signup_refusal(self, message: str) -> None:
        """A refused sign-up is explained under the member search it came from."""
        self.hours_error.setText(message)
        self.hours_error.show()
        self.member_search.setFocus()

    def add_selected_member(self, member_id: int | None = None) -> str | None:
        if member_id is None:
            index = self.member_list.currentIndex()
            if not index.isValid():
                return None
            member_id = self.member_model.member_id(index.row())
        status = assign_member(
            self,
            self._s,
            self.shift_id,
            member_id,
            undo_stack=self._undo,
            changed=self._after_signup_change,
            refuse=self._show_signup_refusal,
        )
        if status is not None and hasattr(self, "cover"):
            self.cover.refresh()
        return status

    # -- cancelling -------------------------------------------------------------------------

    def confirm_cancel(self, people: list[str]) -> bool:
        text = self.tr("Cancel this shift?")
        if people:
            text += "\n\n" + self.tr("Tell these volunteers:") + "\n" + "\n".join(people)
        answer = QMessageBox.question(self, self.tr("Cancel shift"), text)
        return answer == QMessageBox.StandardButton.Yes

    def show_cancelled(self, people: list[str]) -> None:
        if people:
            QMessageBox.information(
                self,
                self.tr("Shift cancelled"),
                self.tr("The shift is cancelled. Please tell:") + "\n" + "\n".join(people),
            )

    def cancel_shift(self) -> list[str] | None:
        people = [
            f"{v.name}  {v.phone or v.email or ''}".strip()
            for v in self._s.shifts.volunteers(self.shift_id)
        ]
        if not self.confirm_cancel(people):
            return None
        self._s.shifts.cancel(self.shift_id)
        if self._undo is not None:
            from groupdesk.ui.schedule.actions import CallCommand

            sid = self.shift_id

            def redo() -> None:
                self._s.shifts.cancel(sid)
                self.changed.emit()

            def undo() -> None:
                self._s.shifts.restore(sid)
                self.changed.emit()

            self._undo.push(CallCommand(self.tr("Cancel shift"), redo, undo))
        self.changed.emit()
        self.show_cancelled(people)
        self.accept()
        return people


__all__ = ["ShiftDialog"]
