"""The error net: an unexpected exception becomes a dialog and a log entry, never a crash.

Qt hands an exception raised in a slot to ``sys.excepthook`` and carries on with the event
loop, so replacing the hook is enough to keep the app alive. The database is safe because
every edit runs in ``Database.transaction()``, which rolls back when an exception leaves it:
the change that failed is not half-saved.
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from groupdesk import __version__
from groupdesk.core.errors import Refusal, StaleEditError
from groupdesk.core.logs import configure_logging, current_log_file
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say

log = logging.getLogger("groupdesk.errors")

_showing = False  # one dialog at a time; errors meanwhile go to the log only


class ErrorDialog(QDialog):
    """What went wrong, that GroupDesk is still running, and the details to send on."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QLabel(self)
        text.setObjectName("errorText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setText(
            fill(
                self.tr(
                    "GroupDesk met a problem it did not expect:\n\n%1\n\n"
                    "GroupDesk is still running. If a change was being saved when this "
                    "happened, it was not saved; everything saved before is safe. If it happens "
                    "again, copy the details and send them to whoever looks after GroupDesk."
                ),
                summary,
            )
        )
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(text, 1)
        self.details_view = QPlainTextEdit(self)
        self.details_view.setReadOnly(True)
        self.details_view.setPlainText(details)
        self.details_view.setVisible(False)
        self.details_view.setMinimumHeight(220)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy Details"), self)
        self.toggle_button = QPushButton(self.tr("Show &Details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        self.copy_button.clicked.connect(self.copy_details)
        self.toggle_button.clicked.connect(self.toggle_details)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details_view, 1)
        layout.addWidget(buttons)
        self.resize(560, 240)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))

    def toggle_details(self) -> None:
        visible = not self.details_view.isVisible()
        self.details_view.setVisible(visible)
        label = self.tr("Hide &Details") if visible else self.tr("Show &Details")
        self.toggle_button.setText(label)
        self.adjustSize()


def details_text(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    log_file = current_log_file()
    lines = [
        f"GroupDesk {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        f"Time: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"Log file: {log_file}" if log_file else "Log file: none",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


def show_changed_elsewhere() -> None:
    """Someone else saved the same thing first: expected on a shared database, not a bug, so
    it is said plainly (tests replace this function)."""
    QMessageBox.warning(
        QApplication.activeWindow(),
        QCoreApplication.translate("ErrorNet", "Changed by Someone Else"),
        QCoreApplication.translate(
            "ErrorNet",
            "Someone else saved a change to the same data while you were working on it, so "
            "yours was not saved. Reload the page to see their version, then make your change "
            "again.",
        ),
    )


def show_error(summary: str, details: str) -> None:
    """Show the dialog (tests replace this function)."""
    parent = QApplication.activeWindow()
    ErrorDialog(summary, details, parent).exec()


def handle_exception(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    if issubclass(exc_type, StaleEditError):
        # A page that does not offer Reload / Keep mine itself still says what happened.
        log.info("a save lost to someone else's: %s", exc)
        if not _showing and QApplication.instance() is not None:
            _showing = True
            try:
                show_changed_elsewhere()
            finally:
                _showing = False
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if _showing or QApplication.instance() is None:
        return
    if isinstance(exc, Refusal):
        # A full disk, a lock, a failed backup: said in the reader's language.
        summary = say(exc)
    else:
        summary = f"{exc_type.__name__}: {exc}".strip().rstrip(":")
    _showing = True
    try:
        show_error(summary, details_text(exc_type, exc, tb))
    except Exception:  # the net must not tear: a failing dialog is logged, nothing more
        log.exception("could not show the error dialog")
    finally:
        _showing = False


def install() -> None:
    """Log to the rotating log file and catch every exception that reaches the event loop."""
    configure_logging()
    sys.excepthook = handle_exception
