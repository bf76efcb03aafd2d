"""The Challenges page and its form as a secretary uses them."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPushButton
from sqlalchemy import func, select

from groupdesk.core.application import Application
from groupdesk.core.models import Challenge
from groupdesk.core.services.challenges import ChallengeFilter, ChallengeService
from groupdesk.ui.challenges import dialogs as challenge_dialog
from groupdesk.ui.challenges.dialogs import ActionDialog, ChallengeDialog
from groupdesk.ui.challenges.models import ActionsTableModel, ChallengesTableModel
from groupdesk.ui.challenges.page import ChallengesPage

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def challenges_db(db):
    from groupdesk.core.demo import generate_demo

    generate_demo(db, members=120, shifts=20, today=TODAY)
    return db


def _page(qtbot, db) -> ChallengesPage:
    page = ChallengesPage(Application(db), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _titles(page: ChallengesPage) -> set[str]:
    return {page.model.row_at(r).title for r in range(page.model.rowCount())}


def _count(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Challenge)).scalar_one()


@pytest.mark.parametrize(
    "flt",
    [
        ChallengeFilter(),
        ChallengeFilter(statuses=frozenset({"resolved"})),
        ChallengeFilter(search="zzz"),
    ],
)
def test_challenges_model_passes_the_model_tester(qtmodeltester, challenges_db, flt) -> None:
    model = ChallengesTableModel(ChallengeService(challenges_db), lambda: TODAY)
    model.set_filter(flt)
    qtmodeltester.check(model, force_py=True)


def test_actions_model_passes_the_model_tester(qtmodeltester, challenges_db) -> None:
    service = ChallengeService(challenges_db)
    model = ActionsTableModel(service, lambda: TODAY)
    with_actions = next(r.id for r in service.list(ChallengeFilter(), TODAY) if r.open_actions)
    model.show_challenge(with_actions)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_filter_combos_filter(qtbot, challenges_db) -> None:
    page = _page(qtbot, challenges_db)
    assert page.model.rowCount() == 20
    etika = page.category_filter.findText("Etika profesi")
    page.category_filter.setCurrentIndex(etika)
    assert _titles(page) == {
        "Kerahasiaan data pasien posyandu",
        "Foto anak dibagikan tanpa izin",
        "Konflik kepentingan dalam rekomendasi",
    }
    page.status_filter.setCurrentIndex(page.status_filter.findData("unresolved"))
    assert "Foto anak dibagikan tanpa izin" not in _titles(page)
    page.category_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(0)
    page.severity_filter.setCurrentIndex(page.severity_filter.findData("critical"))
    assert _titles(page) == {"Keputusan triase di posko banjir"}
    page.severity_filter.setCurrentIndex(0)
    page.concerns_filter.setCurrentIndex(page.concerns_filter.findText("Profession: Advokat"))
    assert _titles(page) == {
        "Advokat relawan kekurangan waktu",
        "Konflik kepentingan dalam rekomendasi",
    }
    assert page.count_label.text() == "2 challenges"


def test_new_challenge_form_refuses_an_empty_title_at_the_field(qtbot, challenges_db) -> None:
    page = _page(qtbot, challenges_db)
    dialogs: list[ChallengeDialog] = []

    def fill_and_save(dialog: ChallengeDialog) -> int:
        dialogs.append(dialog)
        assert dialog.save() is False  # empty title
        assert dialog.error_text("title") == "A challenge needs a title."
        dialog.title.setText("Relawan sulit datang saat hujan")
        dialog.category.setCurrentIndex(
            dialog.category.findData(
                next(
                    c.id
                    for c in ChallengeService(challenges_db).categories()
                    if c.name == "Mencari waktu luang"
                )
            )
        )
        assert dialog.save() is True
        return QDialog.DialogCode.Accepted

    before = _count(challenges_db)
    page.open_dialog = fill_and_save
    with qtbot.waitSignal(page.changed):
        page.new_challenge()
    assert _count(challenges_db) == before + 1
    assert page.model.row_at(page.table.currentIndex().row()).title == (
        "Relawan sulit datang saat hujan"
    )


def test_resolved_before_raised_is_refused_and_nothing_changes(qtbot, challenges_db) -> None:
    service = ChallengeService(challenges_db)
    cid = service.list(ChallengeFilter(statuses=frozenset({"open"})), TODAY)[0].id
    dialog = ChallengeDialog(service, cid, lambda: TODAY)
    qtbot.addWidget(dialog)
    raised = service.get(cid).raised_on
    dialog.status.setCurrentIndex(dialog.status.findData("resolved"))
    bad = raised - dt.timedelta(days=3)
    dialog.resolved_on.set_value(bad)
    assert dialog.save() is False
    assert "before it was raised" in dialog.error_text("resolved_on")
    assert service.get(cid).status == "open"


def test_unknown_owner_number_is_refused_at_the_field(qtbot, challenges_db) -> None:
    service = ChallengeService(challenges_db)
    dialog = ChallengeDialog(service, None, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.title.setText("Something")
    dialog.owner.edit.setText("GD-999999")
    before = _count(challenges_db)
    assert dialog.save() is False
    assert dialog.error_text("owner_id") == (
        "No member is called or numbered “GD-999999”. Pick one from the list."
    )
    assert _count(challenges_db) == before


def test_status_buttons_and_overdue_action(qtbot, challenges_db) -> None:
    page = _page(qtbot, challenges_db)
    page.set_filter(ChallengeFilter(search="Sulit mencari relawan akhir pekan"))
    page.select_challenge(page.model.row_at(0).id)
    page.mitigate_button.click()
    assert page.model.row_at(0).status == "mitigating"

    def add_late_action(dialog: ActionDialog) -> int:
        dialog.text.setText("Call weekend volunteers")
        dialog.due_on.set_value(TODAY - dt.timedelta(days=2))
        assert dialog.save()
        return QDialog.DialogCode.Accepted

    page.open_dialog = add_late_action
    page.add_action()
    assert page.actions_model.rowCount() == 1
    assert page.actions_model.is_overdue(0)
    assert page.model.data(page.model.index(0, 4)) == "1 (1 overdue)"
    page.actions_table.selectRow(0)
    page.done_button.click()
    assert not page.actions_model.is_overdue(0)
    page.resolve_button.click()
    got = ChallengeService(challenges_db).get(page.current_id())
    assert (got.status, got.mitigating_since, got.resolved_on) == ("resolved", TODAY, TODAY)


# -- Add action… as a secretary clicks it (fault: a checkbox named `done` hid QDialog.done) --


def _button(dialog: QDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(which)
    assert button is not None
    return button


def child_add_action_cancel_then_save_twice(qtbot, challenges_db) -> None:
    """Run in a child process by the test below, so a crash in Qt fails that test."""
    page = _page(qtbot, challenges_db)
    page.set_filter(ChallengeFilter(search="Sulit mencari relawan akhir pekan"))
    page.select_challenge(page.model.row_at(0).id)
    before = page.actions_model.rowCount()

    def cancel(dialog: QDialog) -> int:
        dialog.findChild(QLineEdit).setText("Never saved")
        _button(dialog, QDialogButtonBox.StandardButton.Cancel).click()
        return dialog.result()

    page.open_dialog = cancel
    page.add_action_button.click()
    assert page.actions_model.rowCount() == before

    texts = iter(["Call weekend volunteers", "Ask the mosque for a room"])

    def fill_and_save(dialog: QDialog) -> int:
        assert isinstance(dialog, ActionDialog)
        dialog.text.setText(next(texts))
        _button(dialog, QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    page.open_dialog = fill_and_save
    page.add_action_button.click()
    page.add_action_button.click()
    stored = {a.action for a in ChallengeService(challenges_db).actions(page.current_id())}
    assert {"Call weekend volunteers", "Ask the mosque for a room"} <= stored
    assert "Never saved" not in stored
    assert page.actions_model.rowCount() == before + 2


def test_add_action_cancel_then_save_twice_neither_raises_nor_crashes() -> None:
    name = child_add_action_cancel_then_save_twice.__name__
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-o",
            "python_functions=child_*",
            f"{Path(__file__).resolve()}::{name}",
        ],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "1 passed" in result.stdout


# -- resolving with open actions, deleting, and Edit > Undo ---------------------------------


def _with_open_actions(page: ChallengesPage) -> int:
    row = next(
        page.model.row_at(r)
        for r in range(page.model.rowCount())
        if page.model.row_at(r).open_actions >= 2 and page.model.row_at(r).status != "resolved"
    )
    page.select_challenge(row.id)
    return row.id


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def press(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(button).click()

    monkeypatch.setattr(challenge_dialog, "run_message_box", press)
    return asked


def test_resolving_with_open_actions_asks_first(qtbot, challenges_db, monkeypatch) -> None:
    page = _page(qtbot, challenges_db)
    cid = _with_open_actions(page)
    service = ChallengeService(challenges_db)
    before = service.get(cid).status
    count = service.open_action_count(cid)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    page.resolve_button.click()
    assert asked == [f"{count} mitigation actions are still open. Resolve the challenge anyway?"]
    assert service.get(cid).status == before
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.resolve_button.click()
    assert service.get(cid).status == "resolved"


def test_the_form_asks_too_and_one_open_action_is_singular(
    qtbot, challenges_db, monkeypatch
) -> None:
    page = _page(qtbot, challenges_db)
    cid = _with_open_actions(page)
    service = ChallengeService(challenges_db)
    for action in service.actions(cid)[1:]:
        service.mark_done(action.id, TODAY)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)

    def resolve_in_form(dialog: QDialog) -> int:
        assert isinstance(dialog, ChallengeDialog)
        dialog.status.setCurrentIndex(dialog.status.findData("resolved"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.isVisible() or dialog.result() == 0
        assert dialog.error_text("status") == "1 mitigation action is still open."
        _answer(monkeypatch, QMessageBox.StandardButton.Yes)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    page.open_dialog = resolve_in_form
    page.edit_button.click()
    assert asked == ["1 mitigation action is still open. Resolve the challenge anyway?"]
    assert service.get(cid).status == "resolved"


def test_delete_then_edit_undo_and_redo_from_the_main_window(qtbot, challenges_db) -> None:
    from groupdesk.ui.window.main_window import MainWindow

    window = MainWindow(Application(challenges_db))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.show_page("challenges")
    assert isinstance(page, ChallengesPage)
    service = ChallengeService(challenges_db)
    cid = _with_open_actions(page)
    title = service.get(cid).title
    actions = service.actions(cid)
    before = _count(challenges_db)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert _count(challenges_db) == before - 1
    assert title not in _titles(page)
    assert "Edit > Undo brings it back" in page.notice.text()
    edit_menu = next(m.menu() for m in window.menuBar().actions() if m.text() == "&Edit")
    undo, redo = edit_menu.actions()[:2]
    assert undo.text() == f"&Undo Delete Challenge “{title}”"
    undo.trigger()
    assert _count(challenges_db) == before
    assert title in _titles(page) and service.actions(cid) == actions
    redo.trigger()
    assert _count(challenges_db) == before - 1
    undo.trigger()
    page.select_challenge(cid)
    page.delete_button.click()  # the button does what the key does
    assert _count(challenges_db) == before - 1


def test_a_status_step_is_undone_with_its_date(qtbot, challenges_db) -> None:
    page = _page(qtbot, challenges_db)
    service = ChallengeService(challenges_db)
    page.set_filter(ChallengeFilter(statuses=frozenset({"open"})))
    cid = page.model.row_at(0).id
    page.select_challenge(cid)
    page.mitigate_button.click()
    assert (service.get(cid).status, service.get(cid).mitigating_since) == ("mitigating", TODAY)
    assert page.undo_stack.undoText().startswith("Start Mitigating")
    page.undo_stack.undo()
    assert (service.get(cid).status, service.get(cid).mitigating_since) == ("open", None)
    page.undo_stack.redo()
    assert service.get(cid).status == "mitigating"


def test_the_count_says_one_challenge(qtbot, challenges_db) -> None:
    page = _page(qtbot, challenges_db)
    page.set_filter(ChallengeFilter(search="Keputusan triase di posko banjir"))
    assert page.count_label.text() == "1 challenge"


def test_action_add_done_and_delete_are_each_undone(qtbot, challenges_db) -> None:
    page = _page(qtbot, challenges_db)
    service = ChallengeService(challenges_db)
    cid = _with_open_actions(page)
    original = service.actions(cid)

    def add(dialog: QDialog) -> int:
        assert isinstance(dialog, ActionDialog)
        dialog.text.setText("Ask the mosque for a room")
        _button(dialog, QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    page.open_dialog = add
    page.add_action_button.click()
    assert len(service.actions(cid)) == len(original) + 1
    assert page.undo_stack.undoText() == "Add Action “Ask the mosque for a room”"
    page.undo_stack.undo()
    assert service.actions(cid) == original
    assert page.actions_model.rowCount() == len(original)

    page.actions_table.selectRow(0)
    first = page.actions_model.row_at(0)
    page.done_button.click()
    assert service.action(first.id).done_on == TODAY
    page.undo_stack.undo()
    assert service.action(first.id).done_on is None

    page.actions_table.selectRow(0)
    page.delete_action_button.click()  # no question: Edit > Undo brings it back
    assert service.action(first.id) is None
    assert "Edit > Undo brings it back" in page.notice.text()
    page.undo_stack.undo()
    assert service.actions(cid) == original
