"""Carry out one export: pick the writer from the file's extension, build, write.

The dialog and the CLI both come through here, so they cannot disagree about which
formats a report allows or what a count means. PDF needs Qt, which the core may not
import: the caller passes the PDF writer in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from groupdesk.core.database import Database
from groupdesk.core.export.csv_writer import write_csv
from groupdesk.core.export.ics_writer import ShiftEvent, write_ics
from groupdesk.core.export.progress import ProgressTicker
from groupdesk.core.export.table import Progress, Report
from groupdesk.core.export.xlsx_writer import write_xlsx
from groupdesk.core.messages import Catalogue, catalogue

from . import shift_events
from .common import organisation_language, time_zone
from .filters import FilterError, ReportFilters
from .localise import localise, money_writer
from .registry import CSV, FORMAT_NAMES, ICS, PDF, XLSX, ReportDefinition, get

PdfWriter = Callable[[Report, Path, Progress | None, ReportDefinition], int]


class UnsupportedFormat(FilterError):
    """The file name asks for a format the report cannot be written in."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    rows: int
    cut_cells: int = 0
    """Text cells longer than an Excel cell holds (32,767 characters), cut in the xlsx."""


def format_of(path: Path | str) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMAT_NAMES:
        known = ", ".join(f".{fmt}" for fmt in FORMAT_NAMES)
        if suffix:
            raise UnsupportedFormat("format.unknown_suffix", suffix=f".{suffix}", known=known)
        raise UnsupportedFormat("format.no_suffix", known=known)
    return suffix


def check_format(definition: ReportDefinition, fmt: str) -> None:
    if not definition.accepts(fmt):
        allowed = ", ".join(f".{f}" for f in definition.formats)
        raise UnsupportedFormat(
            "format.not_for_report", report=definition.key, suffix=f".{fmt}", allowed=allowed
        )


def row_count(db: Database, key: str, filters: ReportFilters, fmt: str = XLSX) -> int:
    """How many rows (or calendar events) an export with these choices would write."""
    definition = get(key)
    check_format(definition, fmt)
    if fmt == ICS:
        return shift_events.event_count(db, filters)
    report = definition.build(db, filters, flat=fmt == CSV)
    return sum(sheet.row_count or 0 for sheet in report.sheets)


def report_catalogue(db: Database, language: str | None = None) -> Catalogue:
    """The catalogue a report is written in: ``language`` ("id", "en") when given, else
    the organisation's language."""
    return catalogue(language or organisation_language(db))


def export_report(
    db: Database,
    key: str,
    filters: ReportFilters,
    path: Path | str,
    *,
    progress: Progress | None = None,
    pdf_writer: PdfWriter | None = None,
    language: str | None = None,
) -> ExportResult:
    """Write report ``key`` to ``path``; the format is the extension's.

    ``language`` ("id" or "en") is the report language; None takes the organisation's.

    Raises :class:`FilterError` (and its :class:`UnsupportedFormat`) for choices that cannot
    be carried out, :class:`ExportCancelled` when ``progress`` returned False.
    """
    path = Path(path)
    definition = get(key)
    fmt = format_of(path)
    check_format(definition, fmt)
    cat = report_catalogue(db, language)
    if fmt == ICS:
        total = shift_events.event_count(db, filters)
        events = _ticking(shift_events.shift_events(db, filters, cat), progress, total)
        rows = write_ics(
            events,
            path,
            time_zone=time_zone(db),
            calendar_name=shift_events.calendar_name(db, filters, cat),
            alarm_day_before=filters.alarm_day_before,
            language=cat.language,
        )
        if progress is not None:
            progress(rows, total)
        return ExportResult(path, fmt, rows)
    report = localise(definition.build(db, filters, flat=fmt == CSV), key, cat)
    if fmt == XLSX:
        cut: list[int] = [0]
        rows = write_xlsx(report, path, progress, cut=lambda n: cut.__setitem__(0, n))
        return ExportResult(path, fmt, rows, cut_cells=cut[0])
    elif fmt == CSV:
        rows = write_csv(report.sheets[0], path, progress, money=money_writer(cat))
    else:
        assert fmt == PDF
        if pdf_writer is None:
            raise UnsupportedFormat("format.pdf_unavailable")
        rows = pdf_writer(report, path, progress, definition)
    return ExportResult(path, fmt, rows)


def _ticking(
    events: Iterable[ShiftEvent], progress: Progress | None, total: int
) -> Iterator[ShiftEvent]:
    """Pass events on, calling ``progress`` now and then; stop when it says so.

    The calendar writer builds the whole calendar before it writes, so stopping here leaves
    no file behind.
    """
    ticker = ProgressTicker(progress, total, every=200)
    ticker.start()
    for event in events:
        yield event
        ticker.tick()


__all__ = [
    "CSV",
    "ICS",
    "PDF",
    "XLSX",
    "ExportResult",
    "UnsupportedFormat",
    "check_format",
    "export_report",
    "format_of",
    "report_catalogue",
    "row_count",
]
