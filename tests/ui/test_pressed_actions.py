"""What users press opens what they expect: Edit Member from its action, its button, its menu
entry and the Enter key, and the call list's Export… button in both places it is shown.

Qt hands ``checked=False`` to a slot connected straight to ``triggered``/``clicked``; these
tests press the real controls so such a slot can never again receive ``False`` as an id.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QToolButton

from groupdesk.core.application import Application
from groupdesk.ui.members import page as page_module
from groupdesk.ui.members.dialog import MemberDialog
from groupdesk.ui.members.page import MembersPage
from groupdesk.ui.schedule.cover_finder import SuggestionsPanel
from groupdesk.ui.schedule.shift_dialog import ShiftDialog
from tests.integration.scheduling.conftest import Schedule, at


@pytest.fixture
def page(members_page) -> MembersPage:
    return members_page


@pytest.fixture
def opened(monkeypatch) -> list[int | None]:
    """Ids of the members whose form was opened (the form is closed again at once)."""
    seen: list[int | None] = []

    def run(dialog: MemberDialog) -> bool:
        seen.append(dialog._original.id)
        return False

    monkeypatch.setattr(page_module, "run_dialog", run)
    return seen


def _select(page: MembersPage, row: int) -> int:
    page.table.setFocus()
    page.table.selectRow(row)
    page.table.setCurrentIndex(page.model.index(row, 1))
    return page.model.member_id(row)


def test_edit_member_action_opens_the_selected_member(page, opened) -> None:
    member_id = _select(page, 3)
    page.edit_action.trigger()
    assert opened == [member_id]


def test_edit_member_button_opens_the_selected_member(page, opened) -> None:
    member_id = _select(page, 4)
    buttons = [b for b in page.findChildren(QToolButton) if b.defaultAction() is page.edit_action]
    assert buttons
    buttons[0].click()
    assert opened == [member_id]


def test_edit_member_from_the_row_menu_opens_the_selected_member(page, opened) -> None:
    member_id = _select(page, 5)
    menu = page.row_menu()  # what a right click on the row shows
    entry = next(a for a in menu.actions() if a.text() == page.edit_action.text())
    entry.trigger()
    assert opened == [member_id]


def test_enter_on_a_selected_row_opens_that_member(page, qtbot, opened) -> None:
    member_id = _select(page, 2)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [member_id]


def test_enter_after_an_inline_edit_saves_it_and_opens_nothing_wrong(page, qtbot, opened) -> None:
    member_id = _select(page, 1)
    index = page.model.index(1, 4)  # City
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Kupang")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view saves it on its next turn
    qtbot.waitUntil(lambda: page.table.focusWidget() is page.table)
    assert page.model.data(page.model.index(page.model.row_of(member_id), 4)) == "Kupang"
    assert opened == []  # Enter saved the cell; it did not open the form instead
    assert not page.error_label.isVisible()
    # Enter again on the row now opens this member's form (never "member False").
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened and set(opened) == {member_id}


# -- the call list's Export… ------------------------------------------------------------


@pytest.fixture
def sched(db) -> Schedule:
    s = Schedule(db)
    s.settings(min_rest_minutes=0, max_hours_per_24h=12, overlap_buffer_minutes=0)
    return s


@pytest.fixture
def save_as(monkeypatch, tmp_path) -> Path:
    """The file dialog answers with this path, as if the user had typed it."""
    target = tmp_path / "panggilan.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    return target


def test_export_button_of_the_cover_panel_writes_the_call_list(qtbot, sched, save_as) -> None:
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=2)
    sched.member("Ani", windows=((0, 7, 13),), phone="+62 811")
    panel = SuggestionsPanel(Application(sched.db))
    qtbot.addWidget(panel)
    panel.set_shift(shift)
    panel.export_button.click()
    lines = save_as.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Peringkat,Nama,No. HP") and lines[1].startswith("1,Ani,+62 811")


def test_export_button_in_the_shift_dialog_writes_the_call_list(qtbot, sched, save_as) -> None:
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=2)
    sched.member("Budi", windows=((0, 7, 13),), phone="+62 812")
    dialog = ShiftDialog(Application(sched.db), shift)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.cover)
    dialog.cover.export_button.click()
    lines = save_as.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("1,Budi,+62 812")


def test_add_to_shift_button_signs_up_the_chosen_member(qtbot, sched) -> None:
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=2)
    sched.member("Citra", windows=((0, 7, 13),))
    dialog = ShiftDialog(Application(sched.db), shift)
    qtbot.addWidget(dialog)
    dialog.member_search.setText("Citra")
    dialog.member_list.setCurrentIndex(dialog.member_model.index(0, 0))
    dialog.add_button.click()
    assert dialog.attendance.rowCount() == 1
