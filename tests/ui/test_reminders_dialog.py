"""Dues Reminders as a treasurer works through it: the list from the Edit menu, WhatsApp
opened with the text filled in, the text copied, letters printed to a PDF, each member then
shown as reminded and the reminder in their History tab, in English and Indonesian."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication

from groupdesk.core import audit
from groupdesk.core.application import Application
from groupdesk.core.dues.reminders import reminder_list
from groupdesk.ui.dues import reminders_dialog
from groupdesk.ui.dues.reminders_dialog import RemindersDialog, RemindersModel
from groupdesk.ui.members.dialog import MemberDialog
from groupdesk.ui.window.main_window import MainWindow
from tests.integration.dues.reminders_ledger import TODAY, build


@pytest.fixture
def ids(db):
    return build(db)


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The links the dialog asked the computer to open (nothing is opened)."""
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(reminders_dialog, "open_url", fake_open)
    return urls


@pytest.fixture
def dialog(qtbot, db, ids, opened):
    widget = RemindersDialog(Application(db), today=lambda: TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.list_loaded):  # read off the GUI thread
        pass
    return widget


def names(dialog: RemindersDialog) -> list[str]:
    return [row.name for row in dialog.model.rows()]


def cell(dialog: RemindersDialog, row: int, key: str) -> str:
    model = dialog.model
    return model.data(model.index(row, model.column_of(key)))


def click_row(qtbot, dialog: RemindersDialog, row: int) -> None:
    rect = dialog.table.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def reminded(db, member_id: int) -> list[str]:
    with db.engine.connect() as conn:
        lines = audit.history(conn, "member", member_id)
    return [str(line.new_value) for line in lines if line.field == "dues_reminder"]


def test_the_model_passes_qt_model_tester(qtmodeltester, db, ids) -> None:
    model = RemindersModel()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(reminder_list(db, TODAY, 15))
    qtmodeltester.check(model, force_py=True)


def test_the_list_shows_who_owes_what_since_when(qtbot, dialog) -> None:
    assert names(dialog) == ["Dewi Lestari", "Gita Permata", "Siti Rahayu"]
    assert cell(dialog, 0, "phone") == "0812 3456 7890"
    assert cell(dialog, 0, "owed") == "Rp 100,000"
    assert cell(dialog, 0, "oldest") == "November 2026"
    assert cell(dialog, 0, "reminded") == ""
    assert dialog.count_label.text() == "3 members to remind"
    with qtbot.waitSignal(dialog.list_loaded):
        dialog.days.setValue(15)  # January falls due within 15 days
    assert "Budi Santoso" in names(dialog)


def test_the_text_is_in_the_organisations_language_or_the_one_chosen(dialog) -> None:
    assert dialog.preview.toPlainText().startswith("Yth. Bapak/Ibu Dewi Lestari,")
    assert "Rp 100.000" in dialog.preview.toPlainText()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.preview.toPlainText().startswith("Dear Dewi Lestari,")


def test_open_whatsapp_sends_the_text_and_records_the_reminder(db, ids, dialog, opened) -> None:
    text = dialog.preview.toPlainText()
    dialog.whatsapp_button.click()
    [link] = opened
    assert link.startswith("https://wa.me/6281234567890?text=")
    assert parse_qs(urlsplit(link).query)["text"] == [text]
    assert reminded(db, ids["Dewi Lestari"]) == ["whatsapp"]
    assert cell(dialog, 0, "reminded") != ""
    # on to the next member of the list
    assert dialog.current().name == "Gita Permata"


def test_a_member_without_a_usable_phone_is_told_not_opened(qtbot, db, ids, dialog, opened) -> None:
    click_row(qtbot, dialog, 1)  # Gita's "12345" is no phone number
    dialog.whatsapp_button.click()
    assert opened == []
    assert "Gita Permata has no phone number WhatsApp can use." in dialog.message.text()
    assert reminded(db, ids["Gita Permata"]) == []


