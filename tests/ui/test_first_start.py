"""A new, empty database opens on what to do first; Settings sit under File; F1 opens the
manual in the GUI's language."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from groupdesk.core.application import Application
from groupdesk.core.demo import database_is_empty
from groupdesk.core.services.roster import RosterService
from groupdesk.ui.members import page as members_page_module
from groupdesk.ui.window import main_window as main_window_module
from groupdesk.ui.window.help_dialog import HelpDialog
from groupdesk.ui.window.main_window import MainWindow

REPO = Path(__file__).resolve().parents[2]


def _window(qtbot, db) -> MainWindow:
    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _menu(window: MainWindow, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def test_an_empty_database_opens_on_the_first_steps(qtbot, db) -> None:
    window = _window(qtbot, db)
    start = window.start_page
    assert window.stack.currentWidget() is start
    assert start.import_button.text() == "&2. Import your member list…"
    assert start.add_member_button.text() == "&3. Add a member…"
    assert start.demo_button.isVisibleTo(window)
    assert window.nav.currentItem().text() == "Getting Started"
    window.nav.setCurrentRow(1)  # the pages are one click away
    assert window.stack.currentWidget() is window.members_page


def test_a_database_with_members_opens_on_its_pages(qtbot, demo_db) -> None:
    window = _window(qtbot, demo_db)
    assert window.stack.currentWidget() is window.pages["dashboard"]
    help_menu = _menu(window, "&Help")
    getting_started = next(a for a in help_menu.actions() if a.text() == "&Getting Started")
    getting_started.trigger()
    assert window.stack.currentWidget() is window.start_page
    assert not window.start_page.demo_button.isVisibleTo(window)  # the demo needs an empty one


def test_the_first_steps_seen_last_on_an_empty_file_do_not_hide_a_filled_one(
    qtbot, demo_db
) -> None:
    """The first steps were the last page shown (on an empty file); the next file opened has
    members, so the window opens on its dashboard, not on "this database has no members yet"."""
    from PySide6.QtCore import QSettings

    window = _window(qtbot, demo_db)
    start_row = window.stack.indexOf(window.start_page)
    window.close()  # saves the page it shows
    QSettings().setValue("window/page", start_row)
    again = _window(qtbot, demo_db)
    assert again.stack.currentWidget() is again.pages["dashboard"]


def test_the_settings_button_opens_the_settings(qtbot, db, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(main_window_module, "run_settings", opened.append)
    window = _window(qtbot, db)
    window.start_page.settings_button.click()
    assert len(opened) == 1 and opened[0].org_name.isVisibleTo(opened[0])
    assert opened[0].tabs.currentIndex() == 0  # the organisation's name comes first


def test_the_import_button_runs_the_import_wizard_then_shows_the_members(
    qtbot, db, tmp_path, monkeypatch
) -> None:
    from tests.ui.test_import_wizard import ROWS, finish, to_preview, write_roster

    roster = write_roster(tmp_path / "anggota.xlsx", ROWS)
    make = MainWindow.make_import_wizard
    ran = []

    def make_and_drive(self: MainWindow):
        wizard = make(self)

        def drive() -> int:  # what the secretary does in the wizard
            ran.append(wizard)
            wizard.show()
            to_preview(qtbot, wizard, roster)
            wizard.preview_page.only_valid.setChecked(True)
            finish(qtbot, wizard)
            return 1

        wizard.exec = drive  # type: ignore[method-assign]
        return wizard

    monkeypatch.setattr(MainWindow, "make_import_wizard", make_and_drive)
    window = _window(qtbot, db)
    window.start_page.import_button.click()
    assert [w.__class__.__name__ for w in ran] == ["ImportWizard"]
    assert RosterService(db).total() == 2
    assert window.stack.currentWidget() is window.members_page


def test_the_add_member_button_opens_the_new_member_form(qtbot, db, monkeypatch) -> None:
    def fill(dialog) -> bool:
        dialog.full_name.setText("Sari Wulandari")
        box = dialog.findChild(QDialogButtonBox)
        box.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(members_page_module, "run_dialog", fill)
    window = _window(qtbot, db)
    window.start_page.add_member_button.click()
    assert window.stack.currentWidget() is window.members_page
    assert RosterService(db).total() == 1


def test_the_demo_button_fills_the_database_and_shows_the_dashboard(qtbot, db) -> None:
    window = _window(qtbot, db)
    window.start_page.demo_button.click()
    assert not database_is_empty(db)
    assert RosterService(db).total() > 0
    assert window.stack.currentWidget() is window.pages["dashboard"]
    assert window.members_page.model.total == RosterService(db).total()


def test_settings_are_under_file_and_are_the_preferences_on_a_mac(qtbot, demo_db) -> None:
    window = _window(qtbot, demo_db)
    file_menu = _menu(window, "&File")
    settings = next(a for a in file_menu.actions() if a.text() == "&Settings…")
    assert isinstance(settings, QAction)
    assert settings.menuRole() == QAction.MenuRole.PreferencesRole
    assert settings.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)


def test_f1_opens_the_manual_in_english(qtbot, demo_db) -> None:
    window = _window(qtbot, demo_db)
    assert window.help_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "GroupDesk Help"
    text = dialog.browser.toPlainText()
    for heading in ("Importing your member list", "Scheduling volunteer shifts", "Backups"):
        assert heading in text
    assert "File > Import…" in text


def test_f1_opens_the_manual_in_indonesian(qtbot, demo_db, gui_language) -> None:
    window = _window(qtbot, demo_db)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help_dialog.windowTitle() == "GroupDesk Help"
    gui_language("id")  # chosen in Settings meanwhile: the manual follows
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Bantuan GroupDesk"
    text = dialog.browser.toPlainText()
    for heading in ("Mengimpor daftar anggota", "Menjadwalkan giliran relawan", "Cadangan"):
        assert heading in text
    assert "Berkas > Impor…" in text


def test_the_wheel_carries_the_manuals() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["groupdesk"]
    shipped = {p.name for pattern in patterns for p in (REPO / "groupdesk").glob(pattern)}
    assert {"manual_en.html", "manual_id.html"} <= shipped
