"""Dates as a secretary enters them: typed whole, picked, or left empty, in every form.

An empty date stays empty until someone types or picks one, and a form saved untouched
leaves its record exactly as it was (every column of every table it writes).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from sqlalchemy import insert, select

from groupdesk.core.application import Application
from groupdesk.core.models import (
    Challenge,
    CustomFieldValue,
    Member,
    MemberProfession,
    MitigationAction,
    OrganisationSettings,
    Profession,
    Shift,
    VolunteerProject,
)
from groupdesk.core.services.challenges import ChallengeService
from groupdesk.core.services.custom_fields import CustomFieldService
from groupdesk.core.services.members import MemberRecord, MemberService, ProfessionEntry
from groupdesk.core.services.projects import ProjectInput
from groupdesk.ui.challenges.dialogs import ActionDialog, ChallengeDialog
from groupdesk.ui.members import page as page_module
from groupdesk.ui.members.dialog import MemberDialog
from groupdesk.ui.members.page import MembersPage
from groupdesk.ui.schedule.project_dialog import ProjectDialog
from groupdesk.ui.schedule.shift_dialog import ShiftDialog
from groupdesk.ui.widgets.date_field import DateField, InvalidDate
from groupdesk.ui.window.settings_dialog import SettingsDialog
from tests.integration.scheduling.conftest import Schedule, at


def rows(db, model, **where) -> list[dict]:
    """Every column of the rows of ``model`` matching ``where``, as the database has them."""
    table = model.__table__
    stmt = select(table)
    for name, value in where.items():
        stmt = stmt.where(table.c[name] == value)
    with db.engine.connect() as conn:
        return [dict(r) for r in conn.execute(stmt.order_by(*table.primary_key)).mappings()]


def type_into(qtbot, field: DateField, text: str) -> None:
    """Click into the field, select what is there and type over it, as a person does."""
    qtbot.mouseClick(field.line, Qt.MouseButton.LeftButton)
    field.line.selectAll()
    qtbot.keyClicks(field.line, text)


def save_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Save)


# -- the field itself ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12/05/1990", dt.date(1990, 5, 12)),
        ("31/12/2027", dt.date(2027, 12, 31)),
        ("31 Jan 2027", dt.date(2027, 1, 31)),
        ("17 Agustus 1985", dt.date(1985, 8, 17)),
        ("2024-02-29", dt.date(2024, 2, 29)),
    ],
)
def test_a_whole_date_typed_is_the_date(qtbot, typed, expected) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    type_into(qtbot, field, typed)
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert field.value() == expected
    assert field.text() == expected.strftime("%d/%m/%Y")  # shown the organisation's way
    assert field.is_valid() and not field.property("invalid")


def test_text_that_is_no_date_is_marked_and_refused(qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    type_into(qtbot, field, "31/02/2027")
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert field.text() == "31/02/2027"  # the typing is kept, not replaced
    assert field.property("invalid")
    assert "is not a date" in field.line.toolTip()
    with pytest.raises(InvalidDate):
        field.value()
    type_into(qtbot, field, "28/02/2027")
    assert not field.property("invalid") and field.value() == dt.date(2027, 2, 28)


def test_a_date_is_emptied_and_picked_on_the_calendar(qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    assert field.value() is None and field.text() == ""
    field.set_value(dt.date(2026, 3, 1))
    field.line.selectAll()
    qtbot.keyClick(field.line, Qt.Key.Key_Delete)
    assert field.value() is None
    calendar = field.show_calendar()
    calendar.setSelectedDate(QDate(2026, 7, 9))
    calendar.clicked.emit(QDate(2026, 7, 9))
    assert field.value() == dt.date(2026, 7, 9)


# -- the member form ------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, demo_db) -> MembersPage:
    widget = MembersPage(Application(demo_db), QUndoStack())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def drive(qtbot, steps):
    """A person at the member form: ``steps(dialog)`` types, then Save is clicked."""
    seen = {}

    def run(dialog: MemberDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        steps(dialog)
        save_button(dialog).click()
        seen["dialog"] = dialog
        return dialog.result() == QDialog.DialogCode.Accepted

    return run, seen


def test_new_member_with_only_a_name_has_no_dates(qtbot, page, monkeypatch) -> None:
    def steps(dialog: MemberDialog) -> None:
        qtbot.keyClicks(dialog.full_name, "Ayu Lestari")

    run, _ = drive(qtbot, steps)
    monkeypatch.setattr(page_module, "run_dialog", run)
    member_id = page.new_member()
    assert member_id is not None
    (row,) = rows(page.db, Member, id=member_id)
    assert (row["birth_date"], row["joined_on"], row["paid_until"]) == (None, None, None)
    assert row["consent_date"] is None


def _blank_member(db) -> tuple[int, int]:
    """A member as an import leaves them: no dates anywhere, a licence without expiry and
    a custom date field left empty."""
    field = CustomFieldService(db).create("Tanggal pelatihan", "date")
    with db.engine.connect() as conn:
        pid = conn.execute(select(Profession.id).order_by(Profession.id)).scalars().first()
    record = MemberService(db).create(
        MemberRecord(
            member_number="IMP-0001",
            full_name="Dewi Imported",
            professions=(ProfessionEntry(pid, None, "STR-1", None),),
        )
    )
    assert record.id is not None
    return record.id, field.id


def _member_tables(db, member_id: int) -> tuple[list[dict], list[dict], list[dict]]:
    return (
        rows(db, Member, id=member_id),
        rows(db, MemberProfession, member_id=member_id),
        rows(db, CustomFieldValue, member_id=member_id),
    )


def test_member_saved_untouched_is_unchanged(qtbot, page, monkeypatch) -> None:
    member_id, _ = _blank_member(page.db)
    page.refresh()
    before = _member_tables(page.db, member_id)
    run, seen = drive(qtbot, lambda dialog: None)
    monkeypatch.setattr(page_module, "run_dialog", run)
    page.edit_member(member_id)
    assert seen["dialog"].result() == QDialog.DialogCode.Accepted
    assert _member_tables(page.db, member_id) == before


def test_a_note_on_an_imported_member_leaves_the_dates_empty(qtbot, page, monkeypatch) -> None:
    member_id, _ = _blank_member(page.db)
    page.refresh()

    def steps(dialog: MemberDialog) -> None:
        qtbot.keyClicks(dialog.notes, "Called on Monday")

    run, _ = drive(qtbot, steps)
    monkeypatch.setattr(page_module, "run_dialog", run)
    assert page.edit_member(member_id)
    (member,), (licence,), custom = _member_tables(page.db, member_id)
    assert member["notes"] == "Called on Monday"
    assert (member["birth_date"], member["joined_on"], member["paid_until"]) == (None, None, None)
    assert licence["licence_valid_until"] is None
    assert custom == []


def test_dates_typed_into_the_member_form_are_saved(qtbot, page, monkeypatch) -> None:
    member_id, field_id = _blank_member(page.db)
    page.refresh()

    def steps(dialog: MemberDialog) -> None:
        type_into(qtbot, dialog.birth_date, "12/05/1990")
        type_into(qtbot, dialog.paid_until, "31/12/2027")
        dialog.tabs.setCurrentIndex(1)
        type_into(qtbot, dialog.professions_table.cellWidget(0, 3), "31 Jan 2027")
        type_into(qtbot, dialog.custom_widgets[field_id], "17 Agustus 2025")
        # Enter in a date field saves what was typed.
        qtbot.keyClick(dialog.custom_widgets[field_id].line, Qt.Key.Key_Return)

    seen = {}

    def run(dialog: MemberDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        steps(dialog)
        seen["dialog"] = dialog
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module, "run_dialog", run)
    assert page.edit_member(member_id)
    (member,), (licence,), custom = _member_tables(page.db, member_id)
    assert member["birth_date"] == dt.date(1990, 5, 12)
    assert member["paid_until"] == dt.date(2027, 12, 31)
    assert licence["licence_valid_until"] == dt.date(2027, 1, 31)
    assert [c["value_date"] for c in custom] == [dt.date(2025, 8, 17)]


def test_a_date_that_is_not_one_blocks_save_with_a_message(qtbot, page, monkeypatch) -> None:
    member_id, _ = _blank_member(page.db)
    page.refresh()
    before = _member_tables(page.db, member_id)

    def steps(dialog: MemberDialog) -> None:
        type_into(qtbot, dialog.birth_date, "12/13/1990")

    run, seen = drive(qtbot, steps)
    monkeypatch.setattr(page_module, "run_dialog", run)
    assert not page.edit_member(member_id)
    dialog = seen["dialog"]
    assert "“12/13/1990” is not a date" in dialog.error_text("birth_date")
    assert dialog.birth_date.property("invalid")
    assert dialog.birth_date.text() == "12/13/1990"
    assert _member_tables(page.db, member_id) == before


# -- shifts, projects, challenges, actions, settings ----------------------------------------


@pytest.fixture
def sched(db) -> Schedule:
    return Schedule(db)


def test_shift_saved_untouched_is_unchanged(qtbot, sched) -> None:
    sid = sched.shift(at(0, 8), at(0, 12), location=None, notes=None)
    before = rows(sched.db, Shift, id=sid)
    dialog = ShiftDialog(_services(sched), sid)
    qtbot.addWidget(dialog)
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert rows(sched.db, Shift, id=sid) == before


def _services(sched: Schedule) -> Application:
    return Application(sched.db)


def test_a_shift_date_typed_with_the_month_as_a_word(qtbot, sched) -> None:
    sid = sched.shift(at(0, 8), at(0, 12))
    dialog = ShiftDialog(_services(sched), sid)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.starts.date, "31 Jan 2027")
    type_into(qtbot, dialog.ends.date, "31 Jan 2027")
    qtbot.keyClick(dialog.ends.date.line, Qt.Key.Key_Tab)
    dialog.save_button.click()
    (row,) = rows(sched.db, Shift, id=sid)
    assert row["starts_at"] == dt.datetime(2027, 1, 31, 8, 0)
    assert row["ends_at"] == dt.datetime(2027, 1, 31, 12, 0)


def test_project_saved_untouched_is_unchanged_and_typed_dates_are_kept(qtbot, sched) -> None:
    pid = sched.projects.create(ProjectInput(name="Posyandu Mawar", status="planned"))
    before = rows(sched.db, VolunteerProject, id=pid)
    dialog = ProjectDialog(_services(sched), pid)
    qtbot.addWidget(dialog)
    save_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert rows(sched.db, VolunteerProject, id=pid) == before
    dialog = ProjectDialog(_services(sched), pid)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.start, "01/02/2027")
    type_into(qtbot, dialog.end, "30/02/2027")
    save_button(dialog).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "is not a date" in dialog.errors.message("end_date")
    type_into(qtbot, dialog.end, "28/02/2027")
    save_button(dialog).click()
    (row,) = rows(sched.db, VolunteerProject, id=pid)
    assert (row["start_date"], row["end_date"]) == (dt.date(2027, 2, 1), dt.date(2027, 2, 28))


TODAY = dt.date(2026, 3, 15)


def _imported_challenge(db) -> int:
    """A challenge read from a spreadsheet: being mitigated, but no dates known."""
    with db.transaction() as s:
        return s.execute(
            insert(Challenge).values(
                title="Relawan sulit dihubungi",
                severity="medium",
                status="mitigating",
                raised_on=None,
                mitigating_since=None,
                resolved_on=None,
            )
        ).inserted_primary_key[0]


def test_challenge_saved_untouched_keeps_its_empty_dates(qtbot, db) -> None:
    cid = _imported_challenge(db)
    before = rows(db, Challenge, id=cid)
    dialog = ChallengeDialog(ChallengeService(db), cid, lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.raised_on.text() == "" and dialog.mitigating_since.text() == ""
    save_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert rows(db, Challenge, id=cid) == before


def test_action_saved_untouched_is_unchanged_and_done_on_can_be_typed(qtbot, db) -> None:
    cid = _imported_challenge(db)
    service = ChallengeService(db)
    aid = service.add_action(cid, "Telepon relawan", None, None, None)
    before = rows(db, MitigationAction, id=aid)
    (action,) = service.actions(cid)
    dialog = ActionDialog(service, cid, action, lambda: TODAY)
    qtbot.addWidget(dialog)
    save_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert rows(db, MitigationAction, id=aid) == before
    dialog = ActionDialog(service, cid, action, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.done_check.click()
    type_into(qtbot, dialog.done_on, "14 Maret 2026")
    save_button(dialog).click()
    (row,) = rows(db, MitigationAction, id=aid)
    assert row["done_on"] == dt.date(2026, 3, 14)


def test_settings_saved_untouched_are_unchanged(qtbot, db) -> None:
    before = rows(db, OrganisationSettings)
    dialog = SettingsDialog(Application(db))
    qtbot.addWidget(dialog)
    button = next(
        b for b in dialog.findChildren(QPushButton) if b.text() == "Save Organisation Settings"
    )
    button.click()
    assert rows(db, OrganisationSettings) == before


def test_a_date_typed_in_the_members_table_is_saved(qtbot, page) -> None:
    model = page.model
    member_id = model.member_id(0)
    index = model.index(0, 7)  # Paid until
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    line = page.table.focusWidget()
    line.selectAll()
    qtbot.keyClicks(line, "31/12/2027")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the table saves the cell once Enter is handled
    qtbot.waitUntil(
        lambda: MemberService(page.db).get(member_id).paid_until == dt.date(2027, 12, 31)
    )
