"""The Members page's personal-data entries: export to the file chosen, anonymise after a
confirmation that names the member, refusals shown as dialogs; and Edit → Find Duplicates."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QUndoStack

from groupdesk.core.application import Application
from groupdesk.core.services.members import MemberService
from groupdesk.ui.members import duplicates_dialog
from groupdesk.ui.members import personal_data as personal_data_actions
from groupdesk.ui.members.personal_data import anonymise_member, export_personal_data
from tests.integration.services import pair_world


@pytest.fixture
def world(db):
    return pair_world.build(db)


@pytest.fixture
def dialogs(monkeypatch):
    """Record every message instead of showing it."""
    seen = {"errors": [], "infos": [], "confirm": [], "suggested": []}
    monkeypatch.setattr(
        personal_data_actions, "show_error", lambda _p, _t, text: seen["errors"].append(text)
    )
    monkeypatch.setattr(
        personal_data_actions, "show_info", lambda _p, _t, text: seen["infos"].append(text)
    )
    return seen


def test_export_writes_the_chosen_file(monkeypatch, tmp_path, db, world, dialogs) -> None:
    target = tmp_path / "ayu"
    monkeypatch.setattr(
        personal_data_actions,
        "choose_export_path",
        lambda _p, suggested: dialogs["suggested"].append(suggested) or str(target),
    )
    written = export_personal_data(None, Application(db), world.ayu2)
    assert dialogs["suggested"] == ["personal-data-GD-2.json"]
    assert written == tmp_path / "ayu.json"  # a name without an extension becomes JSON
    assert json.loads(written.read_text(encoding="utf-8"))["member"]["full_name"] == "Ayu Lestary"
    assert "Ayu Lestary" in dialogs["infos"][0]


def test_export_cancelled_or_unwritable(monkeypatch, tmp_path, db, world, dialogs) -> None:
    monkeypatch.setattr(personal_data_actions, "choose_export_path", lambda *_a: "")
    assert export_personal_data(None, Application(db), world.ayu) is None
    missing = tmp_path / "no such folder" / "x.json"
    monkeypatch.setattr(personal_data_actions, "choose_export_path", lambda *_a: str(missing))
    assert export_personal_data(None, Application(db), world.ayu) is None
    assert dialogs["errors"] and "could not be written" in dialogs["errors"][0]
    assert not missing.parent.exists()


def test_anonymise_confirms_by_name_then_clears_the_undo_stack(
    monkeypatch, db, world, dialogs
) -> None:
    stack = QUndoStack()
    from PySide6.QtGui import QUndoCommand

    stack.push(QUndoCommand("Edit “Ayu Lestary”"))
    monkeypatch.setattr(
        personal_data_actions,
        "confirm",
        lambda _p, _t, text: dialogs["confirm"].append(text) or False,
    )
    assert not anonymise_member(None, Application(db), world.ayu2, stack)
    assert MemberService(db).get(world.ayu2).full_name == "Ayu Lestary"
    assert stack.count() == 1
    assert dialogs["confirm"][0].startswith("Anonymise Ayu Lestary (GD-2)?")
    monkeypatch.setattr(personal_data_actions, "confirm", lambda *_a: True)
    assert anonymise_member(None, Application(db), world.ayu2, stack)
    record = MemberService(db).get(world.ayu2)
    assert record.full_name == f"Anggota anonim #{world.ayu2}" and record.phone is None
    assert stack.count() == 0  # nothing left that could bring the old values back
    # A second time is refused with a message, not an exception.
    assert not anonymise_member(None, Application(db), world.ayu2, stack)
    assert "was anonymised on" in dialogs["errors"][0]


def test_unknown_member_is_a_message(db, dialogs) -> None:
    assert not anonymise_member(None, Application(db), 9999)
    assert export_personal_data(None, Application(db), 9999) is None
    assert dialogs["errors"] == ["This member no longer exists."] * 2


def test_edit_menu_opens_find_duplicates(monkeypatch, qtbot, demo_db) -> None:
    from groupdesk.ui.window.main_window import MainWindow

    opened = []
    monkeypatch.setattr(duplicates_dialog, "find_duplicates", lambda *args: opened.append(args))
    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    action = next(a for a in edit.actions() if a.text() == "Find &Duplicates…")
    action.trigger()
    assert opened and opened[0][2] is window.undo_stack
    from groupdesk.ui.professions.page import ProfessionsPage

    professions = window.pages["professions"]
    assert isinstance(professions, ProfessionsPage)
    assert professions.undo_stack is window.undo_stack
    assert professions.professions.rowCount() == 8  # the seeded occupational groups
