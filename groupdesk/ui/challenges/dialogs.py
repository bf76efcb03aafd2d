"""Forms for a challenge and for one mitigation action. Refusals show at the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.enums import ChallengeStatus, Severity
from groupdesk.core.services.challenges import (
    ActionRow,
    ChallengeInput,
    ChallengeService,
    OpenActionsError,
    ValidationError,
)
from groupdesk.ui.common import labels
from groupdesk.ui.common.colours import show_status
from groupdesk.ui.common.count_texts import count_texts
from groupdesk.ui.common.messages import say
from groupdesk.ui.widgets.date_field import DateField, InvalidDate
from groupdesk.ui.widgets.member_picker import MemberPicker


def _date_edit(parent: QWidget) -> DateField:
    return DateField(parent)


class _FieldForm:
    """A QFormLayout whose rows each have a hidden error line under the field."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = owner
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add(self, key: str, label: str, widget: QWidget) -> None:
        box = QWidget(self._owner)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(1)
        inner.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"error_{key}")
        error.setWordWrap(True)
        show_status(error, "error")
        error.hide()
        inner.addWidget(error)
        self.errors[key] = error
        self.fields[key] = widget
        self.form_layout.addRow(label, box)

    def clear_when_picked(self, key: str, picker: MemberPicker) -> None:
        """Picking a member takes away the refusal shown under that field."""
        picker.memberChanged.connect(lambda member_id: self._hide(key) if member_id else None)

    def _hide(self, key: str) -> None:
        error = self.errors[key]
        error.clear()
        error.hide()

    def clear(self) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()

    def show(self, key: str, message: str) -> None:
        error = self.errors.get(key) or next(iter(self.errors.values()))
        error.setText(message)
        error.show()
        widget = self.fields.get(key)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


