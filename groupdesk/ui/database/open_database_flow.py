"""Opening a database from the GUI: every refusal becomes a question with fitting choices.

The file is never touched until the user picks a choice; the dialogs are module functions
so tests can answer them without a window blocking. Databases opened here for writing are
locked with QLockFile (``QtWriterLock``), so a second window or a command is told who has it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from groupdesk.core import paths
from groupdesk.core.application import Application
from groupdesk.core.database import Database, DatabaseError
from groupdesk.core.database.backup import (
    RestoreResult,
    backup_folder_for,
    backup_sqlite_file,
    list_backups,
    restore_backup,
)
from groupdesk.core.database.errors import (
    BackupFolderUnwritable,
    Choice,
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseMissing,
    DatabaseOnNetworkShare,
    DatabaseReadOnly,
    DatabaseTooNew,
    MigrationFailed,
    NotADatabase,
    NotAGroupDeskDatabase,
)
from groupdesk.core.database.location import parse_location
from groupdesk.ui.common.dialogs import confirm, inform  # the hooks tests replace
from groupdesk.ui.common.file_dialogs import database_file_types, file_dialog_options
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.database import backups_dialog
from groupdesk.ui.database.background_copy import run_with_progress
from groupdesk.ui.database.writer_lock import QtWriterLock

SUPPORTED = (
    Choice.OPEN_READ_ONLY,
    Choice.RESTORE_BACKUP,
    Choice.COPY_LOCAL,
    Choice.CHOOSE_ANOTHER,
    Choice.CREATE_NEW,
)


def choice_label(choice: Choice) -> str:
    return {
        Choice.OPEN_READ_ONLY: QCoreApplication.translate("OpenDatabase", "Open read-only"),
        Choice.CHOOSE_ANOTHER: QCoreApplication.translate("OpenDatabase", "Choose another file…"),
        Choice.CREATE_NEW: QCoreApplication.translate("OpenDatabase", "Create a new database…"),
        Choice.RESTORE_BACKUP: QCoreApplication.translate("OpenDatabase", "Restore a backup…"),
        Choice.COPY_LOCAL: QCoreApplication.translate(
            "OpenDatabase", "Work on a copy on this computer…"
        ),
    }[choice]


def headline(error: DatabaseError) -> str:
    """One sentence naming the problem; the error's reason follows it."""
    for kind, text in (
        (
            BackupFolderUnwritable,
            QCoreApplication.translate(
                "OpenDatabase",
                "No backup can be made in the backup folder, so nothing was changed.",
            ),
        ),
        (
            DatabaseMissing,
            QCoreApplication.translate("OpenDatabase", "This database file does not exist."),
        ),
        (
            NotAGroupDeskDatabase,
            QCoreApplication.translate(
                "OpenDatabase", "This file is a database, but not a GroupDesk one."
            ),
        ),
        (
            NotADatabase,
            QCoreApplication.translate("OpenDatabase", "This file is not a GroupDesk database."),
        ),
        (DatabaseCorrupt, QCoreApplication.translate("OpenDatabase", "This database is damaged.")),
        (
            DatabaseTooNew,
            QCoreApplication.translate(
                "OpenDatabase", "This database was saved by a newer GroupDesk."
            ),
        ),
        (
            DatabaseReadOnly,
            QCoreApplication.translate(
                "OpenDatabase", "GroupDesk can read this database but not change it."
            ),
        ),
        (
            DatabaseOnNetworkShare,
            QCoreApplication.translate("OpenDatabase", "This database is on a network share."),
        ),
        (
            DatabaseInUse,
            QCoreApplication.translate(
                "OpenDatabase", "This database is already open for changes elsewhere."
            ),
        ),
        (
            MigrationFailed,
            QCoreApplication.translate(
                "OpenDatabase", "This database could not be brought up to date."
            ),
        ),
    ):
        if isinstance(error, kind):
            return text
    return QCoreApplication.translate("OpenDatabase", "GroupDesk cannot open this database.")


