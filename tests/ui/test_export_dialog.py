"""The Export dialog and the Reports page as a secretary uses them."""

from __future__ import annotations

import datetime as dt
import re
import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from groupdesk.core.application import Application
from groupdesk.core.reports.registry import REPORTS
from groupdesk.core.reports.service import ReportService
from groupdesk.core.services.roster import RosterFilter
from groupdesk.ui.reports import export_dialog
from groupdesk.ui.reports.export_dialog import ExportDialog, ReportsModel
from groupdesk.ui.window.main_window import MainWindow


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(
        export_dialog.QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile())
    )
    return urls


def make_dialog(qtbot, db, **kwargs) -> ExportDialog:
    dialog = ExportDialog(Application(db), **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_reports_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ReportsModel()
    qtmodeltester.check(model)
    assert model.rowCount() == len(REPORTS)
    credentials = model.index(model.row_of("credentials"), 0)
    assert model.data(credentials) == "Credentials and credits (SKP)"
    assert model.data(model.index(model.row_of("signin"), 0)) == "Sign-in sheet"


def test_count_follows_the_members_page_filter(qtbot, demo_db) -> None:
    dialog = make_dialog(qtbot, demo_db, roster_filter=RosterFilter(search="GD-000123"))
    assert dialog.definition.key == "members"
    assert dialog.only_shown.isChecked()
    assert dialog.count_label.text() == "1 row will be exported."
    dialog.only_shown.setChecked(False)
    assert dialog.count_label.text() == "450 rows will be exported."
    dialog.set_report("signin")
    assert not dialog.only_shown.isVisibleTo(dialog)
    assert dialog.shift_combo.isVisibleTo(dialog)
    assert [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())] == [
        "pdf",
        "xlsx",
        "csv",
    ]


def test_calendar_format_only_for_the_schedule(qtbot, demo_db) -> None:
    dialog = make_dialog(qtbot, demo_db, report="schedule")
    dialog.set_format("ics")
    assert dialog.alarm.isVisibleTo(dialog) and dialog.member_edit.isVisibleTo(dialog)
    assert re.fullmatch(r"\d+ shifts will be exported\.", dialog.count_label.text())
    dialog.member_edit.edit.setText("NOBODY")
    dialog.update_count()
    assert dialog.count_label.text() == "no member with number 'NOBODY'"
    assert not dialog.export_button.isEnabled()


def test_export_then_open_the_file_or_its_folder(qtbot, demo_db, tmp_path, opened) -> None:
    dialog = make_dialog(qtbot, demo_db, report="members")
    target = tmp_path / "roster.xlsx"
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000) as done:
        dialog.start_export(target)
    dialog.wait_for_export()
    assert done.args[0].rows == 450
    # the organisation's language, Indonesian unless it chose another
    assert openpyxl.load_workbook(target, read_only=True)["Anggota"].max_row == 451
    assert "Exported 450 rows to" in dialog.message.text()
    assert dialog.open_file_button.isVisibleTo(dialog)
    dialog.open_file_button.click()
    dialog.open_folder_button.click()
    assert opened == [str(target), str(tmp_path)]


def test_cancel_leaves_no_file(qtbot, demo_db, tmp_path, monkeypatch) -> None:
    gate = threading.Event()
    real = ReportService.export

    def held_back(service, key, filters, path, *, progress, pdf_writer, language=None):
        def waiting(done, total):
            gate.wait(10)  # the test presses Cancel before the first progress call returns
            return progress(done, total)

        return real(
            service, key, filters, path, progress=waiting, pdf_writer=pdf_writer, language=language
        )

    monkeypatch.setattr(ReportService, "export", held_back)
    dialog = make_dialog(qtbot, demo_db, report="members")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "roster.xlsx"
    with qtbot.waitSignal(dialog.export_cancelled, timeout=20_000):
        dialog.start_export(target)
        assert dialog.cancel_button.isVisibleTo(dialog)
        dialog.cancel()
        gate.set()
    dialog.wait_for_export()
    assert list(folder.iterdir()) == []
    assert dialog.message.text() == "Export cancelled; no file was written."


