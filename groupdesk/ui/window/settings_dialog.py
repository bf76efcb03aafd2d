"""Settings of the organisation (shared by everyone using its database) and its own member
fields. Each change is saved when its button is pressed, in its own transaction. The Display
tab holds what belongs to this computer only: the language and colours of the GUI."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.services.organisation import phone_countries
from groupdesk.core.validation import ValidationError
from groupdesk.ui.common import labels
from groupdesk.ui.common.colours import show_status
from groupdesk.ui.common.dialogs import confirm  # the hooks tests replace
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.language import (
    LANGUAGE_ENV,
    LANGUAGE_SETTING,
    language_override,
    language_setting,
)
from groupdesk.ui.common.messages import say
from groupdesk.ui.common.theme import apply_theme, chosen_theme, save_theme_setting


class SettingsDialog(QDialog):
    changed = Signal()

    def __init__(self, app: Application, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(620, 480)
        self._organisation = app.organisation
        self._fields = app.custom_fields
        self._read_only = app.read_only
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._organisation_tab(), self.tr("&Organisation"))
        self.tabs.addTab(self._fields_tab(), self.tr("&Member Fields"))
        self.tabs.addTab(self._display_tab(), self.tr("&Display"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._load()

    # -- organisation -------------------------------------------------------------------

    def _organisation_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.org_name = QLineEdit(page)
        self.phone_country = QComboBox(page)
        for region, code in phone_countries():
            self.phone_country.addItem(f"{region}  (+{code})", region)
        self.time_zone = QComboBox(page)
        self.time_zone.addItems(sorted(available_timezones()))
        self.language = QComboBox(page)
        self.language.addItem("Bahasa Indonesia", "id")
        self.language.addItem("English", "en")
        self.org_error = QLabel(page)
        show_status(self.org_error, "error", bold=True)
        self.org_error.hide()
        save = QPushButton(self.tr("Save Organisation Settings"), page)
        save.setEnabled(not self._read_only)
        save.clicked.connect(self.save_organisation)
        form.addRow(self.tr("Organisation &name:"), self.org_name)
        form.addRow(self.tr("&Phone numbers are from:"), self.phone_country)
        form.addRow(self.tr("&Time zone of shifts:"), self.time_zone)
        form.addRow(self.tr("&Language of messages:"), self.language)
        form.addRow("", self.org_error)
        form.addRow("", save)
        return page

    def _load(self) -> None:
        settings = self._organisation.get()
        self.org_name.setText(settings.name)
        self.phone_country.setCurrentIndex(
            max(self.phone_country.findData(settings.phone_country), 0)
        )
        self.time_zone.setCurrentText(settings.time_zone)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self._load_fields()

    def save_organisation(self) -> bool:
        self.org_error.hide()
        try:
            self._organisation.save(
                self._organisation.get().with_changes(
                    name=self.org_name.text(),
                    phone_country=self.phone_country.currentData(),
                    time_zone=self.time_zone.currentText(),
                    language=self.language.currentData(),
                )
            )
        except ValidationError as err:
            self.org_error.setText(say(err))
            self.org_error.show()
            return False
        self.changed.emit()
        return True

    # -- display (this computer) ---------------------------------------------------------

    def _display_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.gui_language = QComboBox(page)
        self.gui_language.setObjectName("guiLanguage")
        # Each language is named in itself, so it can be found whatever the GUI shows now.
        self.gui_language.addItem(self.tr("Same as this computer"), "system")
        self.gui_language.addItem("Bahasa Indonesia", "id")
        self.gui_language.addItem("English", "en")
        self.gui_language.setCurrentIndex(max(self.gui_language.findData(language_setting()), 0))
        self.gui_language.currentIndexChanged.connect(self.save_gui_language)
        note = QLabel(self.tr("The new language applies after restarting GroupDesk."), page)
        note.setWordWrap(True)
        form.addRow(self.tr("&Language of GroupDesk:"), self.gui_language)
        form.addRow("", note)
        self.theme = QComboBox(page)
        self.theme.setObjectName("guiTheme")
        self.theme.addItem(self.tr("Same as this computer"), "system")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(self.theme.findData(chosen_theme()), 0))
        self.theme.currentIndexChanged.connect(lambda _i: self.save_theme())
        form.addRow(self.tr("&Colours:"), self.theme)
        override = language_override()
        if override:
            self.language_override_note = QLabel(
                fill(
                    self.tr("For now %1=%2 is set, and it decides the language."),
                    LANGUAGE_ENV,
                    override,
                ),
                page,
            )
            self.language_override_note.setWordWrap(True)
            form.addRow("", self.language_override_note)
        explain = QLabel(
            self.tr(
                "This choice belongs to this computer. The language of messages for "
                "volunteers is set on the Organisation tab."
            ),
            page,
        )
        explain.setWordWrap(True)
        form.addRow("", explain)
        return page

    def save_theme(self) -> None:
        """Light, dark or the computer's colours: remembered on this computer, shown at once."""
        theme = str(self.theme.currentData())
        save_theme_setting(theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, theme)

    def save_gui_language(self) -> None:
        """Remember the chosen GUI language on this computer (it needs no database)."""
        QSettings().setValue(LANGUAGE_SETTING, self.gui_language.currentData())

    # -- member fields ------------------------------------------------------------------

    def _fields_tab(self) -> QWidget:
        page = QWidget(self)
        self.fields_table = QTableWidget(0, 3, page)
        self.fields_table.setObjectName("customFieldsTable")
        self.fields_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Type"), self.tr("Choices")]
        )
        self.fields_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fields_table.verticalHeader().setVisible(False)
        self.fields_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.new_label = QLineEdit(page)
        self.new_label.setPlaceholderText(self.tr("Name of the new field, e.g. Ukuran Kaos"))
        self.new_type = QComboBox(page)
        for kind, text in labels.custom_field_type_labels().items():
            self.new_type.addItem(text, kind.value)
        self.new_choices = QLineEdit(page)
        self.new_choices.setPlaceholderText(self.tr("Choices, separated by commas"))
        self.new_choices.setEnabled(False)
        self.new_type.currentIndexChanged.connect(
            lambda: self.new_choices.setEnabled(self.new_type.currentData() == "choice")
        )
        add = QPushButton(self.tr("Add Field"), page)
        add.clicked.connect(self.add_field)
        delete = QPushButton(self.tr("Delete Field…"), page)
        delete.clicked.connect(self.delete_field)
        for button in (add, delete):
            button.setEnabled(not self._read_only)
        self.fields_error = QLabel(page)
        show_status(self.fields_error, "error", bold=True)
        self.fields_error.setWordWrap(True)
        self.fields_error.hide()
        row = QHBoxLayout()
        row.addWidget(self.new_label, 2)
        row.addWidget(self.new_type, 1)
        row.addWidget(self.new_choices, 2)
        row.addWidget(add)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Fields of your own appear in the member form, as columns of the Members page, "
                    "in its filters, and in imports and exports."
                ),
                page,
            )
        )
        layout.addWidget(self.fields_table)
        layout.addLayout(row)
        layout.addWidget(self.fields_error)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(delete)
        layout.addLayout(bottom)
        return page

    def _load_fields(self) -> None:
        type_labels = labels.custom_field_type_labels()
        defs = self._fields.list()
        self.fields_table.setRowCount(len(defs))
        for row, definition in enumerate(defs):
            item = QTableWidgetItem(definition.label)
            item.setData(256, definition.id)
            self.fields_table.setItem(row, 0, item)
            self.fields_table.setItem(
                row, 1, QTableWidgetItem(labels.label_of(type_labels, definition.field_type))
            )
            self.fields_table.setItem(row, 2, QTableWidgetItem(", ".join(definition.choices)))

    def add_field(self) -> bool:
        self.fields_error.hide()
        choices = [c for c in self.new_choices.text().split(",") if c.strip()]
        try:
            self._fields.create(self.new_label.text(), self.new_type.currentData(), choices)
        except ValidationError as err:
            self.fields_error.setText(say(err))
            self.fields_error.show()
            return False
        self.new_label.clear()
        self.new_choices.clear()
        self._load_fields()
        self.changed.emit()
        return True

    def delete_field(self) -> bool:
        row = self.fields_table.currentRow()
        if row < 0:
            return False
        item = self.fields_table.item(row, 0)
        if item is None:
            return False
        question = fill(
            self.tr("Delete the field \u201c%1\u201d and every value entered for it?"), item.text()
        )
        if not confirm(self, self.tr("Delete Field"), question):
            return False
        self._fields.delete(int(item.data(256)))
        self._load_fields()
        self.changed.emit()
        return True