def offered_choices(error: DatabaseError) -> list[Choice]:
    """The error's choices that make sense here and now."""
    path = parse_location(error.location).path
    offered = []
    for choice in error.choices:
        if choice not in SUPPORTED:
            continue
        if choice in (Choice.RESTORE_BACKUP, Choice.COPY_LOCAL) and path is None:
            continue
        if choice == Choice.RESTORE_BACKUP and isinstance(error, DatabaseMissing):
            assert path is not None
            if not list_backups(backup_folder_for(path), path.stem, count=False):
                continue  # nothing to restore: do not offer an empty list
        offered.append(choice)
    return offered


def ask_choice(error: DatabaseError, parent: QWidget | None) -> Choice | None:
    """Show what is wrong and the ways forward; None when the user cancels."""
    box = QMessageBox(parent)
    box.setObjectName("openProblem")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OpenDatabase", "Cannot open the database"))
    box.setText(headline(error))
    box.setInformativeText(
        f"{error.location}\n\n{say(error.reason_message)}\n\n"
        + QCoreApplication.translate("OpenDatabase", "The file has not been changed.")
    )
    buttons: dict[QAbstractButton, Choice] = {}
    for choice in offered_choices(error):
        buttons[box.addButton(choice_label(choice), QMessageBox.ButtonRole.AcceptRole)] = choice
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return buttons.get(clicked) if clicked is not None else None


def choose_existing_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("OpenDatabase", "Open a GroupDesk database"),
        "",
        database_file_types(),
        options=file_dialog_options(),
    )
    return path or None


def choose_new_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("OpenDatabase", "Create a new GroupDesk database"),
        "groupdesk.sqlite",
        database_file_types(),
        options=file_dialog_options(),
    )
    return path or None


def choose_local_copy(parent: QWidget | None, suggested: Path) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("OpenDatabase", "Save a copy on this computer"),
        str(suggested),
        database_file_types(),
        options=file_dialog_options(),
    )
    return path or None


def choose_backup(path: Path, folder: Path, parent: QWidget | None) -> Path | None:
    """Let the user pick a backup of ``path`` (tests replace this function)."""
    dialog = backups_dialog.BackupsDialog(path, folder, parent)
    return dialog.chosen if backups_dialog.run_dialog(dialog) else None


def open_with_dialogs(
    target: str | Path | None, parent: QWidget | None = None, *, create: bool = True
) -> Application | None:
    """Open ``target``, asking the user how to go on after each refusal; the application
    over the open database, built as every command builds it."""
    read_only = False
    while True:
        try:
            # Today's backup is made by the window in the background (background_copy).
            app = Application.open(
                target,
                create=create,
                read_only=read_only,
                lock_factory=QtWriterLock,
                daily_backup=False,
            )
        except DatabaseError as err:
            error = err
            choice = ask_choice(err, parent)
        else:
            warn_about_backup(app.db, parent)
            return app
        if choice is None:
            return None
        if choice == Choice.OPEN_READ_ONLY:
            read_only = True
        elif choice == Choice.CHOOSE_ANOTHER:
            target, read_only, create = choose_existing_file(parent), False, False
        elif choice == Choice.CREATE_NEW:
            target, read_only, create = choose_new_file(parent), False, True
        elif choice == Choice.RESTORE_BACKUP:
            path = parse_location(error.location).path
            if path is not None and restore_with_dialogs(path, parent):
                target, read_only, create = str(path), False, False
        elif choice == Choice.COPY_LOCAL:
            path = parse_location(error.location).path
            copy = copy_to_this_computer(path, parent) if path is not None else None
            if copy is not None:
                target, read_only, create = str(copy), False, False
        if target is None:
            return None


def warn_about_backup(db: Database, parent: QWidget | None) -> None:
    if db.backup_problem:
        inform(
            parent,
            QCoreApplication.translate("OpenDatabase", "No backup today"),
            fill(
                QCoreApplication.translate(
                    "OpenDatabase",
                    "The database opened normally, but today's automatic backup could not be "
                    "made:\n\n%1\n\nCheck the backup folder, or make a backup with File › Backups.",
                ),
                say(db.backup_problem),
            ),
            warning=True,
        )


