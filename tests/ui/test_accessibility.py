"""What a screen reader and a keyboard user get: names for buttons that show only a symbol,
the figures behind the dashboard's charts and the week calendar, and the platform's keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMessageBox, QWidget

from groupdesk.core.application import Application
from groupdesk.ui.window.main_window import MainWindow


def _shows_only_symbols(button: QAbstractButton) -> bool:
    """A button whose text has no letter or digit ("◀", "…") or no text at all."""
    return not any(ch.isalnum() for ch in button.text().replace("&", ""))


def _qt_internal(button: QAbstractButton) -> bool:
    """Buttons Qt makes inside its own widgets (a line edit's clear button, a table's corner
    button, a tab bar's scroll arrows) carry Qt's own accessible names or none we can set."""
    name = button.objectName()
    return name.startswith(("qt_", "_q_", "ScrollLeft", "ScrollRight")) or (
        button.metaObject().className()
        in ("QLineEditIconButton", "QTableCornerButton", "QCalendarToolButton")
    )


def _unnamed_symbol_buttons(top: QWidget) -> list[str]:
    found = []
    for button in top.findChildren(QAbstractButton):
        if _qt_internal(button) or not _shows_only_symbols(button):
            continue
        if not button.accessibleName().strip() or not button.toolTip().strip():
            found.append(
                f"{top.metaObject().className()}:{button.objectName() or '?'}:{button.text()!r}"
            )
    return found


@pytest.fixture
def dialogs_shown(monkeypatch):
    """Every dialog the window would run modally is shown instead and left open."""
    monkeypatch.setattr(QDialog, "exec", lambda self: (self.show(), 0)[1])
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (self.show(), 0)[1])


@pytest.mark.parametrize("language", ["en", "id"])
def test_buttons_showing_only_a_symbol_have_a_name_and_a_tooltip(
    qtbot, demo_db, gui_language, dialogs_shown, language
) -> None:
    gui_language(language)
    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)
    window.show()
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
    window.members_page.new_action.trigger()
    window.pages["projects"].new_shift_button.click()
    window.pages["projects"].new_project_button.click()
    window.pages["challenges"].new_button.click()
    window.settings_action.trigger()
    window.import_action.trigger()
    window.open_export_dialog()
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert len(tops) >= 6  # the window and the dialogs above
    missing = [name for top in tops for name in _unnamed_symbol_buttons(top)]
    for top in tops:
        if top is not window:
            top.close()
    assert sorted(set(missing)) == []
    prev = window.pages["projects"].prev_button
    expected = {"en": "Previous week", "id": "Minggu sebelumnya"}[language]
    assert prev.accessibleName() == expected


def test_redo_uses_the_platform_s_standard_keys(qtbot, demo_db) -> None:
    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)
    edit = next(a.menu() for a in window.menuBar().actions() if a.menu() and "Edit" in a.text())
    redo = next(a for a in edit.actions() if "Redo" in a.text())
    assert redo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)


def _dashboard(qtbot, demo_db):
    from groupdesk.ui.dashboard.page import DashboardPage

    page = DashboardPage(Application(demo_db))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_a_chart_tells_a_screen_reader_every_bar_it_shows(qtbot, demo_db) -> None:
    page = _dashboard(qtbot, demo_db)
    chart = page.profession_chart
    bars = chart.bars()
    assert bars
    assert chart.accessibleName() == "Members per profession"
    description = chart.accessibleDescription()
    for _key, label, value in bars:
        assert f"{label}: {round(value)}" in description


def test_a_chart_can_be_read_as_a_table_from_the_keyboard(qtbot, demo_db) -> None:
    page = _dashboard(qtbot, demo_db)
    chart, box = page.hours_chart, page.hours_box
    box.table_button.click()
    table = box.table
    assert table.isVisible() and not chart.isVisible()
    model = table.model()
    shown = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert shown == [(label, chart.shown_value(value)) for _k, label, value in chart.bars()]
    opened = []
    page.show_list = lambda *args, **kwargs: opened.append(args[0])  # type: ignore[method-assign]
    table.setFocus()
    table.setCurrentIndex(model.index(2, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert len(opened) == 1
    box.table_button.click()
    assert chart.isVisible() and not table.isVisible()


def test_the_chart_table_model_is_sound(qtbot, demo_db, qtmodeltester) -> None:
    page = _dashboard(qtbot, demo_db)
    page.profession_box.table_button.click()
    qtmodeltester.check(page.profession_box.table.model())


def test_the_week_calendar_describes_its_shifts_to_a_screen_reader(qtbot, demo_db) -> None:
    from groupdesk.ui.schedule.projects_page import ProjectsPage
    from tests.ui.conftest import shift_today

    shift_today(demo_db)
    page = ProjectsPage(Application(demo_db))
    qtbot.addWidget(page)
    page.show()
    view = page.view
    shifts = [s for s in view.shifts() if view.block_rect(s.id) is not None]
    assert shifts, "the demo week has shifts"
    assert view.accessibleName().startswith("Week calendar")
    description = view.accessibleDescription()
    assert f"{len(shifts)} shifts" in description
    under = sum(1 for s in shifts if s.fill == "under" and s.status != "cancelled")
    assert f"{under} below the minimum" in description
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    chosen = next(s for s in shifts if s.id == view.selected_shift())
    assert view.tooltip_for(chosen).split("\n")[0] in view.accessibleDescription()
    assert f"{chosen.filled} of {chosen.max_volunteers}" in view.accessibleDescription()
    # The same shifts as a table.
    page.mode_buttons["list"].click()
    assert page.list_table.isVisible()
    assert page.shift_list.rowCount() == len(view.shifts())
