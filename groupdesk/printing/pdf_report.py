"""Lay a report out on A4 pages as a PDF, with Qt's QPdfWriter and QPainter.

Each sheet starts on a new page with the report's title, its filters and when it was made;
the table header repeats on every page and each page says "Page N of M". Rows are drawn one
line high with text that does not fit shortened with "…", so the number of pages is known
from the row count before drawing, and rows stream from the database like in the other
formats. A sign-in sheet (a report with a "signature" column) gets tall rows to sign in,
and a few numbered empty lines at the end for people who turn up without signing up.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
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
from groupdesk.core.messages import Catalogue, catalogue
from groupdesk.printing import numbers

SIGNATURE_KEY = "signature"
TIME_IN_KEY = "time_in"
NUMBER_KEY = "number"
RESOLUTION = 300  # dots per inch; the painter's unit below is one dot
MARGIN_MM = 14
PORTRAIT_MM = (210, 297)
WALK_IN_LINES = 5
MAX_FILTER_LINES = 4
SAMPLE_ROWS = 300
BODY_PT, TITLE_PT, FILTER_PT, FOOTER_PT = 9, 16, 9.5, 8
NUMERIC = frozenset({ColumnKind.INTEGER, ColumnKind.NUMBER, ColumnKind.HOURS, ColumnKind.MONEY})
INK = QColor("#1f2933")
MUTED = QColor("#52606d")
GRID = QColor("#9aa5b1")
HEADER_FILL = QColor("#dde6f0")
STRIPE = QColor("#f3f6f9")


def _mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


def format_value(value: object, kind: ColumnKind, cat: Catalogue | None = None) -> str:
    """A cell as printed: dates dd/mm/yyyy, times hh:mm, hours with two decimals; decimals
    with the report language's separators (``cat``; the GUI language's without it), whole
    numbers such as challenge numbers as they are."""
    if value is None:
        return ""
    if cat is not None:
        if isinstance(value, bool):
            return cat.text("value.yes" if value else "value.no")
        if kind is ColumnKind.HOURS and isinstance(value, int | float):
            return cat.number(value, digits=2)
        if kind is ColumnKind.MONEY and isinstance(value, int | float):
            return cat.money(round(value))
        if isinstance(value, float):
            return cat.number(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Labels", "Yes")
            if value
            else QCoreApplication.translate("Labels", "No")
        )
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if kind is ColumnKind.HOURS and isinstance(value, int | float):
        return numbers.decimal_text(value, 2)
    if isinstance(value, float):
        if value.is_integer():
            return numbers.number_text(int(value))
        return numbers.decimal_text(value)
    return " ".join(str(value).split())


def write_pdf(
    report: Report,
    path: Path,
    progress: Progress | None = None,
    definition: object | None = None,
) -> int:
    """Write ``report`` to ``path`` as an A4 PDF and return the number of data rows.

    ``definition`` (a report definition) may name the columns that fit on paper
    (``pdf_columns``). Like the other writers the file appears only when complete, and
    ``progress`` returning False stops it (:class:`ExportCancelled`).
    """
    keys = getattr(definition, "pdf_columns", None)
    ticker = ProgressTicker(progress, sum(sheet.row_count or 0 for sheet in report.sheets))
    ticker.start()
    with replace_on_success(Path(path)) as temp:
        writer = QPdfWriter(str(temp))
        writer.setResolution(RESOLUTION)
        writer.setTitle(report.title)
        writer.setCreator(f"GroupDesk {report.app_version}")
        _PdfReport(writer, report, keys, ticker).draw()
        ticker.finish()
    return ticker.done


@dataclass
class _SheetPlan:
    """One sheet measured and paginated before anything is drawn."""

    sheet: ReportSheet
    chosen: list[int]  # indexes of the printed columns in the sheet's rows
    columns: list[Column]
    rows: Iterator[Sequence[object]]
    count: int
    signature: bool
    landscape: bool = False
    widths: list[float] = field(default_factory=list)
    row_height: float = 0.0
    first_page_rows: int = 0
    next_page_rows: int = 0

    @property
    def lines(self) -> int:
        return self.count + (WALK_IN_LINES if self.signature else 0)

    @property
    def pages(self) -> int:
        if self.lines <= self.first_page_rows:
            return 1
        return 1 + math.ceil((self.lines - self.first_page_rows) / self.next_page_rows)


class _PdfReport:
    def __init__(
        self,
        writer: QPdfWriter,
        report: Report,
        keys: Sequence[str] | None,
        ticker: ProgressTicker,
    ) -> None:
        self.writer = writer
        self.report = report
        self.cat = catalogue(report.language)
        self.keys = keys
        self.ticker = ticker
        self.painter = QPainter()
        base = QFont("DejaVu Sans")
        base.setStyleHint(QFont.StyleHint.SansSerif)
        self.body = self._font(base, BODY_PT)
        self.bold = self._font(base, BODY_PT, bold=True)
        self.title_font = self._font(base, TITLE_PT, bold=True)
        self.filter_font = self._font(base, FILTER_PT)
        self.footer_font = self._font(base, FOOTER_PT)
        metrics = QFontMetricsF(self.body, writer)  # at the PDF's resolution
        self.line_height = metrics.height()
        self.header_height = metrics.height() * 1.9
        self.filter_lines = _filter_lines(report, self.cat)
        self.title_height = _mm(16 + 5 * len(self.filter_lines))
        self.continued_height = _mm(10)
        self.footer_height = _mm(9)
        self.page_number = 0
        self.page_total = 0

    @staticmethod
    def _font(base: QFont, points: float, bold: bool = False) -> QFont:
        font = QFont(base)
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    # -- planning ---------------------------------------------------------------------------

    def _plan(self, sheet: ReportSheet) -> _SheetPlan:
        chosen = list(range(len(sheet.columns)))
        if self.keys:
            chosen = [i for i in chosen if sheet.columns[i].key in self.keys] or chosen
        columns = [sheet.columns[i] for i in chosen]
        iterator = iter(sheet.rows)
        head = list(itertools.islice(iterator, SAMPLE_ROWS))
        count = sheet.row_count
        if count is None:  # no count given: read the rest to know how many pages
            rest = list(iterator)
            count, iterator = len(head) + len(rest), iter(rest)
        plan = _SheetPlan(
            sheet=sheet,
            chosen=chosen,
            columns=columns,
            rows=itertools.chain(head, iterator),
            count=count,
            signature=any(c.key == SIGNATURE_KEY for c in columns),
        )
        natural = self._natural_widths(plan, head)
        upright = _mm(PORTRAIT_MM[0] - 2 * MARGIN_MM)
        # Landscape only when the columns would not fit upright at their natural widths.
        plan.landscape = not plan.signature and sum(natural) > upright
        width, height = self._page_size(plan.landscape)
        plan.widths = _fit(natural, width, plan)
        plan.row_height = _mm(13) if plan.signature else self.line_height * 1.55
        table = height - self.header_height - self.footer_height
        plan.first_page_rows = max(1, int((table - self.title_height) // plan.row_height))
        plan.next_page_rows = max(1, int((table - self.continued_height) // plan.row_height))
        return plan

    def _natural_widths(self, plan: _SheetPlan, head: list[Sequence[object]]) -> list[float]:
        body = QFontMetricsF(self.body, self.writer)
        bold = QFontMetricsF(self.bold, self.writer)
        widths = []
        for column, index in zip(plan.columns, plan.chosen, strict=True):
            if column.key == SIGNATURE_KEY:
                widths.append(_mm(55))
            elif plan.signature and column.key == TIME_IN_KEY:
                widths.append(_mm(20))
            else:
                texts = (format_value(row[index], column.kind, self.cat) for row in head)
                longest = min(max((body.horizontalAdvance(t) for t in texts), default=0), _mm(70))
                widths.append(max(longest, bold.horizontalAdvance(column.title)) + _mm(3))
        return widths

    @staticmethod
    def _page_size(landscape: bool) -> tuple[float, float]:
        short, long = (_mm(side - 2 * MARGIN_MM) for side in PORTRAIT_MM)
        return (long, short) if landscape else (short, long)

    # -- drawing ----------------------------------------------------------------------------

    def draw(self) -> None:
        plans = [self._plan(sheet) for sheet in self.report.sheets]
        self.page_total = sum(plan.pages for plan in plans)
        try:
            for number, plan in enumerate(plans):
                self._set_page_layout(plan.landscape)
                if number == 0:
                    self.painter.begin(self.writer)
                else:
                    self.writer.newPage()
                self._draw_sheet(plan)
            if not plans:
                self.painter.begin(self.writer)
        finally:
            if self.painter.isActive():
                self.painter.end()

    def _set_page_layout(self, landscape: bool) -> None:
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                orientation,
                margins,
                QPageLayout.Unit.Millimeter,
            )
        )

    def _draw_sheet(self, plan: _SheetPlan) -> None:
        sums = {i: 0.0 for i, column in enumerate(plan.columns) if column.total}
        remaining, number = plan.lines, 0
        for page in range(plan.pages):
            if page > 0:
                self.writer.newPage()
            self.page_number += 1
            y = self._draw_title(plan, first=page == 0)
            y = self._draw_header(plan, y)
            capacity = plan.first_page_rows if page == 0 else plan.next_page_rows
            self.painter.setFont(self.body)
            for slot in range(min(capacity, remaining)):
                values = next(plan.rows, None)
                if values is not None:
                    texts = [
                        format_value(values[i], c.kind, self.cat)
                        for i, c in zip(plan.chosen, plan.columns, strict=True)
                    ]
                    for i in sums:
                        value = values[plan.chosen[i]]
                        if isinstance(value, int | float) and not isinstance(value, bool):
                            sums[i] += value
                    number += 1
                    self.ticker.tick()
                else:  # an empty numbered line to sign on
                    number += 1
                    texts = [str(number) if c.key == NUMBER_KEY else "" for c in plan.columns]
                self._draw_row(plan, texts, y, striped=slot % 2 == 1)
                y += plan.row_height
            remaining -= min(capacity, remaining)
            if remaining == 0 and sums:
                self._draw_totals(plan, sums, y)
            self._draw_footer(plan.landscape)

    def _draw_title(self, plan: _SheetPlan, *, first: bool) -> float:
        painter = self.painter
        width, _ = self._page_size(plan.landscape)
        title = self.report.title
        if len(self.report.sheets) > 1:
            title = f"{title} — {plan.sheet.name}"
        painter.setPen(INK)
        if not first:
            painter.setFont(self.bold)
            painter.drawText(
                QRectF(0, 0, width, _mm(8)),
                Qt.AlignmentFlag.AlignLeft,
                self.cat.text("report.continued", title=title),
            )
            return self.continued_height
        painter.setFont(self.title_font)
        painter.drawText(QRectF(0, 0, width, _mm(10)), Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(self.filter_font)
        y = _mm(12)
        for line in self.filter_lines:
            painter.drawText(QRectF(0, y, width, _mm(5)), Qt.AlignmentFlag.AlignLeft, line)
            y += _mm(5)
        return self.title_height

    def _draw_header(self, plan: _SheetPlan, y: float) -> float:
        self.painter.setFont(self.bold)
        x = 0.0
        for column, width in zip(plan.columns, plan.widths, strict=True):
            rect = QRectF(x, y, width, self.header_height)
            self.painter.fillRect(rect, HEADER_FILL)
            self._cell(rect, column.title, right=column.kind in NUMERIC, thick=True)
            x += width
        return y + self.header_height

    def _draw_row(self, plan: _SheetPlan, texts: list[str], y: float, *, striped: bool) -> None:
        x = 0.0
        for column, width, text in zip(plan.columns, plan.widths, texts, strict=True):
            rect = QRectF(x, y, width, plan.row_height)
            if striped and not plan.signature:
                self.painter.fillRect(rect, STRIPE)
            self._cell(rect, text, right=column.kind in NUMERIC)
            x += width

    def _draw_totals(self, plan: _SheetPlan, sums: dict[int, float], y: float) -> None:
        self.painter.setFont(self.bold)
        # The label goes in the first text column, where it has room (not in a narrow "No.").
        label = next(
            (i for i, c in enumerate(plan.columns) if c.kind is ColumnKind.TEXT and i not in sums),
            0,
        )
        x = 0.0
        for index, (column, width) in enumerate(zip(plan.columns, plan.widths, strict=True)):
            rect = QRectF(x, y, width, plan.row_height)
            text = ""
            if index in sums:
                text = format_value(sums[index], column.kind, self.cat)
            elif index == label:
                text = self.cat.text("report.total")
            self._cell(rect, text, right=index in sums, thick=True)
            x += width

    def _cell(self, rect: QRectF, text: str, *, right: bool, thick: bool = False) -> None:
        painter = self.painter
        painter.setPen(QPen(GRID, 2 if thick else 1.5))
        painter.drawRect(rect)
        if not text:
            return
        painter.setPen(INK)
        inner = rect.adjusted(_mm(1.2), 0, -_mm(1.2), 0)
        metrics = QFontMetricsF(painter.font(), self.writer)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | side, shown)

    def _draw_footer(self, landscape: bool) -> None:
        width, height = self._page_size(landscape)
        rect = QRectF(0, height - _mm(6), width, _mm(6))
        painter = self.painter
        painter.setFont(self.footer_font)
        painter.setPen(MUTED)
        left = self.cat.text(
            "report.generated_by", at=self.report.generated_at, version=self.report.app_version
        )
        right = self.cat.text("report.page", page=self.page_number, pages=self.page_total)
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | middle, left)
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | middle, right)


def _fit(natural: list[float], available: float, plan: _SheetPlan) -> list[float]:
    """Column widths that fill the page: spare room goes to the text columns (to the
    signature on a sign-in sheet); too little room shrinks every column alike."""
    total = sum(natural)
    if total > available:
        return [width * available / total for width in natural]
    if plan.signature:
        growing = [i for i, c in enumerate(plan.columns) if c.key == SIGNATURE_KEY]
    else:
        growing = [i for i, c in enumerate(plan.columns) if c.kind is ColumnKind.TEXT]
    growing = growing or list(range(len(natural)))
    widths = list(natural)
    for i in growing:
        widths[i] += (available - total) / len(growing)
    return widths


def _filter_lines(report: Report, cat: Catalogue) -> list[str]:
    """One line per filter, or all on one line when there are many."""
    pairs = [f"{key}: {value}" for key, value in report.filters.items()]
    if not pairs:
        return [cat.text("report.all_records")]
    if len(pairs) > MAX_FILTER_LINES:
        return ["    ".join(pairs)]
    return pairs
