"""Refuse packages that would exhaust memory before any parser touches them.

A zip member can declare a tiny compressed size and inflate to gigabytes, and an XML part can
declare entities that expand exponentially ("billion laughs"). Both are checked here from the
zip central directory and the XML prologs only, so the check itself stays cheap: nothing is
inflated beyond the first few kilobytes of each XML part.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib

from .errors import UnsafeWorkbook

MAX_TOTAL_UNCOMPRESSED = 1 << 30  # 1 GiB across all members
MAX_MEMBERS = 20_000
RATIO_CHECK_FROM = 10 << 20  # ratios only matter for members above 10 MiB
MAX_RATIO = 200
MAX_PROLOG = 64 << 10  # an XML part must reach its root element within 64 KiB

_XML_SUFFIXES = (".xml", ".rels", ".vml")

# What reading a damaged zip can raise besides BadZipFile: bad deflate data, cut-off headers,
# impossible sizes, unsupported compression or encrypted members.
ZIP_READ_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    EOFError,
    OSError,
    ValueError,
    OverflowError,
    NotImplementedError,
    RuntimeError,
)
_ROOT_START = re.compile(r"<[A-Za-z_]")


def check_zip_sizes(zf: zipfile.ZipFile) -> None:
    """Raise UnsafeWorkbook when the declared sizes say the package is a zip bomb."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise UnsafeWorkbook("spreadsheet.too_many_parts", count=len(infos))
    total = 0
    for info in infos:
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise UnsafeWorkbook("spreadsheet.unpacks_too_large")
        if info.file_size > RATIO_CHECK_FROM:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_RATIO:
                raise UnsafeWorkbook("spreadsheet.zip_bomb", part=info.filename, ratio=round(ratio))


def _prolog_text(raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="ignore")
    return raw.decode("latin-1")


def check_xml_prologs(zf: zipfile.ZipFile) -> None:
    """Raise UnsafeWorkbook when an XML part carries a DTD (entity declarations).

    Office Open XML and OpenDocument never need a DTD, while entity expansion is the classic
    way to make an XML parser eat all memory, so any document type declaration is refused.
    """
    for info in zf.infolist():
        # a damaged entry may have no name at all (ZipInfo.is_dir() fails on it)
        if info.filename.endswith("/") or not info.filename.lower().endswith(_XML_SUFFIXES):
            continue
        try:
            with zf.open(info) as member:
                raw = member.read(MAX_PROLOG)
        except ZIP_READ_ERRORS:
            continue  # unreadable parts are reported by the reader as damage
        text = _prolog_text(raw)
        root = _ROOT_START.search(text)
        prolog = text[: root.start()] if root else text
        if "<!DOCTYPE" in prolog or "<!ENTITY" in prolog:
            raise UnsafeWorkbook("spreadsheet.xml_entities", part=info.filename)
        if root is None and len(raw) >= MAX_PROLOG:
            raise UnsafeWorkbook("spreadsheet.long_preamble", part=info.filename)


def check_zip(zf: zipfile.ZipFile) -> None:
    """Run every package check; call before handing the file to any parser."""
    check_zip_sizes(zf)
    check_xml_prologs(zf)
