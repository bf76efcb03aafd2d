"""Opening a database from the GUI: every refusal becomes a question with fitting choices.

The file is never touched until the user picks a choice; the dialogs are module functions
so tests can answer them without a window blocking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from groupdesk.core.database import Database, DatabaseError, open_database
from groupdesk.core.database.errors import Choice

# What the GUI can offer today; restoring a backup arrives with the backup browser.
SUPPORTED = (Choice.OPEN_READ_ONLY, Choice.CHOOSE_ANOTHER, Choice.CREATE_NEW)
FILE_FILTER = "GroupDesk databases (*.sqlite *.db *.groupdesk);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenDatabase", text)


def choice_label(choice: Choice) -> str:
    return {
        Choice.OPEN_READ_ONLY: _tr("Open read-only"),
        Choice.CHOOSE_ANOTHER: _tr("Choose another file…"),
        Choice.CREATE_NEW: _tr("Create a new database…"),
        Choice.RESTORE_BACKUP: _tr("Restore a backup…"),
    }[choice]


def ask_choice(error: DatabaseError, parent: QWidget | None) -> Choice | None:
    """Show what is wrong and the ways forward; None when the user cancels."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Cannot open the database"))
    box.setText(_tr("GroupDesk cannot open this database."))
    box.setInformativeText(f"{error.location}\n\n{error.reason}")
    buttons = {}
    for choice in error.choices:
        if choice in SUPPORTED:
            buttons[box.addButton(choice_label(choice), QMessageBox.ButtonRole.AcceptRole)] = choice
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return buttons.get(box.clickedButton())


def choose_existing_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Open a GroupDesk database"), "", FILE_FILTER)
    return path or None


def choose_new_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("Create a new GroupDesk database"), "groupdesk.sqlite", FILE_FILTER
    )
    return path or None


def open_with_dialogs(
    target: str | Path | None, parent: QWidget | None = None, *, create: bool = True
) -> Database | None:
    """Open ``target``, asking the user how to go on after each refusal."""
    read_only = False
    while True:
        try:
            return open_database(target, create=create, read_only=read_only)
        except DatabaseError as err:
            choice = ask_choice(err, parent)
        if choice is None:
            return None
        if choice == Choice.OPEN_READ_ONLY:
            read_only = True
        elif choice == Choice.CHOOSE_ANOTHER:
            target, read_only, create = choose_existing_file(parent), False, False
        elif choice == Choice.CREATE_NEW:
            target, read_only, create = choose_new_file(parent), False, True
        if target is None:
            return None
