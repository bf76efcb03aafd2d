"""Editing on the Members page as a secretary does it: form, inline cells, trash, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from groupdesk.core.application import Application
from groupdesk.core.services.members import MemberService
from groupdesk.ui.members import page as page_module
from groupdesk.ui.members.dialog import MemberDialog
from groupdesk.ui.members.page import MembersPage


@pytest.fixture
def page(qtbot, demo_db) -> MembersPage:
    widget = MembersPage(Application(demo_db), QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def fill_and_save(**values):
    """A stand-in for the user: fills the form's fields, then presses Save."""
    outcome = {}

    def run(dialog: MemberDialog) -> bool:
        for name, value in values.items():
            widget = getattr(dialog, name)
            if hasattr(widget, "set_value"):
                widget.set_value(value)
            elif hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        outcome["accepted"] = dialog.try_accept()
        outcome["dialog"] = dialog
        return outcome["accepted"]

    return run, outcome


def test_new_member_through_the_form_is_saved_and_undoable(page, monkeypatch) -> None:
    run, outcome = fill_and_save(full_name="Ayu Kartika Sari", phone="0812 9999 0001", city="Bogor")
    monkeypatch.setattr(page_module, "run_dialog", run)
    member_id = page.new_member()
    assert outcome["accepted"] and member_id is not None
    saved = MemberService(page.db).get(member_id)
    assert saved.member_number == "GD-000451"  # suggested after the last number
    assert saved.phone == "+62 812-9999-0001"
    assert page.model.total == 451
    assert page.undo_stack.undoText() == "New Member Ayu Kartika Sari"
    page.undo_stack.undo()
    assert page.model.total == 450
    page.undo_stack.redo()
    assert page.model.total == 451


def test_form_refuses_a_bad_phone_at_the_field_and_saves_nothing(page, monkeypatch) -> None:
    run, outcome = fill_and_save(full_name="Budi", phone="0812")
    monkeypatch.setattr(page_module, "run_dialog", run)
    assert page.new_member() is None
    dialog = outcome["dialog"]
    assert "phone number" in dialog.error_text("phone")
    assert dialog.tabs.currentIndex() == 0
    assert page.model.total == 450
    assert page.undo_stack.count() == 0


def test_edit_form_changes_one_member_and_undo_restores(page, monkeypatch) -> None:
    page.table.selectRow(0)
    member_id = page.selected_ids()[0]
    before = MemberService(page.db).get(member_id)
    run, _ = fill_and_save(city="Kupang", birth_date=dt.date(1991, 3, 4))
    monkeypatch.setattr(page_module, "run_dialog", run)
    assert page.edit_member()
    after = MemberService(page.db).get(member_id)
    assert (after.city, after.birth_date) == ("Kupang", dt.date(1991, 3, 4))
    assert page.model.data(page.model.index(0, 4)) == "Kupang"
    history = MemberService(page.db).history(member_id)
    assert any(h.field == "city" and h.new_value == "Kupang" for h in history)
    page.undo_stack.undo()
    assert MemberService(page.db).get(member_id).city == before.city
    assert page.model.data(page.model.index(0, 4)) == (before.city or "")


def test_inline_edit_saves_and_a_refused_value_is_explained(page) -> None:
    model = page.model
    member_id = model.member_id(2)
    assert model.flags(model.index(2, 4)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(2, 4), "Ambon")
    assert MemberService(page.db).get(member_id).city == "Ambon"
    assert page.undo_stack.count() == 1
    old_email = MemberService(page.db).get(member_id).email
    assert not model.setData(model.index(2, 3), "not an email")
    assert page.error_label.isVisible()
    assert "Email" in page.error_label.text() and "not saved" in page.error_label.text()
    assert MemberService(page.db).get(member_id).email == old_email
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert MemberService(page.db).get(member_id).city != "Ambon"


def test_status_and_dates_edit_inline_with_their_editors(page, qtbot) -> None:
    model = page.model
    index = model.index(0, 5)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index) or page.table.focusWidget()
    assert editor.__class__.__name__ == "QComboBox"
    editor.setCurrentIndex(editor.findData("left"))
    page.table.commitData(editor)
    assert model.data(index) == "Left"
    date_index = model.index(0, 7)
    page.table.setCurrentIndex(date_index)
    page.table.edit(date_index)
    date_editor = page.table.focusWidget().parentWidget()
    assert date_editor.__class__.__name__ == "DateField"


