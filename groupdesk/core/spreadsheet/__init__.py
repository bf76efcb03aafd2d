"""Reading spreadsheets (xlsx, xls, ods, csv) into plain Python values for the importer.

Pure Python, no Qt: the GUI and the CLI both call ``open_workbook``/``read_sheet`` and turn a
``SpreadsheetError`` into a message using its ``reason``. Value parsers live in ``values``,
header detection in ``header`` and column mapping in ``mapping``.
"""

from .errors import (
    DamagedWorkbook,
    EmptyWorkbook,
    EncryptedWorkbook,
    NoDataRows,
    NoHeaderRow,
    NotASpreadsheet,
    ReadCancelled,
    SheetNotFound,
    SpreadsheetError,
    UnsafeWorkbook,
)
from .info import SheetInfo, WorkbookInfo
from .reader import open_workbook, read_sheet, read_workbook
from .sniff import detect_format

__all__ = [
    "DamagedWorkbook",
    "EmptyWorkbook",
    "EncryptedWorkbook",
    "NoDataRows",
    "NoHeaderRow",
    "NotASpreadsheet",
    "ReadCancelled",
    "SheetInfo",
    "SheetNotFound",
    "SpreadsheetError",
    "UnsafeWorkbook",
    "WorkbookInfo",
    "detect_format",
    "open_workbook",
    "read_sheet",
    "read_workbook",
]
