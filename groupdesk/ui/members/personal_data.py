"""Personal-data requests from the Members page: "Export personal data…" and "Anonymise…".

The two public functions take the parent widget, the open database and a member id, so the
Members page context menu can call them directly. The dialogs they open go through the small
module-level functions below, which tests replace.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from groupdesk.core.application import Application
from groupdesk.core.files import OutputRefused, Protected, check_output_path
from groupdesk.core.services.members import MemberNotFound
from groupdesk.core.services.personal_data import AlreadyAnonymised
from groupdesk.ui.common.file_dialogs import file_dialog_options
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import os_text, say

# -- entry points tests replace -----------------------------------------------------------


def choose_export_path(parent: QWidget | None, suggested: str) -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PersonalData", "Export Personal Data"),
        str(Path(folder) / suggested),
        QCoreApplication.translate("PersonalData", "JSON file (*.json);;Text file (*.txt)"),
        options=file_dialog_options(),
    )
    return path


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    anonymise = box.addButton(
        QCoreApplication.translate("PersonalData", "Anonymise"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is anonymise


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


# -- what the Members page calls ----------------------------------------------------------


def suggested_file_name(member_number: str) -> str:
    safe = re.sub(r"[^\w.-]+", "-", member_number).strip("-") or "member"
    return f"personal-data-{safe}.json"


def export_personal_data(parent: QWidget | None, app: Application, member_id: int) -> Path | None:
    """Ask where to save, write everything held about the member; the file, or None."""
    try:
        record = app.members.get(member_id)
    except MemberNotFound:
        show_error(
            parent,
            QCoreApplication.translate("PersonalData", "Export Personal Data"),
            QCoreApplication.translate("PersonalData", "This member no longer exists."),
        )
        return None
    path = choose_export_path(parent, suggested_file_name(record.member_number))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".json", ".txt"):
        target = target.with_name(target.name + ".json")
    try:
        check_output_path(target, Protected.of(app.db))
        written = app.personal_data.write_export(member_id, target)
    except OutputRefused as err:
        show_error(
            parent,
            QCoreApplication.translate("PersonalData", "Export Personal Data"),
            fill(
                QCoreApplication.translate("PersonalData", "The file could not be written: %1"),
                say(err),
            ),
        )
        return None
    except OSError as err:
        show_error(
            parent,
            QCoreApplication.translate("PersonalData", "Export Personal Data"),
            fill(
                QCoreApplication.translate("PersonalData", "The file could not be written: %1"),
                os_text(err),
            ),
        )
        return None
    show_info(
        parent,
        QCoreApplication.translate("PersonalData", "Export Personal Data"),
        fill(
            QCoreApplication.translate("PersonalData", "Everything held about %1 was saved to %2."),
            record.full_name,
            str(written),
        ),
    )
    return written


def anonymise_member(
    parent: QWidget | None,
    app: Application,
    member_id: int,
    undo_stack: QUndoStack | None = None,
) -> bool:
    """Confirm with the member's name, then anonymise; True when it was done.

    Anonymising cannot be undone, and earlier steps on the undo stack may still hold the
    wiped values (an edit's old name, a merge's snapshot), so the stack is cleared.
    """
    title = QCoreApplication.translate("PersonalData", "Anonymise Member")
    try:
        record = app.members.get(member_id)
    except MemberNotFound:
        show_error(
            parent,
            title,
            QCoreApplication.translate("PersonalData", "This member no longer exists."),
        )
        return False
    text = fill(
        QCoreApplication.translate(
            "PersonalData",
            "Anonymise %1 (%2)?\n\nTheir name, email, phone, birth date, address, city, "
            "notes, licence numbers and custom fields are wiped, also from the change history. "
            "Sign-ups, hours and status are kept for the statistics.\n\n"
            "This cannot be undone. Export their personal data first if they asked for a copy.",
        ),
        record.full_name,
        record.member_number,
    )
    if not confirm(parent, title, text):
        return False
    try:
        app.personal_data.anonymise(member_id)
    except (AlreadyAnonymised, MemberNotFound) as err:
        show_error(
            parent,
            title,
            say(err),
        )
        return False
    if undo_stack is not None:
        undo_stack.clear()
    return True


__all__ = [
    "anonymise_member",
    "choose_export_path",
    "confirm",
    "export_personal_data",
    "show_error",
    "show_info",
    "suggested_file_name",
]
