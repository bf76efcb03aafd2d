"""Qt's own texts in Indonesian: the file dialog, message box buttons, the menu of a text field,
the print dialog and the calendar of a date field. The Qt wheels ship no Indonesian for them;
GroupDesk brings its own qtbase_id translation (groupdesk/resources/translations)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.ui.reports.export_dialog import ExportDialog


def _when_modal(qtbot, kind: type, look: Callable[[QWidget], None]) -> list[QWidget]:
    """Run ``look`` on the modal window of ``kind`` as soon as GroupDesk opens it, then close it
    as a user pressing Cancel would; returns what was seen (for the assertions after)."""
    seen: list[QWidget] = []

    def check() -> None:
        window = QApplication.activeModalWidget()
        if not isinstance(window, kind):
            QTimer.singleShot(10, check)
            return
        seen.append(window)
        try:
            look(window)
        finally:
            window.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, check)
    return seen


def _texts(window: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"labels": [], "buttons": [], "tips": [], "headers": []}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            found["labels"].append(widget.text())
        elif isinstance(widget, QPushButton):
            found["buttons"].append(widget.text())
        elif isinstance(widget, QGroupBox):
            found["labels"].append(widget.title())
        if isinstance(widget, QToolButton):
            found["tips"].append(widget.toolTip())
        if isinstance(widget, QHeaderView):
            model = widget.model()
            found["headers"] += [
                str(model.headerData(i, widget.orientation())) for i in range(model.columnCount())
            ]
        if isinstance(widget, QTabWidget):
            found["labels"] += [widget.tabText(i) for i in range(widget.count())]
    return found


def test_the_export_file_dialog_speaks_indonesian(qtbot, demo_db, gui_language) -> None:
    gui_language("id")
    dialog = ExportDialog(Application(demo_db))
    qtbot.addWidget(dialog)
    texts: dict[str, list[str]] = {}

    def look(window: QWidget) -> None:
        assert isinstance(window, QFileDialog)
        # Qt's own dialog, whose texts follow GroupDesk's language (a native one would not)
        assert window.testOption(QFileDialog.Option.DontUseNativeDialog)
        texts.update(_texts(window))

    seen = _when_modal(qtbot, QFileDialog, look)
    dialog.export_button.click()
    assert seen, "no file dialog opened"
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= set(texts["labels"])
    assert {"&Simpan", "Batal"} <= set(texts["buttons"])
    assert {"Kembali", "Folder Induk", "Buat Folder Baru", "Tampilan Rinci"} <= set(texts["tips"])
    assert texts["headers"][:4] == ["Nama", "Ukuran", "Tipe", "Tanggal Diubah"]


def test_the_import_file_dialog_opens_in_indonesian(qtbot, db, gui_language) -> None:
    from tests.ui.test_import_wizard import make_wizard

    gui_language("id")
    wizard = make_wizard(qtbot, db)
    texts: dict[str, list[str]] = {}
    seen = _when_modal(qtbot, QFileDialog, lambda window: texts.update(_texts(window)))
    browse = next(
        b for b in wizard.file_page.findChildren(QAbstractButton) if b.text().endswith("…")
    )
    browse.click()
    assert seen, "no file dialog opened"
    assert {"&Buka", "Batal"} <= set(texts["buttons"])
    assert "&Nama berkas:" in texts["labels"]


def test_message_box_buttons_in_indonesian(qtbot, gui_language) -> None:
    from groupdesk.ui.database import open_database_flow

    gui_language("id")
    buttons: list[str] = []

    def say_no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        buttons.extend(b.text() for b in box.buttons())
        box.button(QMessageBox.StandardButton.No).click()

    _when_modal(qtbot, QMessageBox, say_no)
    assert open_database_flow.confirm(None, "Salinan", "Buat salinan?") is False
    assert sorted(buttons) == ["&Tidak", "&Ya"]
    box = QMessageBox(QMessageBox.Icon.Warning, "GroupDesk", "Gagal", QMessageBox.StandardButton.Ok)
    box.setDetailedText("rincian")
    qtbot.addWidget(box)
    box.show()
    assert "Tampilkan Rincian..." in [b.text() for b in box.buttons()]


def _context_menu(qtbot, widget: QWidget) -> list[str]:
    """Right-click ``widget`` and read the menu Qt opens; the menu is closed again."""
    texts: list[str] = []

    def read() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, read)
            return
        texts.extend(a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator())
        menu.close()

    QTimer.singleShot(0, read)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, QPoint(5, 5), widget.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(lambda: bool(texts))  # a line edit's menu pops up without blocking
    return texts


def test_the_menu_of_a_text_field_in_indonesian(qtbot, members_page, gui_language) -> None:
    gui_language("id")
    members_page.search.setText("Siti")
    items = _context_menu(qtbot, members_page.search)
    assert items[:7] == [
        "&Urungkan",
        "U&langi",
        "&Potong",
        "&Salin",
        "&Tempel",
        "Hapus",
        "Pilih Semua",
    ]


def test_the_menu_of_a_number_field_in_indonesian(qtbot, members_page, gui_language) -> None:
    gui_language("id")
    items = _context_menu(qtbot, members_page.licence_days)
    assert {"Pilih Se&mua", "&Naikkan", "Turun&kan"} <= set(items)


def test_the_calendar_of_a_date_field_names_indonesian_months(qtbot, gui_language) -> None:
    from groupdesk.ui.widgets.date_field import DateField

    gui_language("id")
    field = DateField()
    qtbot.addWidget(field)
    field.set_value(dt.date(1945, 8, 17))
    calendar = field.show_calendar()
    shown = [b.text() for b in calendar.findChildren(QToolButton) if b.text()]
    assert "Agustus" in shown
    first_day = calendar.locale().dayName(1, calendar.locale().FormatType.ShortFormat)
    assert first_day == "Sen"


def test_the_print_dialog_of_the_call_list_in_indonesian(qtbot, db, gui_language) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    from groupdesk.ui.schedule.cover_finder import SuggestionsPanel
    from tests.integration.scheduling.conftest import Schedule, at

    gui_language("id")
    shift = Schedule(db).shift(at(0, 8), at(0, 12), min_volunteers=2)
    panel = SuggestionsPanel(Application(db))
    qtbot.addWidget(panel)
    panel.set_shift(shift)
    texts: dict[str, list[str]] = {}
    seen = _when_modal(qtbot, QPrintDialog, lambda window: texts.update(_texts(window)))
    panel.print_button.click()
    assert seen, "no print dialog opened"
    assert {"&Cetak", "Batal", "&Opsi >>"} <= set(texts["buttons"])
    assert {"Pencetak", "&Nama:", "Lokasi:", "Tipe:"} <= set(texts["labels"])
    assert seen[0].result() == QDialog.DialogCode.Rejected


def test_the_qt_translation_is_complete_and_keeps_placeholders_and_accelerators() -> None:
    from tests.ui.test_translation import PLACEHOLDER, TS_FILE, _forms, _messages

    messages = _messages(TS_FILE.with_name("qtbase_id.ts"))
    assert len(messages) > 250
    for context, source, translation in messages:
        assert translation is not None and not translation.get("type"), (context, source)
        (text,) = _forms(translation)
        assert text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        assert ("&" in source) == ("&" in text), (context, source)
        assert source.endswith(" ") == text.endswith(" "), (context, source)
