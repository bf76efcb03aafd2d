"""The Indonesian GUI: the translation is complete and sound, it loads for Indonesian, and
GROUPDESK_LANG=en keeps English. The .qm files are built from the .ts files in the repository
(tests/ui/conftest.py)."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from groupdesk.core.application import Application
from groupdesk.ui import app as gui_app
from groupdesk.ui.common import labels
from groupdesk.ui.window.main_window import MainWindow

TS_FILE = (
    Path(__file__).resolve().parents[2]
    / "groupdesk"
    / "resources"
    / "translations"
    / "groupdesk_id.ts"
)
PLACEHOLDER = re.compile(r"%(?:n|\d+)")


def _messages(ts: Path = TS_FILE) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (c.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
        for c in root.iter("context")
        for m in c.iter("message")
    ]


def _forms(translation: ET.Element) -> list[str]:
    """The translated text, or each singular/plural form of a text with a count (%n)."""
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def _window(qtbot, db) -> MainWindow:
    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    window.show()
    return window


# -- the .ts file ------------------------------------------------------------------------


def test_every_message_is_translated() -> None:
    messages = _messages()
    assert len(messages) > 700
    unfinished = [
        (context, source)
        for context, source, translation in messages
        if translation is None
        or translation.get("type")
        or not all(form.strip() for form in _forms(translation))
    ]
    assert unfinished == []


def test_placeholders_spaces_and_ampersands_are_kept() -> None:
    wrong = []
    for context, source, translation in _messages():
        for text in _forms(translation):
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                wrong.append((context, source, text))
            if source[:1] == " " and text[:1] != " ":  # suffixes such as " days"
                wrong.append((context, source, text))
            if source.count("&&") != text.count("&&") or ("&" in source) != ("&" in text):
                wrong.append((context, source, text))
            if "GroupDesk" in source and "GroupDesk" not in text:
                wrong.append((context, source, text))
    assert wrong == []


def test_english_has_a_singular_for_every_text_with_a_count() -> None:
    english = {
        (context, source): _forms(translation)
        for context, source, translation in _messages(TS_FILE.with_name("groupdesk_en.ts"))
    }
    counted = {(context, source) for context, source, _t in _messages() if "%n" in source}
    assert counted and set(english) == counted
    for (_context, source), (singular, plural) in english.items():
        assert plural == source, source
        assert singular != source or source == "%n overdue", source  # no noun to inflect
        assert Counter(PLACEHOLDER.findall(singular)) == Counter(PLACEHOLDER.findall(source))


def test_counts_read_right_in_english_and_indonesian(qtbot, gui_language) -> None:
    # "1 shifts", "member(s)": every count chooses its own singular or plural
    translate = QCoreApplication.translate
    assert translate("ChallengesPage", "%n challenges", "", 1) == "1 challenge"
    assert translate("ChallengesPage", "%n challenges", "", 3) == "3 challenges"
    assert translate("ExportDialog", "%n shifts will be exported.", "", 1) == (
        "1 shift will be exported."
    )
    assert labels.counted(translate("MainWindow", "%n members on the roster", "", 1), 1) == (
        "1 member on the roster"
    )
    assert labels.counted(
        translate("MainWindow", "%n members on the roster", "", 102_294), 102_294
    ) == ("102,294 members on the roster")
    gui_language("id")
    assert translate("ChallengesPage", "%n challenges", "", 1) == "1 tantangan"
    assert labels.counted(
        translate("MainWindow", "%n members on the roster", "", 102_294), 102_294
    ) == ("102.294 anggota terdaftar")


def test_report_texts_table_matches_the_core() -> None:
    from groupdesk.core.reports import FORMAT_NAMES, REPORTS
    from groupdesk.ui.reports.texts import TEXTS

    core = {d.title for d in REPORTS.values()} | {d.description for d in REPORTS.values()}
    assert core | set(FORMAT_NAMES.values()) == set(TEXTS)


def test_empty_report_texts_match_the_core() -> None:
    from groupdesk.core.reports.defaults import NOTHING
    from groupdesk.ui.reports.texts import EMPTY_TEXTS

    assert {*NOTHING.values(), "Nothing to export"} == set(EMPTY_TEXTS)


def test_import_field_texts_table_matches_the_core() -> None:
    from groupdesk.core.importing.fields import FIELDS
    from groupdesk.ui.import_wizard.field_texts import FIELD_LABELS

    assert {target.label for targets in FIELDS.values() for target in targets} == set(FIELD_LABELS)


# -- the GUI in Indonesian -------------------------------------------------------------------


def _accelerator(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_indonesian_main_window(qtbot, demo_db, gui_language) -> None:
    gui_language("id")
    window = _window(qtbot, demo_db)
    nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert nav[:6] == [
        "Ringkasan",
        "Anggota",
        "Profesi",
        "Proyek & Giliran",
        "Tantangan",
        "Laporan",
    ]
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["&Berkas", "&Sunting", "&Tampilan", "Ba&ntuan"]
    undo = menus["&Sunting"].actions()[0]
    assert undo.text().startswith("&Urungkan")
    assert window.count_label.text() == "450 anggota terdaftar"
    keys = [_accelerator(title) for title in menus]
    assert len(keys) == len(set(keys))
    for title, menu in menus.items():
        keys = [_accelerator(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in keys, title
        assert len(keys) == len(set(keys)), (title, keys)


def test_indonesian_refusal_on_the_members_page(qtbot, demo_db, gui_language) -> None:
    gui_language("id")
    window = _window(qtbot, demo_db)
    page = window.members_page
    window.nav.setCurrentRow(1)
    assert not page.model.setData(page.model.index(2, 3), "not an email")
    assert page.error_label.isVisible()
    assert "Email milik" in page.error_label.text()
    assert "tidak tersimpan" in page.error_label.text()


def test_standard_buttons_and_dates_in_indonesian(qtbot, gui_language) -> None:
    gui_language("id")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Save).text() == "Simpan"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    assert labels.date_text(dt.date(2025, 5, 7)) == "07 Mei 2025"
    assert labels.date_text(dt.date(2025, 8, 17)) == "17 Agu 2025"
    assert labels.datetime_text(dt.datetime(2025, 12, 1, 9, 30)) == "Sen 01 Des 2025 09:30"
    assert labels.month_year_text(dt.date(2025, 10, 1), full=True) == "Oktober 2025"


def test_a_date_is_typed_and_refused_in_indonesian(qtbot, gui_language) -> None:
    from groupdesk.ui.widgets.date_field import DateField

    gui_language("id")
    field = DateField()
    qtbot.addWidget(field)
    assert field.line.placeholderText() == "hh/bb/tttt"
    qtbot.keyClicks(field.line, "17 Agustus 1945")
    assert field.value() == dt.date(1945, 8, 17)
    field.line.selectAll()
    qtbot.keyClicks(field.line, "bukan tanggal")
    assert field.problem() == (
        "“bukan tanggal” bukan tanggal. Ketik dengan hari dulu, mis. 17/08/2024."
    )


def test_an_empty_report_says_why_in_indonesian(gui_language) -> None:
    from groupdesk.core.reports.defaults import default_filters, empty_report
    from groupdesk.ui.reports.texts import empty_text

    gui_language("id")
    filters = default_filters("hours", dt.date(2026, 5, 1), project="Posko Banjir")
    assert empty_text(empty_report("hours", filters)) == (
        "Tidak ada jam relawan antara 01/01/2026 dan 31/12/2026 di proyek Posko Banjir."
    )


def test_english_stays_english_with_groupdesk_lang_en(qtbot, demo_db, gui_language, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "id")
    QSettings().setValue(gui_app.LANGUAGE_SETTING, "id")
    gui_language("en")
    window = _window(qtbot, demo_db)
    assert window.nav.item(1).text() == "Members"
    assert QCoreApplication.translate("MainWindow", "&Undo") == "&Undo"
    assert labels.date_text(dt.date(2025, 5, 7)) == "07 May 2025"


def test_the_setting_chooses_the_language_without_the_variable(qapp, gui_language, monkeypatch):
    gui_language("en")
    monkeypatch.delenv(gui_app.LANGUAGE_ENV)
    QSettings().setValue(gui_app.LANGUAGE_SETTING, "id")
    gui_app._install_translations(qapp)
    assert QCoreApplication.translate("MainWindow", "Members") == "Anggota"
    QSettings().setValue(gui_app.LANGUAGE_SETTING, "en")
    gui_app._install_translations(qapp)
    assert QCoreApplication.translate("MainWindow", "Members") == "Members"


def test_settings_dialog_stores_the_gui_language(qtbot, db) -> None:
    from groupdesk.ui.window.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Application(db))
    qtbot.addWidget(dialog)
    assert dialog.gui_language.currentData() == "system"
    dialog.gui_language.setCurrentIndex(dialog.gui_language.findData("id"))
    assert QSettings().value(gui_app.LANGUAGE_SETTING) == "id"
    assert dialog.tabs.tabText(2) == "&Display"


def test_the_import_wizard_speaks_indonesian(qtbot, db, tmp_path, gui_language) -> None:
    from tests.ui.test_import_wizard import ROWS, finish, make_wizard, to_preview, write_roster

    gui_language("id")
    wizard = make_wizard(qtbot, db)
    assert wizard.file_page.title() == "Pilih berkas"
    assert wizard.buttonText(wizard.WizardButton.NextButton) == "&Lanjut >"
    model = to_preview(qtbot, wizard, write_roster(tmp_path / "r.xlsx", ROWS))
    combos = wizard.mapping_page.grid
    chosen = [combos.cellWidget(row, 2).currentText() for row in range(combos.rowCount())]
    assert "Nomor anggota" in chosen and "Nama lengkap *" in chosen
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Baris" in headers and any("(Telepon)" in str(h) for h in headers)
    assert "akan ditambahkan" in wizard.preview_page.counts.text()
    email, phone = headers.index("Email"), headers.index("No. HP\n(Telepon)")
    tip = Qt.ItemDataRole.ToolTipRole
    # the whole reason in Indonesian: email-validator's own English explanation never shows
    assert model.data(model.index(1, email), tip) == (
        "“budi@@contoh” bukan alamat email: ada lebih dari satu tanda @"
    )
    assert "dibaca sebagai 081234567891" in model.data(model.index(2, phone), tip)
    wizard.preview_page.only_valid.setChecked(True)
    finish(qtbot, wizard)
    assert wizard.run_page.status.text().startswith("Selesai: 2 ditambahkan")
    report = tmp_path / "ditolak.xlsx"
    wizard.run_page.choose_report_path = lambda: str(report)  # type: ignore[method-assign]
    wizard.run_page.save_report()
    from groupdesk.core.spreadsheet import read_sheet

    rows = read_sheet(report)
    assert rows[0][-2:] == ["Baris di berkas asli", "Alasan"]
    assert rows[1][-1] == "Email: “budi@@contoh” bukan alamat email: ada lebih dari satu tanda @"


def test_counts_use_the_languages_thousands_separator(qtbot, db, gui_language) -> None:
    # 1,234 reads as "one point two three four" to an Indonesian reader
    from groupdesk.core.export.table import ColumnKind
    from groupdesk.printing.pdf_report import format_value
    from groupdesk.ui.dashboard.charts import BarChart
    from groupdesk.ui.dashboard.page import _hours_text

    gui_language("id")
    assert labels.number_text(102_294) == "102.294"
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([(1, "Guru", 14_313.0)])
    assert chart._value_text(14_313.0) == "14.313"  # the dashboard's bar labels
    assert _hours_text(1234.5) == "1.234,5" and _hours_text(12.0) == "12"
    assert format_value(3.5, ColumnKind.HOURS) == "3,50"  # a printed hours report
    assert format_value(1234.25, ColumnKind.NUMBER) == "1.234,25"
    gui_language("en")
    assert labels.number_text(102_294) == "102,294"
    assert format_value(3.5, ColumnKind.HOURS) == "3.50"
    # a computer with no language set at all still groups the digits of large counts
    labels.use_number_locale(QLocale.c())
    assert labels.number_text(102_294) == "102,294"


def test_undo_texts_with_a_count_group_their_digits(qtbot, demo_db, gui_language) -> None:
    # "Delete 1234 Members": the count of an undo text was written without separators
    from PySide6.QtGui import QUndoStack

    from groupdesk.core.services.members import MemberService
    from groupdesk.ui.common.count_texts import count_texts
    from groupdesk.ui.members.commands import TrashMembersCommand

    assert count_texts().delete_members(1234) == "Delete 1,234 Members"
    assert count_texts().new_shift_series(1000) == "New series of 1,000 shifts"
    gui_language("id")
    assert count_texts().restore_members(1234) == "Pulihkan 1.234 Anggota"
    stack = QUndoStack()
    members = MemberService(demo_db)
    command = TrashMembersCommand(members, lambda: None, lambda *_a: None, [1, 2], ["A", "B"])
    stack.push(command)
    assert stack.undoText() == "Hapus 2 Anggota"
