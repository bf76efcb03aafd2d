"""Dues reminders: the members to remind as a list to work through.

The list holds everyone in arrears, and whoever's dues fall due within the days chosen,
with what they owe, the oldest unpaid month and when they were last reminded. For the member
chosen the dialog shows the ready text (in the language chosen); "Open WhatsApp" opens the
chat with the text filled in, "Copy text" puts it on the clipboard, "Print letters…" writes
a letter per chosen member to one PDF, off the GUI thread. Each records the reminder in the
member's history and moves on down the list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.dues.reminders import (
    ReminderItem,
    Sender,
    mark_reminded,
    month,
    organisation,
    reminder_list,
    reminder_text,
    whatsapp_link,
)
from groupdesk.core.files import OutputRefused, check_output_path
from groupdesk.core.messages import Refusal
from groupdesk.core.org_rules import org_now
from groupdesk.ui.common import labels
from groupdesk.ui.common.dialogs import run_dialog  # the hook tests replace
from groupdesk.ui.common.file_dialogs import file_dialog_options
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import gui_catalogue, say
from groupdesk.ui.common.table_model import RIGHT, Column, ColumnTableModel

# Each language named in itself, as language choosers do.
TEXT_LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))


def open_url(url: QUrl) -> bool:
    """Open ``url`` in the computer's browser or WhatsApp; tests replace this function."""
    return QDesktopServices.openUrl(url)


class RemindersModel(ColumnTableModel[ReminderItem]):
    """The members to remind, one row each."""

    def columns(self) -> Sequence[Column[ReminderItem]]:
        cat = gui_catalogue()
        return [
            Column("name", self.tr("Name"), lambda r: r.name),
            Column("phone", self.tr("Phone"), lambda r: r.phone),
            Column("owed", self.tr("Owed"), lambda r: cat.money(r.total), align=RIGHT),
            Column(
                "oldest",
                self.tr("Oldest unpaid"),
                lambda r: month(r.first_period, cat) if r.first_period else None,
            ),
            Column("reminded", self.tr("Last reminded"), lambda r: _when(r.last_reminded)),
        ]

    def mark(self, member_ids: set[int], when: dt.datetime) -> None:
        """Show the members ``member_ids`` as reminded at ``when`` (UTC) without reading
        the list again."""
        column = self.column_of("reminded")
        for row, item in enumerate(self._rows):
            if item.id in member_ids:
                self._rows[row] = replace(item, last_reminded=when)
                index = self.index(row, column)
                self.dataChanged.emit(index, index)


def _when(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return labels.format_date(value.replace(tzinfo=dt.UTC).astimezone(), labels.DATE_TIME)


class ListWorker(QObject):
    """Reads the members to remind in a worker thread (one query, seconds at 100,000)."""

    loaded = Signal(object, int)  # the items, the request they answer

    def __init__(self, app: Application, today: dt.date, days: int, request: int) -> None:
        super().__init__()
        self._app, self._today, self._days, self._request = app, today, days, request

    @Slot()
    def run(self) -> None:
        try:
            items = reminder_list(self._app.db, self._today, self._days)
        except Refusal:
            items = []
        self.loaded.emit(items, self._request)


class LettersWorker(QObject):
    """Writes the letters' PDF in a worker thread and says how it went."""

    succeeded = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        items: list[ReminderItem],
        sender: Sender,
        today: dt.date,
        path: Path,
        language: str,
    ) -> None:
        super().__init__()
        self._items, self._sender, self._today = items, sender, today
        self._path, self._language = path, language

    @Slot()
    def run(self) -> None:
        from groupdesk.printing.reminder_letters import write_reminder_letters

        try:
            written = write_reminder_letters(
                self._items,
                self._sender.name,
                self._sender.contact,
                self._today,
                self._path,
                self._language,
            )
        except OSError as err:
            self.failed.emit(str(err.strerror or err))
        else:
            self.succeeded.emit(written)


