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
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
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
        raise NotASpreadsheet("this is the open GroupDesk database, not a spreadsheet")
    try:
        info = path.stat()
        if stat.S_ISFIFO(info.st_mode):  # opening a pipe would wait for a writer forever
            raise NotASpreadsheet("this is a named pipe (FIFO), not a file")
        if not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
            raise NotASpreadsheet("this is a device or a socket, not a file")
        size = info.st_size
        with path.open("rb") as handle:
            head = handle.read(64 << 10)
    except IsADirectoryError as exc:
        raise NotASpreadsheet("this is a folder, not a file") from exc
    except OSError as exc:
        raise SpreadsheetError(f"the file cannot be opened: {exc.strerror or exc}") from exc
    if size == 0:
        raise EmptyWorkbook("the file is empty (0 bytes)")
    if size > MAX_FILE_SIZE:
        raise UnsafeWorkbook(f"the file is too large to import ({size >> 20} MB)")
    if head.startswith(ZIP_MAGICS):
        return _zip_format(path)
    if head.startswith(CFB_MAGIC):
        return _cfb_format(path)
    for magic, what in _OTHER_MAGICS:
        if head.startswith(magic):
            raise NotASpreadsheet(f"this is {what}, not a spreadsheet")
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
                    raise NotASpreadsheet(
                        "this is an OpenDocument file but not a spreadsheet (maybe a text "
                        "document or a presentation)"
                    )
            content_types = b""
            if "[content_types].xml" in names:
                content_types = zf.read(names["[content_types].xml"])[: 1 << 20].lower()
    except ZIP_READ_ERRORS as exc:
        raise DamagedWorkbook(
            "the file is a damaged zip package (perhaps cut off while downloading or copying)"
        ) from exc
    if any(name.startswith("xl/") for name in names) or (
        b"spreadsheetml" in content_types or b"ms-excel" in content_types
    ):
        return "xlsx"
    if any(name.startswith("word/") for name in names):
        raise NotASpreadsheet("this is a Word document, not a spreadsheet")
    if any(name.startswith("ppt/") for name in names):
        raise NotASpreadsheet("this is a PowerPoint presentation, not a spreadsheet")
    if path.suffix.lower() in _SPREADSHEET_SUFFIXES or "[content_types].xml" in names:
        raise DamagedWorkbook(
            "the file is named like a spreadsheet but holds no workbook "
            f"(the zip package has {_parts(len(names))}, none of them a workbook)"
        )
    raise NotASpreadsheet("this is a zip archive of other files, not a spreadsheet")


def _cfb_stream_names(path: Path) -> list[str]:
    from xlrd.compdoc import CompDoc, CompDocError

    try:
        doc = CompDoc(path.read_bytes(), logfile=io.StringIO())
    except (CompDocError, ValueError, IndexError, AssertionError, OSError) as exc:
        raise DamagedWorkbook(f"the old-style Office file is damaged ({exc})") from exc
    return [node.name for node in doc.dirlist]


def _cfb_format(path: Path) -> str:
    names = {name.lower() for name in _cfb_stream_names(path)}
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise EncryptedWorkbook()
    if "workbook" in names or "book" in names:
        return "xls"
    if "worddocument" in names:
        raise NotASpreadsheet("this is an old Word document (.doc), not a spreadsheet")
    if "powerpoint document" in names:
        raise NotASpreadsheet("this is an old PowerPoint file (.ppt), not a spreadsheet")
    raise NotASpreadsheet("this is an Office container file without a workbook inside")


def _text_format(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "csv"
    if b"\x00" in head:
        raise NotASpreadsheet("this is a binary file of an unknown kind, not a spreadsheet")
    controls = sum(1 for byte in head if byte < 0x20 and byte not in b"\t\n\r\x0c")
    if controls > max(8, len(head) // 100):
        raise NotASpreadsheet("this is a binary file of an unknown kind, not a spreadsheet")
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head.lower():
            raise NotASpreadsheet(
                "this is an old Excel 2003 XML file: open it in Excel, save it as .xlsx, try again"
            )
        if b"<html" in start[:4096] or b"<table" in start[:4096] or b"<!doctype html" in start:
            raise NotASpreadsheet(
                "this is a web page saved under a spreadsheet name: open it in Excel, save it "
                "as .xlsx, try again"
            )
        raise NotASpreadsheet("this is an XML document, not a spreadsheet")
    return "csv"


def _parts(n: int) -> str:
    return "1 part" if n == 1 else f"{n} parts"
