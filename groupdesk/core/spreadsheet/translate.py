"""Turn library exceptions into SpreadsheetErrors with a reason a secretary can act on.

The reader never lets a library traceback through: whatever calamine, openpyxl or xlrd raise
is mapped here, by type name and message, because their exception classes differ between
versions and some (calamine) carry the useful detail only in the text.
"""

from __future__ import annotations

import re
import zipfile

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
        return DamagedWorkbook(f"the workbook is damaged: the part {missing.group(1)!r} is missing")
    if name == "WorksheetNotFound":
        return DamagedWorkbook(
            f"the workbook is damaged: the sheet {message!r} is listed but its data is missing"
        )
    if isinstance(exc, zipfile.BadZipFile) or name == "ZipError":
        return DamagedWorkbook("the workbook is damaged: its zip package cannot be read")
    if name == "XmlError" or "xml" in name.lower() or "xml" in lowered:
        return DamagedWorkbook("the workbook is damaged: some of its content is not valid XML")
    if isinstance(exc, MemoryError):
        return SpreadsheetError("the workbook is too large to read on this computer")
    if isinstance(exc, OSError):
        return SpreadsheetError(f"the file cannot be read: {exc.strerror or message}")
    detail = message.splitlines()[0][:120] if message else name
    return DamagedWorkbook(f"the workbook could not be read ({detail})")