def test_copy_text_puts_it_on_the_clipboard_and_records_it(qtbot, db, ids, dialog) -> None:
    click_row(qtbot, dialog, 2)
    text = dialog.preview.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text
    assert "Siti Rahayu" in text
    assert reminded(db, ids["Siti Rahayu"]) == ["message"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_print_letters_writes_one_pdf_and_records_each(
    qtbot, db, ids, dialog, tmp_path, monkeypatch
) -> None:
    out = tmp_path / "pengingat.pdf"
    monkeypatch.setattr(dialog, "choose_path", lambda: out)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(dialog.letters_finished, timeout=30_000) as done:
        dialog.print_button.click()
    assert done.args == [3]
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled())
    printed = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
    assert printed.stdout.count("\f") == 3 and "Seratus ribu rupiah" in printed.stdout
    for name in ("Dewi Lestari", "Gita Permata", "Siti Rahayu"):
        assert reminded(db, ids[name]) == ["letter"]
    assert all(cell(dialog, row, "reminded") for row in range(3))
    assert "Wrote 3 letters to" in dialog.message.text()


def test_print_letters_prints_the_member_selected(
    qtbot, db, ids, dialog, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(dialog, "choose_path", lambda: tmp_path / "one.pdf")
    click_row(qtbot, dialog, 2)
    with qtbot.waitSignal(dialog.letters_finished, timeout=30_000) as done:
        dialog.print_button.click()
    assert done.args == [1]
    assert reminded(db, ids["Siti Rahayu"]) == ["letter"]
    assert reminded(db, ids["Dewi Lestari"]) == []
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled())


def test_letters_are_never_written_over_the_database(db, ids, dialog, db_path) -> None:
    before = db_path.stat().st_mtime_ns
    dialog.print_letters(Path(db_path))
    assert "The letters were not written" in dialog.message.text()
    assert db_path.stat().st_mtime_ns == before
    assert reminded(db, ids["Dewi Lestari"]) == []


def test_the_edit_menu_opens_the_reminders(qtbot, db, ids, opened, monkeypatch) -> None:
    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    seen: list[list[str]] = []

    def drive(widget) -> bool:
        assert isinstance(widget, RemindersDialog)
        qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
        seen.append(names(widget))
        widget.whatsapp_button.click()
        return False

    monkeypatch.setattr(reminders_dialog, "run_dialog", drive)
    action = window.findChild(QAction, "duesRemindersAction")
    action.trigger()
    assert seen and "Dewi Lestari" in seen[0]  # the real date is past December's due day
    assert reminded(db, ids["Dewi Lestari"]) == ["whatsapp"] and len(opened) == 1


def _history(db, member_id: int) -> dict[str, list[str]]:
    app = Application(db)
    widget = MemberDialog(app.members, app.lookups, [], app.members.get(member_id))
    table = widget.history_table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    widget.deleteLater()
    return {row[2]: row for row in rows}


def test_the_history_tab_says_how_the_member_was_reminded(db, ids, dialog, gui_language) -> None:
    dialog.whatsapp_button.click()
    assert _history(db, ids["Dewi Lestari"])["Dues reminder"][4] == "WhatsApp message"
    gui_language("id")
    assert _history(db, ids["Dewi Lestari"])["Pengingat iuran"][4] == "Pesan WhatsApp"
    assert dt.date.today() >= TODAY.replace(day=1)


def test_the_dialog_speaks_indonesian(qtbot, db, ids, opened, gui_language) -> None:
    gui_language("id")
    widget = RemindersDialog(Application(db), today=lambda: TODAY)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.list_loaded):
        pass
    assert widget.windowTitle() == "Pengingat Iuran"
    assert widget.count_label.text() == "3 anggota perlu diingatkan"
    header = [widget.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert header == ["Nama", "Telepon", "Terutang", "Tunggakan terlama", "Terakhir diingatkan"]
    assert cell(widget, 0, "owed") == "Rp 100.000" and cell(widget, 0, "oldest") == "November 2026"
    assert widget.whatsapp_button.text() == "Buka &WhatsApp"
    click_row(qtbot, widget, 1)
    widget.whatsapp_button.click()
    assert widget.message.text() == (
        "Gita Permata tidak punya nomor telepon yang bisa dipakai WhatsApp."
    )
