"""The member form: every field of a member on tabs, with reasons shown at the field.

The dialog only checks (through the service, the same rules as every other writer); saving
is done by the page through an undoable command, so the form never half-saves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.audit import JsonValue, field_label_code
from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.dues.reminders import FIELD as REMINDER_FIELD
from groupdesk.core.dues.reminders import HOW as REMINDER_HOW
from groupdesk.core.enums import CustomFieldType, Education, Gender, MemberStatus
from groupdesk.core.errors import ValidationError as PhotoRefused
from groupdesk.core.identity import photo as photo_rules
from groupdesk.core.messages.labels import label as label_of
from groupdesk.core.messages.os_errors import os_reason
from groupdesk.core.services.credentials import CredentialService
from groupdesk.core.services.custom_fields import CustomFieldDef
from groupdesk.core.services.lookups import Lookups
from groupdesk.core.services.members import (
    ENTITY,
    AvailabilityEntry,
    MemberRecord,
    MemberService,
    ProfessionEntry,
)
from groupdesk.core.validation import ValidationError
from groupdesk.ui.common import labels
from groupdesk.ui.common.colours import show_status
from groupdesk.ui.common.dialogs import run_dialog  # the hook tests replace
from groupdesk.ui.common.file_dialogs import file_dialog_options
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.credentials.dialogs import CredentialsDialog
from groupdesk.ui.widgets.date_field import DateField, InvalidDate

_W = TypeVar("_W", bound=QWidget)


def _cell_widget(table: QTableWidget, row: int, column: int, kind: type[_W]) -> _W:
    """The editor this dialog put in a cell (the rows are made by its add_..._row methods)."""
    widget = table.cellWidget(row, column)
    if not isinstance(widget, kind):
        raise TypeError(f"row {row}, column {column} holds no {kind.__name__}")
    return widget


_CODED = {"gender": Gender, "education": Education}


def _coded_words(field: str, value: JsonValue) -> JsonValue:
    """A stored gender or education code in the window's words; anything else as it is."""
    if not isinstance(value, str) or not value:
        return value
    try:
        return say(label_of(_CODED[field](value)))
    except ValueError:
        return value


