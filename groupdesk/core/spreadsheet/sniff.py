"""Decide what a file really is from its bytes, never from its name.

People rename files ("laporan.xls" that is really an xlsx, an ODS saved as .xlsx, a web page
exported as .xls), so the importer looks at the content: zip packages are told apart by their
parts, OLE2 containers by their streams (an encrypted xlsx hides in one), anything else that
decodes as text is treated as CSV.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path

from groupdesk.core.messages.os_errors import os_reason

from .errors import (
    DamagedWorkbook,
    EmptyWorkbook,
    EncryptedWorkbook,
    NotASpreadsheet,
    SpreadsheetError,
    UnsafeWorkbook,
)
from .safety import ZIP_READ_ERRORS, check_zip

FORMATS = ("xlsx", "xls", "ods", "csv")
MAX_FILE_SIZE = 512 << 20

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".ods", ".xls")

_OTHER_MAGICS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "spreadsheet.is_pdf"),
    (b"\x89PNG", "spreadsheet.is_png"),
    (b"\xff\xd8\xff", "spreadsheet.is_jpeg"),
    (b"GIF8", "spreadsheet.is_gif"),
    (b"Rar!", "spreadsheet.is_rar"),
    (b"7z\xbc\xaf", "spreadsheet.is_7zip"),
    (b"\x1f\x8b", "spreadsheet.is_gzip"),
)


def detect_format(path: str | os.PathLike[str]) -> str:
    """Return "xlsx", "xls", "ods" or "csv" for the file, or raise a SpreadsheetError.

    Zip packages are checked against zip bombs and entity bombs here, before any parser sees
    them, so every later reader can trust the package is safe to inflate.
    """
    from groupdesk.core.database.sqlite_file import is_connected_database

    path = Path(path)
    if is_connected_database(path):
        # Reading it would cancel this process's locks on the database it is writing.
        raise NotASpreadsheet("spreadsheet.is_database")
    try:
        info = path.stat()
        if stat.S_ISFIFO(info.st_mode):  # opening a pipe would wait for a writer forever
            raise NotASpreadsheet("spreadsheet.is_pipe")
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            raise NotASpreadsheet("spreadsheet.is_device")
        size = info.st_size
        with path.open("rb") as handle:
            head = handle.read(64 << 10)
    except IsADirectoryError as exc:
        raise NotASpreadsheet("spreadsheet.is_folder") from exc
    except OSError as exc:
        raise SpreadsheetError("spreadsheet.cannot_open", detail=os_reason(exc)) from exc
    if size == 0:
        raise EmptyWorkbook("spreadsheet.empty_file")
    if size > MAX_FILE_SIZE:
        raise UnsafeWorkbook("spreadsheet.too_large", size=size >> 20)
    if head.startswith(ZIP_MAGICS):
        return _zip_format(path)
    if head.startswith(CFB_MAGIC):
        return _cfb_format(path)
    for magic, code in _OTHER_MAGICS:
        if head.startswith(magic):
            raise NotASpreadsheet(code)
    return _text_format(head)


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            check_zip(zf)
            names = {info.filename.replace("\\", "/").lower(): info for info in zf.infolist()}
            if "mimetype" in names:
                mimetype = zf.read(names["mimetype"]).decode("ascii", "replace").strip()
                if mimetype == ODS_MIMETYPE or mimetype.startswith(ODS_MIMETYPE + "-"):
                    return "ods"
                if "opendocument" in mimetype:
                    raise NotASpreadsheet("spreadsheet.is_opendocument_other")
            content_types = b""
            if "[content_types].xml" in names:
                content_types = zf.read(names["[content_types].xml"])[: 1 << 20].lower()
    except ZIP_READ_ERRORS as exc:
        raise DamagedWorkbook("spreadsheet.damaged_zip") from exc
    if any(name.startswith("xl/") for name in names) or (
        b"spreadsheetml" in content_types or b"ms-excel" in content_types
    ):
        return "xlsx"
    if any(name.startswith("word/") for name in names):
        raise NotASpreadsheet("spreadsheet.is_word")
    if any(name.startswith("ppt/") for name in names):
        raise NotASpreadsheet("spreadsheet.is_powerpoint")
    if path.suffix.lower() in _SPREADSHEET_SUFFIXES or "[content_types].xml" in names:
        raise DamagedWorkbook("spreadsheet.no_workbook_inside", count=len(names))
    raise NotASpreadsheet("spreadsheet.is_zip")


def _cfb_stream_names(path: Path) -> list[str]:
    from xlrd.compdoc import CompDoc, CompDocError

    try:
        doc = CompDoc(path.read_bytes(), logfile=io.StringIO())
    except (CompDocError, ValueError, IndexError, AssertionError, OSError) as exc:
        raise DamagedWorkbook("spreadsheet.damaged_old_office", detail=str(exc)) from exc
    return [node.name for node in doc.dirlist]


def _cfb_format(path: Path) -> str:
    names = {name.lower() for name in _cfb_stream_names(path)}
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise EncryptedWorkbook()
    if "workbook" in names or "book" in names:
        return "xls"
    if "worddocument" in names:
        raise NotASpreadsheet("spreadsheet.is_old_word")
    if "powerpoint document" in names:
        raise NotASpreadsheet("spreadsheet.is_old_powerpoint")
    raise NotASpreadsheet("spreadsheet.is_office_container")


def _text_format(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "csv"
    if b"\x00" in head:
        raise NotASpreadsheet("spreadsheet.is_binary")
    controls = sum(1 for byte in head if byte < 0x20 and byte not in b"\t\n\r\x0c")
    if controls > max(8, len(head) // 100):
        raise NotASpreadsheet("spreadsheet.is_binary")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head.lower():
            raise NotASpreadsheet("spreadsheet.is_excel_2003_xml")
        if b"<html" in start[:4096] or b"<table" in start[:4096] or b"<!doctype html" in start:
            raise NotASpreadsheet("spreadsheet.is_web_page")
        raise NotASpreadsheet("spreadsheet.is_xml")
    return "csv"
