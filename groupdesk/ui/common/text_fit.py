"""Room for the words: column headings and choices as wide as their text needs.

Indonesian words are often half again as long as the English ones ("Keparahan" for
"Severity", "Semua penanggung jawab" for "All owners"); widths set from English samples cut
them off. These helpers measure the text with the widget's own font and style instead.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)


def text_width(widget: QWidget, text: str) -> int:
    """The width ``text`` (one or more lines) takes in ``widget``'s font."""
    metrics = QFontMetrics(widget.font())
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def heading_width(header: QHeaderView, section: int) -> int:
    """The width a column needs to show its heading whole, with the sort arrow's room."""
    model = header.model()
    if model is None:
        return 0
    text = str(model.headerData(section, header.orientation()) or "")
    if not text:
        return 0
    style = header.style()
    need = text_width(header, text)
    need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    if header.isSortIndicatorShown():
        need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return need


def fit_headings(header: QHeaderView) -> None:
    """Widen the columns whose heading does not fit (never narrows one)."""
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        mode = header.sectionResizeMode(section)
        if mode not in (QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Fixed):
            continue
        need = heading_width(header, section)
        if header.sectionSize(section) < need:
            header.resizeSection(section, need)


def keep_headings_whole(header: QHeaderView) -> None:
    """Fit the headings now and whenever the columns or their names change."""
    fit_headings(header)
    model = header.model()
    if model is not None:
        model.headerDataChanged.connect(lambda *_a: fit_headings(header))
        model.modelReset.connect(lambda: fit_headings(header))
        model.columnsInserted.connect(lambda *_a: fit_headings(header))


def combo_width_for(combo: QComboBox, texts: Iterable[str]) -> int:
    """The width ``combo`` needs to show each of ``texts`` whole, arrow and frame included."""
    widest = max((text_width(combo, t) for t in texts), default=0)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    size = combo.style().sizeFromContents(
        QStyle.ContentsType.CT_ComboBox,
        option,
        QSize(widest, combo.fontMetrics().height()),
        combo,
    )
    return size.width()


def show_choices_whole(combo: QComboBox, texts: Iterable[str] | None = None) -> None:
    """Make ``combo`` at least as wide as ``texts`` (by default its first choice, the "All
    ..." one a filter starts on) need; longer choices show whole in the open list."""
    if texts is None:
        texts = [combo.itemText(0)] if combo.count() else []
    combo.setMinimumWidth(combo_width_for(combo, texts))


def make_room_for_column(view: QTableView, column: int = 0) -> None:
    """Give ``view`` the width its ``column`` needs to show every shown value and the heading
    whole beside the other columns (for short lists, such as the professions, whose name
    column stretches into whatever room is left)."""
    header = view.horizontalHeader()

    def need(section: int) -> int:
        return max(
            header.sectionSize(section) if section != column else 0,
            view.sizeHintForColumn(section),
            heading_width(header, section),
        )

    columns = sum(need(c) for c in range(header.count()) if not header.isSectionHidden(c))
    frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
    view.setMinimumWidth(columns + frame)


def keep_columns_in_view(view: QTableView, count: int) -> None:
    """Make ``view`` wide enough that its first ``count`` columns, headings included, are
    seen without scrolling (the others may scroll: a side list with many columns)."""
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)][:count]
    columns = sum(max(header.sectionSize(c), heading_width(header, c)) for c in shown)
    frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
    view.setMinimumWidth(columns + frame)


def respect_minimum_sizes(splitter: QSplitter) -> None:
    """Give each pane of ``splitter`` at least the room its contents need, taking it from
    panes that have more than they need, the last first: sizes chosen as shares of the
    width (or saved from another language) may squeeze a pane's labels otherwise."""
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    sizes = splitter.sizes()
    if not sum(sizes):
        return
    needs = []
    for i in range(splitter.count()):
        pane = splitter.widget(i)
        hint = pane.minimumSizeHint() if pane is not None else QSize()
        needs.append(max(hint.width() if horizontal else hint.height(), 0))
    short = sum(max(need - size, 0) for size, need in zip(sizes, needs, strict=True))
    if not short:
        return
    sizes = [max(size, need) for size, need in zip(sizes, needs, strict=True)]
    for i in reversed(range(len(sizes))):
        take = min(max(sizes[i] - needs[i], 0), short)
        sizes[i] -= take
        short -= take
    splitter.setSizes(sizes)