class ChallengeDialog(QDialog):
    """Create or edit a challenge. ``save()`` returns True once the database has it."""

    def __init__(
        self,
        service: ChallengeService,
        challenge_id: int | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self.challenge_id = challenge_id
        self.setWindowTitle(
            self.tr("New challenge") if challenge_id is None else self.tr("Challenge")
        )
        self.resize(620, 640)

        self.title = QLineEdit(self)
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(self.tr("What is the group struggling with?"))
        self.category = QComboBox(self)
        self.category.addItem(self.tr("(no category)"), None)
        for c in service.categories():
            self.category.addItem(f"{c.name} — {labels.challenge_group(c.group)}", c.id)
        self.severity = QComboBox(self)
        for level in Severity:
            self.severity.addItem(labels.severity(level.value), level.value)
        self.status = QComboBox(self)
        for s in ChallengeStatus:
            self.status.addItem(labels.challenge_status(s.value), s.value)
        self.raised_on = _date_edit(self)
        self.mitigating_since = _date_edit(self)
        self.resolved_on = _date_edit(self)
        self.profession = QComboBox(self)
        self.profession.addItem(self.tr("(none)"), None)
        for p in service.professions():
            self.profession.addItem(p.name, p.id)
        self.project = QComboBox(self)
        self.project.addItem(self.tr("(none)"), None)
        for p in service.projects():
            self.project.addItem(p.name, p.id)
        finder = service.member_finder()
        self.member = MemberPicker(finder, self)
        self.owner = MemberPicker(finder, self)
        self.owner.edit.setPlaceholderText(self.tr("Who follows it up? Type a name"))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)

        self.form = _FieldForm(self)
        f = self.form
        f.add("title", self.tr("&Title:"), self.title)
        f.add("category_id", self.tr("&Category:"), self.category)
        f.add("severity", self.tr("Se&verity:"), self.severity)
        f.add("status", self.tr("&Status:"), self.status)
        f.add("raised_on", self.tr("Raised on:"), self.raised_on)
        f.add("mitigating_since", self.tr("Being mitigated since:"), self.mitigating_since)
        f.add("resolved_on", self.tr("Resolved on:"), self.resolved_on)
        f.add("profession_id", self.tr("Concerns &profession:"), self.profession)
        f.add("project_id", self.tr("Concerns pro&ject:"), self.project)
        f.add("member_id", self.tr("Concerns &member:"), self.member)
        f.add("owner_id", self.tr("&Owner:"), self.owner)
        f.add("description", self.tr("&Description:"), self.description)
        f.add("mitigation_notes", self.tr("Mitigation &notes:"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(f.form_layout)
        layout.addWidget(self.buttons)

        self.status.currentIndexChanged.connect(self._status_changed)
        f.clear_when_picked("member_id", self.member)
        f.clear_when_picked("owner_id", self.owner)
        self._load()

    def _load(self) -> None:
        today = self._today()
        data = (
            self._service.get(self.challenge_id)
            if self.challenge_id is not None
            else ChallengeInput(raised_on=today)
        )
        self.title.setText(data.title)
        self._pick(self.category, data.category_id)
        self._pick(self.severity, data.severity)
        self._pick(self.status, data.status)
        self.raised_on.set_value(data.raised_on)
        self.mitigating_since.set_value(data.mitigating_since)
        self.resolved_on.set_value(data.resolved_on)
        self._pick(self.profession, data.profession_id)
        self._pick(self.project, data.project_id)
        self.member.set_member_id(data.member_id)
        self.owner.set_member_id(data.owner_id)
        self.description.setPlainText(data.description or "")
        self.notes.setPlainText(data.mitigation_notes or "")
        self._status_changed()

    @staticmethod
    def _pick(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _status_changed(self) -> None:
        reached = self._service.step_dates(self.status.currentData())
        self.mitigating_since.setEnabled("mitigating_since" in reached)
        self.resolved_on.setEnabled("resolved_on" in reached)

    def _member_id(self, picker: MemberPicker, key: str) -> int | None:
        return picked_member(self._service, picker, key)

    def values(self) -> ChallengeInput:
        status = self.status.currentData()
        reached = self._service.step_dates(status)
        return ChallengeInput(
            title=self.title.text(),
            category_id=self.category.currentData(),
            description=self.description.toPlainText(),
            profession_id=self.profession.currentData(),
            project_id=self.project.currentData(),
            member_id=self._member_id(self.member, "member_id"),
            severity=self.severity.currentData(),
            status=status,
            owner_id=self._member_id(self.owner, "owner_id"),
            raised_on=self.raised_on.value(),
            mitigating_since=(
                self.mitigating_since.value() if "mitigating_since" in reached else None
            ),
            resolved_on=self.resolved_on.value() if "resolved_on" in reached else None,
            mitigation_notes=self.notes.toPlainText(),
        )

    def save(self) -> bool:
        self.form.clear()
        allow_open_actions = False
        while True:
            try:
                data = self.values()
                if self.challenge_id is None:
                    self.challenge_id = self._service.create(data, self._today())
                else:
                    self._service.update(
                        self.challenge_id,
                        data,
                        self._today(),
                        allow_open_actions=allow_open_actions,
                    )
            except OpenActionsError as err:
                if not allow_open_actions and confirm_resolve(self, err.count):
                    allow_open_actions = True
                    continue
                self.form.show(err.field, open_actions_text(err.count))
                return False
            except InvalidDate as err:
                self.form.show(_key_of(self.form, err.field), say(err))
                return False
            except ValidationError as err:
                self.form.show(err.field, say(err))
                return False
            return True

    def error_text(self, field: str) -> str:
        label = self.form.errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def accept(self) -> None:
        if self.save():
            super().accept()


class ActionDialog(QDialog):
    """Add or edit one mitigation action: what, who, by when, and whether it is done."""

    def __init__(
        self,
        service: ChallengeService,
        challenge_id: int,
        action: ActionRow | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._today = today
        self.challenge_id = challenge_id
        self.action_id = action.id if action else None
        self.setWindowTitle(self.tr("Mitigation action"))
        self.resize(480, 280)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("What will be done?"))
        self.owner = MemberPicker(service.member_finder(), self)
        self.owner.edit.setPlaceholderText(self.tr("Who does it? Type a name"))
        self.has_due = QCheckBox(self.tr("Due by"), self)
        self.due_on = _date_edit(self)
        self.done_check = QCheckBox(self.tr("Done on"), self)
        self.done_on = _date_edit(self)
        due_row = QWidget(self)
        h = QHBoxLayout(due_row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.has_due)
        h.addWidget(self.due_on, 1)
        done_row = QWidget(self)
        h2 = QHBoxLayout(done_row)
        h2.setContentsMargins(0, 0, 0, 0)
        h2.addWidget(self.done_check)
        h2.addWidget(self.done_on, 1)
        self.form = _FieldForm(self)
        self.form.add("action", self.tr("&Action:"), self.text)
        self.form.add("owner", self.tr("&Owner:"), self.owner)
        self.form.add("due_on", self.tr("Due:"), due_row)
        self.form.add("done_on", self.tr("Done:"), done_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.form_layout)
        layout.addWidget(buttons)
        self.has_due.toggled.connect(self.due_on.setEnabled)
        self.done_check.toggled.connect(self.done_on.setEnabled)
        today_ = today()
        self.text.setText(action.action if action else "")
        self.owner.set_member_id(action.owner_id if action else None)
        self.form.clear_when_picked("owner", self.owner)
        self.has_due.setChecked(bool(action is None or action.due_on))
        self.due_on.set_value(
            action.due_on if action and action.due_on else today_ + dt.timedelta(days=14)
        )
        self.due_on.setEnabled(self.has_due.isChecked())
        self.done_check.setChecked(bool(action and action.done_on))
        self.done_on.set_value(action.done_on if action and action.done_on else today_)
        self.done_on.setEnabled(self.done_check.isChecked())

    def save(self) -> bool:
        self.form.clear()
        try:
            owner_id = picked_member(self._service, self.owner, "owner")
            due = self.due_on.value() if self.has_due.isChecked() else None
            done = self.done_on.value() if self.done_check.isChecked() else None
            if self.action_id is None:
                self.action_id = self._service.add_action(
                    self.challenge_id, self.text.text(), owner_id, due, done
                )
            else:
                self._service.update_action(self.action_id, self.text.text(), owner_id, due, done)
        except InvalidDate as err:
            self.form.show(_key_of(self.form, err.field), say(err))
            return False
        except ValidationError as err:
            self.form.show(err.field, say(err))
            return False
        return True

    def error_text(self, field: str) -> str:
        label = self.form.errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def accept(self) -> None:
        if self.save():
            super().accept()


def run_message_box(box: QMessageBox) -> None:
    """Show ``box`` and wait for an answer; tests replace this to press its buttons."""
    box.exec()


def open_actions_text(count: int) -> str:
    return count_texts().open_actions(count)


def confirm_resolve(parent: QWidget, count: int) -> bool:
    """Ask before resolving a challenge whose actions are not all done."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ChallengeDialog", "Resolve challenge"),
        open_actions_text(count)
        + " "
        + QCoreApplication.translate("ChallengeDialog", "Resolve the challenge anyway?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("confirmResolve")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    run_message_box(box)
    return box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)


def picked_member(service: ChallengeService, picker: MemberPicker, field: str) -> int | None:
    """The member a picker names; the service refuses text that names nobody (or several)."""
    picker.is_unresolved()  # a name or number only one member has is picked now
    return service.picked_member(field, picker.text(), picker.member_id())


def _key_of(form: _FieldForm, widget: QWidget) -> str:
    """The form row a date field sits in."""
    for key, field in form.fields.items():
        if field is widget or field.isAncestorOf(widget):
            return key
    return next(iter(form.fields))
