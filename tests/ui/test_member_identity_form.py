"""The member form's identity fields as a secretary uses them: NIK with its warnings, gender,
place of birth, education and a photo chosen from a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from groupdesk.core.application import Application
from groupdesk.core.services.members import MemberService
from groupdesk.ui.members import dialog as dialog_module
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


def press_save(dialog: MemberDialog) -> bool:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Save).click()
    return dialog.result() == MemberDialog.DialogCode.Accepted


def born_on(service: MemberService, member_id: int, day: dt.date) -> None:
    record = service.get(member_id)
    service.update(record.with_changes(birth_date=day, gender=None, nik=None, birth_place=None))


def test_a_nik_that_disagrees_is_warned_about_and_saved_as_typed(page, qtbot, monkeypatch) -> None:
    service = MemberService(page.db)
    born_on(service, 1, dt.date(1985, 8, 18))
    seen = {}

    def run(dialog: MemberDialog) -> bool:
        qtbot.keyClicks(dialog.nik, "3273 0157 0885 0002")  # a woman born 17/08/1985
        dialog.gender.setCurrentIndex(dialog.gender.findData("male"))
        seen["warning"] = dialog.identity_warning_text()
        qtbot.keyClicks(dialog.birth_place, "Bandung")
        dialog.education.setCurrentIndex(dialog.education.findData("profesi"))
        return press_save(dialog)

    monkeypatch.setattr(page_module, "run_dialog", run)
    assert page.edit_member(1)
    assert "17" in seen["warning"] and "NIK" in seen["warning"]
    assert seen["warning"].count("\n") == 1  # the birth date and the gender
    saved = service.get(1)
    assert (saved.nik, saved.gender, saved.birth_date) == (
        "3273015708850002",
        "male",
        dt.date(1985, 8, 18),
    )
    assert (saved.birth_place, saved.education) == ("Bandung", "profesi")


def test_a_bad_nik_is_refused_at_the_field_and_nothing_is_written(page, qtbot, monkeypatch) -> None:
    service = MemberService(page.db)
    before = service.get(1)
    seen = {}

    def run(dialog: MemberDialog) -> bool:
        qtbot.keyClicks(dialog.nik, "327301570885000")
        accepted = press_save(dialog)
        seen["error"] = dialog.error_text("nik")
        return accepted

    monkeypatch.setattr(page_module, "run_dialog", run)
    assert not page.edit_member(1)
    assert "16" in seen["error"] and "15" in seen["error"]
    assert service.get(1) == before


def test_a_form_saved_untouched_changes_nothing(page, monkeypatch) -> None:
    service = MemberService(page.db)
    record = service.get(1)
    service.update(record.with_changes(nik="3273015708850002", gender="female"))
    before = service.get(1)
    monkeypatch.setattr(page_module, "run_dialog", press_save)
    assert not page.edit_member(1)
    assert service.get(1) == before and page.undo_stack.count() == 0


def _picture(path: Path, fmt: str) -> Path:
    image = QImage(30, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    assert image.save(str(path), fmt)
    return path


def test_a_photo_is_chosen_from_a_file_and_removed_again(
    page, qtbot, monkeypatch, tmp_path
) -> None:
    picture = _picture(tmp_path / "ayu.png", "PNG")
    not_a_picture = tmp_path / "ayu.gif"
    not_a_picture.write_bytes(b"GIF89a" + b"\0" * 30)
    chosen = iter([str(not_a_picture), str(picture)])
    monkeypatch.setattr(dialog_module, "choose_photo_file", lambda _parent: next(chosen))
    seen = {}

    def run(dialog: MemberDialog) -> bool:
        dialog.choose_photo_button.click()
        seen["refused"] = dialog.error_text("photo")
        dialog.choose_photo_button.click()
        seen["shown"] = not dialog.photo_preview.pixmap().isNull()
        return press_save(dialog)

    monkeypatch.setattr(page_module, "run_dialog", run)
    assert page.edit_member(1)
    assert "JPG" in seen["refused"] and seen["shown"]
    service = MemberService(page.db)
    assert service.get(1).photo == picture.read_bytes()
    page.undo_stack.undo()
    assert service.get(1).photo is None

    def remove(dialog: MemberDialog) -> bool:
        dialog.remove_photo_button.click()
        return press_save(dialog)

    page.undo_stack.redo()
    monkeypatch.setattr(page_module, "run_dialog", remove)
    assert page.edit_member(1)
    assert service.get(1).photo is None


def test_gender_and_education_say_their_words(page, monkeypatch) -> None:
    seen = {}

    def run(dialog: MemberDialog) -> bool:
        seen["genders"] = [dialog.gender.itemText(i) for i in range(dialog.gender.count())]
        seen["levels"] = [dialog.education.itemText(i) for i in range(dialog.education.count())]
        dialog.reject()
        return False

    monkeypatch.setattr(page_module, "run_dialog", run)
    page.edit_member(1)
    assert seen["genders"] == ["", "Male", "Female"]
    assert "Professional (Profesi/Ners)" in seen["levels"] and "Specialist (Sp.)" in seen["levels"]


def test_more_filters_narrow_the_roster_by_gender_and_education(page) -> None:
    from groupdesk.core.services.roster import RosterFilter, RosterService

    roster = RosterService(page.db)
    women = roster.count(RosterFilter(gender="female"))
    assert 0 < women < page.model.total
    page.filters_button.click()
    page.gender_filter.setCurrentIndex(page.gender_filter.findData("female"))
    assert page.model.matching == women
    nurses = roster.count(RosterFilter(gender="female", education="profesi"))
    page.education_filter.setCurrentIndex(page.education_filter.findData("profesi"))
    assert page.model.matching == nurses < women
    page.gender_filter.setCurrentIndex(0)
    page.education_filter.setCurrentIndex(0)
    assert page.model.matching == page.model.total


def test_the_history_tab_names_gender_and_education_in_words(page, monkeypatch) -> None:
    service = MemberService(page.db)
    service.update(service.get(1).with_changes(gender="male", education="s1"))
    service.update(service.get(1).with_changes(gender="female", education="s2"))
    seen = {}

    def run(dialog: MemberDialog) -> bool:
        table = dialog.history_table
        seen["cells"] = {
            table.item(row, col).text()
            for row in range(table.rowCount())
            for col in (3, 4)
            if table.item(row, col)
        }
        dialog.reject()
        return False

    monkeypatch.setattr(page_module, "run_dialog", run)
    page.edit_member(1)
    assert "Female" in seen["cells"] and "Master (S2)" in seen["cells"]
    assert "female" not in seen["cells"] and "s2" not in seen["cells"]
