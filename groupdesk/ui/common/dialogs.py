"""Every modal dialog and plain question of the window opens through these functions.

A modal dialog blocks until someone answers, which a test cannot do: tests replace these
functions (``monkeypatch.setattr(module, "run_dialog", drive)`` on the module that calls
them, which imports them from here) and drive the dialog themselves, pressing its buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when it was accepted (OK, Save...)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for Yes."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A question about something that cannot be taken back: Yes or Cancel, Cancel first."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    """A message the user only has to read."""
    if warning:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Why something the user asked for was not done."""
    QMessageBox.warning(parent, title, text)
