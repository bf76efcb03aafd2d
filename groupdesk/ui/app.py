"""Starting the GUI: the QApplication, its identity and translations, then the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from groupdesk import APP_ID, APP_NAME, ORG_NAME, __version__
from groupdesk.ui.common import labels
from groupdesk.ui.common.language import LANGUAGE_ENV as LANGUAGE_ENV
from groupdesk.ui.common.language import LANGUAGE_SETTING as LANGUAGE_SETTING
from groupdesk.ui.common.language import gui_locale, speaks_pseudo_language
from groupdesk.ui.common.pseudo_translation import PseudoTranslator
from groupdesk.ui.common.resources import app_icon, resources_dir
from groupdesk.ui.common.theme import apply_theme, chosen_theme

_installed: list[QTranslator] = []


def display_problem() -> str | None:
    """Why no window can be shown here, or None. Qt itself would abort without a word."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return "no display: run GroupDesk inside a desktop session (or under xvfb-run)"
    return None


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    _install_translations(app)
    apply_theme(app, chosen_theme())
    return app


def _install_translations(app: QApplication) -> None:
    """Load Qt's and GroupDesk's translations for the GUI's language; calling it again replaces
    the ones loaded before.

    The GUI's locale also becomes the default one, so that widgets Qt draws itself (the
    calendar of a date field, spin boxes, the file dialog's dates) name months and days in
    the same language as the rest of the window.

    The pseudo-language (GROUPDESK_LANG=qps) loads the Indonesian translations and shows each
    of their texts accented, so that a text Indonesian does not translate shows as English."""
    while _installed:
        app.removeTranslator(_installed.pop())
    locale = gui_locale()
    QLocale.setDefault(locale)
    labels.use_number_locale(locale)
    pseudo = speaks_pseudo_language()
    if pseudo:
        locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    ours = str(resources_dir() / "translations")
    for name, folders in (
        # Qt's own texts (file dialogs, message box buttons, the menus of text fields, the
        # print dialog): Qt ships no Indonesian, so GroupDesk brings its own qtbase_id.
        ("qtbase", (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), ours)),
        ("groupdesk", (ours,)),
    ):
        translator = QTranslator(app)
        found = any(translator.load(locale, name, "_", folder) for folder in folders)
        if not found and name == "groupdesk":
            # A language GroupDesk does not speak gets English, with its singular forms
            # ("1 member"), which only the English translation knows.
            found = translator.load(f"{name}_en", ours)
        if found:
            if pseudo:
                translator = PseudoTranslator(translator, app)
            app.installTranslator(translator)
            _installed.append(translator)


def run_gui(db_target: str | Path | None, self_test: bool = False) -> int:
    problem = display_problem()
    if problem:
        sys.stderr.write(f"groupdesk: error: {problem}\n")
        return 1
    app = create_application()
    from groupdesk.ui.common import error_net
    from groupdesk.ui.database.open_database_flow import open_with_dialogs
    from groupdesk.ui.window.main_window import MainWindow

    error_net.install()
    opened = open_with_dialogs(db_target)
    if opened is None:
        return 1
    window = MainWindow(opened)
    window.show()
    if self_test:
        from groupdesk.ui.self_test import run_self_test

        return run_self_test(app, window)
    return app.exec()


def main() -> int:
    """Entry point of the ``groupdesk-gui`` launcher."""
    return run_gui(None)
