"""The Professions page as a secretary uses it: counts, licence states, the expiring window,
create/edit/delete with refusals at the field, and undo/redo of each."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from groupdesk.core.application import Application
from groupdesk.core.services.members import MemberRecord, MemberService, ProfessionEntry
from groupdesk.core.services.professions import ProfessionService, ProfessionValues
from groupdesk.ui.professions import page as professions_page
from groupdesk.ui.professions.models import ProfessionMembersModel, ProfessionsTableModel
from groupdesk.ui.professions.page import ProfessionsPage

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def service(db) -> ProfessionService:
    return ProfessionService(db, today=TODAY)


@pytest.fixture
def page(qtbot, db, service):
    terapis = service.create(ProfessionValues("Terapis", licence_required=True))
    members = MemberService(db, today=TODAY)
    for n, days in enumerate((-3, 10, 45, 400)):
        members.create(
            MemberRecord(
                member_number=f"T-{n}",
                full_name=f"Terapis {'ABCD'[n]}",
                professions=(
                    ProfessionEntry(terapis, None, f"L-{n}", TODAY + dt.timedelta(days=days)),
                ),
            )
        )
    stack = QUndoStack()
    app = Application(db)
    app.professions = service  # on the test's calendar day
    widget = ProfessionsPage(app, stack)
    qtbot.addWidget(widget)
    widget.stack_for_test = stack
    select(widget, "Terapis")
    return widget


def select(page: ProfessionsPage, name: str) -> None:
    model = page.professions
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == name)
    page.table.setCurrentIndex(model.index(row, 0))


def shown(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def names(page: ProfessionsPage) -> list[str]:
    return shown(page.professions, 0)


def test_models_pass_qt_model_tester(qtmodeltester, service, page) -> None:
    professions = ProfessionsTableModel()
    professions.set_rows(service.list(30))
    qtmodeltester.check(professions, force_py=True)
    members = ProfessionMembersModel()
    members.set_rows(service.members(page.current_profession_id(), 30))
    qtmodeltester.check(members, force_py=True)
    empty = ProfessionMembersModel()
    qtmodeltester.check(empty, force_py=True)


def test_page_shows_counts_states_and_follows_the_days_box(page) -> None:
    assert "Dokter" in names(page) and "Terapis" in names(page)
    assert page.members_title.text() == "Members who are Terapis"
    assert shown(page.members, 1) == ["Terapis A", "Terapis B", "Terapis C", "Terapis D"]
    # the one definition of "expiring": within 30 days, as on the dashboard and Members page
    assert page.days.value() == 30
    assert shown(page.members, 5) == [
        "Expired 3 days ago",
        "Expires in 10 days",
        "Valid",
        "Valid",
    ]
    assert page.summary.text() == "4 members · 1 expiring · 1 expired"
    page.days.setValue(60)
    assert shown(page.members, 5)[2] == "Expires in 45 days"
    assert page.summary.text() == "4 members · 2 expiring · 1 expired"
    page.days.setValue(30)
    row = page.professions.row_of(page.current_profession_id())
    assert page.professions.data(page.professions.index(row, 3)) == "1"
    page.attention.setChecked(True)
    assert shown(page.members, 1) == ["Terapis A", "Terapis B"]
    colour = page.members.data(page.members.index(0, 5), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.red() > colour.green()


def test_double_clicking_a_member_announces_them(qtbot, page) -> None:
    index = page.members.index(1, 1)
    with qtbot.waitSignal(page.memberActivated) as signal:
        page.member_table.doubleClicked.emit(index)
    assert signal.args == [page.members.member_id(1)]


def fill(monkeypatch, name, description="", licence=False):
    """Answer the next dialog as a person would; returns what the dialog showed."""
    seen = {}

    def run(dialog):
        dialog.name_edit.setText(name)
        dialog.description_edit.setPlainText(description)
        dialog.licence_check.setChecked(licence)
        dialog.accept()
        seen["error"] = dialog.error_label.text() if dialog.error_label.isVisibleTo(dialog) else ""
        seen["result"] = dialog.result()
        return bool(dialog.result())

    monkeypatch.setattr(professions_page, "run_dialog", run)
    return seen


def test_new_profession_then_undo_and_redo(monkeypatch, page) -> None:
    stack = page.stack_for_test
    before = names(page)
    fill(monkeypatch, "  Ahli   Gizi ", "Nutritionists", True)
    page.new_profession()
    assert "Ahli Gizi" in names(page)
    assert page.members_title.text() == "Members who are Ahli Gizi"
    assert stack.undoText() == "New Profession “Ahli Gizi”"
    stack.undo()
    assert names(page) == before
    stack.redo()
    assert "Ahli Gizi" in names(page)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "A profession needs a name."),
        ("dokter", "There is already a profession called Dokter."),
    ],
)
def test_a_refused_name_is_shown_at_the_field_and_nothing_changes(
    monkeypatch, page, typed, message
) -> None:
    before = names(page)
    seen = fill(monkeypatch, typed)
    page.new_profession()
    assert seen == {"error": message, "result": 0}
    assert names(page) == before
    assert page.stack_for_test.count() == 0


def test_edit_renames_and_undo_puts_the_old_name_back(monkeypatch, page) -> None:
    fill(monkeypatch, "Fisioterapis", licence=True)
    page.edit_profession()
    assert "Fisioterapis" in names(page) and "Terapis" not in names(page)
    assert page.members.rowCount() == 4
    page.stack_for_test.undo()
    assert "Terapis" in names(page) and "Fisioterapis" not in names(page)


def test_delete_in_use_asks_and_cancel_keeps_it(monkeypatch, page) -> None:
    asked = []
    monkeypatch.setattr(professions_page, "ask", lambda _p, title, text: asked.append(text))
    page.delete_profession()
    assert "Terapis is held by 4 members." in asked[0]
    assert "Terapis" in names(page)
    assert page.stack_for_test.count() == 0


def test_delete_confirmed_then_undo_brings_back_members_and_licences(monkeypatch, page) -> None:
    monkeypatch.setattr(professions_page, "ask", lambda *_a: True)
    page.delete_profession()
    assert "Terapis" not in names(page)
    assert page.stack_for_test.undoText() == "Delete Profession “Terapis”"
    page.stack_for_test.undo()
    select(page, "Terapis")
    assert page.summary.text() == "4 members · 1 expiring · 1 expired"
    assert shown(page.members, 3) == ["L-0", "L-1", "L-2", "L-3"]


def test_a_failed_undo_is_reported_not_raised(monkeypatch, page, service) -> None:
    errors = []
    monkeypatch.setattr(professions_page, "show_error", lambda _p, _t, text: errors.append(text))
    monkeypatch.setattr(professions_page, "ask", lambda *_a: True)
    page.delete_profession()
    service.create(ProfessionValues("TERAPIS"))  # someone took the name meanwhile
    page.stack_for_test.undo()
    assert errors == ["There is already a profession called Terapis."]
    assert "TERAPIS" in names(page)


def test_a_database_that_refuses_the_write_is_a_message(monkeypatch, db, page) -> None:
    from tests.integration.database.write_refusal import refuse_writes

    errors = []
    monkeypatch.setattr(professions_page, "show_error", lambda _p, _t, text: errors.append(text))
    refuse_writes(db)  # as a file made read-only behind GroupDesk's back
    before = names(page)
    seen = fill(monkeypatch, "Ahli Gizi")
    page.new_profession()
    assert seen["result"] == 0  # the dialog stays open with what was typed
    assert errors == [
        "The database cannot be changed: it is read-only (attempt to write a readonly database)."
    ]
    assert names(page) == before and page.stack_for_test.count() == 0


def test_coming_back_to_the_page_shows_member_changes(qtbot, db, page) -> None:
    page.show()
    page.hide()
    MemberService(db, today=TODAY).move_to_trash([page.members.member_id(0)])
    page.show()
    assert page.summary.text() == "3 members · 1 expiring"
