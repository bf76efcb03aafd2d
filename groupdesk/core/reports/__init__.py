"""The reports people take out of GroupDesk: what each holds, streamed from SQL.

Each module builds a neutral :class:`~groupdesk.core.export.table.Report` whose rows are
generators over a database cursor, with row counts from COUNT queries; the writers in
:mod:`groupdesk.core.export` turn it into xlsx, csv or ics (and the UI into PDF).
"""

from .filters import FilterError, ReportFilters, parse_date
from .registry import FORMAT_NAMES, REPORTS, ReportDefinition, build_report, get
from .run import ExportResult, UnsupportedFormat, export_report, format_of, row_count

__all__ = [
    "FORMAT_NAMES",
    "REPORTS",
    "ExportResult",
    "FilterError",
    "ReportDefinition",
    "ReportFilters",
    "UnsupportedFormat",
    "build_report",
    "export_report",
    "format_of",
    "get",
    "parse_date",
    "row_count",
]
