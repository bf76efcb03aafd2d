"""The main window as a secretary uses it: find a member, sort, move between pages."""

from __future__ import annotations

from PySide6.QtCore import Qt

from groupdesk.core.application import Application
from groupdesk.core.database import open_database
from groupdesk.core.database.errors import Choice
from groupdesk.ui.database import open_database_flow
from groupdesk.ui.window.main_window import MainWindow


def make_window(qtbot, db) -> MainWindow:
    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    window.show()
    return window


def test_members_page_shows_the_roster_with_counts(qtbot, demo_db) -> None:
    window = make_window(qtbot, demo_db)
    assert window.stack.currentWidget() is window.pages["dashboard"]
    page = window.members_page
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is page
    assert page.table.model().rowCount() > 0
    assert window.count_label.text() == "450 members on the roster"
    assert "Database:" in window.db_label.text()


def test_typing_a_search_filters_after_a_pause(qtbot, demo_db) -> None:
    window = make_window(qtbot, demo_db)
    page = window.members_page
    qtbot.keyClicks(page.search, "GD-000123")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.data(page.model.index(0, 0)) == "GD-000123"
    assert window.count_label.text() == "Showing 1 of 450 members"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.matching == 450, timeout=2000)


def test_status_filter(qtbot, demo_db) -> None:
    window = make_window(qtbot, demo_db)
    page = window.members_page
    page.status_filter.setCurrentIndex(page.status_filter.findData("left"))
    shown = {page.model.data(page.model.index(r, 5)) for r in range(page.model.rowCount())}
    assert shown == {"Left"}


def test_clicking_a_header_sorts(qtbot, demo_db) -> None:
    window = make_window(qtbot, demo_db)
    page = window.members_page
    header = page.table.horizontalHeader()
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    cities = [page.model.data(page.model.index(r, 4)) for r in range(page.model.rowCount())]
    assert cities == sorted(cities)
    assert header.sortIndicatorSection() == 4


def test_every_page_is_reached_from_the_navigation_and_the_view_menu(qtbot, demo_db) -> None:
    window = make_window(qtbot, demo_db)
    keys = ["dashboard", "members", "professions", "projects", "challenges", "reports", "dues"]
    assert list(window.pages) == keys
    for row, key in enumerate(keys):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
    view = next(m.menu() for m in window.menuBar().actions() if m.text() == "&View")
    shortcuts = [a.shortcut().toString() for a in view.actions() if not a.isSeparator()]
    assert shortcuts[: len(keys)] == [f"Ctrl+{n}" for n in range(1, len(keys) + 1)]
    view.actions()[2].trigger()
    assert window.stack.currentWidget() is window.pages["professions"]
    view.actions()[6].trigger()  # Ctrl+7
    assert window.stack.currentWidget() is window.pages["dues"]
    assert window.nav.item(3).text() == "Projects & Shifts"


def test_find_shortcut_focuses_search(qtbot, demo_db) -> None:
    window = make_window(qtbot, demo_db)
    window.nav.setCurrentRow(3)
    find = next(
        a
        for m in window.menuBar().actions()
        for a in m.menu().actions()
        if a.text() == "&Find Member"
    )
    find.trigger()
    assert window.stack.currentWidget() is window.members_page
    assert (
        window.members_page.search.hasFocus() or window.focusWidget() is window.members_page.search
    )


def test_read_only_database_offers_read_only(qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "shared.sqlite"
    open_database(path).close()
    path.chmod(0o444)
    asked = []

    def answer(error, parent):
        asked.append(error.choices)
        return Choice.OPEN_READ_ONLY

    monkeypatch.setattr(open_database_flow, "ask_choice", answer)
    app = open_database_flow.open_with_dialogs(path)
    path.chmod(0o644)
    assert app is not None and app.read_only
    assert Choice.OPEN_READ_ONLY in asked[0]
    window = make_window(qtbot, app.db)
    assert "read-only" in window.windowTitle()


def test_not_a_database_lets_the_user_pick_another(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    good = tmp_path / "good.sqlite"
    open_database(good).close()
    monkeypatch.setattr(open_database_flow, "ask_choice", lambda e, p: Choice.CHOOSE_ANOTHER)
    monkeypatch.setattr(open_database_flow, "choose_existing_file", lambda p: str(good))
    app = open_database_flow.open_with_dialogs(bad)
    assert app is not None and app.db.path == good
    assert bad.read_text() == "hello"
    app.close()


def test_cancel_opens_nothing(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    monkeypatch.setattr(open_database_flow, "ask_choice", lambda e, p: None)
    assert open_database_flow.open_with_dialogs(bad) is None
