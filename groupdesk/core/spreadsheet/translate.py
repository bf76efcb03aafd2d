"""Turn library exceptions into SpreadsheetErrors with a reason a secretary can act on.

The reader never lets a library traceback through: whatever calamine, openpyxl or xlrd raise
is mapped here, by type name and message, because their exception classes differ between
versions and some (calamine) carry the useful detail only in the text.
"""

from __future__ import annotations

import re
import zipfile

from groupdesk.core.messages.os_errors import os_reason

from .errors import DamagedWorkbook, EncryptedWorkbook, SpreadsheetError

_MISSING_PART = re.compile(r"(?:File not found|There is no item named)\s*'([^']+)'", re.IGNORECASE)


def translate(exc: BaseException) -> SpreadsheetError:
    """Return the SpreadsheetError that explains ``exc``."""
    if isinstance(exc, SpreadsheetError):
        return exc
    name = type(exc).__name__
    message = str(exc).strip()
    lowered = message.lower()
    if name == "PasswordError" or "password" in lowered or "encrypt" in lowered:
        return EncryptedWorkbook()
    missing = _MISSING_PART.search(message)
    if missing:
        return DamagedWorkbook("spreadsheet.part_missing", part=missing.group(1))
    if name == "WorksheetNotFound":
        return DamagedWorkbook("spreadsheet.sheet_data_missing", sheet=message)
    if isinstance(exc, zipfile.BadZipFile) or name == "ZipError":
        return DamagedWorkbook("spreadsheet.zip_unreadable")
    if name == "XmlError" or "xml" in name.lower() or "xml" in lowered:
        return DamagedWorkbook("spreadsheet.bad_xml")
    if isinstance(exc, MemoryError):
        return SpreadsheetError("spreadsheet.too_large_here")
    if isinstance(exc, OSError):
        return SpreadsheetError(
            "spreadsheet.cannot_read", detail=os_reason(exc) if exc.errno else message
        )
    detail = message.splitlines()[0][:120] if message else name
    return DamagedWorkbook("spreadsheet.could_not_read", detail=detail)
