"""Someone else saved the member while it was open in the form: Reload or Keep mine."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import update

from groupdesk.core.models import Member
from groupdesk.core.services.members import MemberService
from groupdesk.ui.common import error_net
from groupdesk.ui.members import page as page_module
from groupdesk.ui.members.dialog import MemberDialog
from groupdesk.ui.members.page import MembersPage


@pytest.fixture
def page(members_page) -> MembersPage:
    members_page.table.selectRow(0)
    return members_page


def edit_while_someone_else_saves(page: MembersPage, city: str):  # type: ignore[no-untyped-def]
    """The user types a city and presses Save; meanwhile a colleague changed the notes."""
    opened: list[MemberDialog] = []

    def run(dialog: MemberDialog) -> bool:
        opened.append(dialog)
        if len(opened) == 1:
            other = MemberService(page.db)  # the colleague, saving first
            theirs = other.get(dialog._original.id)
            other.update(theirs.with_changes(notes="Pindah ke Kupang", phone="0812 7000 1111"))
            dialog.city.setText(city)
            return dialog.try_accept()
        return False  # the form opened again: looked at, closed

    return run, opened


def test_keep_mine_saves_my_field_over_their_version(page, monkeypatch) -> None:
    member_id = page.selected_ids()[0]
    run, _ = edit_while_someone_else_saves(page, "Ambon")
    asked: list[str] = []
    monkeypatch.setattr(page_module, "run_dialog", run)
    monkeypatch.setattr(page_module, "keep_mine", lambda _p, name: asked.append(name) or True)
    page.edit_action.trigger()
    stored = MemberService(page.db).get(member_id)
    assert len(asked) == 1 and asked[0] == stored.full_name
    assert (stored.city, stored.notes) == ("Ambon", "Pindah ke Kupang")  # mine and theirs
    assert page.error_label.isHidden()
    assert page.model.data(page.model.index(0, 4)) == "Ambon"
    page.undo_stack.undo()  # back to what the colleague saved, not to what I opened
    stored = MemberService(page.db).get(member_id)
    assert stored.notes == "Pindah ke Kupang" and stored.city != "Ambon"


def test_reload_keeps_theirs_and_opens_the_form_on_it(page, monkeypatch) -> None:
    member_id = page.selected_ids()[0]
    city_before = MemberService(page.db).get(member_id).city
    run, opened = edit_while_someone_else_saves(page, "Ambon")
    monkeypatch.setattr(page_module, "run_dialog", run)
    monkeypatch.setattr(page_module, "keep_mine", lambda _p, _name: False)
    page.edit_action.trigger()
    stored = MemberService(page.db).get(member_id)
    assert (stored.city, stored.notes) == (city_before, "Pindah ke Kupang")
    assert len(opened) == 2 and opened[1].notes.toPlainText() == "Pindah ke Kupang"
    assert not page.undo_stack.canUndo()


def test_a_cell_typed_over_a_member_someone_else_saved_is_refused(qtbot, page) -> None:
    member_id = page.selected_ids()[0]
    other = MemberService(page.db)  # the colleague saves while the table shows the old version
    theirs = other.get(member_id)
    other.update(theirs.with_changes(notes="Pindah ke Kupang"))
    index = page.model.index(0, 4)  # City
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Ambon")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.error_label.isVisible())
    assert page.error_label.text() == (
        f"City of {theirs.full_name} not saved: "
        "Someone else changed this member; the table now shows it."
    )
    stored = MemberService(page.db).get(member_id)
    assert (stored.city, stored.notes) == (theirs.city, "Pindah ke Kupang")
    assert page.undo_stack.count() == 0  # a refused cell is no step to undo


def test_the_question_names_the_member_and_offers_both_choices(qtbot, page) -> None:
    seen: dict[str, object] = {}

    def answer() -> None:
        box = next(w for w in page.findChildren(page_module.QMessageBox) if w.isVisible())
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        keep = next(b for b in box.buttons() if b.text() == "&Keep Mine")
        keep.click()

    QTimer.singleShot(0, answer)
    assert page_module.keep_mine(page, "Ayu Lestari") is True
    assert "Ayu Lestari" in str(seen["text"]) and "Someone else" in str(seen["text"])
    assert sorted(seen["buttons"]) == ["&Keep Mine", "&Reload"]


@pytest.mark.qt_no_exception_capture
def test_a_lost_race_elsewhere_is_said_plainly_not_as_a_bug(qtbot, demo_db, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = list(logging.getLogger().handlers)
    error_net.install()
    bugs: list[str] = []
    told: list[bool] = []
    monkeypatch.setattr(error_net, "show_error", lambda s, d: bugs.append(s))
    monkeypatch.setattr(error_net, "show_changed_elsewhere", lambda: told.append(True))

    def save_over_a_newer_version() -> None:
        with demo_db.transaction() as s:
            member = s.get(Member, 1)
            with demo_db.engine.begin() as other:  # someone else saves meanwhile
                other.execute(
                    update(Member).where(Member.id == 1).values(version=Member.version + 1)
                )
            member.city = "Ternate"

    try:
        QTimer.singleShot(0, save_over_a_newer_version)
        qtbot.waitUntil(lambda: bool(told or bugs), timeout=3000)
    finally:
        for handler in logging.getLogger().handlers[:]:
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert told == [True] and bugs == [], bugs
    with demo_db.session() as s:
        assert s.get(Member, 1).city != "Ternate"
