"""An Indonesian window says the core's refusals in Indonesian: a refused save in the project,
shift, challenge and member forms, a path refused for output, and a database that will not
take a write, with no English sentence left over."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from groupdesk.core.application import Application
from groupdesk.core.errors import WriteRefused
from groupdesk.core.files import OutputRefused, Protected, check_output_path
from groupdesk.core.services.challenges import ChallengeService
from groupdesk.core.services.projects import ProjectInput
from groupdesk.ui.challenges.dialogs import ChallengeDialog
from groupdesk.ui.common import error_net
from groupdesk.ui.common.messages import say
from groupdesk.ui.members import page as page_module
from groupdesk.ui.members.dialog import MemberDialog
from groupdesk.ui.members.page import MembersPage
from groupdesk.ui.schedule.project_dialog import ProjectDialog
from groupdesk.ui.schedule.shift_dialog import ShiftDialog
from tests.integration.scheduling.conftest import Schedule, at

TODAY = dt.date(2026, 3, 15)


def _save_button(dialog: QDialog) -> QPushButton:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)


def _type(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field.line, Qt.MouseButton.LeftButton)
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)


@pytest.fixture
def sched(db) -> Schedule:
    return Schedule(db)


def test_a_project_ending_before_it_starts_is_refused_in_indonesian(
    qtbot, sched, gui_language
) -> None:
    gui_language("id")
    pid = sched.projects.create(ProjectInput(name="Posyandu Mawar", status="planned"))
    dialog = ProjectDialog(Application(sched.db), pid)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.start, "10/03/2027")
    _type(qtbot, dialog.end, "01/03/2027")
    _save_button(dialog).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("end_date") == "Proyek tidak dapat berakhir sebelum dimulai."


def test_an_unknown_coordinator_is_refused_in_indonesian(qtbot, sched, gui_language) -> None:
    gui_language("id")
    dialog = ProjectDialog(Application(sched.db), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Donor Darah")
    qtbot.keyClicks(dialog.coordinator.edit, "GD-999999")
    _save_button(dialog).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("coordinator_id") == (
        "Tidak ada anggota bernama atau bernomor “GD-999999”. Pilih dari daftar."
    )


def test_a_shift_minimum_above_its_maximum_is_refused_in_indonesian(
    qtbot, sched, gui_language
) -> None:
    gui_language("id")
    sid = sched.shift(at(0, 8), at(0, 12))
    dialog = ShiftDialog(Application(sched.db), sid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.max_spin.setValue(2)
    dialog.min_spin.setValue(3)
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errors.message("min_volunteers") == "Minimum tidak boleh melebihi maksimum."


def test_a_challenge_without_a_title_is_refused_in_indonesian(qtbot, db, gui_language) -> None:
    gui_language("id")
    dialog = ChallengeDialog(ChallengeService(db), None, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.owner.edit.setText("GD-999999")
    assert dialog.save() is False
    assert dialog.error_text("owner_id") == (
        "Tidak ada anggota bernama atau bernomor “GD-999999”. Pilih dari daftar."
    )
    dialog.owner.edit.clear()
    _save_button(dialog).click()
    assert dialog.error_text("title") == "Tantangan perlu judul."


def test_a_member_joining_before_birth_is_refused_in_indonesian(
    qtbot, db, gui_language, monkeypatch
) -> None:
    gui_language("id")
    page = MembersPage(Application(db), QUndoStack())
    qtbot.addWidget(page)
    seen: dict[str, str] = {}

    def run(dialog: MemberDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.full_name, "Ayu Lestari")
        _type(qtbot, dialog.birth_date, "12/05/1990")
        _type(qtbot, dialog.joined_on, "01/01/1980")
        _save_button(dialog).click()
        seen["error"] = dialog.error_text("joined_on")
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module, "run_dialog", run)
    assert page.new_member() is None
    assert seen["error"] == "Anggota tidak dapat bergabung sebelum lahir."


def test_an_output_path_over_the_open_database_is_refused_in_indonesian(db, gui_language):
    gui_language("id")
    with pytest.raises(OutputRefused) as err:
        check_output_path(db.path, Protected.of(db))
    text = say(err.value)
    assert text.startswith(f"{db.path} adalah basis data yang sedang terbuka")
    assert "open database" not in text


def test_a_full_disk_reaching_the_error_net_is_said_in_indonesian(
    qtbot, gui_language, monkeypatch
) -> None:
    gui_language("id")
    shown: list[str] = []
    monkeypatch.setattr(error_net, "show_error", lambda summary, details: shown.append(summary))
    refused = WriteRefused("database or disk is full", code="write.disk_full")
    error_net.handle_exception(WriteRefused, refused, None)
    assert shown == ["Disk penuh; tidak ada yang disimpan (database or disk is full)."]


def test_a_sign_up_conflict_is_listed_in_indonesian(qtbot, sched, gui_language) -> None:
    """The review before a sign-up lists what the member does not meet in Indonesian."""
    from groupdesk.ui.schedule import actions as schedule_actions

    gui_language("id")
    sid = sched.shift(at(0, 8), at(0, 12))
    ani = sched.member("Ani")
    sched.signups.sign_up(sid, ani)
    other = sched.shift(at(0, 10), at(0, 14))
    review = sched.signups.review(other, ani)
    dialog = schedule_actions.ConflictDialog("Ani", "Sen 10.00", list(review.conflicts))
    qtbot.addWidget(dialog)
    text = dialog.list.item(0).text()
    assert "tumpang tindih 120 menit" in text
    assert "overlapping" not in text


def test_the_cover_finder_says_why_in_indonesian(qtbot, sched, gui_language, tmp_path) -> None:
    """The reasons behind each suggested volunteer, on screen and in the call list."""
    from groupdesk.ui.schedule.cover_finder import SuggestionsPanel

    gui_language("id")
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=2)
    sched.member("Ani", windows=((0, 7, 13),))
    panel = SuggestionsPanel(Application(sched.db))
    qtbot.addWidget(panel)
    panel.set_shift(shift)
    tip = panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) or ""
    out = panel.export_call_list(str(tmp_path / "calls.csv"))
    listed = (tmp_path / "calls.csv").read_text(encoding="utf-8-sig")
    assert out and "Tersedia pada waktu itu." in listed
    assert "Available at that time" not in listed + tip
