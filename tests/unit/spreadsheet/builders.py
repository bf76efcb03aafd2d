"""Small, hand-built spreadsheet packages for tests: good ones, broken ones, hostile ones."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import openpyxl

SHEET_PART = "xl/worksheets/sheet1.xml"


def write_xlsx(path: Path, rows: Iterable[Iterable[object]]) -> Path:
    """A normal workbook written by openpyxl."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Anggota"
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def rewrite_part(source: Path, target: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    """Copy a zip package, passing one part through ``change`` (None-returning drops it)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == part:
                data = change(data)
                if data is None:
                    continue
            zout.writestr(info.filename, data)
    return target


def million_empty_rows(path: Path, total_rows: int = 1_000_000) -> Path:
    """Two rows of data followed by styled but empty rows down to ``total_rows``.

    This is what Excel leaves behind when someone formats whole columns: the rows exist in the
    XML, hold no values, and used to make readers build huge lists.
    """
    base = write_xlsx(path.with_suffix(".base.xlsx"), [["Nama", "Kota"], ["Budi", "Bandung"]])
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename != SHEET_PART:
                zout.writestr(info.filename, data)
                continue
            head, tail = data.decode().split("</sheetData>")
            with zout.open(SHEET_PART, "w") as out:
                out.write(head.replace('ref="A1:B2"', f'ref="A1:B{total_rows}"').encode())
                chunk: list[str] = []
                for row in range(3, total_rows + 1):
                    chunk.append(f'<row r="{row}"><c r="A{row}" s="0"/><c r="B{row}" s="0"/></row>')
                    if len(chunk) == 20_000:
                        out.write("".join(chunk).encode())
                        chunk = []
                out.write("".join(chunk).encode())
                out.write(("</sheetData>" + tail).encode())
    base.unlink()
    return path


def zip_bomb(path: Path, inflated_bytes: int = 64 << 20) -> Path:
    """A package whose sheet part inflates ~1000 times (real deflate, not a faked header)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
        zout.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with zout.open(SHEET_PART, "w", force_zip64=True) as out:
            block = b" " * (1 << 20)
            for _ in range(inflated_bytes >> 20):
                out.write(block)
    return path


BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n'
    '<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{level} "{("&lol" + (str(level - 1) if level > 1 else "") + ";") * 10}">\n'
        for level in range(1, 10)
    )
    + "]>\n"
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'
    "</worksheet>"
)


def far_cell_xlsx(path: Path, *, styled_only: bool = False) -> Path:
    """A 2 KB workbook: a header in A1 and one more cell at XFD1048576, the last cell a sheet
    can have. A reader that lays the sheet out as a grid asks for 17 billion cells.

    With ``styled_only`` the far cell holds no value (what gnumeric writes for a formatted
    sheet): harmless, and it must not be refused.
    """
    base = write_xlsx(path.with_suffix(".base.xlsx"), [["Nama"], ["Ayu"]])
    far = '<c r="XFD1048576" s="0"/>' if styled_only else '<c r="XFD1048576"><v>1</v></c>'

    def change(data: bytes) -> bytes:
        text = data.decode()
        head, tail = text.split("</sheetData>")
        return (head + f'<row r="1048576">{far}</row></sheetData>' + tail).encode()

    rewrite_part(base, path, SHEET_PART, change)
    base.unlink()
    return path


_ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Anggota">{rows}</table:table>'
    "</office:spreadsheet></office:body></office:document-content>"
)
_ODS_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
    ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/"'
    ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def _ods_cell(text: str, columns: int = 1) -> str:
    repeat = f' table:number-columns-repeated="{columns}"' if columns > 1 else ""
    return (
        f'<table:table-cell{repeat} office:value-type="string"><text:p>{text}</text:p>'
        "</table:table-cell>"
    )


def repeated_ods(path: Path, rows: int = 99_000, columns: int = 1000) -> Path:
    """An OpenDocument sheet of under 1 KB: a header, then one row of ``columns`` repeated
    cells repeated ``rows`` times (99 million cells by default), and the million empty
    repeated rows LibreOffice ends every sheet with."""
    body = (
        f"<table:table-row>{_ods_cell('Nama')}</table:table-row>"
        f'<table:table-row table:number-rows-repeated="{rows}">{_ods_cell("x", columns)}'
        "</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048000">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        zf.writestr("content.xml", _ODS_CONTENT.format(rows=body))
        zf.writestr("META-INF/manifest.xml", _ODS_MANIFEST)
    return path
