"""Refuse sheets whose size would explode once a library lays them out as a grid.

Readers build a full grid from A1 to the farthest cell that holds a value. One cell typed at
XFD1048576 in a 5 KB workbook asks for 17 billion cells (a 550 GB allocation that aborts the
process); an 835-byte OpenDocument file can repeat one row a hundred thousand times and each
of its cells a thousand times. This module reads the sheets' XML as a stream (never holding
more than a few megabytes of it) and works out the grid each sheet would make, before any
library is handed the file. The reading itself still happens in a child process with a memory
limit (see ``isolated``): this check is the one that can say *why* in words.

Legacy .xls cannot hide a large grid: the format stops at 65,536 rows and 256 columns, which is
below ``MAX_CELLS``.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UnsafeWorkbook
from .header import column_letter
from .safety import ZIP_READ_ERRORS

MAX_CELLS = 20_000_000
"""The largest grid accepted: a million rows of 20 columns, or 100,000 rows of 200."""

_CHUNK = 4 << 20
# Any cell reference in a worksheet: ` r="B7"` (a row's own r= has no letters). The patterns
# start with literal text, which keeps a scan of a 50 MB sheet to a fraction of a second.
_CELL_REF = re.compile(rb' r="([A-Z]{1,3})([0-9]{1,9})"')
# A whole cell start tag: its attributes and whether it closes itself (then it is empty).
_CELL_TAG = re.compile(rb"<c ([^>]*?)(/?)>")
_FORMULA = re.compile(rb"<f[ >/]")
_TARGET = re.compile(rb'Target\s*=\s*["\']([^"\']+)["\']')
_FORMULA_SAMPLE = 5

# OpenDocument: table starts, row starts and ends, cells (covered cells of merges included).
_ODS_TOKEN = re.compile(
    rb"<table:table(?=[\s>])([^>]*?)>|<table:table-row(?=[\s>/])([^>]*?)(/?)>"
    rb"|</table:table-row>|<table:(?:covered-)?table-cell(?=[\s>/])([^>]*?)(/?)>"
)
_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated\s*=\s*["\']([0-9]+)["\']')
_COLUMNS_REPEATED = re.compile(rb'table:number-columns-repeated\s*=\s*["\']([0-9]+)["\']')
_VALUE_TYPE = re.compile(rb"office:value-type\s*=")
_ODS_FORMULA = re.compile(rb"table:formula\s*=")
_TABLE_NAME = re.compile(rb'table:name\s*=\s*["\']([^"\']*)["\']')


@dataclass
class SheetScan:
    """What a sheet's XML says about its size and its formulas."""

    name: str
    rows: int = 0
    columns: int = 0
    farthest: str = ""
    formulas: int = 0
    formula_cells: list[str] = field(default_factory=list)

    @property
    def cells(self) -> int:
        return self.rows * self.columns


@dataclass
class WorkbookScan:
    """Every sheet scanned; ``formulas`` counts formula cells in the whole file."""

    sheets: list[SheetScan] = field(default_factory=list)

    @property
    def formulas(self) -> int:
        return sum(sheet.formulas for sheet in self.sheets)

    def sheet(self, name: str) -> SheetScan | None:
        """The scan of the sheet called ``name``, if it was found."""
        return next((sheet for sheet in self.sheets if sheet.name == name), None)


def check_bounds(path: str | os.PathLike[str], fmt: str) -> WorkbookScan:
    """Raise UnsafeWorkbook when a sheet of the file would make a grid over ``MAX_CELLS``.

    Returns what was learnt on the way (formula cells), which the importer reports. Damage is
    not this check's business: an unreadable part is skipped and left to the reader to name.
    """
    path = Path(path)
    scan = _cached(path, fmt) if fmt in ("xlsx", "ods") else WorkbookScan()
    for sheet in scan.sheets:
        if sheet.cells > MAX_CELLS:
            size = {"sheet": sheet.name, "rows": sheet.rows, "columns": sheet.columns}
            if sheet.farthest:
                raise UnsafeWorkbook("spreadsheet.huge_sheet", cell=sheet.farthest, **size)
            raise UnsafeWorkbook("spreadsheet.huge_sheet_repeated", **size)
    return scan


_CACHE: dict[tuple[str, int, int, int], WorkbookScan] = {}


