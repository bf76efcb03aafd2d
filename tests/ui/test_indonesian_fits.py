"""Indonesian words are longer than English ones: at 1280x760 every page shows its column
headings, buttons, labels and choices whole ("Menun..." or "Adv..." told a user nothing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.ui.window.main_window import MainWindow

SCREEN = (1280, 760)


def _advance(widget: QWidget, text: str) -> int:
    metrics = QFontMetrics(widget.font())
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget, page: QWidget) -> bool:
    if not widget.isVisibleTo(page) or widget.width() <= 0:
        return False
    # a widget inside a scrolled area may be scrolled out of sight: that is not cut off
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return False
        parent = parent.parentWidget()
    return True


def cut_off(page: QWidget) -> list[str]:
    """What ``page`` shows narrower than its text needs."""
    found: list[str] = []
    for header in page.findChildren(QHeaderView):
        if header.orientation() != Qt.Orientation.Horizontal or not _shown(header, page):
            continue
        model = header.model()
        if model is None:
            continue
        style = header.style()
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        if header.isSortIndicatorShown():
            margin += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, header.orientation()) or "")
            if text and header.sectionSize(section) < _advance(header, text) + margin:
                found.append(f"column {text!r}: {header.sectionSize(section)}px")
    for button in page.findChildren(QPushButton):
        too_narrow = button.width() < button.minimumSizeHint().width()
        if _shown(button, page) and button.text() and too_narrow:
            found.append(f"button {button.text()!r}: {button.width()}px")
    for label in page.findChildren(QLabel):
        text = label.text()
        if not _shown(label, page) or not text or label.wordWrap():
            continue
        if ("<" in text and ">" in text) or not label.pixmap().isNull():
            continue
        if label.contentsRect().width() < _advance(label, _plain(text)):
            found.append(f"label {text!r}: {label.width()}px")
    for combo in page.findChildren(QComboBox):
        if not _shown(combo, page) or combo.isEditable() or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        has_icon = not combo.itemIcon(combo.currentIndex()).isNull()
        icon = combo.iconSize().width() + 4 if has_icon else 0
        if field.width() - icon < _advance(combo, combo.currentText()):
            found.append(f"choice {combo.currentText()!r}: {combo.width()}px")
    return found


@pytest.fixture
def window(qtbot, demo_db, gui_language) -> MainWindow:
    gui_language("id")
    shown = MainWindow(Application(demo_db))
    qtbot.addWidget(shown)
    shown.setGeometry(0, 0, *SCREEN)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_window_fits_the_screen(window) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]
    assert (window.width(), window.height()) == SCREEN


@pytest.mark.parametrize("row", range(6))
def test_every_page_shows_its_indonesian_texts_whole(qtbot, window, row) -> None:
    window.nav.setCurrentRow(row)
    page = window.stack.currentWidget()
    qtbot.wait(50)  # the page lays itself out and loads its first rows
    problems = cut_off(page)
    assert not problems, "\n".join([window.nav.item(row).text(), *problems])


def test_profession_names_show_whole(qtbot, window) -> None:
    # "Adv…", "Pek…": the name column got what the count columns left over
    page = window.show_page("professions")
    qtbot.wait(50)
    table = page.table
    names = [table.model().index(row, 0).data() for row in range(table.model().rowCount())]
    assert "Pekerja Sosial" in names
    for name in names:
        assert table.columnWidth(0) >= _advance(table, name) + 8, name


def test_the_dashboard_charts_show_labels_and_values_whole(qtbot, window) -> None:
    from groupdesk.ui.dashboard.charts import BarChart

    page = window.show_page("dashboard")
    qtbot.wait(50)
    charts = page.findChildren(BarChart)
    assert len(charts) >= 3
    for chart in charts:
        drawn = chart.drawn_texts()
        assert drawn and not [t for t in drawn if t.endswith("…")], drawn


def test_chart_values_shrink_to_fit_their_column(qtbot, gui_language) -> None:
    # "11.2…": twelve months of Indonesian hours ("1.234,5") under narrow bars
    from groupdesk.ui.dashboard.charts import BarChart
    from groupdesk.ui.dashboard.page import _hours_text

    gui_language("id")
    chart = BarChart(value_text=_hours_text)
    qtbot.addWidget(chart)
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    chart.set_bars([(m, m, 11_234.5 + i) for i, m in enumerate(months)])
    hint = chart.minimumSizeHint()
    assert hint.width() <= 560  # half the dashboard at 1280 pixels
    chart.resize(hint.width(), 220)
    drawn = chart.drawn_texts()
    assert "11.234,5" in drawn and "Agu" in drawn
    assert not [t for t in drawn if t.endswith("…")]


def test_the_projects_list_shows_names_and_upcoming_shifts_without_scrolling(qtbot, window):
    # "Mendata…": the count of upcoming shifts was cut by the edge of the narrow list
    page = window.show_page("projects")
    qtbot.waitUntil(lambda: page.projects_model.rowCount() > 0)
    table = page.projects_table
    header = table.horizontalHeader()
    upcoming = header.sectionViewportPosition(1) + header.sectionSize(1)
    assert header.model().headerData(1, Qt.Orientation.Horizontal) == "Mendatang"
    assert upcoming <= table.viewport().width()
    assert header.sectionSize(1) >= _advance(header, "Mendatang")


def test_the_shift_list_fits_its_texts_after_the_page_was_left_in_week_view(
    qtbot, demo_db, gui_language
) -> None:
    # "Di bawah…": the widths of a list never shown were kept as if fitted to its shifts
    import datetime as dt

    from groupdesk.ui.schedule.projects_page import LIST
    from tests.integration.scheduling.conftest import Schedule

    gui_language("id")
    start = dt.datetime.combine(dt.date.today(), dt.time(8))
    Schedule(demo_db).shift(start, start + dt.timedelta(hours=4), min_volunteers=3)  # "under"
    first = MainWindow(Application(demo_db))
    qtbot.addWidget(first)
    first.show()
    first.show_page("projects")
    first.show_page("dashboard")  # leaving the page keeps its layout for next time
    again = MainWindow(Application(demo_db))
    qtbot.addWidget(again)
    again.setGeometry(0, 0, *SCREEN)
    again.show()
    page = again.show_page("projects")
    page.mode_buttons[LIST].click()
    table = page.list_table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    fill = headings.index("Terisi")
    icon = table.iconSize().width() if table.iconSize().width() > 0 else 16
    texts = {model.index(row, fill).data() for row in range(model.rowCount())}
    assert "Di bawah minimum" in texts
    for text in texts:
        assert table.columnWidth(fill) >= _advance(table, text) + icon, text
