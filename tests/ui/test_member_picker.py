"""Every field that names a member is picked by name, with completion; nobody types numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from groupdesk.core.application import Application
from groupdesk.core.services.challenges import ChallengeFilter, ChallengeService
from groupdesk.core.services.member_finder import MemberFinder
from groupdesk.ui.challenges.dialogs import ActionDialog, ChallengeDialog
from groupdesk.ui.widgets.member_picker import MemberPicker

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def roster_db(db):
    from groupdesk.core.demo import generate_demo

    generate_demo(db, members=300, shifts=5, today=TODAY)
    return db


def _shown(qtbot, widget) -> None:
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()


def _type_and_pick(qtbot, picker: MemberPicker, fragment: str, row: int = 0) -> list[str]:
    """Type ``fragment`` as a person would, wait for the list, choose its ``row``-th line."""
    picker.edit.setFocus()
    qtbot.waitUntil(picker.edit.hasFocus)
    qtbot.keyClicks(picker.edit, fragment)
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    offered = picker.matches.stringList()
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    return offered


def test_the_challenge_owner_is_picked_by_a_fragment_of_a_name(qtbot, roster_db) -> None:
    service = ChallengeService(roster_db)
    dialog = ChallengeDialog(service, None, lambda: TODAY)
    _shown(qtbot, dialog)
    dialog.title.setText("Relawan sulit datang saat hujan")
    offered = _type_and_pick(qtbot, dialog.owner, "desi")
    assert offered and all("desi" in line.lower() for line in offered)
    assert len(offered) <= 20
    picked = dialog.owner.member_id()
    assert picked is not None
    assert dialog.owner.edit.text() == offered[0]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert service.get(dialog.challenge_id).owner_id == picked


def test_a_name_nobody_has_is_refused_and_the_mark_goes_once_someone_is_picked(
    qtbot, roster_db
) -> None:
    service = ChallengeService(roster_db)
    before = len(service.list(ChallengeFilter(), TODAY))
    dialog = ChallengeDialog(service, None, lambda: TODAY)
    _shown(qtbot, dialog)
    dialog.title.setText("Something")
    dialog.owner.edit.setFocus()
    qtbot.keyClicks(dialog.owner.edit, "Desi Zulkarnain")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.isVisible()
    assert dialog.error_text("owner_id") == (
        "No member is called or numbered “Desi Zulkarnain”. Pick one from the list."
    )
    assert len(service.list(ChallengeFilter(), TODAY)) == before
    dialog.owner.edit.clear()
    _type_and_pick(qtbot, dialog.owner, "Desi")
    assert dialog.owner.member_id() is not None
    assert dialog.error_text("owner_id") == ""
    save.click()
    assert len(service.list(ChallengeFilter(), TODAY)) == before + 1


def test_a_member_number_still_finds_its_member(qtbot, roster_db) -> None:
    finder = MemberFinder(roster_db)
    form = QWidget()
    picker = MemberPicker(finder, form)
    QVBoxLayout(form).addWidget(picker)
    form.layout().addWidget(QLineEdit(form))
    _shown(qtbot, form)
    picker.edit.setFocus()
    qtbot.waitUntil(picker.edit.hasFocus)
    qtbot.keyClicks(picker.edit, "gd-000007")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Tab)  # leave the field without choosing
    assert picker.member() == finder.exact("GD-000007")
    assert picker.edit.text().endswith("(GD-000007)")
    qtbot.keyClicks(picker.edit, "x")  # typing again unpicks
    assert picker.member_id() is None


def test_the_action_owner_is_picked_by_name(qtbot, roster_db) -> None:
    service = ChallengeService(roster_db)
    cid = service.list(ChallengeFilter(), TODAY)[0].id
    dialog = ActionDialog(service, cid, None, lambda: TODAY)
    _shown(qtbot, dialog)
    dialog.text.setText("Call the volunteers")
    _type_and_pick(qtbot, dialog.owner, "Desi", row=1)
    picked = dialog.owner.member_id()
    assert picked is not None
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert [a.owner_id for a in service.actions(cid) if a.id == dialog.action_id] == [picked]


def test_the_list_is_cut_short_for_a_common_fragment(roster_db) -> None:
    found = MemberFinder(roster_db).search("a", limit=7)
    assert len(found) == 7
    assert MemberFinder(roster_db).search("   ") == []


def test_the_calendar_export_picks_its_member_by_name(qtbot, roster_db) -> None:
    from groupdesk.ui.reports.export_dialog import ExportDialog

    dialog = ExportDialog(Application(roster_db), report="schedule")
    _shown(qtbot, dialog)
    dialog.set_format("ics")
    offered = _type_and_pick(qtbot, dialog.member_edit, "desi")
    picked = dialog.member_edit.member()
    assert picked is not None and picked.label == offered[0]
    assert dialog.filters().member == picked.member_number


def test_the_project_coordinator_is_picked_by_name(qtbot, roster_db) -> None:
    from groupdesk.ui.schedule.project_dialog import ProjectDialog

    services = Application(roster_db)
    dialog = ProjectDialog(services)
    _shown(qtbot, dialog)
    dialog.name.setText("Posko Banjir Bekasi")
    dialog.coordinator.edit.setText("Nobody Zulkarnain")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.click()
    assert dialog.project_id == 0
    assert dialog.errors.visible_field() == "coordinator_id"
    dialog.coordinator.edit.clear()
    offered = _type_and_pick(qtbot, dialog.coordinator, "desi")
    assert dialog.errors.visible_field() is None
    save.click()
    picked = dialog.coordinator.member_id()
    assert dialog.project_id and services.projects.get(dialog.project_id).coordinator_id == picked
    again = ProjectDialog(services, dialog.project_id)
    qtbot.addWidget(again)
    assert again.coordinator.edit.text() == offered[0]
