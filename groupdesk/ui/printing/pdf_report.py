"""Lay a report out on A4 pages as a PDF, with Qt's QPdfWriter and QPainter.

Each sheet starts on a new page with the report's title, its filters and when it was made;
the table header repeats on every page and each page says "Page N of M". Rows are drawn one
line high with text that does not fit shortened with "…", so the number of pages is known
from the row count before drawing, and rows stream from the database like in the other
formats. A sign-in sheet (a report with a "signature" column) gets tall rows to sign in,
and a few empty lines at the end for people who turn up without signing up.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from groupdesk.core.export.atomic import replace_on_success
from groupdesk.core.export.progress import ProgressTicker
from groupdesk.core.export.table import Column, ColumnKind, Progress, Report, ReportSheet
from groupdesk.ui.refcount_guard import RefcountGuard

SIGNATURE_KEY = "signature"
RESOLUTION = 300  # dots per inch; the painter's unit below is one dot
MARGIN_MM = 14
WALK_IN_LINES = 5
MAX_FILTER_LINES = 4
SAMPLE_ROWS = 300
NUMERIC = frozenset({ColumnKind.INTEGER, ColumnKind.NUMBER, ColumnKind.HOURS})
GRID = QColor("#9aa5b1")
HEADER_FILL = QColor("#dde6f0")
STRIPE = QColor("#f3f6f9")


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfReport", text)


def _mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


def format_value(value: object, kind: ColumnKind) -> str:
    """A cell as printed: dates dd/mm/yyyy, times hh:mm, hours with two decimals."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if kind is ColumnKind.HOURS and isinstance(value, int | float):
        return f"{value:.2f}"
    if isinstance(value, float):
        return f"{value:,.2f}" if not value.is_integer() else f"{int(value):,}"
    if isinstance(value, int) and kind is ColumnKind.INTEGER:
        return str(value)
    return " ".join(str(value).split())


