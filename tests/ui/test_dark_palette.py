"""On a dark desktop every text stays readable: error lines, the import wizard's coloured
cells, coloured list entries, the week's shift blocks and the navigation icons are measured
with the WCAG contrast ratio (4.5:1 for text, 3:1 for icons and lines)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QAbstractItemModel, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

from groupdesk.core.application import Application
from groupdesk.ui.window.main_window import MainWindow
from tests.ui.test_import_wizard import ROWS, make_wizard, to_preview, to_sheet, write_roster

Role = QPalette.ColorRole


def _linear(c: float) -> float:
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        return 0.2126 * _linear(c.red()) + 0.7152 * _linear(c.green()) + 0.0722 * _linear(c.blue())

    high, low = sorted((lum(a), lum(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette(QApplication.palette())
    for role, colour in (
        (Role.Window, "#202124"),
        (Role.WindowText, "#e8eaed"),
        (Role.Base, "#121212"),
        (Role.AlternateBase, "#1c1c1c"),
        (Role.Text, "#e8eaed"),
        (Role.Button, "#303134"),
        (Role.ButtonText, "#e8eaed"),
        (Role.Highlight, "#3d6fb6"),
        (Role.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(qapp) -> Iterator[None]:
    """The application in a dark palette (as a dark desktop gives it), light again after."""
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    qapp.processEvents()
    yield
    qapp.setPalette(before)
    qapp.processEvents()


def _colour(value: object) -> QColor | None:
    if isinstance(value, QBrush):
        return value.color()
    return value if isinstance(value, QColor) else None


def _cells_too_faint(model: QAbstractItemModel, palette: QPalette) -> list[str]:
    """Cells whose text colour is too faint on their background (their own, else the base)."""
    faint = []
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            index = model.index(r, c)
            fg = _colour(index.data(Qt.ItemDataRole.ForegroundRole))
            bg = _colour(index.data(Qt.ItemDataRole.BackgroundRole))
            if fg is None and bg is None:
                continue
            fg = fg or palette.color(Role.Text)
            bg = bg or palette.color(Role.Base)
            if contrast(fg, bg) < 4.5:
                faint.append(f"{type(model).__name__}[{r},{c}] {fg.name()} on {bg.name()}")
    return faint


def _labels_too_faint(top: QWidget) -> list[str]:
    faint = []
    for label in top.findChildren(QLabel):
        label.ensurePolished()
        pal = label.palette()
        fg = pal.color(QPalette.ColorGroup.Active, label.foregroundRole())
        # A label paints no background of its own: its text lies on its parent's.
        surface = label if label.autoFillBackground() else label.parentWidget() or label
        bg = surface.palette().color(QPalette.ColorGroup.Active, surface.backgroundRole())
        if label.text() or label.objectName().startswith("error"):
            ratio = contrast(fg, bg)
            if ratio < 4.5:
                name = label.objectName() or label.text()[:30]
                faint.append(f"{type(top).__name__}:{name} {fg.name()} on {bg.name()}")
    return faint


def _open_everything(qtbot, db, monkeypatch) -> MainWindow:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDialog, "exec", lambda self: (self.show(), 0)[1])
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (self.show(), 0)[1])
    window = MainWindow(Application(db))
    qtbot.addWidget(window)
    window.show()
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
    window.members_page.new_action.trigger()
    window.pages["projects"].new_shift_button.click()
    window.pages["challenges"].new_button.click()
    window.settings_action.trigger()
    window.import_action.trigger()
    return window


def _visible_tops() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _close_dialogs(window: QWidget) -> None:
    for top in _visible_tops():
        if top is not window:
            top.close()


@pytest.mark.parametrize("when", ["dark from the start", "switched to dark while open"])
def test_every_label_and_error_line_reads_on_a_dark_palette(
    qtbot, qapp, demo_db, monkeypatch, when
) -> None:
    before = QPalette(qapp.palette())
    if when == "dark from the start":
        qapp.setPalette(dark_palette())
    try:
        window = _open_everything(qtbot, demo_db, monkeypatch)
        if when != "dark from the start":
            qapp.setPalette(dark_palette())
        qapp.processEvents()
        tops = _visible_tops()
        assert len(tops) >= 5
        errors = [lab for top in tops for lab in top.findChildren(QLabel, "error_full_name")]
        assert errors, "the member form has its error line"
        faint = [f for top in tops for f in _labels_too_faint(top)]
        _close_dialogs(window)
    finally:
        qapp.setPalette(before)
        qapp.processEvents()
    assert faint == []


def test_the_import_wizard_s_coloured_cells_read_on_a_dark_palette(
    qtbot, db, tmp_path, dark
) -> None:
    path = write_roster(tmp_path / "r.xlsx", ROWS)
    wizard = make_wizard(qtbot, db)
    wizard.file_page.path.setText(str(path))
    to_sheet(qtbot, wizard)
    sheet = wizard.sheet_page.preview
    header = wizard.sheet_page.table.header.row
    text = sheet.palette().color(Role.Text)
    header_fill = sheet.item(header, 1).background().color()
    assert contrast(text, header_fill) >= 4.5, header_fill.name()
    wizard.back()
    model = to_preview(qtbot, wizard, path)
    painted = [
        model.index(r, c).data(Qt.ItemDataRole.BackgroundRole)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    assert any(p is not None for p in painted), "the preview marks a bad cell"
    assert _cells_too_faint(model, wizard.palette()) == []


def test_coloured_list_entries_read_on_a_dark_palette(qtbot, demo_db, dark) -> None:
    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)
    window.show()
    professions = window.pages["professions"]
    faint = []
    for row in range(professions.table.model().rowCount()):
        professions.table.selectRow(row)
        faint += _cells_too_faint(professions.member_table.model(), window.palette())
    faint += _cells_too_faint(professions.table.model(), window.palette())
    window.nav.setCurrentRow(4)
    faint += _cells_too_faint(window.pages["challenges"].model, window.palette())
    faint += _cells_too_faint(window.members_page.model, window.palette())
    assert faint == []


def test_the_week_s_blocks_and_today_read_on_a_dark_palette(qtbot, demo_db, dark) -> None:
    from groupdesk.ui.schedule.projects_page import ProjectsPage
    from groupdesk.ui.schedule.week_view import fill_colour
    from tests.ui.conftest import shift_today

    shift_today(demo_db)
    page = ProjectsPage(Application(demo_db))
    qtbot.addWidget(page)
    page.show()
    palette = page.view.palette()
    shift = page.view.shifts()[0]
    # Below the minimum, enough, full, and a cancelled one.
    for filled, status in ((0, "open"), (3, "open"), (5, "open"), (5, "cancelled")):
        block = fill_colour(
            replace(shift, min_volunteers=2, max_volunteers=5, filled=filled, status=status),
            palette,
        )
        assert contrast(palette.color(Role.Text), block) >= 4.5, (filled, status, block.name())
    assert _cells_too_faint(page.shift_list, palette) == []
    # Today's date above its column, picked out in the theme's accent colour.
    view = page.view
    today = (dt.date.today() - view.start()).days
    assert 0 <= today < view.days()
    image = view.grab().toImage()
    ratio = view.devicePixelRatioF()
    column = view.day_rect(today)
    header = [
        image.pixelColor(int(x * ratio), int(y * ratio))
        for x in range(int(column.left()) + 1, int(column.right()))
        for y in range(1, view.header_height() - 1)
    ]
    base = palette.color(Role.Base)
    assert max(contrast(c, base) for c in header) >= 4.5


def test_navigation_icons_show_on_a_dark_palette(qtbot, demo_db, dark) -> None:
    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)
    base = window.nav.palette().color(Role.Base)
    for row in range(6):
        image = window.nav.item(row).icon().pixmap(QSize(22, 22)).toImage()
        inked = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200
        ]
        assert inked, window.nav.item(row).text()
        best = max(contrast(c, base) for c in inked)
        assert best >= 3, (window.nav.item(row).text(), best)


def test_settings_switch_the_window_to_dark_and_back_at_once(qtbot, qapp, db) -> None:
    from PySide6.QtCore import QSettings

    from groupdesk.ui.window.settings_dialog import SettingsDialog

    before = QPalette(qapp.palette())
    dialog = SettingsDialog(Application(db))
    qtbot.addWidget(dialog)
    dialog.show()
    choice = dialog.findChild(QWidget, "guiTheme")
    assert choice is not None, "Settings > Display has a choice of colours"
    try:
        choice.setFocus()
        choice.setCurrentIndex(choice.findData("dark"))
        qapp.processEvents()
        window, text = qapp.palette().color(Role.Window), qapp.palette().color(Role.WindowText)
        assert window.lightness() < 80 and contrast(text, window) >= 7
        assert dialog.palette().color(Role.Window) == window  # shown at once
        assert QSettings().value("ui/theme") == "dark"
        choice.setCurrentIndex(choice.findData("system"))
        qapp.processEvents()
        assert qapp.palette().color(Role.Window) == before.color(Role.Window)
        assert QSettings().value("ui/theme") == "system"
    finally:
        qapp.setPalette(before)
