"""A secretary keeps a nurse's STR from the member form: adds it, sees a refusal for an issue
date still to come, renews it (the old one stays listed), and the form's licence follows; the
Professions page lists the licences ending soon without enough credits (SKP)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget
from sqlalchemy import select

from groupdesk.core.application import Application
from groupdesk.core.credentials import add_activity, add_credential, award_credits
from groupdesk.core.models import MemberProfession
from groupdesk.ui.credentials import dialogs as credentials_module
from groupdesk.ui.credentials.dialogs import AtRiskDialog, CredentialForm, CredentialsDialog
from groupdesk.ui.members import dialog as member_dialog_module
from groupdesk.ui.members import page as page_module
from groupdesk.ui.members.dialog import MemberDialog
from groupdesk.ui.members.page import MembersPage
from groupdesk.ui.professions import page as professions_module
from groupdesk.ui.professions.page import ProfessionsPage
from tests.integration.credentials.setup import nurses

TODAY = dt.date.today()


def _dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _fill_form(qtbot, form: CredentialForm, number: str, issued: dt.date, until: dt.date):
    qtbot.keyClicks(form.number, number)
    qtbot.keyClicks(form.issued_on.line, _dmy(issued))
    qtbot.keyClicks(form.valid_until.line, _dmy(until))
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_add_and_renew_an_str_from_the_member_form(qtbot, db, monkeypatch) -> None:
    setup = nurses(db)
    ani = setup.members[0]
    page = MembersPage(Application(db), QUndoStack())
    qtbot.addWidget(page)
    seen: dict[str, object] = {}
    issued, until = TODAY - dt.timedelta(days=400), TODAY + dt.timedelta(days=1400)

    def forms():  # the Add and Renew forms, in turn
        def add(form: CredentialForm) -> bool:
            qtbot.addWidget(form)
            form.kind.setCurrentIndex(form.kind.findText("Perawat Anestesi · STR"))
            # first a date still to come: refused at the form, which stays open
            _fill_form(qtbot, form, "STR-1", TODAY + dt.timedelta(days=2), until)
            seen["refusal"] = form.error_label.text()
            assert form.result() != QDialog.DialogCode.Accepted
            form.issued_on.line.clear()
            qtbot.keyClicks(form.issued_on.line, _dmy(issued))
            form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            return form.result() == QDialog.DialogCode.Accepted

        def renew(form: CredentialForm) -> bool:
            qtbot.addWidget(form)
            _fill_form(qtbot, form, "STR-2", TODAY, until + dt.timedelta(days=1800))
            return form.result() == QDialog.DialogCode.Accepted

        yield add
        yield renew

    steps = forms()
    monkeypatch.setattr(credentials_module, "run_dialog", lambda form: next(steps)(form))

    def credentials(dialog: CredentialsDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.add_button.click()
        dialog.table.selectRow(0)
        dialog.renew_button.click()
        seen["listed"] = [(r.number, r.renewed) for r in dialog.model.rows() if r.kind == "STR"]
        return False

    monkeypatch.setattr(member_dialog_module, "run_dialog", credentials)

    def member_form(dialog: MemberDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentIndex(1)
        assert dialog.credentials_button.isEnabled()
        dialog.credentials_button.click()
        table: QTableWidget = dialog.professions_table
        seen["form_licence"] = (table.item(0, 2).text(), table.cellWidget(0, 3).value())
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module, "run_dialog", member_form)
    page.edit_member(ani)
    # the form was saved untouched: nothing of its own to undo (undoing would bring the old
    # licence back beside the new credential)
    assert page.undo_stack.count() == 0

    assert "still to come" in str(seen["refusal"])
    assert seen["listed"] == [("STR-2", False), ("STR-1", True)]
    new_until = until + dt.timedelta(days=1800)
    assert seen["form_licence"] == ("STR-2", new_until)
    with db.session() as s:  # the saved form kept what the credentials left
        licence = s.execute(
            select(MemberProfession.licence_number, MemberProfession.licence_valid_until).where(
                MemberProfession.member_id == ani
            )
        ).one()
    assert tuple(licence) == ("STR-2", new_until)


def test_the_professions_page_lists_licences_at_risk(qtbot, db, monkeypatch, qtmodeltester):
    setup = nurses(db, count=2)
    ani, budi = setup.members
    with db.transaction() as s:
        for member in (ani, budi):
            add_credential(
                s,
                member,
                setup.str_kind,
                f"STR-{member}",
                TODAY - dt.timedelta(days=1700),
                TODAY + dt.timedelta(days=60),
                today=TODAY,
            )
        pk = add_activity(s, "Kongres", "seminar", TODAY - dt.timedelta(days=9), 30, today=TODAY)
        award_credits(s, pk, {budi: None}, today=TODAY)
    page = ProfessionsPage(Application(db), QUndoStack())
    qtbot.addWidget(page)
    model = page.professions
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Perawat Anestesi"
    )
    page.table.setCurrentIndex(model.index(row, 0))
    seen = {}

    def look(dialog: AtRiskDialog) -> bool:
        qtbot.addWidget(dialog)
        qtmodeltester.check(dialog.model)
        seen["soon"] = [
            dialog.model.data(dialog.model.index(r, 1)) for r in range(dialog.model.rowCount())
        ]
        dialog.months.setValue(1)  # within a month: nobody
        seen["month"] = dialog.model.rowCount()
        seen["summary"] = dialog.summary.text()
        return False

    monkeypatch.setattr(professions_module, "run_dialog", look)
    page.at_risk_button.click()
    assert seen["soon"] == ["Perawat Ani"]
    assert seen["month"] == 0 and "0" in seen["summary"]


def test_the_association_defines_a_professions_credentials(qtbot, db, monkeypatch) -> None:
    setup = nurses(db, count=1)
    page = ProfessionsPage(Application(db), QUndoStack())
    qtbot.addWidget(page)
    model = page.professions
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Perawat Anestesi"
    )
    page.table.setCurrentIndex(model.index(row, 0))
    seen = {}

    def define(dialog) -> bool:  # type: ignore[no-untyped-def]
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.name, "Sertifikat BTCLS")
        qtbot.keyClicks(dialog.minimums, "Ilmiah lima")  # not a minimum: refused, kept typed
        dialog.add_button.click()
        seen["refusal"] = dialog.error_label.text()
        assert dialog.name.text() == "Sertifikat BTCLS"
        dialog.minimums.clear()
        dialog.add_button.click()
        seen["listed"] = dialog.listing.text()
        return False

    monkeypatch.setattr(professions_module, "run_dialog", define)
    page.kinds_button.click()
    assert "Ilmiah lima" in seen["refusal"]
    assert "STR" in seen["listed"] and "Sertifikat BTCLS" in seen["listed"]
    assert [k.name for k in Application(db).credentials.kinds_of(setup.profession)] == [
        "STR",
        "SIP",
        "Sertifikat BTCLS",
    ]