def _cached(path: Path, fmt: str) -> WorkbookScan:
    """The wizard opens a file, then reads a sheet of it: scan it once, not twice."""
    try:
        stat = path.stat()
    except OSError:
        return WorkbookScan()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino)
    if key not in _CACHE:
        if fmt == "xlsx":
            scan = _scan_xlsx(path)
        elif fmt == "ods":
            scan = _scan_ods(path)
        else:
            scan = WorkbookScan()
        _CACHE.clear()  # one file at a time is all that is ever asked for again
        _CACHE[key] = scan
    return _CACHE[key]


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, split: bytes) -> Iterator[bytes]:
    """The part in pieces of a few MB, each cut just before ``split`` so no tag is torn."""
    tail = b""
    with zf.open(info) as handle:
        while True:
            block = handle.read(_CHUNK)
            if not block:
                break
            data = tail + block
            cut = data.rfind(split)
            if cut <= 0:
                tail = data
                if len(tail) > 4 * _CHUNK:  # no tag boundary for 16 MB: not a sheet
                    return
                continue
            tail = data[cut:]
            yield data[:cut]
    if tail:
        yield tail


# -- xlsx --------------------------------------------------------------------------------


def _column_number(letters: bytes) -> int:
    number = 0
    for byte in letters:
        number = number * 26 + byte - 64
    return number


# Longest numbers and letters first: a sheet of 100,000 rows is settled by a few scans that
# find nothing, instead of turning a million references into Python objects.
_ROW_DIGITS = [re.compile(rb' r="[A-Z]{1,3}([0-9]{%d})"' % n) for n in range(9, 0, -1)]
_COLUMN_LETTERS = [re.compile(rb' r="([A-Z]{%d})[0-9]' % n) for n in (3, 2, 1)]


def _largest_row(data: bytes) -> int:
    for pattern in _ROW_DIGITS:
        found = pattern.findall(data)
        if found:
            return int(max(found))
    return 0


def _widest_column(data: bytes) -> bytes:
    for pattern in _COLUMN_LETTERS:
        found = pattern.findall(data)
        if found:
            return max(found)  # type: ignore[no-any-return]
    return b""


def _sheet_parts(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """Worksheet parts: those the workbook's relationships name, and anything in worksheets/."""
    infos = {info.filename.replace("\\", "/").lower(): info for info in zf.infolist()}
    wanted = {name for name in infos if "worksheets/" in name and name.endswith(".xml")}
    rels = infos.get("xl/_rels/workbook.xml.rels")
    if rels is not None and rels.file_size < 1 << 20:
        for target in _TARGET.findall(zf.read(rels)):
            name = target.decode("latin-1").replace("\\", "/").lstrip("/").lower()
            name = name if name.startswith("xl/") else f"xl/{name}"
            if name in infos and "sheet" in name and "sharedstrings" not in name:
                wanted.add(name)
    return [infos[name] for name in sorted(wanted)]


_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\s([^>]*)>")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\s([^>]*)>")
_NAME = re.compile(rb'\sname="([^"]*)"')
_RID = re.compile(rb'\s\w+:id="([^"]*)"')
_ID = re.compile(rb'\sId="([^"]*)"')


def _sheet_names(zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]) -> dict[str, str]:
    """Part name -> the sheet's name as the workbook shows it (for messages and formulas)."""
    workbook, rels = infos.get("xl/workbook.xml"), infos.get("xl/_rels/workbook.xml.rels")
    if workbook is None or rels is None or max(workbook.file_size, rels.file_size) > 1 << 22:
        return {}
    targets: dict[bytes, str] = {}
    for attrs in _RELATIONSHIP.findall(b" " + zf.read(rels)):
        rid, target = _ID.search(b" " + attrs), _TARGET.search(attrs)
        if rid and target:
            name = target.group(1).decode("latin-1").replace("\\", "/").lstrip("/").lower()
            targets[rid.group(1)] = name if name.startswith("xl/") else f"xl/{name}"
    names: dict[str, str] = {}
    for attrs in _SHEET_TAG.findall(zf.read(workbook)):
        name, rid = _NAME.search(b" " + attrs), _RID.search(b" " + attrs)
        if name and rid and rid.group(1) in targets:
            names[targets[rid.group(1)]] = _xml_text(name.group(1))
    return names


def _xml_text(raw: bytes) -> str:
    from html import unescape

    return unescape(raw.decode("utf-8", "replace"))


def _scan_xlsx(path: Path) -> WorkbookScan:
    out = WorkbookScan()
    try:
        with zipfile.ZipFile(path) as zf:
            infos = {info.filename.replace("\\", "/").lower(): info for info in zf.infolist()}
            names = _sheet_names(zf, infos)
            for info in _sheet_parts(zf):
                scan = _scan_sheet(zf, info)
                key = info.filename.replace("\\", "/").lower()
                scan.name = names.get(key, scan.name)
                out.sheets.append(scan)
    except ZIP_READ_ERRORS:
        pass
    return out


