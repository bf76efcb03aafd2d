"""Writers that turn a neutral report description into files people open elsewhere.

Every writer takes the types in :mod:`.table`, streams its rows, neutralises spreadsheet
formula injection and never leaves a half-written file at the target path.
"""

from groupdesk.core.export.table import (
    Column,
    ColumnKind,
    ExportCancelled,
    Progress,
    Report,
    ReportSheet,
)

__all__ = ["Column", "ColumnKind", "ExportCancelled", "Progress", "Report", "ReportSheet"]