def test_the_file_is_in_the_organisations_language_unless_chosen(qtbot, demo_db, tmp_path) -> None:
    """The dialog says which language the file will be in, starts on the organisation's and
    writes the one chosen."""
    dialog = make_dialog(qtbot, demo_db, report="members")
    assert dialog.language_combo.currentText() == "Bahasa Indonesia"
    dialog.show()
    dialog.language_combo.setFocus()
    qtbot.keyClick(dialog.language_combo, Qt.Key.Key_Down)
    assert dialog.language_combo.currentText() == "English"
    target = tmp_path / "roster.xlsx"
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000):
        dialog.start_export(target)
    dialog.wait_for_export()
    book = openpyxl.load_workbook(target, read_only=True)
    assert book.sheetnames == ["Members", "About this report"]
    assert next(book["Members"].iter_rows(max_row=1, values_only=True))[0] == "Member Number"


def test_pdf_sign_in_sheet_from_the_dialog(qtbot, demo_db, tmp_path) -> None:
    dialog = make_dialog(qtbot, demo_db, report="signin")
    dialog.set_shift(1)
    target = tmp_path / "signin.pdf"
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000):
        dialog.start_export(target)
    dialog.wait_for_export()
    assert target.read_bytes().startswith(b"%PDF")


def test_file_menu_export_opens_on_the_current_page_report(qtbot, demo_db, opened) -> None:
    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)
    window.show()
    window.members_page.model.set_filter(RosterFilter(city="Bandung"))
    action = next(
        a
        for m in window.menuBar().actions()
        for a in m.menu().actions()
        if a.shortcut() == QKeySequence("Ctrl+Shift+E")
    )
    assert action.text() == "&Export…"
    action.trigger()
    dialog = window.export_dialog
    assert dialog is not None and dialog.definition.key == "members"
    assert dialog.only_shown.isChecked()
    shown = window.members_page.model.matching
    assert dialog.count_label.text() == f"{shown} rows will be exported."
    dialog.reject()

    window.nav.setCurrentRow(list(window.pages).index("reports"))
    window.pages["reports"].export_buttons["signin"].click()
    assert window.export_dialog.definition.key == "signin"
    window.export_dialog.reject()

    window.nav.setCurrentRow(list(window.pages).index("projects"))
    action.trigger()
    assert window.export_dialog.definition.key == "schedule"
    window.export_dialog.reject()
    window.nav.setCurrentRow(0)  # the window saves its page on close; leave it as found


def test_pdf_is_a4_with_as_many_pages_as_it_says(db, tmp_path) -> None:
    from groupdesk.core.demo import generate_demo
    from groupdesk.core.reports import ReportFilters, export_report
    from groupdesk.printing.pdf_report import write_pdf

    generate_demo(db, members=200, shifts=20)
    target = tmp_path / "roster.pdf"
    # English: the page count below is for English columns, which fit upright (Indonesian
    # words are longer and turn the page to landscape)
    result = export_report(
        db, "members", ReportFilters(), target, pdf_writer=write_pdf, language="en"
    )
    data = target.read_bytes()
    assert result.rows == 200 and data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page\b", data))
    boxes = set(re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data))
    assert boxes == {b"0 0 595.000000 842.000000"}  # A4 portrait, in points
    assert pages == 5  # 200 rows at 43 on the first page and 45 on the next ones


# -- what a report starts on, and an empty report explained ---------------------------------


