"""Attendance waits for the shift, times can be corrected, a hard rule blocks in the window
too, overrides show their reason, and the cover finder's list and messages tell the truth."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from groupdesk.core.application import Application
from groupdesk.core.models import Profession
from groupdesk.ui.schedule import actions as schedule_actions
from groupdesk.ui.schedule.actions import ConflictDialog
from groupdesk.ui.schedule.cover_finder import SuggestionsPanel
from groupdesk.ui.schedule.projects_page import ProjectsPage
from groupdesk.ui.schedule.rules_dialog import RulesDialog
from groupdesk.ui.schedule.shift_dialog import ShiftDialog
from tests.integration.scheduling.conftest import MONDAY, Schedule, at


@pytest.fixture
def sched(db) -> Schedule:
    s = Schedule(db)
    s.settings(min_rest_minutes=0, max_hours_per_24h=12, overlap_buffer_minutes=0)
    return s


def services_at(sched: Schedule) -> Application:
    """The window's services on the schedule's clock (``sched.now``)."""
    return Application(sched.db, clock=lambda: sched.now)


def _dialog(qtbot, sched, shift) -> ShiftDialog:
    dialog = ShiftDialog(services_at(sched), shift)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    return dialog


def _select_row(dialog: ShiftDialog, row: int) -> None:
    dialog.attendance_table.selectRow(row)


def test_attendance_buttons_wait_for_the_shift_and_say_when(qtbot, sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    sched.signups.sign_up(shift, sched.member("Ani"))
    dialog = _dialog(qtbot, sched, shift)
    _select_row(dialog, 0)
    for key in ("check_in", "check_out", "attended", "no_show"):
        button = dialog.action_buttons[key]
        assert not button.isEnabled()
        assert "Attendance opens when the shift starts" in button.toolTip()
        assert "07 Jan 2030 08:00" in button.toolTip()
        button.click()
    assert dialog.action_buttons["remove"].isEnabled()
    assert sched.signups.attendance(shift)[0].status == "signed_up"
    in_cell = dialog.attendance.index(0, 3)
    assert not dialog.attendance.flags(in_cell) & Qt.ItemFlag.ItemIsEditable

    sched.now = at(0, 13)
    dialog = _dialog(qtbot, sched, shift)
    _select_row(dialog, 0)
    assert dialog.action_buttons["attended"].isEnabled()
    dialog.action_buttons["attended"].click()
    assert sched.signups.attendance(shift)[0].hours == 4.0


def _type_into_cell(qtbot, dialog: ShiftDialog, row: int, column: int, text: str) -> None:
    table = dialog.attendance_table
    index = dialog.attendance.index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    (editor,) = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits the editor in a queued call


def test_check_in_and_out_times_are_typed_into_the_table(qtbot, sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    aid = sched.signups.sign_up(shift, sched.member("Ani")).assignment_id
    sched.now = at(0, 14)
    sched.signups.check_in(aid)  # stamped 14:00, after the shift had ended
    dialog = _dialog(qtbot, sched, shift)
    _type_into_cell(qtbot, dialog, 0, 3, "08:10")
    _type_into_cell(qtbot, dialog, 0, 4, "11.40")
    (row,) = sched.signups.attendance(shift)
    assert (row.check_in_at, row.check_out_at, row.hours) == (at(0, 8, 10), at(0, 11, 40), 3.5)
    assert dialog.attendance.index(0, 5).data() == "3.5"
    _type_into_cell(qtbot, dialog, 0, 4, "07:00")  # before the check-in
    assert dialog.attendance.error == "Check-out must be after check-in."
    assert dialog.hours_error.isVisible()
    assert dialog.hours_error.text() == "Check-out must be after check-in."
    assert sched.signups.attendance(shift)[0].check_out_at == at(0, 11, 40)


def _nurse_shift(sched):
    return sched.shift(at(0, 8), at(0, 12), required_profession_id=sched.ref(Profession, "Perawat"))


def test_an_expired_licence_is_blocked_and_the_dialog_says_so(qtbot, sched, monkeypatch):
    shift = _nurse_shift(sched)
    nurse = sched.member("Ani", professions={"Perawat": dt.date(2029, 6, 30)})
    shown: list[ConflictDialog] = []

    def drive(dialog):
        shown.append(dialog)
        # Nothing to type a reason into, nothing to press but Close.
        assert dialog.blocked and not dialog.ok.isVisibleTo(dialog)
        assert not dialog.reason_edit.isVisibleTo(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(schedule_actions, "run_dialog", drive)
    page = ProjectsPage(Application(sched.db))
    qtbot.addWidget(page)
    page.set_day(MONDAY)
    assert page.assign(shift, nurse) is None
    (dialog,) = shown
    assert "this rule blocks" in dialog.list.item(0).text()
    assert "do not allow an override" in dialog.note.text()
    assert sched.signups.attendance(shift) == []


def test_an_override_needs_a_real_reason_which_the_tooltip_shows(qtbot, sched, monkeypatch):
    first = sched.shift(at(0, 8), at(0, 12))
    clash = sched.shift(at(0, 10), at(0, 14))
    citra = sched.member("Citra")
    sched.signups.sign_up(first, citra)
    reason = "Handover agreed with Dewi"

    def drive(dialog):
        assert "override allowed" in dialog.list.item(0).text()
        assert "at least 10 characters" in dialog.note.text()
        qtbot.keyClicks(dialog.reason_edit, "x")
        assert not dialog.ok.isEnabled()
        dialog.reason_edit.clear()
        qtbot.keyClicks(dialog.reason_edit, reason)
        assert dialog.ok.isEnabled()
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(schedule_actions, "run_dialog", drive)
    page = ProjectsPage(Application(sched.db))
    qtbot.addWidget(page)
    page.set_day(MONDAY)
    assert page.assign(clash, citra) == "signed_up"
    dialog = _dialog(qtbot, sched, clash)
    status = dialog.attendance.index(0, 2)
    assert status.data().endswith("⚠")
    assert reason in status.data(Qt.ItemDataRole.ToolTipRole)


def test_removing_a_volunteer_gives_messages_for_them_and_the_promoted(qtbot, sched):
    shift = sched.shift(at(0, 8), at(0, 12), max_volunteers=1)
    sched.signups.sign_up(shift, sched.member("Ani"))
    sched.signups.sign_up(shift, sched.member("Budi"))
    dialog = _dialog(qtbot, sched, shift)
    assert not dialog.notice_text.isVisible()
    _select_row(dialog, 0)
    dialog.action_buttons["remove"].click()
    assert dialog.notice_text.isVisible()
    text = dialog.notice_text.toPlainText()
    assert "Halo Ani, pendaftaran Anda" in text and "telah dibatalkan" in text
    assert "Halo Budi, kabar baik!" in text
    dialog.copy_notice_button.click()
    assert QApplication.clipboard().text() == text


def test_cover_finder_puts_who_cancelled_last_on_screen_and_on_the_call_list(
    qtbot, sched, tmp_path
):
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=2, max_volunteers=3)
    window = ((0, 7, 13),)
    quitter = sched.member("Agus", windows=window)
    sched.member("Zainal", windows=window)
    sched.signups.cancel(sched.signups.sign_up(shift, quitter).assignment_id)
    panel = SuggestionsPanel(Application(sched.db))
    qtbot.addWidget(panel)
    panel.set_shift(shift)
    assert [panel.model.row_at(i).name for i in range(panel.model.rowCount())] == [
        "Zainal",
        "Agus",
    ]
    assert panel.model.index(1, 1).data().startswith("Cancelled this shift")
    panel.export_call_list(str(tmp_path / "calls.csv"))
    lines = (tmp_path / "calls.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].startswith("1,Zainal")
    # the call list is in the organisation's language (Indonesian unless it chose another)
    assert lines[2].startswith("2,Agus") and "Membatalkan pendaftarannya" in lines[2]


def test_rules_dialog_sets_overridable_rules_and_the_coordinator_phone(qtbot, sched):
    services = Application(sched.db)
    dialog = RulesDialog(services)
    qtbot.addWidget(dialog)
    assert not dialog.override_boxes["licence"].isChecked()
    assert not dialog.override_boxes["profession"].isChecked()
    assert dialog.override_boxes["overlap"].isChecked()
    qtbot.mouseClick(dialog.override_boxes["overlap"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.override_boxes["licence"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.contact_phone, "call Joko")
    assert not dialog.save()
    assert dialog.errors.visible_field() == "contact_phone"
    dialog.contact_phone.clear()
    qtbot.keyClicks(dialog.contact_phone, "0811 2222 3333")
    assert dialog.save()
    rules = services.rules
    assert "overlap" not in rules.overridable and "licence" in rules.overridable
    assert rules.contact_phone == "0811 2222 3333"
    first = sched.shift(at(0, 8), at(0, 12))
    text = services.notices.cover_message(first)
    assert "0811 2222 3333" in text