def _scan_sheet(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> SheetScan:
    """Rows and columns from A1 to the farthest cell; formula cells counted.

    The quick pass takes every cell reference, empty ones included (styled empty rows are
    common). Only when that grid is too large are the cells looked at one by one, keeping
    those that hold something, as the readers do.
    """
    name = Path(info.filename).stem
    scan = SheetScan(name)
    max_row, max_col = 0, b""
    for data in _chunks(zf, info, b"<"):
        max_row = max(max_row, _largest_row(data))
        widest = _widest_column(data)
        if (len(widest), widest) > (len(max_col), max_col):
            max_col = widest
        for match in _FORMULA.finditer(data):
            scan.formulas += 1
            if len(scan.formula_cells) < _FORMULA_SAMPLE:
                ref = _CELL_REF.search(data, max(data.rfind(b"<c ", 0, match.start()), 0))
                if ref:
                    scan.formula_cells.append((ref.group(1) + ref.group(2)).decode())
    scan.rows, scan.columns = max_row, _column_number(max_col)
    if scan.cells > MAX_CELLS:
        _scan_filled_cells(zf, info, scan)
    return scan


def _scan_filled_cells(zf: zipfile.ZipFile, info: zipfile.ZipInfo, scan: SheetScan) -> None:
    """The grid made by the cells that hold something (a self-closing cell holds nothing)."""
    max_row = max_col = 0
    farthest = (0, 0)
    for data in _chunks(zf, info, b"<"):
        for match in _CELL_TAG.finditer(data):
            if match.group(2):
                continue
            ref = _CELL_REF.search(b" " + match.group(1))
            if ref is None:
                continue  # a cell without a reference follows the one before: no jump
            row, col = int(ref.group(2)), _column_number(ref.group(1))
            if row > max_row or col > max_col:
                max_row, max_col = max(max_row, row), max(max_col, col)
                if row * col >= farthest[0] * farthest[1]:
                    farthest = (row, col)
    scan.rows, scan.columns = max_row, max_col
    if farthest != (0, 0):
        scan.farthest = f"{column_letter(farthest[1] - 1)}{farthest[0]}"


# -- ods ---------------------------------------------------------------------------------


def _repeat(pattern: re.Pattern[bytes], attributes: bytes) -> int:
    found = pattern.search(attributes)
    return max(int(found.group(1)), 1) if found else 1


def _scan_ods(path: Path) -> WorkbookScan:
    out = WorkbookScan()
    try:
        with zipfile.ZipFile(path) as zf:
            infos = {info.filename.replace("\\", "/").lower(): info for info in zf.infolist()}
            content = infos.get("content.xml")
            if content is not None:
                out.sheets.extend(_scan_content(zf, content))
    except ZIP_READ_ERRORS:
        pass
    return out


def _scan_content(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> list[SheetScan]:
    """Rows up to the last row holding something, times the widest such row, per table.

    Empty repeated rows and cells (LibreOffice ends every sheet with a million of them) are
    not laid out by the readers and are not counted.
    """
    sheets: list[SheetScan] = []
    sheet: SheetScan | None = None
    row_at = 0  # rows laid out so far in this table
    row_repeat = 1
    width = 0  # columns up to the last filled cell of the current row
    column = 0
    for data in _chunks(zf, info, b"<"):
        for match in _ODS_TOKEN.finditer(data):
            table, row_attrs, row_closed, cell_attrs, cell_closed = match.groups()
            if table is not None:
                named = _TABLE_NAME.search(table)
                name = _xml_text(named.group(1)) if named else ""
                sheet = SheetScan(name)
                sheets.append(sheet)
                row_at = 0
            elif row_attrs is not None:
                row_repeat = _repeat(_ROWS_REPEATED, row_attrs)
                width = column = 0
                if row_closed:
                    row_at += row_repeat
            elif cell_attrs is not None:
                repeat = _repeat(_COLUMNS_REPEATED, cell_attrs)
                column += repeat
                if not cell_closed or _VALUE_TYPE.search(cell_attrs):
                    width = column
                if sheet is not None and _ODS_FORMULA.search(cell_attrs):
                    sheet.formulas += repeat * row_repeat
                    if len(sheet.formula_cells) < _FORMULA_SAMPLE:
                        sheet.formula_cells.append(f"{column_letter(column - repeat)}{row_at + 1}")
            else:  # the end of a row
                row_at += row_repeat
                if sheet is not None and width:
                    sheet.rows = row_at
                    sheet.columns = max(sheet.columns, width)
                row_repeat = 1
    return sheets
