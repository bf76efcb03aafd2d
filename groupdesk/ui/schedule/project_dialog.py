"""The project form: every field, with required professions and skills to tick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.enums import ProjectStatus
from groupdesk.core.errors import ValidationError
from groupdesk.core.services.projects import ProjectInput
from groupdesk.ui.common.form_errors import FieldErrors
from groupdesk.ui.common.messages import say
from groupdesk.ui.schedule import labels as L
from groupdesk.ui.widgets.date_field import DateField, InvalidDate
from groupdesk.ui.widgets.member_picker import MemberPicker


class ProjectDialog(QDialog):
    def __init__(
        self, services: Application, project_id: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("projectDialog")
        self.setWindowTitle(self.tr("Project") if project_id else self.tr("New project"))
        self._s = services
        self.project_id = project_id
        self.errors = FieldErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(self)
        self.name.setObjectName("projectName")
        self.cause = QComboBox(self)
        self.cause.addItem(self.tr("(none)"), None)
        for cid, name in services.projects.cause_areas():
            self.cause.addItem(name, cid)
        self.partner = QLineEdit(self)
        self.location = QLineEdit(self)
        self.start = DateField(self)
        self.end = DateField(self)
        self.status = QComboBox(self)
        for s in ProjectStatus:
            self.status.addItem(L.project_status(s.value), s.value)
        self.coordinator = MemberPicker(services.member_finder, self)
        self.coordinator.edit.setPlaceholderText(self.tr("Type a name to find the coordinator"))
        # Picking someone takes away the refusal shown for what was typed before.
        self.coordinator.memberChanged.connect(lambda m: self.errors.clear() if m else None)
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(90)
        self.professions = self._checklist(services.projects.professions())
        self.skills = self._checklist(services.projects.skills())

        def add(label: str, widget: QWidget, field: str | None = None) -> None:
            form.addRow(label, self.errors.wrap(widget, {field: widget} if field else None))

        add(self.tr("&Name:"), self.name, "name")
        add(self.tr("&Cause area:"), self.cause)
        add(self.tr("&Partner:"), self.partner)
        add(self.tr("&Location:"), self.location)
        add(self.tr("&Starts on:"), self.start, "start_date")
        add(self.tr("&Ends on:"), self.end, "end_date")
        add(self.tr("S&tatus:"), self.status, "status")
        add(self.tr("C&oordinator:"), self.coordinator, "coordinator_id")
        add(self.tr("&Description:"), self.description)
        lists = QWidget(self)
        both = QHBoxLayout(lists)
        both.setContentsMargins(0, 0, 0, 0)
        both.addWidget(self.professions)
        both.addWidget(self.skills)
        add(self.tr("Required professions\nand skills:"), lists)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)
        if project_id:
            self._load(services.projects.get(project_id))

    def _checklist(self, pairs: list[tuple[int, str]]) -> QListWidget:
        widget = QListWidget(self)
        for key, name in pairs:
            item = QListWidgetItem(name, widget)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        widget.setMinimumHeight(120)
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[int, ...]:
        return tuple(
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        )

    @staticmethod
    def _check(widget: QListWidget, keys: tuple[int, ...]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _load(self, data: ProjectInput) -> None:
        self.name.setText(data.name)
        self.cause.setCurrentIndex(max(0, self.cause.findData(data.cause_area_id)))
        self.partner.setText(data.partner_organisation or "")
        self.location.setText(data.location or "")
        self.start.set_value(data.start_date)
        self.end.set_value(data.end_date)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        self.coordinator.set_member_id(data.coordinator_id)
        self.description.setPlainText(data.description or "")
        self._check(self.professions, data.profession_ids)
        self._check(self.skills, data.skill_ids)

    def data(self) -> ProjectInput:
        return ProjectInput(
            name=self.name.text(),
            cause_area_id=self.cause.currentData(),
            partner_organisation=self.partner.text(),
            location=self.location.text(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            status=self.status.currentData(),
            coordinator_id=self._coordinator_id(),
            description=self.description.toPlainText(),
            profession_ids=self._checked(self.professions),
            skill_ids=self._checked(self.skills),
        )

    def _coordinator_id(self) -> int | None:
        if self.coordinator.is_unresolved():
            raise ValidationError(
                "coordinator_id", "member.no_such_name", text=self.coordinator.text().strip()
            )
        return self.coordinator.member_id()

    def save(self) -> bool:
        self.errors.clear()
        try:
            if self.project_id:
                self._s.projects.update(self.project_id, self.data())
            else:
                self.project_id = self._s.projects.create(self.data())
        except InvalidDate as err:
            self.errors.show("start_date" if err.field is self.start else "end_date", say(err))
            return False
        except ValidationError as err:
            if not self.errors.show(err.field, say(err)):
                QMessageBox.warning(self, self.tr("Not saved"), say(err))
            return False
        self.accept()
        return True
