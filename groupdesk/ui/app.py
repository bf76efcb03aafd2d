"""Starting the GUI: the QApplication, its identity and translations, then the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from groupdesk import APP_NAME, ORG_NAME, __version__
from groupdesk.ui import labels
from groupdesk.ui.resources import app_icon, resources_dir

# The language of the GUI: "system" follows the computer's language; "id" or "en" pick one.
# GROUPDESK_LANG overrides the setting, e.g. to check a translation.
LANGUAGE_ENV = "GROUPDESK_LANG"
LANGUAGE_SETTING = "ui/language"
LANGUAGES = ("system", "id", "en")
_LOCALES = {"id": "id_ID", "en": "en_GB"}
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
    app.setDesktopFileName("groupdesk")
    app.setWindowIcon(app_icon())
    _install_translations(app)
    return app


def language_override() -> str | None:
    """The language GROUPDESK_LANG asks for ("id" or "en"), or None."""
    value = os.environ.get(LANGUAGE_ENV, "").strip().lower()
    return value if value in _LOCALES else None


def language_setting() -> str:
    """The language chosen in Settings: "system", "id" or "en"."""
    value = str(QSettings().value(LANGUAGE_SETTING, "system") or "system").lower()
    return value if value in LANGUAGES else "system"


def gui_locale() -> QLocale:
    """The locale whose translation the GUI uses: GROUPDESK_LANG, the setting, or the system's."""
    choice = language_override() or language_setting()
    return QLocale(_LOCALES[choice]) if choice in _LOCALES else QLocale()


def _install_translations(app: QApplication) -> None:
    """Load Qt's and GroupDesk's translations for the GUI's language; calling it again replaces
    the ones loaded before."""
    while _installed:
        app.removeTranslator(_installed.pop())
    locale = gui_locale()
    labels.use_number_locale(locale)
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("groupdesk", str(resources_dir() / "translations")),
    ):
        translator = QTranslator(app)
        found = translator.load(locale, name, "_", folder)
        if not found and name == "groupdesk":
            # A language GroupDesk does not speak gets English, with its singular forms
            # ("1 member"), which only the English translation knows.
            found = translator.load(f"{name}_en", folder)
        if found:
            app.installTranslator(translator)
            _installed.append(translator)


def run_gui(db_target: str | Path | None, self_test: bool = False) -> int:
    problem = display_problem()
    if problem:
        sys.stderr.write(f"groupdesk: error: {problem}\n")
        return 1
    app = create_application()
    from groupdesk.ui import error_net
    from groupdesk.ui.main_window import MainWindow
    from groupdesk.ui.open_database_flow import open_with_dialogs

    error_net.install()
    db = open_with_dialogs(db_target)
    if db is None:
        return 1
    window = MainWindow(db)
    window.show()
    if self_test:
        from groupdesk.ui.self_test import run_self_test

        return run_self_test(app, window)
    return app.exec()


def main() -> int:
    """Entry point of the ``groupdesk-gui`` launcher."""
    return run_gui(None)
