"""On macOS Qt moves Quit, About and Preferences into the application menu by their roles;
an item left to Qt's guess moves, or not, depending on the words of its translation."""

from __future__ import annotations

from PySide6.QtGui import QAction

from groupdesk.core.application import Application
from groupdesk.ui.window.main_window import MainWindow

Role = QAction.MenuRole


def menu_items(window: MainWindow) -> list[QAction]:
    items = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        items += [action for action in menu.actions() if not action.isSeparator()]
    return items


def test_quit_about_and_settings_have_their_roles_and_nothing_else_moves(qtbot, db) -> None:
    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    roles: dict[Role, list[QAction]] = {}
    for action in menu_items(window):
        roles.setdefault(action.menuRole(), []).append(action)

    assert set(roles) == {Role.NoRole, Role.QuitRole, Role.AboutRole, Role.PreferencesRole}
    assert [a.objectName() for a in roles[Role.PreferencesRole]] == ["settingsAction"]
    assert [a.text() for a in roles[Role.AboutRole]] == ["&About GroupDesk"]
    [quit_action] = roles[Role.QuitRole]

    window.show()
    qtbot.waitExposed(window)
    quit_action.trigger()
    assert not window.isVisible()
