"""The import wizard driven as a secretary would: file, sheet, columns, duplicates, preview
with fixes in place, the import in a worker thread with Cancel, and Undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter
from PySide6.QtCore import QCoreApplication, Qt

from groupdesk.core.application import Application
from groupdesk.core.demo import generate_demo
from groupdesk.ui.import_wizard import ImportWizard
from groupdesk.ui.import_wizard.preview_model import (
    NotesFilter,
    PreviewModel,
    status_tint,
)
from tests.conftest import FIXTURES
from tests.integration.importing.helpers import count, members

HEADERS = ["No. Anggota", "Nama Lengkap", "Email", "No. HP", "Tanggal Lahir", "Status", "Kota"]


def write_roster(path: Path, rows: list[list[object]], *, hidden_first: bool = True) -> Path:
    """Notes above a table at B4, a hidden sheet before the roster."""
    book = xlsxwriter.Workbook(str(path))
    if hidden_first:
        secret = book.add_worksheet("Rahasia")
        secret.write_row(0, 0, ["Nama", "Gaji"])
        secret.write_row(1, 0, ["Ayu", 100])
        secret.hide()
    sheet = book.add_worksheet("Anggota")
    if hidden_first:
        sheet.activate()
    sheet.write(0, 0, "Daftar Anggota 2024")
    sheet.write(1, 0, "Dicetak oleh sekretariat")
    sheet.write_row(3, 1, HEADERS)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(4 + r, 1 + c, value)
    book.close()
    return path


def make_wizard(qtbot, db) -> ImportWizard:  # type: ignore[no-untyped-def]
    wizard = ImportWizard(Application(db))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_sheet(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    """Next on the file page: the sheet is read in a worker, then shown on the sheet page."""
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.sheet_page.running, timeout=10_000)


def prepare_preview(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    """Next on the duplicates page: the rows are checked in a worker, then the preview shows."""
    page = wizard.duplicates_page
    wizard.next()
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)


def to_preview(
    qtbot, wizard: ImportWizard, path: Path, kind: str = "members", policy: str = "skip"
):  # type: ignore[no-untyped-def]
    wizard.file_page.set_kind(kind)
    wizard.file_page.path.setText(str(path))
    to_sheet(qtbot, wizard)
    assert wizard.currentPage() is wizard.sheet_page, wizard.file_page.message.text()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    assert wizard.currentPage() is wizard.duplicates_page, wizard.mapping_page.message.text()
    wizard.duplicates_page.set_policy(policy)
    prepare_preview(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page, wizard.duplicates_page.message.text()
    return wizard.preview_page.model


def finish(qtbot, wizard: ImportWizard) -> None:  # type: ignore[no-untyped-def]
    wizard.next()
    assert wizard.currentPage() is wizard.run_page, wizard.preview_page.message.text()
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=10_000)


ROWS = [
    ["A-1", "Ayu Lestari", "ayu@contoh.or.id", "0812-3456-7890", "17/08/1990", "Aktif", "Bandung"],
    ["A-2", "Budi Santoso", "budi@@contoh", "0813-1111-2222", "17 Agustus 1985", "Aktif", "Medan"],
    ["A-3", "Citra", None, "81234567891", "1980-03-04", "Keluar", "Solo"],
]


def test_sheet_and_header_row_are_found_and_hidden_sheets_listed(qtbot, db, tmp_path) -> None:
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(write_roster(tmp_path / "r.xlsx", ROWS)))
    to_sheet(qtbot, wizard)
    page = wizard.sheet_page
    labels = [page.sheet.itemText(i) for i in range(page.sheet.count())]
    assert labels == ["Rahasia (hidden)", "Anggota"]
    assert page.selected_sheet() == "Anggota"
    assert page.header_row.value() == 4 and page.table.headers == HEADERS
    assert "3 rows of data" in page.found.text()
    page.header_row.setValue(5)  # the person picks another row: the table follows
    assert page.table.headers[1] == "Ayu Lestari" and "2 rows" in page.found.text()


def test_an_unreadable_file_is_one_message_on_the_first_page(qtbot, db) -> None:
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(FIXTURES / "spreadsheets" / "pass_protected.xlsx"))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "password" in wizard.file_page.message.text()


def test_mapping_is_guessed_from_indonesian_headings_and_editable(qtbot, db, tmp_path) -> None:
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(write_roster(tmp_path / "r.xlsx", ROWS)))
    to_sheet(qtbot, wizard)
    wizard.next()
    page = wizard.mapping_page
    assert page.mapping() == {
        0: "member_number",
        1: "full_name",
        2: "email",
        3: "phone",
        4: "birth_date",
        5: "status",
        6: "city",
    }
    page.set_field(1, "")
    wizard.next()
    assert wizard.currentPage() is page and "Full name" in page.message.text()
    page.set_field(1, "full_name")
    page.set_field(6, "notes")
    assert page.mapping()[6] == "notes"


def test_preview_marks_bad_cells_and_a_fix_in_place_makes_the_row_valid(
    qtbot, qtmodeltester, db, tmp_path
) -> None:
    wizard = make_wizard(qtbot, db)
    model = to_preview(qtbot, wizard, write_roster(tmp_path / "r.xlsx", ROWS))
    checked = PreviewModel(wizard.preview_page.prepared)  # unparented: outlives the wizard
    qtmodeltester.check(checked, force_py=True)
    only_notes = NotesFilter()
    only_notes.setSourceModel(checked)
    only_notes.set_only_notes(True)
    assert only_notes.rowCount() == 2  # Budi's bad email, Citra's dropped zero
    qtmodeltester.check(only_notes, force_py=True)
    email = 2 + 2  # row number and action come first
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(email, horizontal) == "Email"  # the file's own name is enough
    assert model.headerData(email + 1, horizontal) == "No. HP\n(Phone)"
    bad = model.index(1, email)
    assert model.data(bad) == "budi@@contoh"
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) == status_tint("error")
    assert "e-mail" in model.data(bad, Qt.ItemDataRole.ToolTipRole).lower()
    phone = model.index(2, 2 + 3)
    assert "leading 0" in model.data(phone, Qt.ItemDataRole.ToolTipRole)
    wizard.next()  # refused: a row has an error
    assert wizard.currentPage() is wizard.preview_page
    assert "1 row has errors" in wizard.preview_page.message.text()
    assert model.setData(bad, "budi@contoh.or.id")
    assert model.data(bad, Qt.ItemDataRole.BackgroundRole) is None
    assert "0 with errors" in wizard.preview_page.counts.text()
    finish(qtbot, wizard)
    assert wizard.run_page.summary.line() == "3 added, 0 updated, 0 skipped, 0 rejected"
    assert members(db)["A-2"]["email"] == "budi@contoh.or.id"
    assert "3 added" in wizard.run_page.status.text()


def test_only_valid_rows_and_the_error_report(qtbot, db, tmp_path) -> None:
    wizard = make_wizard(qtbot, db)
    to_preview(qtbot, wizard, write_roster(tmp_path / "r.xlsx", ROWS))
    wizard.preview_page.only_valid.setChecked(True)
    finish(qtbot, wizard)
    assert sorted(members(db)) == ["A-1", "A-3"]
    report = tmp_path / "errors.xlsx"
    wizard.run_page.choose_report_path = lambda: str(report)  # type: ignore[method-assign]
    assert wizard.run_page.report.isVisibleTo(wizard)
    wizard.run_page.save_report()
    from groupdesk.core.spreadsheet import read_sheet

    rows = read_sheet(report)
    assert rows[1][:3] == ["A-2", "Budi Santoso", "budi@@contoh"]
    assert "Email" in rows[1][-1]


def test_update_shows_old_and_new_and_rows_can_be_rejected(qtbot, db, tmp_path) -> None:
    generate_demo(db, members=30, shifts=3)
    stored = members(db)
    rows = [
        ["GD-000001", stored["GD-000001"]["full_name"], None, None, None, None, "Kota Satu"],
        ["GD-000002", stored["GD-000002"]["full_name"], None, None, None, None, "Kota Dua"],
    ]
    path = write_roster(tmp_path / "r.xlsx", rows, hidden_first=False)
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    to_sheet(qtbot, wizard)
    wizard.next()
    for column in (2, 3, 4, 5):  # only number, name and city are in this file
        wizard.mapping_page.set_field(column, "")
    wizard.next()
    wizard.duplicates_page.set_policy("update")
    prepare_preview(qtbot, wizard)
    model = wizard.preview_page.model
    assert isinstance(model, PreviewModel)
    city = model.index(0, 2 + 2)  # the third mapped column
    assert model.data(city) == f"{stored['GD-000001']['city']} → Kota Satu"
    assert model.data(city, Qt.ItemDataRole.BackgroundRole) == status_tint("ok")
    action = model.index(1, 1)
    assert model.data(action, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(action, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "1 to update" in wizard.preview_page.counts.text()
    finish(qtbot, wizard)
    after = members(db)
    assert after["GD-000001"]["city"] == "Kota Satu"
    assert after["GD-000002"]["city"] == stored["GD-000002"]["city"]
    wizard.run_page.undo_import()
    assert members(db)["GD-000001"]["city"] == stored["GD-000001"]["city"]


def test_cancel_during_the_import_changes_nothing(qtbot, db, tmp_path, monkeypatch) -> None:
    from groupdesk.ui.import_wizard import worker

    rows = [[f"N-{n}", f"Anggota {n}", None, None, None, None, None] for n in range(12_000)]
    path = write_roster(tmp_path / "big.xlsx", rows, hidden_first=False)
    original = worker.ImportWorker._progress

    def press_cancel_after_the_first_chunk(self, done: int, total: int) -> bool:  # type: ignore[no-untyped-def]
        if done >= 5000:
            self.cancel()
        return original(self, done, total)

    monkeypatch.setattr(worker.ImportWorker, "_progress", press_cancel_after_the_first_chunk)
    wizard = make_wizard(qtbot, db)
    to_preview(qtbot, wizard, path)
    finish(qtbot, wizard)
    assert wizard.run_page.state == "cancelled"
    assert "Nothing was changed" in wizard.run_page.status.text()
    assert count(db, "members") == 0


def test_templates_are_saved_and_offered_again(qtbot, db, tmp_path) -> None:
    path = write_roster(tmp_path / "r.xlsx", ROWS, hidden_first=False)
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    to_sheet(qtbot, wizard)
    wizard.next()
    wizard.mapping_page.set_field(6, "notes")
    wizard.mapping_page.ask_template_name = lambda: "Ekspor bulanan"  # type: ignore[method-assign]
    wizard.mapping_page.save_as_template()
    again = make_wizard(qtbot, db)
    again.file_page.path.setText(str(path))
    to_sheet(qtbot, again)
    again.next()
    page = again.mapping_page
    assert page.templates.currentText() == "Ekspor bulanan"
    assert page.mapping()[6] == "notes" and "Ekspor bulanan" in page.source.text()


def test_file_menu_import_refreshes_the_roster_and_undo_takes_it_back(qtbot, db, tmp_path) -> None:
    from groupdesk.ui.window.main_window import MainWindow

    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    wizard = window.make_import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard, write_roster(tmp_path / "r.xlsx", ROWS[:1]))
    finish(qtbot, wizard)
    assert window.members_page.model.total == 1
    assert window.undo_stack.canUndo()
    window.undo_stack.undo()
    assert count(db, "members") == 0 and window.members_page.model.total == 0


def test_an_import_undone_in_the_wizard_leaves_nothing_to_undo_in_the_edit_menu(
    qtbot, db, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from groupdesk.ui.window.main_window import MainWindow

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    wizard = window.make_import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard, write_roster(tmp_path / "r.xlsx", ROWS[:1]))
    finish(qtbot, wizard)
    wizard.run_page.undo.click()
    assert count(db, "members") == 0
    # Edit > Undo no longer offers the import, so it cannot answer "undone already"
    assert not window.undo_stack.canUndo()
    window.undo_stack.undo()
    assert warnings == [] and count(db, "members") == 0


def test_every_page_shows_the_imported_records(qtbot, db, tmp_path) -> None:
    from groupdesk.ui.dashboard.page import DashboardPage
    from groupdesk.ui.schedule.projects_page import ProjectsPage
    from groupdesk.ui.window.main_window import MainWindow

    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    window.show()
    dashboard, projects = window.pages["dashboard"], window.pages["projects"]
    assert isinstance(dashboard, DashboardPage) and isinstance(projects, ProjectsPage)
    window.show_page("projects")  # the calendar has been looked at once
    window.show_page("dashboard")
    assert dashboard.snapshot.members_by_status.get("active", 0) == 0
    assert projects.projects_model.rowCount() == 0

    wizard = window.make_import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard, write_roster(tmp_path / "r.xlsx", [ROWS[0]]))
    finish(qtbot, wizard)
    # the dashboard behind the wizard counts the new member without a Refresh
    assert dashboard.snapshot.members_by_status.get("active", 0) == 1

    path = tmp_path / "p.csv"
    path.write_text("Nama Proyek,Lokasi\nBersih Pantai,Kuta\n", encoding="utf-8")
    wizard = window.make_import_wizard()
    qtbot.addWidget(wizard)
    wizard.show()
    to_preview(qtbot, wizard, path, kind="projects")
    finish(qtbot, wizard)
    window.show_page("projects")
    assert [r.name for r in projects.projects_model.rows()] == ["Bersih Pantai"]


@pytest.mark.parametrize("kind", ["projects", "challenges"])
def test_other_kinds_go_through_the_same_pages(qtbot, db, tmp_path, kind: str) -> None:
    path = tmp_path / "k.csv"
    header = "Nama Proyek,Lokasi" if kind == "projects" else "Judul,Tingkat"
    path.write_text(f"{header}\nSatu,Tinggi\nDua,Rendah\n", encoding="utf-8")
    wizard = make_wizard(qtbot, db)
    model = to_preview(qtbot, wizard, path, kind=kind)
    assert model.rowCount() == 2
    finish(qtbot, wizard)
    assert wizard.run_page.summary.added == 2
    assert dt.date.today()  # the import used today's date rules without error


def to_duplicates(qtbot, wizard: ImportWizard, path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard.file_page.path.setText(str(path))
    to_sheet(qtbot, wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.duplicates_page


def test_the_preview_is_prepared_in_a_worker_with_real_progress(
    qtbot, db, tmp_path, monkeypatch
) -> None:
    import threading

    from groupdesk.ui.import_wizard import duplicates_page

    rows = [[f"N-{n}", f"Anggota {n}", None, None, None, None, None] for n in range(5_000)]
    path = write_roster(tmp_path / "big.xlsx", rows, hidden_first=False)
    threads: list[threading.Thread] = []
    reports: list[tuple[int, int]] = []
    original = duplicates_page.prepare

    def recording_prepare(db, plan, table, *, progress):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())

        def report(done: int, total: int) -> bool:
            reports.append((done, total))
            return progress(done, total)

        return original(db, plan, table, progress=report)

    monkeypatch.setattr(duplicates_page, "prepare", recording_prepare)
    wizard = make_wizard(qtbot, db)
    to_duplicates(qtbot, wizard, path)
    prepare_preview(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    assert threads and threads[0] is not threading.main_thread()
    assert len(reports) > 2 and reports[-1] == (5_000, 5_000)
    bar = wizard.duplicates_page.panel.bar
    assert bar.maximum() == 5_000 and bar.value() == 5_000
    assert wizard.preview_page.model.rowCount() == 5_000


def test_cancel_while_preparing_stays_on_the_page_with_nothing_prepared(
    qtbot, db, tmp_path, monkeypatch
) -> None:
    import threading

    from groupdesk.ui.import_wizard import duplicates_page

    started, go = threading.Event(), threading.Event()
    original = duplicates_page.prepare

    def slow_prepare(db, plan, table, *, progress):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> bool:
            if not started.is_set():
                started.set()
                go.wait(10)  # until the test has pressed Cancel
            return progress(done, total)

        return original(db, plan, table, progress=report)

    monkeypatch.setattr(duplicates_page, "prepare", slow_prepare)
    wizard = make_wizard(qtbot, db)
    to_duplicates(qtbot, wizard, write_roster(tmp_path / "r.xlsx", ROWS))
    page = wizard.duplicates_page
    wizard.next()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert page.running and page.panel.isVisibleTo(wizard)
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert not wizard.button(wizard.WizardButton.BackButton).isEnabled()
    assert not page.buttons["update"].isEnabled()  # the choice is fixed while checking
    wizard.next()  # ignored while the worker runs
    page.panel.cancel.click()
    go.set()
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    assert wizard.currentPage() is page
    assert page.prepared is None and wizard.preview_page.prepared is None
    assert not page.panel.isVisibleTo(wizard) and page.message.text() == ""
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert wizard.button(wizard.WizardButton.BackButton).isEnabled()
    assert page.buttons["update"].isEnabled()
    assert count(db, "members") == 0
    prepare_preview(qtbot, wizard)  # Next again prepares it all
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.model.rowCount() == 3


def test_a_failed_preparation_shows_its_reason_on_the_page(
    qtbot, db, tmp_path, monkeypatch
) -> None:
    from groupdesk.core.spreadsheet import SpreadsheetError
    from groupdesk.ui.import_wizard import duplicates_page

    def unreadable(db, plan, table, *, progress):  # type: ignore[no-untyped-def]
        raise SpreadsheetError("the file was moved or deleted")

    monkeypatch.setattr(duplicates_page, "prepare", unreadable)
    wizard = make_wizard(qtbot, db)
    to_duplicates(qtbot, wizard, write_roster(tmp_path / "r.xlsx", ROWS))
    prepare_preview(qtbot, wizard)
    page = wizard.duplicates_page
    assert wizard.currentPage() is page
    assert page.message.text() == "The rows cannot be checked: the file was moved or deleted"
    assert "Traceback" not in page.message.text() and page.prepared is None
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_cancelling_the_wizard_while_preparing_stops_the_worker(
    qtbot, db, tmp_path, monkeypatch
) -> None:
    import threading

    from groupdesk.ui.import_wizard import duplicates_page

    started, pause = threading.Event(), threading.Event()
    original = duplicates_page.prepare

    def slow_prepare(db, plan, table, *, progress):  # type: ignore[no-untyped-def]
        def report(done: int, total: int) -> bool:
            started.set()
            for _ in range(1_000):  # the first report lasts until Cancel (at most 10 s)
                if not progress(done, total):
                    return False
                pause.wait(0.01)
            return True

        return original(db, plan, table, progress=report)

    monkeypatch.setattr(duplicates_page, "prepare", slow_prepare)
    wizard = make_wizard(qtbot, db)
    to_duplicates(qtbot, wizard, write_roster(tmp_path / "r.xlsx", ROWS))
    wizard.next()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    wizard.reject()  # waits for the worker; nothing is written
    page = wizard.duplicates_page
    assert not page.running and page.prepared is None
    QCoreApplication.sendPostedEvents()  # what the worker sent last arrives now: ignored
    assert page.prepared is None and wizard.preview_page.prepared is None
    assert count(db, "members") == 0


def test_the_sheet_is_read_in_a_worker_and_cancel_stays_on_the_page(
    qtbot, db, tmp_path, monkeypatch
) -> None:
    import threading

    from groupdesk.ui.import_wizard import sheet_page

    threads: list[threading.Thread] = []
    go = threading.Event()
    original = sheet_page.load_source

    def slow_load(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        if len(threads) == 1:
            go.wait(10)  # the first reading lasts until the test has pressed Cancel
        return original(*args, **kwargs)

    monkeypatch.setattr(sheet_page, "load_source", slow_load)
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(write_roster(tmp_path / "r.xlsx", ROWS)))
    wizard.next()
    page = wizard.sheet_page
    assert wizard.currentPage() is page and page.running
    assert page.panel.isVisibleTo(wizard) and page.table is None
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert not wizard.button(wizard.WizardButton.BackButton).isEnabled()
    page.panel.cancel.click()
    go.set()
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    assert threads[0] is not threading.main_thread()
    assert wizard.currentPage() is page and page.table is None
    assert "cancelled" in page.message.text()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    assert wizard.button(wizard.WizardButton.BackButton).isEnabled()
    page.sheet.activated.emit(page.sheet.currentIndex())  # the sheet picked again: read again
    qtbot.waitUntil(lambda: not page.running, timeout=10_000)
    assert page.table is not None and page.table.headers == HEADERS
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_a_sheet_that_cannot_be_read_shows_its_reason_on_the_page(
    qtbot, db, tmp_path, monkeypatch
) -> None:
    from groupdesk.core.spreadsheet import SpreadsheetError
    from groupdesk.ui.import_wizard import sheet_page

    def unreadable(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise SpreadsheetError("the sheet is empty")

    monkeypatch.setattr(sheet_page, "load_source", unreadable)
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(write_roster(tmp_path / "r.xlsx", ROWS)))
    to_sheet(qtbot, wizard)
    page = wizard.sheet_page
    assert wizard.currentPage() is page and page.table is None
    assert page.message.text() == "The sheet is empty."
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
