"""Which epoch a workbook's date serials count from (1900 or 1904).

Mac Excel before 2011 and Apple Numbers write the 1904 system; calamine converts dates
itself, but the importer still needs the flag to convert serials that arrive as plain numbers
(a date column formatted as General).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .safety import ZIP_READ_ERRORS

_DATE1904 = re.compile(r"""date1904\s*=\s*["'](1|true)["']""", re.IGNORECASE)
_PREFIX = 64 << 10


def _decode(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="ignore")
    return raw.decode("utf-8", errors="ignore")


def xlsx_date1904(path: Path) -> bool | None:
    """Read the workbookPr date1904 attribute from the workbook part, None if not found."""
    try:
        with zipfile.ZipFile(path) as zf:
            candidates = [
                info
                for info in zf.infolist()
                if info.filename.replace("\\", "/").lower().endswith("workbook.xml")
            ]
            candidates.sort(
                key=lambda info: info.filename.replace("\\", "/").lower() != "xl/workbook.xml"
            )
            if not candidates:
                return None
            with zf.open(candidates[0]) as member:
                text = _decode(member.read(_PREFIX))
    except ZIP_READ_ERRORS:
        return None
    return bool(_DATE1904.search(text))


def xls_date1904(path: Path) -> bool | None:
    """Read the datemode of a BIFF workbook (only its global records are parsed)."""
    from .backends.xlrd_backend import XlrdBackend

    try:
        backend = XlrdBackend(path)
    except Exception:  # any failure only means "unknown"
        return None
    try:
        return backend.date1904
    finally:
        backend.close()
