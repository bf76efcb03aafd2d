"""How GroupDesk's file dialogs are opened, so that they speak the GUI's language.

A native file dialog is drawn by the desktop, not by Qt: it ignores GroupDesk's translations and
speaks the desktop's language. On Linux the native dialog is whatever the desktop's theme or
portal provides (GTK, KDE, none); Qt's own dialog is the same everywhere and reads its texts
("Cari di", "Nama berkas", "Simpan", "Batal") from the translations GroupDesk installs. On
Windows and macOS the native dialog is kept while the GUI speaks the desktop's own language.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog


def file_dialog_options() -> QFileDialog.Option:
    """The options every ``QFileDialog.get...FileName`` call of GroupDesk passes."""
    # _install_translations makes the GUI's locale the default one
    foreign = QLocale().language() != QLocale.system().language()
    if sys.platform.startswith("linux") or foreign:
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def database_file_types() -> str:
    """The file types offered where a database is opened, created or restored, in the GUI's
    language."""
    return QCoreApplication.translate(
        "FileDialogs", "GroupDesk databases (*.sqlite *.db *.groupdesk);;All files (*)"
    )