def test_registers_start_on_everything_and_hours_on_this_year(qtbot, demo_db) -> None:
    from groupdesk.core.reports import ReportFilters, row_count

    dialog = make_dialog(qtbot, demo_db, report="professions")
    assert (dialog.date_from.text(), dialog.date_to.text()) == ("", "")
    licences = row_count(demo_db, "professions", ReportFilters())
    assert licences > 0
    assert dialog.count_label.text() == f"{licences} rows will be exported."
    assert dialog.export_button.isEnabled()
    dialog.set_report("challenges")
    assert (dialog.date_from.text(), dialog.date_to.text()) == ("", "")
    dialog.set_report("hours")
    year = dt.date.today().year
    assert dialog.date_from.value() == dt.date(year, 1, 1)
    assert dialog.date_to.value() == dt.date(year, 12, 31)


def test_export_starts_on_the_project_open_on_the_projects_page(qtbot, demo_db) -> None:
    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(list(window.pages).index("projects"))
    projects = window.pages["projects"]
    projects.project_filter.setCurrentIndex(2)
    chosen = projects.project_filter.currentText()
    action = next(
        a
        for m in window.menuBar().actions()
        for a in m.menu().actions()
        if a.shortcut() == QKeySequence("Ctrl+Shift+E")
    )
    action.trigger()
    dialog = window.export_dialog
    assert dialog.definition.key == "schedule"
    assert dialog.project_combo.currentText() == chosen
    assert dialog.filters().project == chosen
    dialog.reject()
    window.nav.setCurrentRow(0)


def test_an_empty_report_says_why_and_writes_nothing(qtbot, db, tmp_path) -> None:
    dialog = make_dialog(qtbot, db, report="hours")
    year = dt.date.today().year
    why = f"No volunteer hours between 01/01/{year} and 31/12/{year}."
    assert dialog.count_label.text() == why
    assert not dialog.export_button.isEnabled()
    target = tmp_path / "hours.xlsx"
    dialog.start_export(target)
    dialog.wait_for_export()
    assert dialog.message.text() == why
    assert not target.exists()


def test_a_period_typed_wrong_is_marked_and_not_exported(qtbot, demo_db) -> None:
    dialog = make_dialog(qtbot, demo_db, report="hours")
    dialog.show()
    dialog.date_to.line.selectAll()
    qtbot.keyClicks(dialog.date_to.line, "31/13/2026")
    qtbot.keyClick(dialog.date_to.line, Qt.Key.Key_Tab)
    dialog.update_count()
    assert "is not a date" in dialog.count_label.text()
    assert not dialog.export_button.isEnabled()
    assert dialog.date_to.property("invalid")


def test_a_members_statement_from_the_dialog(qtbot, db, tmp_path) -> None:
    from tests.integration.reports.ledger_sample import build_ledger

    build_ledger(db)
    dialog = make_dialog(qtbot, db, report="statement")
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.member_edit.isVisibleTo(dialog)
    assert not dialog.date_from.isVisibleTo(dialog)
    assert "needs a member" in dialog.count_label.text()
    assert not dialog.export_button.isEnabled()
    picker = dialog.member_edit
    picker.edit.setFocus()
    qtbot.waitUntil(picker.edit.hasFocus)
    qtbot.keyClicks(picker.edit, "budi")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.count_label.text() == "9 rows will be exported.")
    target = tmp_path / "budi.xlsx"
    with qtbot.waitSignal(dialog.export_finished, timeout=20_000):
        dialog.start_export(target)
    dialog.wait_for_export()
    sheet = openpyxl.load_workbook(target)["Rekening"]
    assert sheet.max_row == 11  # the header, nine entries and the totals
    dialog.set_report("arrears")  # a report of everyone: no member to pick
    assert not dialog.member_edit.isVisibleTo(dialog)


def test_the_credentials_report_offers_one_members_sheet(qtbot, db) -> None:
    dialog = make_dialog(qtbot, db)
    dialog.set_report("schedule")
    assert not dialog.member_edit.isVisibleTo(dialog)  # a calendar's choice only
    dialog.set_report("credentials")
    assert dialog.member_edit.isVisibleTo(dialog)