def test_delete_goes_to_trash_restore_and_empty_asks_first(page, monkeypatch) -> None:
    page.table.selectRow(0)
    name = page.model.member_row(0).full_name
    assert page.delete_selected() == 1
    assert page.model.total == 449
    assert page.undo_stack.undoText() == f"Delete {name}"
    page.show_trash(True)
    assert page.model.rowCount() == 1 and page.count_label.text() == "1 member in the trash"
    assert not page.new_action.isEnabled() and page.restore_action.isVisible()
    page.table.selectRow(0)
    assert page.restore_selected() == 1
    assert page.model.rowCount() == 0
    page.undo_stack.undo()  # the restore
    page.model.reload()
    assert page.model.rowCount() == 1
    asked = []
    monkeypatch.setattr(page_module, "confirm", lambda *args: asked.append(args) or False)
    assert page.empty_trash() == 0 and asked
    assert MemberService(page.db).trash_count() == 1
    monkeypatch.setattr(page_module, "confirm", lambda *args: True)
    assert page.empty_trash() == 1
    assert MemberService(page.db).trash_count() == 0


def test_filters_narrow_the_roster(page) -> None:
    page.filters_button.setChecked(True)
    assert page.filter_panel.isVisible()
    page.profession_filter.setCurrentIndex(page.profession_filter.findText("Dokter"))
    doctors = page.model.matching
    assert 0 < doctors < 450
    page.licence_check.setChecked(True)
    assert page.model.matching <= doctors
    page.clear_filters()
    assert page.model.matching == 450


def test_hidden_columns_are_remembered(qtbot, demo_db) -> None:
    first = MembersPage(Application(demo_db), QUndoStack())
    qtbot.addWidget(first)
    first.set_column_visible(3, False)
    second = MembersPage(Application(demo_db), QUndoStack())
    qtbot.addWidget(second)
    assert second.table.horizontalHeader().isSectionHidden(3)
    menu = second.column_menu()
    assert [a.isChecked() for a in menu.actions()][3] is False
    for column in range(9):
        second.set_column_visible(column, False)
    assert sum(not second.table.horizontalHeader().isSectionHidden(c) for c in range(9)) == 1


def test_read_only_database_offers_no_changes(qtbot, demo_db) -> None:
    from groupdesk.core.database import open_database

    path = demo_db.path
    demo_db.close()
    ro = open_database(path, read_only=True)
    widget = MembersPage(Application(ro), QUndoStack())
    qtbot.addWidget(widget)
    widget.table.selectRow(0)
    assert not widget.new_action.isEnabled() and not widget.delete_action.isEnabled()
    assert not widget.model.flags(widget.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    ro.close()


def test_links_from_a_member_to_their_challenges_and_back(qtbot, demo_db, monkeypatch) -> None:
    from groupdesk.core.services.challenges import ChallengeService
    from groupdesk.ui.window.main_window import MainWindow

    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)
    page = window.members_page
    page.table.selectRow(0)
    member_id = page.selected_ids()[0]
    page.challenges_action.trigger()
    challenges = window.pages["challenges"]
    assert window.stack.currentWidget() is challenges
    assert ChallengeService(demo_db).member_name(member_id) in challenges.count_label.text()
    opened = []
    monkeypatch.setattr(page_module, "run_dialog", lambda dialog: opened.append(dialog) or False)
    window.pages["professions"].memberActivated.emit(member_id)
    assert window.stack.currentWidget() is page
    assert opened and opened[0].member_number.text() == page.model.member_row(0).member_number


def test_emptying_the_trash_backs_up_first(page, monkeypatch) -> None:
    page.table.selectRow(0)
    page.delete_selected()
    monkeypatch.setattr(page_module, "confirm", lambda *args: True)
    assert page.empty_trash() == 1
    assert any(".before-trash." in p.name for p in page.db.backups)


def test_anonymise_from_the_context_menu(page, monkeypatch) -> None:
    from groupdesk.ui.members import personal_data as personal_data_actions

    page.table.selectRow(0)
    member_id = page.selected_ids()[0]
    assert page.anonymise_action.isEnabled()
    monkeypatch.setattr(personal_data_actions, "confirm", lambda *args: True)
    monkeypatch.setattr(personal_data_actions, "show_info", lambda *args: None)
    assert page.anonymise()
    assert MemberService(page.db).get(member_id).full_name.startswith("Anggota anonim")


def test_an_edit_is_undone_after_its_member_was_deleted_and_brought_back(page, monkeypatch) -> None:
    """Edit, Delete, then Edit > Undo twice: the member comes back as before the edit."""
    page.table.selectRow(0)
    member_id = page.selected_ids()[0]
    before = MemberService(page.db).get(member_id)
    run, _ = fill_and_save(city="Kupang")
    monkeypatch.setattr(page_module, "run_dialog", run)
    page.edit_action.trigger()
    assert MemberService(page.db).get(member_id).city == "Kupang"
    page.table.selectRow(0)
    assert page.selected_ids() == [member_id]
    page.delete_action.trigger()
    page.undo_stack.undo()  # the delete
    page.undo_stack.undo()  # the edit
    again = MemberService(page.db).get(member_id)
    assert again.deleted_at is None
    assert again.city == before.city
