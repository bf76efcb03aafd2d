"""Find Duplicates as a secretary uses it: pairs listed, compared side by side, merged with
the values clicked, undone and redone from the undo stack; refusals shown, nothing changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from groupdesk.core.application import Application
from groupdesk.core.services.duplicates import DuplicateService
from groupdesk.core.services.members import MemberService
from groupdesk.core.services.roster import RosterFilter, RosterService
from groupdesk.ui.members import duplicates_dialog
from groupdesk.ui.members.duplicates_dialog import (
    ComparisonModel,
    DuplicatePairsModel,
    DuplicatesDialog,
)
from tests.integration.services import pair_world


@pytest.fixture
def world(db):
    return pair_world.build(db)


@pytest.fixture
def dialog(qtbot, db, world):
    stack = QUndoStack()
    changes = []
    widget = DuplicatesDialog(Application(db), stack, on_change=lambda: changes.append(1))
    qtbot.addWidget(widget)
    widget.stack_for_test = stack
    widget.changes_for_test = changes
    return widget


def column(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_models_pass_qt_model_tester(qtmodeltester, db, world) -> None:
    service = DuplicateService(db)
    pairs = DuplicatePairsModel()
    pairs.set_pairs(service.find())
    qtmodeltester.check(pairs, force_py=True)
    comparison = ComparisonModel()
    members = MemberService(db)
    comparison.set_members(
        members.get(world.ayu),
        members.get(world.ayu2),
        service.linked(world.ayu),
        service.linked(world.ayu2),
    )
    qtmodeltester.check(comparison, force_py=True)
    qtmodeltester.check(ComparisonModel(), force_py=True)


def test_pairs_are_listed_with_their_reasons(dialog, world) -> None:
    assert dialog.pairs.rowCount() == 2
    assert column(dialog.pairs, 0)[0] == "Ayu Lestari  (GD-1)"
    assert column(dialog.pairs, 2)[0] == "same phone, similar name, same birth date"
    assert "2 possible duplicates" in dialog.intro.text()


def test_the_comparison_shows_both_sides_and_preselects_filled_values(dialog) -> None:
    model = dialog.comparison
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Keep: GD-1"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Merge in: GD-2"
    city = model.row_of("city")
    assert (model.data(model.index(city, 1)), model.data(model.index(city, 2))) == (
        "Bandung",
        "Jakarta",
    )
    check = Qt.ItemDataRole.CheckStateRole
    assert model.data(model.index(city, 1), check) == Qt.CheckState.Checked
    address = model.row_of("address")  # blank on the kept side: the other's is preselected
    assert model.data(model.index(address, 2), check) == Qt.CheckState.Checked
    signups = model.row_of("sign_ups")
    assert model.data(model.index(signups, 2)) == "3 sign-ups, 8 hours"
    assert not model.flags(model.index(signups, 2)) & Qt.ItemFlag.ItemIsUserCheckable
    # Phone numbers written differently but stored alike are not a choice.
    assert "phone" not in model.choices()


def test_merge_with_chosen_values_then_undo_and_redo(monkeypatch, db, dialog, world) -> None:
    asked = []
    monkeypatch.setattr(duplicates_dialog, "ask", lambda _p, _t, text: asked.append(text) or True)
    dialog.comparison.choose("city", "b")
    dialog.compare_table.clicked.emit(
        dialog.comparison.index(dialog.comparison.row_of("full_name"), 2)
    )
    assert dialog.merge()
    assert "Merge Ayu Lestary (GD-2) into Ayu Lestari (GD-1)?" in asked[0]
    members = MemberService(db)
    kept = members.get(world.ayu)
    assert (kept.full_name, kept.city) == ("Ayu Lestary", "Jakarta")
    assert dialog.pairs.rowCount() == 1  # the merged pair is gone; Dedi and Dodi remain
    assert dialog.intro.text().startswith("1 possible duplicate:")
    stack = dialog.stack_for_test
    assert stack.undoText() == "Merge “Ayu Lestary” into “Ayu Lestary”"
    roster = RosterService(db)
    assert roster.count(RosterFilter(search="ayu")) == 2
    stack.undo()
    assert members.get(world.ayu).full_name == "Ayu Lestari"
    assert members.get(world.ayu2).deleted_at is None
    assert roster.count(RosterFilter(search="ayu")) == 3
    stack.redo()
    assert members.get(world.ayu2).deleted_at is not None
    assert members.get(world.ayu).city == "Jakarta"
    assert len(dialog.changes_for_test) == 3  # merge, undo, redo: the pages were told each time


def test_keep_the_other_record_swaps_sides(monkeypatch, db, dialog, world) -> None:
    monkeypatch.setattr(duplicates_dialog, "ask", lambda *_a: True)
    dialog.swap()
    assert dialog.comparison.headerData(1, Qt.Orientation.Horizontal) == "Keep: GD-2"
    dialog.merge()
    assert MemberService(db).get(world.ayu).deleted_at is not None
    assert MemberService(db).get(world.ayu2).deleted_at is None


def test_cancelling_or_a_stale_pair_changes_nothing(monkeypatch, db, dialog, world) -> None:
    monkeypatch.setattr(duplicates_dialog, "ask", lambda *_a: False)
    assert not dialog.merge()
    assert dialog.stack_for_test.count() == 0
    errors = []
    monkeypatch.setattr(duplicates_dialog, "ask", lambda *_a: True)
    monkeypatch.setattr(duplicates_dialog, "show_error", lambda _p, _t, text: errors.append(text))
    members = MemberService(db)
    # Someone edits Ayu in another window after the comparison was made.
    members.update(members.get(world.ayu).with_changes(city="Bogor"))
    assert not dialog.merge()
    assert "changed after the comparison" in errors[0]
    assert members.get(world.ayu2).deleted_at is None
    assert dialog.stack_for_test.count() == 0
    assert dialog.pairs.rowCount() == 2
    # The comparison was read again, so a second try works.
    assert dialog.merge()
    assert members.get(world.ayu).city == "Bogor"


def test_one_sign_up_of_one_hour_reads_in_the_singular(db, world, gui_language) -> None:
    # "1 sign-ups, 1 hours" was shown for a member with one short shift
    from dataclasses import replace

    service, members = DuplicateService(db), MemberService(db)
    comparison = ComparisonModel()
    one = replace(service.linked(world.ayu2), sign_ups=1, hours=1.0)
    half = replace(service.linked(world.ayu2), sign_ups=2, hours=2.5)
    comparison.set_members(members.get(world.ayu), members.get(world.ayu2), one, half)
    row = comparison.row_of("sign_ups")
    cells = (comparison.data(comparison.index(row, 1)), comparison.data(comparison.index(row, 2)))
    assert cells == ("1 sign-up, 1 hour", "2 sign-ups, 2.5 hours")
    gui_language("id")
    comparison.set_members(members.get(world.ayu), members.get(world.ayu2), one, half)
    cells = (comparison.data(comparison.index(row, 1)), comparison.data(comparison.index(row, 2)))
    assert cells == ("1 pendaftaran, 1 jam", "2 pendaftaran, 2,5 jam")
