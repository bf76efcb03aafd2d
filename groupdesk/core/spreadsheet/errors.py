"""Why a spreadsheet could not be read, in words a secretary can act on.

Every problem the reading layer meets ends as one of these classes, never as a library
traceback: the importer shows ``reason`` (one line) and the class tells the GUI which advice
to give (remove a password, ask for a fresh copy, choose another file). The reason is a
message code of the ``spreadsheet`` area with its parameters, said in the reader's language.
"""

from __future__ import annotations

from typing import Any

from groupdesk.core.messages.catalogue import catalogue
from groupdesk.core.messages.refusal import Refusal


class SpreadsheetError(Refusal):
    """Base for every problem reading a spreadsheet file."""

    code = "spreadsheet.unreadable"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        super().__init__(code, **params)

    @property
    def reason(self) -> str:
        """The reason in English, for logs and tests; a person reads ``message``."""
        return catalogue("en").text(self.message)


class NotASpreadsheet(SpreadsheetError):
    """The file is something else (a picture, a web page, an archive of other files)."""


class EncryptedWorkbook(SpreadsheetError):
    """The workbook is password-protected; only Excel (with the password) can open it."""

    code = "spreadsheet.encrypted"


class DamagedWorkbook(SpreadsheetError):
    """The file is a spreadsheet package but parts are missing or corrupt."""


class EmptyWorkbook(SpreadsheetError):
    """The file, or the workbook inside it, holds nothing to import."""


class UnsafeWorkbook(SpreadsheetError):
    """Reading the file could exhaust memory or disk (zip bomb, entity bomb, too large)."""


class SheetNotFound(SpreadsheetError):
    """The sheet asked for does not exist or is not a table (a chart sheet)."""


class NoDataRows(SpreadsheetError):
    """The sheet has a header row but no rows of data below it."""


class NoHeaderRow(SpreadsheetError):
    """No row above the data looks like column names."""


class ReadCancelled(SpreadsheetError):
    """The person pressed Cancel while the file was being read."""