@dataclass
class _Layout:
    """Where everything goes on a page, in dots."""

    page: QRectF
    title_height: float
    row_height: float
    header_height: float
    footer_height: float

    def rows_per_page(self, first: bool) -> int:
        top = self.title_height if first else _mm(10)
        free = self.page.height() - top - self.header_height - self.footer_height
        return max(1, int(free // self.row_height))


def write_pdf(
    report: Report,
    path: Path,
    progress: Progress | None = None,
    definition: object | None = None,
) -> int:
    """Write ``report`` to ``path`` as an A4 PDF and return the number of data rows.

    ``definition`` (a report definition) may name the columns that fit on paper
    (``pdf_columns``). Like the other writers the file appears only when complete.
    """
    keys = getattr(definition, "pdf_columns", None)
    total = sum(sheet.row_count or 0 for sheet in report.sheets)
    ticker = ProgressTicker(progress, total)
    ticker.start()
    with replace_on_success(Path(path)) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(report.title)
        writer.setCreator(f"GroupDesk {report.app_version}")
        painter = QPainter()
        guard = RefcountGuard()
        try:
            _draw(writer, painter, report, keys, ticker)
        finally:
            if painter.isActive():
                painter.end()
            guard.settle()
        ticker.finish()
    return ticker.done


def _chosen(sheet: ReportSheet, keys: Sequence[str] | None) -> list[int]:
    indexes = list(range(len(sheet.columns)))
    if keys:
        wanted = [i for i in indexes if sheet.columns[i].key in keys]
        if wanted:
            return wanted
    return indexes


def _draw(
    writer: QPdfWriter,
    painter: QPainter,
    report: Report,
    keys: Sequence[str] | None,
    ticker: ProgressTicker,
) -> None:
    guard = RefcountGuard()
    base = QFont("DejaVu Sans")
    base.setStyleHint(QFont.StyleHint.SansSerif)
    plans = []
    for sheet in report.sheets:
        chosen = _chosen(sheet, keys)
        columns = [sheet.columns[i] for i in chosen]
        signature = any(c.key == SIGNATURE_KEY for c in columns)
        head, rows = _peek(sheet.rows, SAMPLE_ROWS)
        count = sheet.row_count if sheet.row_count is not None else None
        if count is None:
            rows_list = [*head, *rows]
            head, rows, count = (
                rows_list[:SAMPLE_ROWS],
                iter(rows_list[SAMPLE_ROWS:]),
                len(rows_list),
            )
        # Landscape only when the columns would not fit upright at their natural widths.
        natural = _column_widths(columns, chosen, head, math.inf, base, signature, writer)
        landscape = not signature and sum(natural) > _mm(210 - 2 * MARGIN_MM)
        plans.append((sheet, chosen, columns, signature, head, rows, count, landscape))

    # Lay out every sheet first: the page count goes on every page.
    layouts, pages = [], 0
    for _sheet, _chosen_cols, _columns, signature, _h, _r, count, landscape in plans:
        layout = _layout(landscape, signature, base, writer, report)
        lines = count + (WALK_IN_LINES if signature else 0)
        first = layout.rows_per_page(True)
        rest = layout.rows_per_page(False)
        n = 1 if lines <= first else 1 + math.ceil((lines - first) / rest)
        layouts.append((layout, first, rest))
        pages += n

    state = {"page": 0, "pages": pages, "guard": guard}
    started = False
    for plan, (layout, first, rest) in zip(plans, layouts, strict=True):
        sheet, chosen, columns, signature, head, rows, count, landscape = plan
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                orientation,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        if not started:
            painter.begin(writer)
            started = True
        else:
            writer.newPage()
        widths = _column_widths(columns, chosen, head, layout.page.width(), base, signature, writer)
        _draw_sheet(
            writer, painter, report, sheet, chosen, columns, widths, signature,
            itertools.chain(head, rows), count, layout, first, rest, base, ticker, state,
        )  # fmt: skip
    if not started:
        painter.begin(writer)


def _peek(rows: Iterable[Sequence[object]], n: int) -> tuple[list, Iterable]:
    iterator = iter(rows)
    head = list(itertools.islice(iterator, n))
    return head, iterator


def _font(base: QFont, points: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _layout(
    landscape: bool, signature: bool, base: QFont, device: QPdfWriter, report: Report
) -> _Layout:
    width_mm, height_mm = (297, 210) if landscape else (210, 297)
    page = QRectF(0, 0, _mm(width_mm - 2 * MARGIN_MM), _mm(height_mm - 2 * MARGIN_MM))
    body = _metrics(_font(base, 9), device)
    row = _mm(13) if signature else body.height() * 1.55
    return _Layout(
        page=page,
        title_height=_mm(16 + 5 * len(_filter_lines(report))),
        row_height=row,
        header_height=body.height() * 1.9,
        footer_height=_mm(9),
    )


def _metrics(font: QFont, device: QPdfWriter) -> QFontMetricsF:
    """Measure text at the PDF's resolution, not the screen's."""
    return QFontMetricsF(font, device)


def _column_widths(
    columns: list[Column],
    chosen: list[int],
    head: list[Sequence[object]],
    available: float,
    base: QFont,
    signature: bool,
    device: QPdfWriter,
) -> list[float]:
    body = _metrics(_font(base, 9), device)
    bold = _metrics(_font(base, 9, bold=True), device)
    pad = _mm(3)
    wanted = []
    for column, index in zip(columns, chosen, strict=True):
        if column.key == SIGNATURE_KEY:
            wanted.append(_mm(55))
            continue
        if signature and column.key == "time_in":
            wanted.append(_mm(20))
            continue
        texts = [format_value(row[index], column.kind) for row in head]
        longest = max((body.horizontalAdvance(t) for t in texts), default=0.0)
        longest = min(longest, _mm(70))
        wanted.append(max(longest, bold.horizontalAdvance(column.title)) + pad)
    total = sum(wanted)
    if math.isinf(available):
        return wanted
    if total <= available:
        # Spare room goes to the text columns, so names get space before numbers do.
        text = [i for i, c in enumerate(columns) if c.kind is ColumnKind.TEXT]
        if signature:
            text = [i for i, c in enumerate(columns) if c.key == SIGNATURE_KEY]
        spare = available - total
        for i in text or range(len(columns)):
            wanted[i] += spare / len(text or columns)
        return wanted
    return [w * available / total for w in wanted]


def _draw_sheet(
    writer, painter, report, sheet, chosen, columns, widths, signature, rows, count, layout,
    first, rest, base, ticker, state,
) -> None:  # fmt: skip
    body_font = _font(base, 9)
    bold_font = _font(base, 9, bold=True)
    sums = {i: 0.0 for i, c in enumerate(columns) if c.total}
    lines = count + (WALK_IN_LINES if signature else 0)
    remaining = lines
    page_index = 0
    iterator = iter(rows)
    number = 0
    done_data = 0
    while True:
        is_first = page_index == 0
        if page_index > 0:
            writer.newPage()
        state["page"] += 1
        y = _draw_title(painter, report, sheet, layout, base, is_first)
        y = _draw_header(painter, columns, widths, y, layout, bold_font)
        capacity = first if is_first else rest
        painter.setFont(body_font)
        for slot in range(capacity):
            if remaining <= 0:
                break
            values: Sequence[object] | None = None
            if done_data < count:
                values = next(iterator, None)
                if values is None:
                    done_data = count
            if values is not None:
                done_data += 1
                number = values[chosen[0]] if columns[0].key == "number" else number + 1
                texts = [
                    format_value(values[i], c.kind) for i, c in zip(chosen, columns, strict=True)
                ]
                for i in sums:
                    value = values[chosen[i]]
                    if isinstance(value, int | float) and not isinstance(value, bool):
                        sums[i] += value
                ticker.tick()
            else:
                number = (number or 0) + 1
                texts = [str(number) if c.key == "number" else "" for c in columns]
            _draw_row(
                painter, columns, widths, texts, y, layout.row_height, slot % 2 == 1, signature
            )
            state["guard"].settle()
            y += layout.row_height
            remaining -= 1
        if remaining <= 0:
            if sums:
                _draw_totals(painter, columns, widths, sums, y, layout.row_height, bold_font)
            _draw_footer(painter, report, layout, base, state)
            state["guard"].settle()
            break
        _draw_footer(painter, report, layout, base, state)
        state["guard"].settle()
        page_index += 1


def _draw_title(painter, report, sheet, layout, base, full: bool) -> float:
    page = layout.page
    painter.setPen(QColor("#1f2933"))
    if not full:
        painter.setFont(_font(base, 9, bold=True))
        caption = f"{report.title} — {sheet.name}" if len(report.sheets) > 1 else report.title
        painter.drawText(
            QRectF(0, 0, page.width(), _mm(8)),
            Qt.AlignmentFlag.AlignLeft,
            caption + tr(" (continued)"),
        )
        return _mm(10)
    painter.setFont(_font(base, 16, bold=True))
    title = report.title
    if len(report.sheets) > 1:
        title = f"{title} — {sheet.name}"
    painter.drawText(QRectF(0, 0, page.width(), _mm(10)), Qt.AlignmentFlag.AlignLeft, title)
    painter.setFont(_font(base, 9.5))
    y = _mm(12)
    for line in _filter_lines(report):
        painter.drawText(QRectF(0, y, page.width(), _mm(5)), Qt.AlignmentFlag.AlignLeft, line)
        y += _mm(5)
    return layout.title_height


def _filter_lines(report: Report) -> list[str]:
    """One line per filter, or all on one line when there are many."""
    pairs = [f"{key}: {value}" for key, value in report.filters.items()]
    if not pairs:
        return [tr("All records, no filters")]
    if len(pairs) > MAX_FILTER_LINES:
        return ["    ".join(pairs)]
    return pairs


def _draw_header(painter, columns, widths, y, layout, font) -> float:
    height = layout.header_height
    x = 0.0
    painter.setFont(font)
    for column, width in zip(columns, widths, strict=True):
        rect = QRectF(x, y, width, height)
        painter.fillRect(rect, HEADER_FILL)
        painter.setPen(QPen(GRID, 2))
        painter.drawRect(rect)
        painter.setPen(QColor("#1f2933"))
        _text(painter, rect, column.title, column.kind in NUMERIC, bold=True)
        x += width
    return y + height


def _draw_row(painter, columns, widths, texts, y, height, striped, signature) -> None:
    x = 0.0
    for column, width, text in zip(columns, widths, texts, strict=True):
        rect = QRectF(x, y, width, height)
        if striped and not signature:
            painter.fillRect(rect, STRIPE)
        painter.setPen(QPen(GRID, 1.5))
        painter.drawRect(rect)
        painter.setPen(QColor("#1f2933"))
        _text(painter, rect, text, column.kind in NUMERIC)
        x += width


def _draw_totals(painter, columns, widths, sums, y, height, font) -> None:
    painter.setFont(font)
    # The label goes in the first text column, where it has room (not in a narrow "No.").
    label = next(
        (i for i, c in enumerate(columns) if c.kind is ColumnKind.TEXT and i not in sums), 0
    )
    x = 0.0
    for index, (column, width) in enumerate(zip(columns, widths, strict=True)):
        rect = QRectF(x, y, width, height)
        painter.setPen(QPen(GRID, 2))
        painter.drawRect(rect)
        painter.setPen(QColor("#1f2933"))
        if index in sums:
            _text(painter, rect, format_value(sums[index], column.kind), True, bold=True)
        elif index == label:
            _text(painter, rect, tr("Total"), False, bold=True)
        x += width


def _text(painter: QPainter, rect: QRectF, text: str, right: bool, bold: bool = False) -> None:
    inner = rect.adjusted(_mm(1.2), 0, -_mm(1.2), 0)
    metrics = QFontMetricsF(painter.font(), painter.device())
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
    align = Qt.AlignmentFlag.AlignVCenter | (
        Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    )
    painter.drawText(inner, align, shown)


def _draw_footer(painter, report, layout, base, state) -> None:
    page = layout.page
    rect = QRectF(0, page.height() - _mm(6), page.width(), _mm(6))
    painter.setFont(_font(base, 8))
    painter.setPen(QColor("#52606d"))
    made = report.generated_at.strftime("%d/%m/%Y %H:%M")
    left = tr("Generated %1 by GroupDesk %2").replace("%1", made).replace("%2", report.app_version)
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    right = tr("Page %1 of %2").replace("%1", str(state["page"])).replace("%2", str(state["pages"]))
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
