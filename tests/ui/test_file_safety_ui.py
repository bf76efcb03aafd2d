"""The window with files that would hurt it: a workbook that asks for 17 billion cells, an
.ods of repeated rows, a reader that crashes, and save dialogs pointed at the open database
or at the file being imported. A message is shown, the window stays, nothing is lost."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from groupdesk.core.application import Application
from groupdesk.core.spreadsheet import reader
from groupdesk.ui.reports.export_dialog import ExportDialog
from tests.integration.importing.helpers import count, write_book
from tests.ui.test_import_wizard import finish, make_wizard, to_preview, to_sheet
from tests.unit.spreadsheet.builders import far_cell_xlsx, repeated_ods


def _digest(path: Path) -> bytes:
    import hashlib

    return hashlib.sha256(path.read_bytes()).digest()


def _refused_on_the_first_page(qtbot, db, path: Path) -> str:  # type: ignore[no-untyped-def]
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.isVisible()
    return wizard.file_page.message.text()


def test_a_cell_at_xfd1048576_is_a_message_and_the_window_stays(qtbot, db, tmp_path) -> None:
    text = _refused_on_the_first_page(qtbot, db, far_cell_xlsx(tmp_path / "anggota.xlsx"))
    assert "XFD1048576" in text and "refused for safety" in text


def test_an_ods_of_repeated_rows_is_a_message_and_the_window_stays(qtbot, db, tmp_path):
    text = _refused_on_the_first_page(qtbot, db, repeated_ods(tmp_path / "anggota.ods"))
    assert "1,000 columns" in text and "refused for safety" in text


def test_a_crash_of_the_reader_itself_leaves_the_window_up(qtbot, db, tmp_path, monkeypatch):
    """Whatever the guard misses: calamine aborts in the child process, not in the window."""
    monkeypatch.setattr(reader, "check_bounds", lambda path, fmt: None)
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(far_cell_xlsx(tmp_path / "anggota.xlsx")))
    to_sheet(qtbot, wizard)  # listing the sheets is harmless; reading the one sheet is not
    assert wizard.isVisible() and wizard.currentPage() is wizard.sheet_page
    assert "memory" in wizard.sheet_page.message.text()
    assert not wizard.sheet_page.isComplete() and count(db, "members") == 0


def test_formula_cells_are_pointed_out_on_the_sheet_page(qtbot, db, tmp_path) -> None:
    path = tmp_path / "anggota.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Anggota")
    sheet.write_row(0, 0, ["Nama", "Kota"])
    sheet.write_formula(1, 0, '=IF(B2="","",B2)', None, 0)
    sheet.write_string(1, 1, "Bandung")
    book.close()
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    to_sheet(qtbot, wizard)
    assert "1 cell holds a formula (A2)" in wizard.sheet_page.found.text()


def test_the_error_report_cannot_be_saved_over_the_database_or_the_file(qtbot, db, tmp_path):
    rows = [["Nama", "Email"], ["Ayu", "ayu@contoh.or.id"], ["Budi", "bukan-email"]]
    path = write_book(tmp_path / "anggota.xlsx", rows)
    wizard = make_wizard(qtbot, db)
    to_preview(qtbot, wizard, path)
    wizard.preview_page.only_valid.setChecked(True)
    finish(qtbot, wizard)
    page = wizard.run_page
    before = _digest(path)
    for target, words in ((db.path, "open database"), (path, "file being read")):
        page.choose_report_path = lambda target=target: str(target)  # type: ignore[method-assign]
        page.report.click()
        assert words in page.message.text()
    assert _digest(path) == before and count(db, "members") == 1
    page.choose_report_path = lambda: str(tmp_path / "laporan.csv")  # type: ignore[method-assign]
    page.report.click()
    assert page.message.text() == ""
    assert "Budi,bukan-email" in (tmp_path / "laporan.csv").read_text(encoding="utf-8-sig")


def test_the_export_dialog_refuses_the_database_and_a_folder(qtbot, demo_db, tmp_path) -> None:
    dialog = ExportDialog(Application(demo_db), report="members")
    qtbot.addWidget(dialog)
    for target, words in ((demo_db.path, "open database"), (tmp_path, "is a folder")):
        dialog.choose_path = lambda target=target: Path(target)  # type: ignore[method-assign]
        with qtbot.waitSignal(dialog.export_failed, timeout=5_000):
            dialog.export_button.click()
        assert words in dialog.message.text()
        assert dialog.export_button.isEnabled()
    assert count(demo_db, "members") == 450


def test_personal_data_is_not_saved_over_a_database_named_json(qtbot, tmp_path, monkeypatch):
    from groupdesk.core.database import open_database
    from groupdesk.core.demo import generate_demo
    from groupdesk.ui.members import personal_data as personal_data_actions

    db = open_database(tmp_path / "anggota.json", lock_factory=None)
    generate_demo(db, members=5, shifts=1)
    shown: list[str] = []
    monkeypatch.setattr(personal_data_actions, "choose_export_path", lambda *_a: str(db.path))
    monkeypatch.setattr(
        personal_data_actions, "show_error", lambda _p, _t, text: shown.append(text)
    )
    monkeypatch.setattr(personal_data_actions, "show_info", lambda _p, _t, text: shown.append(text))
    try:
        assert personal_data_actions.export_personal_data(None, Application(db), 1) is None
        assert len(shown) == 1 and "open database" in shown[0]
        assert count(db, "members") == 5
    finally:
        db.close()


def test_the_export_dialog_says_when_a_long_note_was_cut(qtbot, db, tmp_path) -> None:
    from groupdesk.core.models import Member

    with db.transaction() as s:
        s.add(Member(member_number="GD-1", full_name="Ayu", sort_name="ayu", notes="x" * 40_000))
    dialog = ExportDialog(Application(db), report="members")
    qtbot.addWidget(dialog)
    dialog.choose_path = lambda: tmp_path / "anggota.xlsx"  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000):
        dialog.export_button.click()
    dialog.wait_for_export()
    assert "1 cell held more than the 32,767 characters" in dialog.message.text()