def choose_photo_file(parent: QWidget | None) -> str | None:
    """The picture file the user picks for a member's photo (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MemberDialog", "Choose a photo"),
        str(Path.home()),
        QCoreApplication.translate("MemberDialog", "Pictures (*.jpg *.jpeg *.png)"),
        options=file_dialog_options(),
    )
    return path or None


def weekday_names() -> list[str]:
    from PySide6.QtCore import QCoreApplication

    return [
        QCoreApplication.translate("Weekday", "Monday"),
        QCoreApplication.translate("Weekday", "Tuesday"),
        QCoreApplication.translate("Weekday", "Wednesday"),
        QCoreApplication.translate("Weekday", "Thursday"),
        QCoreApplication.translate("Weekday", "Friday"),
        QCoreApplication.translate("Weekday", "Saturday"),
        QCoreApplication.translate("Weekday", "Sunday"),
    ]


class MemberDialog(QDialog):
    def __init__(
        self,
        service: MemberService,
        lookups: Lookups,
        custom_fields: list[CustomFieldDef],
        record: MemberRecord | None = None,
        parent: QWidget | None = None,
        dues: DuesService | None = None,
        *,
        credentials: CredentialService | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self._service = service
        self._credentials = credentials
        self._original = record or MemberRecord(member_number=service.suggest_member_number())
        self._custom_defs = custom_fields
        self._professions = lookups.professions()
        self.result_record: MemberRecord | None = None
        self._errors: dict[str, QLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        is_new = record is None or record.id is None
        self.setWindowTitle(
            self.tr("New Member")
            if is_new
            else fill(self.tr("Member %1"), self._original.full_name)
        )
        self.resize(640, 560)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.tabs.addTab(self._professions_tab(), self.tr("&Professions"))
        self.tabs.addTab(self._skills_tab(lookups), self.tr("&Skills && Interests"))
        self.tabs.addTab(self._availability_tab(), self.tr("&Availability"))
        if custom_fields:
            self.tabs.addTab(self._custom_tab(), self.tr("&More Fields"))
        if not is_new:
            self.tabs.addTab(self._history_tab(), self.tr("&History"))
            if dues is not None:
                self.tabs.addTab(self._dues_tab(dues), self.tr("D&ues"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut(
            QKeySequence.StandardKey.Save
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._load(self._original)
        self.member_number.setFocus()

    # -- building ---------------------------------------------------------------------

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel(box)
        error.setObjectName(f"error_{name}")
        show_status(error, "error", bold=True)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self._errors[name] = error
        self._field_widgets[name] = widget
        return box

    def _details_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.member_number = QLineEdit(page)
        self.full_name = QLineEdit(page)
        self.email = QLineEdit(page)
        self.phone = QLineEdit(page)
        self.phone.setPlaceholderText(self.tr("e.g. 0812-3456-7890"))
        self.birth_date = DateField(page)
        self.joined_on = DateField(page)
        self.paid_until = DateField(page)
        self.status = QComboBox(page)
        for status in MemberStatus:
            self.status.addItem(labels.member_status(status.value), status.value)
        self.city = QLineEdit(page)
        self.address = QPlainTextEdit(page)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.notes = QPlainTextEdit(page)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.consent_given = QCheckBox(self.tr("Agrees that we keep their personal data"), page)
        self.consent_date = DateField(page)
        self.nik = QLineEdit(page)
        self.nik.setObjectName("nik")
        self.nik.setPlaceholderText(self.tr("16 digits, as on the KTP"))
        self.gender = QComboBox(page)
        self.gender.setObjectName("gender")
        self.gender.addItem("", None)
        for gender in Gender:
            self.gender.addItem(say(label_of(gender)), gender.value)
        self.birth_place = QLineEdit(page)
        self.birth_place.setObjectName("birthPlace")
        self.education = QComboBox(page)
        self.education.setObjectName("education")
        self.education.addItem("", None)
        for level in Education:
            self.education.addItem(say(label_of(level)), level.value)
        rows = [
            (self.tr("Member &number:"), "member_number", self.member_number),
            (self.tr("Full &name:"), "full_name", self.full_name),
            (self.tr("&Email:"), "email", self.email),
            (self.tr("P&hone:"), "phone", self.phone),
            (self.tr("NI&K:"), "nik", self._nik_with_warnings(page)),
            (self.tr("&Gender:"), "gender", self.gender),
            (self.tr("Place of bi&rth:"), "birth_place", self.birth_place),
            (self.tr("&Birth date:"), "birth_date", self.birth_date),
            (self.tr("Highest educat&ion:"), "education", self.education),
            (self.tr("Photo:"), "photo", self._photo_box(page)),
            (self.tr("&Joined on:"), "joined_on", self.joined_on),
            (self.tr("Paid &until:"), "paid_until", self.paid_until),
            (self.tr("&Status:"), "status", self.status),
            (self.tr("&City:"), "city", self.city),
            (self.tr("&Address:"), "address", self.address),
            (self.tr("N&otes:"), "notes", self.notes),
            (self.tr("Consent:"), "consent_given", self.consent_given),
            (self.tr("Consent &date:"), "consent_date", self.consent_date),
        ]
        for text, name, widget in rows:
            form.addRow(text, self._with_error(name, widget))
        self.consent_given.toggled.connect(self.consent_date.setEnabled)
        self.nik.editingFinished.connect(lambda: self.refresh_identity_warnings())
        self.birth_date.value_changed.connect(lambda _value: self.refresh_identity_warnings())
        self.gender.currentIndexChanged.connect(lambda _index: self.refresh_identity_warnings())
        return page

    def _nik_with_warnings(self, page: QWidget) -> QWidget:
        """The NIK's field with a line under it for what the NIK says that the birth date or
        gender does not: a warning, never a reason the form cannot be saved."""
        box = QWidget(page)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.nik)
        self.nik_warning = QLabel(box)
        self.nik_warning.setObjectName("warning_nik")
        self.nik_warning.setWordWrap(True)
        show_status(self.nik_warning, "warning")
        self.nik_warning.hide()
        column.addWidget(self.nik_warning)
        return box

    def _photo_box(self, page: QWidget) -> QWidget:
        box = QWidget(page)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.photo_preview = QLabel(box)
        self.photo_preview.setObjectName("photoPreview")
        self.photo_preview.setFixedSize(72, 96)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_photo_button = QPushButton(self.tr("Choose Pho&to…"), box)
        self.choose_photo_button.setObjectName("choosePhoto")
        self.remove_photo_button = QPushButton(self.tr("Remove Photo"), box)
        self.remove_photo_button.setObjectName("removePhoto")
        self.choose_photo_button.clicked.connect(lambda: self.choose_photo())
        self.remove_photo_button.clicked.connect(lambda: self.set_photo(None))
        row.addWidget(self.photo_preview)
        row.addWidget(self.choose_photo_button)
        row.addWidget(self.remove_photo_button)
        row.addStretch(1)
        return box

    def choose_photo(self) -> None:
        """Ask for a JPG or PNG file and take it as the photo; a file that is not one (or is
        too big) is refused at the field and the photo stays as it was."""
        chosen = choose_photo_file(self)
        if not chosen:
            return
        self._errors["photo"].hide()
        path = Path(chosen)
        try:
            if path.stat().st_size > photo_rules.MAX_BYTES:
                raise PhotoRefused("photo", "photo.too_big", maximum=photo_rules.MAX_MB)
            content = photo_rules.check(path.read_bytes())
        except PhotoRefused as err:
            self.show_error("photo", say(err))
            return
        except OSError as err:
            self.show_error("photo", say("photo.unreadable", path=str(path), reason=os_reason(err)))
            return
        self.set_photo(content)

    def set_photo(self, content: bytes | None) -> None:
        self._photo = content
        self.remove_photo_button.setEnabled(content is not None)
        pixmap = QPixmap()
        if content and pixmap.loadFromData(content):
            self.photo_preview.setPixmap(
                pixmap.scaled(
                    self.photo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo_preview.clear()
            self.photo_preview.setText(self.tr("No photo") if content is None else "")

    def identity_warning_text(self) -> str:
        return self.nik_warning.text() if not self.nik_warning.isHidden() else ""

    def refresh_identity_warnings(self) -> None:
        """Say beside the NIK where it disagrees with the birth date or gender."""
        try:
            born = self.birth_date.value()
        except InvalidDate:
            born = None
        current = self._original.with_changes(
            nik=self.nik.text(), birth_date=born, gender=self.gender.currentData()
        )
        warnings = self._service.identity_warnings(current)
        self.nik_warning.setText("\n".join(say(w) for w in warnings))
        self.nik_warning.setVisible(bool(warnings))

    def _professions_tab(self) -> QWidget:
        page = QWidget(self)
        self.professions_table = QTableWidget(0, 4, page)
        self.professions_table.setObjectName("professionsTable")
        self.professions_table.setHorizontalHeaderLabels(
            [
                self.tr("Profession"),
                self.tr("Qualification"),
                self.tr("Licence no. (STR/SIP)"),
                self.tr("Licence valid until"),
            ]
        )
        self.professions_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.professions_table.verticalHeader().setVisible(False)
        self.professions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add Profession"), page)
        remove = QPushButton(self.tr("Remove"), page)
        add.clicked.connect(lambda: self.add_profession_row(None))
        remove.clicked.connect(lambda: self._remove_current(self.professions_table))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        # The documents behind the licence, with their renewals and credits (SKP): saved at
        # once in their own dialog, so only for a member already saved.
        self.credentials_button = QPushButton(self.tr("&Credentials (STR, SIP, SKP)…"), page)
        self.credentials_button.setObjectName("memberCredentials")
        self.credentials_button.setEnabled(
            self._credentials is not None and self._original.id is not None
        )
        self.credentials_button.clicked.connect(lambda: self.open_credentials())
        buttons.addWidget(self.credentials_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self._with_error("professions", self.professions_table))
        layout.addLayout(buttons)
        return page

    def add_profession_row(self, entry: ProfessionEntry | None) -> int:
        table = self.professions_table
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox(table)
        for pid, name in self._professions:
            combo.addItem(name, pid)
        if entry is not None:
            combo.setCurrentIndex(max(combo.findData(entry.profession_id), 0))
        table.setCellWidget(row, 0, combo)
        table.setItem(row, 1, QTableWidgetItem(entry.qualification or "" if entry else ""))
        table.setItem(row, 2, QTableWidgetItem(entry.licence_number or "" if entry else ""))
        until = DateField(table)
        until.set_value(entry.licence_valid_until if entry else None)
        table.setCellWidget(row, 3, until)
        return row

    def _skills_tab(self, lookups: Lookups) -> QWidget:
        page = QWidget(self)
        self.skills_list = QListWidget(page)
        self.skills_list.setObjectName("skillsList")
        self.interests_list = QListWidget(page)
        self.interests_list.setObjectName("interestsList")
        for widget, pairs in (
            (self.skills_list, lookups.skills()),
            (self.interests_list, lookups.cause_areas()),
        ):
            for item_id, name in pairs:
                item = QListWidgetItem(name, widget)
                item.setData(Qt.ItemDataRole.UserRole, item_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
        layout = QHBoxLayout(page)
        for title, widget in (
            (self.tr("Skills"), self.skills_list),
            (self.tr("Interested in (cause areas)"), self.interests_list),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>", page))
            column.addWidget(widget)
            layout.addLayout(column)
        return page

    def _availability_tab(self) -> QWidget:
        page = QWidget(self)
        self.availability_table = QTableWidget(0, 3, page)
        self.availability_table.setObjectName("availabilityTable")
        self.availability_table.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("From"), self.tr("To")]
        )
        self.availability_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self.availability_table.verticalHeader().setVisible(False)
        add = QPushButton(self.tr("Add Time"), page)
        remove = QPushButton(self.tr("Remove"), page)
        add.clicked.connect(lambda: self.add_availability_row(None))
        remove.clicked.connect(lambda: self._remove_current(self.availability_table))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("When can this member volunteer each week?"), page))
        layout.addWidget(self._with_error("availability", self.availability_table))
        layout.addLayout(buttons)
        return page

    def add_availability_row(self, entry: AvailabilityEntry | None) -> int:
        table = self.availability_table
        row = table.rowCount()
        table.insertRow(row)
        day = QComboBox(table)
        day.addItems(weekday_names())
        day.setCurrentIndex(entry.weekday if entry else 5)
        start, end = QTimeEdit(table), QTimeEdit(table)
        for widget, value, default in (
            (start, entry and entry.start_time, QTime(8, 0)),
            (end, entry and entry.end_time, QTime(12, 0)),
        ):
            widget.setDisplayFormat("HH:mm")
            widget.setTime(QTime(value.hour, value.minute) if value else default)
        table.setCellWidget(row, 0, day)
        table.setCellWidget(row, 1, start)
        table.setCellWidget(row, 2, end)
        return row

    def _custom_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.custom_widgets: dict[int, QWidget] = {}
        for definition in self._custom_defs:
            kind = definition.field_type
            if kind == CustomFieldType.NUMBER:
                widget: QWidget = QLineEdit(page)
            elif kind == CustomFieldType.DATE:
                widget = DateField(page)
            elif kind == CustomFieldType.BOOL:
                widget = QComboBox(page)
                widget.addItem("", None)
                widget.addItem(self.tr("Yes"), True)
                widget.addItem(self.tr("No"), False)
            elif kind == CustomFieldType.CHOICE:
                widget = QComboBox(page)
                widget.addItem("", None)
                for choice in definition.choices:
                    widget.addItem(choice, choice)
            else:
                widget = QLineEdit(page)
            self.custom_widgets[definition.id] = widget
            form.addRow(
                f"{definition.label}:", self._with_error(f"custom:{definition.key}", widget)
            )
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget(self)
        lines = self._service.history(self._original.id or 0)
        table = QTableWidget(len(lines), 5, page)
        table.setObjectName("historyTable")
        table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("By"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        for row, line in enumerate(lines):
            when = labels.format_date(
                line.changed_at.replace(tzinfo=dt.UTC).astimezone(), labels.DATE_TIME
            )
            code = field_label_code(ENTITY, line.field)
            field = say(code) if code else line.field or labels.audit_action(line.action)
            old, new = line.old_value, line.new_value
            if line.field == "status":  # a stored code, shown as the status's words
                old = labels.member_status(str(old)) if old else old
                new = labels.member_status(str(new)) if new else new
            elif line.field == REMINDER_FIELD and new in REMINDER_HOW:  # how, in words
                new = say(f"reminders.how.{new}")
            elif line.field in _CODED:  # gender, education: their words
                old, new = (_coded_words(line.field, value) for value in (old, new))
            for col, text in enumerate(
                (
                    when,
                    labels.history_user(line.changed_by),
                    field,
                    labels.history_value(old),
                    labels.history_value(new),
                )
            ):
                table.setItem(row, col, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        self.history_table = table
        return page

    def _dues_tab(self, dues: DuesService) -> QWidget:
        """The member's dues statement and balance (read only; payments are on the Dues page)."""
        from groupdesk.ui.dues.statement import StatementView

        self.statement = StatementView(dues, self)
        self.statement.show_member(self._original.id)
        return self.statement

    @staticmethod
    def _remove_current(table: QTableWidget) -> None:
        row = table.currentRow()
        if row < 0:
            row = table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)

    # -- values ---------------------------------------------------------------------------

    def _load(self, r: MemberRecord) -> None:
        self.member_number.setText(r.member_number)
        self.full_name.setText(r.full_name)
        self.email.setText(r.email or "")
        self.phone.setText(r.phone or "")
        self.birth_date.set_value(r.birth_date)
        self.joined_on.set_value(r.joined_on)
        self.paid_until.set_value(r.paid_until)
        self.status.setCurrentIndex(max(self.status.findData(r.status), 0))
        self.city.setText(r.city or "")
        self.address.setPlainText(r.address or "")
        self.notes.setPlainText(r.notes or "")
        self.consent_given.setChecked(r.consent_given)
        self.consent_date.set_value(r.consent_date)
        self.consent_date.setEnabled(r.consent_given)
        self.nik.setText(r.nik or "")
        self.gender.setCurrentIndex(max(self.gender.findData(r.gender), 0))
        self.birth_place.setText(r.birth_place or "")
        self.education.setCurrentIndex(max(self.education.findData(r.education), 0))
        self.set_photo(r.photo)
        self.refresh_identity_warnings()
        for entry in r.professions:
            self.add_profession_row(entry)
        for widget, chosen in (
            (self.skills_list, r.skill_ids),
            (self.interests_list, r.cause_area_ids),
        ):
            for i in range(widget.count()):
                item = widget.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for window in r.availability:
            self.add_availability_row(window)
        values = dict(r.custom)
        for field_id, widget in getattr(self, "custom_widgets", {}).items():
            value = values.get(field_id)
            if isinstance(widget, DateField):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QLineEdit):
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                widget.setText("" if value is None else str(value))

    def record(self) -> MemberRecord:
        """What the form holds now, unchecked."""
        professions = []
        for row in range(self.professions_table.rowCount()):
            combo = _cell_widget(self.professions_table, row, 0, QComboBox)
            until = _cell_widget(self.professions_table, row, 3, DateField)
            qual = self.professions_table.item(row, 1)
            number = self.professions_table.item(row, 2)
            professions.append(
                ProfessionEntry(
                    profession_id=combo.currentData(),
                    qualification=(qual.text().strip() if qual else "") or None,
                    licence_number=(number.text().strip() if number else "") or None,
                    licence_valid_until=until.value(),
                )
            )
        availability = []
        for row in range(self.availability_table.rowCount()):
            day = _cell_widget(self.availability_table, row, 0, QComboBox)
            start = _cell_widget(self.availability_table, row, 1, QTimeEdit).time()
            end = _cell_widget(self.availability_table, row, 2, QTimeEdit).time()
            availability.append(
                AvailabilityEntry(
                    day.currentIndex(),
                    dt.time(start.hour(), start.minute()),
                    dt.time(end.hour(), end.minute()),
                )
            )
        custom = []
        for field_id, widget in getattr(self, "custom_widgets", {}).items():
            if isinstance(widget, DateField):
                value = widget.value()
            elif isinstance(widget, QComboBox):
                value = widget.currentData()
            else:
                value = widget.text()
            custom.append((field_id, value))

        def checked(widget: QListWidget) -> frozenset[int]:
            return frozenset(
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            )

        return self._original.with_changes(
            member_number=self.member_number.text(),
            full_name=self.full_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            birth_date=self.birth_date.value(),
            joined_on=self.joined_on.value(),
            paid_until=self.paid_until.value(),
            status=self.status.currentData(),
            city=self.city.text(),
            address=self.address.toPlainText(),
            notes=self.notes.toPlainText(),
            consent_given=self.consent_given.isChecked(),
            consent_date=self.consent_date.value() if self.consent_given.isChecked() else None,
            nik=self.nik.text(),
            gender=self.gender.currentData(),
            birth_place=self.birth_place.text(),
            education=self.education.currentData(),
            photo=self._photo,
            professions=tuple(professions),
            skill_ids=checked(self.skills_list),
            cause_area_ids=checked(self.interests_list),
            availability=tuple(availability),
            custom=tuple(sorted(custom, key=lambda item: item[0])),
        )

    @property
    def original_record(self) -> MemberRecord:
        """The member as stored, including what the credentials changed while the form was
        open (the page compares the form's result with this, and undoes back to it)."""
        return self._original

    def open_credentials(self) -> bool:
        """The member's credentials; what they changed shows in the licence columns at once
        (and is what the member was saved with, so saving the form keeps it)."""
        if self._credentials is None or self._original.id is None:
            return False
        dialog = CredentialsDialog(
            self._credentials, self._original.id, self._original.full_name, self
        )
        run_dialog(dialog)
        if not dialog.changed:
            return False
        licences = self._credentials.licences(self._original.id)
        shown: set[int] = set()
        for row in range(self.professions_table.rowCount()):
            pid = _cell_widget(self.professions_table, row, 0, QComboBox).currentData()
            if pid in licences:
                number, until = licences[pid]
                self.professions_table.setItem(row, 2, QTableWidgetItem(number or ""))
                _cell_widget(self.professions_table, row, 3, DateField).set_value(until)
                shown.add(pid)
        for pid, (number, until) in licences.items():
            if pid not in shown:
                self.add_profession_row(ProfessionEntry(pid, None, number, until))
        kept = {entry.profession_id: entry for entry in self._original.professions}
        self._original = replace(
            self._original,
            professions=tuple(
                replace(kept[pid], licence_number=number, licence_valid_until=until)
                if pid in kept
                else ProfessionEntry(pid, None, number, until)
                for pid, (number, until) in licences.items()
            ),
        )
        return True

    # -- checking -----------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
            label.clear()

    def show_error(self, field: str, message: str) -> None:
        label = self._errors.get(field) or self._errors["full_name"]
        label.setText(message)
        label.show()
        widget = self._field_widgets.get(field)
        if widget is not None:
            page: QWidget | None = widget
            while page is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def error_text(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def _field_of(self, widget: QWidget) -> str:
        """The name of the form field ``widget`` belongs to (a licence date: professions)."""
        for name, field in self._field_widgets.items():
            if field is widget or field.isAncestorOf(widget):
                return name
        return "full_name"

    def try_accept(self) -> bool:
        self.clear_errors()
        try:
            self.result_record = self._service.validate(self.record())
        except InvalidDate as err:
            self.show_error(self._field_of(err.field), say(err))
            return False
        except ValidationError as err:
            self.show_error(err.field, say(err))
            return False
        self.accept()
        return True