def warn_about_daily_backup(parent: QWidget | None, reason: str, damaged: bool) -> None:
    """Today's background backup failed: say why; damage in the database comes first."""
    if not damaged:
        inform(
            parent,
            QCoreApplication.translate("OpenDatabase", "No backup today"),
            fill(
                QCoreApplication.translate(
                    "OpenDatabase",
                    "The database opened normally, but today's automatic backup could not be "
                    "made:\n\n%1\n\nCheck the backup folder, or make a backup with File › Backups.",
                ),
                reason,
            ),
            warning=True,
        )
        return
    inform(
        parent,
        QCoreApplication.translate("OpenDatabase", "This database is damaged."),
        fill(
            QCoreApplication.translate(
                "OpenDatabase",
                "Today's automatic backup found damage in the database:\n\n%1\n\nThe backups "
                "made before are kept. Restore one with File › Backups before making more changes.",
            ),
            reason,
        ),
        warning=True,
    )


def _restore_with_progress(
    parent: QWidget | None, backup: Path, path: Path, folder: Path
) -> RestoreResult:
    return run_with_progress(
        parent,
        fill(QCoreApplication.translate("OpenDatabase", "Restoring %1…"), backup.name),
        lambda progress: restore_backup(backup, path, folder=folder, progress=progress),
    )


def restore_with_dialogs(path: Path, parent: QWidget | None) -> bool:
    """Pick a backup of the (closed) database ``path`` and put it in its place."""
    folder = backup_folder_for(path)
    backup = choose_backup(path, folder, parent)
    if backup is None:
        return False
    lock = QtWriterLock(path)
    try:
        lock.acquire()
        try:
            result = _restore_with_progress(parent, backup, path, folder)
        finally:
            lock.release()
    except DatabaseError as err:
        inform(
            parent,
            QCoreApplication.translate("OpenDatabase", "Cannot restore"),
            f"{headline(err)}\n\n{say(err)}",
            warning=True,
        )
        return False
    _say_restored(parent, backup, result.saved_current)
    return True


def restore_open_database(db: Database, backup: Path, parent: QWidget | None) -> Application | None:
    """Replace the open database's content with ``backup``; the reopened database's
    application, or None.

    The writer lock is kept throughout, so nobody else can step in between.
    """
    assert db.path is not None and not db.read_only
    if not confirm(
        parent,
        QCoreApplication.translate("OpenDatabase", "Restore this backup?"),
        fill(
            QCoreApplication.translate(
                "OpenDatabase",
                "The database will be replaced by the backup %1.\n\nWhat it holds now is backed "
                "up first, so this can be undone by restoring that backup.",
            ),
            backup.name,
        ),
    ):
        return None
    path, folder, lock = db.path, db.backup_dir or backup_folder_for(db.path), db.lock
    db.lock = None
    db.close()
    try:
        result = _restore_with_progress(parent, backup, path, folder)
    except DatabaseError as err:
        inform(
            parent,
            QCoreApplication.translate("OpenDatabase", "Cannot restore"),
            f"{headline(err)}\n\n{say(err)}",
            warning=True,
        )
        result = None
    try:
        reopened = Application.open(path, lock_factory=None, daily_backup=False)
    except DatabaseError:
        if lock is not None:
            lock.release()
        return open_with_dialogs(path, parent, create=False)
    reopened.db.lock = lock
    if result is not None:
        _say_restored(parent, backup, result.saved_current)
    return reopened


def _say_restored(parent: QWidget | None, backup: Path, saved: Path | None) -> None:
    text = fill(
        QCoreApplication.translate("OpenDatabase", "The database was restored from %1."),
        backup.name,
    )
    if saved is not None:
        text += "\n\n" + fill(
            QCoreApplication.translate("OpenDatabase", "What it held before is kept in %1."),
            str(saved),
        )
    inform(parent, QCoreApplication.translate("OpenDatabase", "Backup restored"), text)


def copy_to_this_computer(source: Path, parent: QWidget | None) -> Path | None:
    """Copy a database from a network share into a local file, with the backup API."""
    chosen = choose_local_copy(parent, paths.data_dir() / source.name)
    if not chosen:
        return None
    dest = Path(chosen)
    if dest.resolve() == source.resolve():
        return None
    try:
        backup_sqlite_file(source, dest)
    except Exception as err:  # an unreadable share, a full disk
        inform(
            parent,
            QCoreApplication.translate("OpenDatabase", "Cannot copy"),
            fill(
                QCoreApplication.translate("OpenDatabase", "The copy could not be made:\n\n%1"),
                str(err),
            ),
            warning=True,
        )
        return None
    return dest