class RemindersDialog(QDialog):
    """The list of members to remind, their text, and the three ways of reminding them."""

    list_loaded = Signal(int)  # the number of members listed
    letters_finished = Signal(int)
    letters_failed = Signal(str)

    def __init__(
        self,
        app: Application,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("remindersDialog")
        self.setWindowTitle(self.tr("Dues Reminders"))
        self.app = app
        self._today = today or (lambda: org_now(app.rules.time_zone).date())
        self.org = organisation(app.db)
        self._thread: QThread | None = None
        self._worker: LettersWorker | None = None
        self._printing: list[ReminderItem] = []
        self._path: Path | None = None
        self._request = 0  # the newest list asked for; older answers are dropped
        self._loads: list[tuple[QThread, ListWorker]] = []

        self.days = QSpinBox(self)
        self.days.setObjectName("dueWithinDays")
        self.days.setRange(0, 366)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.language = QComboBox(self)
        self.language.setObjectName("textLanguage")
        for code, name in TEXT_LANGUAGES:
            self.language.addItem(name, code)
        chosen = self.language.findData(app.rules.language)
        self.language.setCurrentIndex(max(chosen, 0))
        top = QHBoxLayout()
        days_label = QLabel(self.tr("Include dues falling due &within:"), self)
        days_label.setBuddy(self.days)
        language_label = QLabel(self.tr("&Text in:"), self)
        language_label.setBuddy(self.language)
        top.addWidget(days_label)
        top.addWidget(self.days)
        top.addSpacing(12)
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch(1)

        self.model = RemindersModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("remindersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("reminderText")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Reminder text"))
        self.count_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("remindersMessage")
        self.message.setWordWrap(True)

        self.whatsapp_button = QPushButton(self.tr("Open &WhatsApp"), self)
        self.whatsapp_button.setObjectName("openWhatsApp")
        self.copy_button = QPushButton(self.tr("&Copy Text"), self)
        self.copy_button.setObjectName("copyText")
        self.print_button = QPushButton(self.tr("&Print Letters…"), self)
        self.print_button.setObjectName("printLetters")
        self.print_button.setToolTip(
            self.tr("One letter a page for each member selected (Ctrl+A selects them all)")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        for button in (self.whatsapp_button, self.copy_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.count_label)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 560)

        self.whatsapp_button.clicked.connect(lambda: self.open_whatsapp())
        self.copy_button.clicked.connect(lambda: self.copy_text())
        self.print_button.clicked.connect(lambda: self.choose_and_print())
        self.days.valueChanged.connect(lambda _value: self.reload())
        self.language.currentIndexChanged.connect(lambda _index: self._show_current())
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._show_current()
        )
        self.reload()

    # -- the list ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the list again in a worker thread; ``list_loaded`` says when it is shown."""
        self._request += 1
        self.count_label.setText(self.tr("Reading the members who owe dues…"))
        thread = QThread(self)
        worker = ListWorker(self.app, self._today(), self.days.value(), self._request)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.loaded.connect(self._loaded)
        worker.loaded.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(lambda: self._load_done(thread))
        self._loads.append((thread, worker))
        thread.start()

    @Slot(object, int)
    def _loaded(self, items: list[ReminderItem], request: int) -> None:
        if request != self._request:
            return  # the days were changed again while this was read
        self.model.set_rows(items)
        count = len(items)
        self.count_label.setText(labels.counted(self.tr("%n members to remind", "", count), count))
        self.table.resizeColumnsToContents()  # Qt measures the first rows only
        if items:
            self._make_current(0)
        self._show_current()
        self.list_loaded.emit(count)

    def _load_done(self, thread: QThread) -> None:
        for entry in list(self._loads):
            if entry[0] is thread:
                self._loads.remove(entry)
                entry[1].deleteLater()
        thread.deleteLater()

    def _make_current(self, row: int) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def current(self) -> ReminderItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row())

    def chosen(self) -> list[ReminderItem]:
        """The members whose rows are selected, in the list's order (the current one when
        none is)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows:
            current = self.current()
            return [current] if current else []
        return [self.model.row_at(row) for row in rows]

    def text_language(self) -> str:
        return str(self.language.currentData())

    def text_for(self, item: ReminderItem) -> str:
        return reminder_text(item, self.text_language(), self.org.name, self.org.contact)

    def _show_current(self) -> None:
        item = self.current()
        self.preview.setPlainText(self.text_for(item) if item else "")
        for button in (self.whatsapp_button, self.copy_button):
            button.setEnabled(item is not None)
        self.print_button.setEnabled(self.model.rowCount() > 0 and self._thread is None)

    # -- reminding --------------------------------------------------------------------------

    def open_whatsapp(self) -> None:
        item = self.current()
        if item is None:
            return
        link = whatsapp_link(item.phone, self.text_for(item), self.org.country)
        if link is None:
            self.message.setText(
                fill(self.tr("%1 has no phone number WhatsApp can use."), item.name)
            )
            return
        if not open_url(QUrl.fromEncoded(link.encode("ascii"))):
            self.message.setText(self.tr("WhatsApp could not be opened on this computer."))
            return
        self._record([item], "whatsapp")
        self.message.setText(fill(self.tr("%1: WhatsApp opened with the text."), item.name))

    def copy_text(self) -> None:
        item = self.current()
        if item is None:
            return
        QApplication.clipboard().setText(self.text_for(item))
        self._record([item], "message")
        self.message.setText(fill(self.tr("%1: the text is on the clipboard."), item.name))

    def _record(self, items: list[ReminderItem], how: str) -> bool:
        try:
            when = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            mark_reminded(self.app.db, [item.id for item in items], how, when)
        except Refusal as err:  # a refused write (read-only file...) is said, never a crash
            self.message.setText(fill(self.tr("The reminder was not recorded: %1"), say(err)))
            return False
        self.model.mark({item.id for item in items}, when)
        if len(items) == 1:  # on to the next member of the list
            row = self.table.currentIndex().row()
            if 0 <= row < self.model.rowCount() - 1:
                self._make_current(row + 1)
        return True

    # -- letters ----------------------------------------------------------------------------

    def choose_path(self) -> Path | None:
        """Ask where to save the letters; tests replace this method."""
        stamp = self._today().strftime("%Y-%m-%d")
        base = self.tr("reminders", "the suggested file name of the letters")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Reminder Letters"),
            str(Path.home() / f"{base}-{stamp}.pdf"),
            self.tr("PDF (*.pdf)"),
            options=file_dialog_options(),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")

    def choose_and_print(self) -> None:
        path = self.choose_path()
        if path is not None:
            self.print_letters(path)

    def print_letters(self, path: Path) -> None:
        """Write the chosen members' letters to ``path`` in a worker thread; once the file
        is complete they are recorded as reminded by letter."""
        items = self.chosen()
        if self._thread is not None or not items:
            return
        try:  # never over the open database, its companions or its backups
            check_output_path(path, self.app.reports.protected())
        except OutputRefused as err:
            self._letters_failed(say(err))
            return
        self._printing = items
        self.message.setText(self.tr("Writing the letters…"))
        self.print_button.setEnabled(False)
        self.close_button.setEnabled(False)
        thread = QThread(self)
        worker = LettersWorker(items, self.org, self._today(), path, self.text_language())
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.succeeded.connect(self._letters_written)
        worker.failed.connect(self._letters_failed)
        for signal in (worker.succeeded, worker.failed):
            # Direct: the thread stops as soon as the worker is done (QThread.quit is
            # thread-safe), without waiting for the GUI thread.
            signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        self._path = path
        thread.start()

    @Slot(int)
    def _letters_written(self, count: int) -> None:
        printed = self._printing
        if self._record(printed, "letter"):
            text = self.tr("Wrote %n letters to %1 and recorded them as reminded.", "", count)
            self.message.setText(fill(labels.counted(text, count), str(self._path)))
        self.letters_finished.emit(count)

    @Slot(str)
    def _letters_failed(self, reason: str) -> None:
        self.message.setText(fill(self.tr("The letters were not written: %1"), reason))
        self.letters_failed.emit(reason)

    def _thread_done(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self.close_button.setEnabled(True)
        self._show_current()

    def wait_for_threads(self, timeout_ms: int = 60_000) -> None:
        """Block until the list's and the letters' threads are done (closing the dialog)."""
        for thread, _worker in list(self._loads):
            thread.wait(timeout_ms)
        if self._thread is not None:
            self._thread.wait(timeout_ms)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait_for_threads()
        super().closeEvent(event)

    def reject(self) -> None:
        if self._thread is not None:
            return  # the letters are still being written
        self.wait_for_threads()
        super().reject()


def show_reminders(parent: QWidget, app: Application) -> Any:
    """Edit → Dues Reminders…"""
    return run_dialog(RemindersDialog(app, parent))


__all__ = ["RemindersDialog", "RemindersModel", "open_url", "show_reminders"]
