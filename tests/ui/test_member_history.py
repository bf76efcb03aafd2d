"""A member's History tab says who made each change and shows the values as people read
them: a ticked box as Yes or No, a date day first, not as stored codes."""

from __future__ import annotations

import datetime as dt
import os
import pwd

from groupdesk.ui.members import page as page_module
from groupdesk.ui.members.dialog import MemberDialog


def _rows(dialog: MemberDialog) -> list[list[str]]:
    table = dialog.history_table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_history_shows_who_and_readable_values(members_page, monkeypatch) -> None:
    page = members_page
    page.table.selectRow(0)
    seen: list[list[list[str]]] = []

    def edit(dialog: MemberDialog) -> bool:
        dialog.consent_given.click()  # untick (or tick) the box
        dialog.paid_until.set_value(dt.date(2031, 1, 31))
        return dialog.try_accept()

    def look(dialog: MemberDialog) -> bool:
        seen.append(_rows(dialog))
        return False

    was_ticked = page.members.get(page.selected_ids()[0]).consent_given
    monkeypatch.setattr(page_module, "run_dialog", edit)
    page.edit_action.trigger()
    monkeypatch.setattr(page_module, "run_dialog", look)
    page.edit_action.trigger()
    [rows] = seen
    by_field = {row[2]: row for row in rows}
    account = pwd.getpwuid(os.getuid()).pw_name
    yes_no = ("Yes", "No") if was_ticked else ("No", "Yes")
    assert by_field["Consent"][1:] == [account, "Consent", *yes_no]
    assert by_field["Paid until"][4] == "31 Jan 2031"
    assert "consent_given" not in by_field and "paid_until" not in by_field


def test_history_names_fields_and_statuses_in_indonesian(
    members_page, monkeypatch, gui_language
) -> None:
    """The History tab names a field by its label ("Kota", not "city") and a status by its
    words, in the window's language."""
    gui_language("id")
    page = members_page
    page.table.selectRow(0)
    member = page.members.get(page.selected_ids()[0])
    seen: list[list[list[str]]] = []

    def edit(dialog: MemberDialog) -> bool:
        dialog.city.setText("Kota Baru Sekali")
        index = dialog.status.findData("left")
        dialog.status.setCurrentIndex(index)
        return dialog.try_accept()

    def look(dialog: MemberDialog) -> bool:
        seen.append(_rows(dialog))
        return False

    monkeypatch.setattr(page_module, "run_dialog", edit)
    page.edit_action.trigger()
    monkeypatch.setattr(page_module, "run_dialog", look)
    page.edit_action.trigger()
    [rows] = seen
    by_field = {row[2]: row for row in rows}
    assert by_field["Kota"][4] == "Kota Baru Sekali"
    assert by_field["Status"][4] == "Keluar"
    assert "city" not in by_field and "status" not in by_field
    assert member.city != "Kota Baru Sekali"
