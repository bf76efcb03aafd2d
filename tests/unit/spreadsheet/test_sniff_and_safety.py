"""Files that are not what their name says, and files built to hurt: each gets its own reason."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from groupdesk.core.spreadsheet.errors import (
    DamagedWorkbook,
    EmptyWorkbook,
    NotASpreadsheet,
    SpreadsheetError,
    UnsafeWorkbook,
)
from groupdesk.core.spreadsheet.reader import open_workbook, read_sheet
from groupdesk.core.spreadsheet.sniff import detect_format

from .builders import BILLION_LAUGHS, rewrite_part, write_xlsx, zip_bomb


def test_xlsx_is_detected_by_content_whatever_its_name(tmp_path: Path) -> None:
    real = write_xlsx(tmp_path / "a.xlsx", [["Nama"], ["Budi"]])
    renamed = tmp_path / "laporan.xls"
    renamed.write_bytes(real.read_bytes())
    assert detect_format(renamed) == "xlsx"
    assert read_sheet(renamed) == [["Nama"], ["Budi"]]


def test_xlsm_is_xlsx(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "macro.xlsm", [["Nama"]])
    assert detect_format(path) == "xlsx"


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "kosong.xlsx"
    path.write_bytes(b"")
    with pytest.raises(EmptyWorkbook, match="0 bytes"):
        detect_format(path)


def test_missing_file_has_a_reason(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        open_workbook(tmp_path / "tidak-ada.xlsx")
    assert "cannot be opened" in caught.value.reason


def test_folder_is_not_a_spreadsheet(tmp_path: Path) -> None:
    with pytest.raises(NotASpreadsheet, match="folder"):
        detect_format(tmp_path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), "PNG"),
        (b"\xff\xd8\xff\xe0" + bytes(64), "JPEG"),
        (b"\x00\x01\x02\x03\x04binary" * 20, "binary"),
        (b"<html><body><table><tr><td>Nama</td></tr></table></body></html>", "web page"),
        (
            b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
            b"</Workbook>",
            "Excel 2003",
        ),
        (b'<?xml version="1.0"?><note>hi</note>', "XML"),
    ],
)
def test_other_kinds_of_file_are_named(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "anggota.xls"
    path.write_bytes(content)
    with pytest.raises(NotASpreadsheet) as caught:
        read_sheet(path)
    assert words in caught.value.reason


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zip_of_photos_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = _zip(tmp_path / "foto.zip", {"foto1.jpg": b"\xff\xd8\xff", "foto2.jpg": b"\xff\xd8"})
    with pytest.raises(NotASpreadsheet, match="zip archive"):
        detect_format(path)


def test_zip_named_xlsx_without_workbook_is_damaged(tmp_path: Path) -> None:
    path = _zip(tmp_path / "anggota.xlsx", {"readme.txt": b"hello"})
    with pytest.raises(DamagedWorkbook, match="no workbook"):
        detect_format(path)


def test_word_document_is_named(tmp_path: Path) -> None:
    path = _zip(
        tmp_path / "surat.xlsx",
        {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"},
    )
    with pytest.raises(NotASpreadsheet, match="Word"):
        detect_format(path)


def test_opendocument_text_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = _zip(
        tmp_path / "surat.ods",
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
    )
    with pytest.raises(NotASpreadsheet, match="OpenDocument"):
        detect_format(path)


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    path = zip_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 1 << 20
    started = time.perf_counter()
    with pytest.raises(UnsafeWorkbook) as caught:
        read_sheet(path)
    assert time.perf_counter() - started < 1
    assert "zip bomb" in caught.value.reason


def test_declared_size_over_one_gigabyte_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "huge.xlsx", {"xl/workbook.xml": b"<workbook/>"})
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (2**31).to_bytes(4, "little")  # uncompressed size
    path.write_bytes(bytes(data))
    with pytest.raises(UnsafeWorkbook, match="1 GB"):
        detect_format(path)


def test_billion_laughs_sheet_is_refused(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Nama"]])
    bad = rewrite_part(
        good,
        tmp_path / "laughs.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda data: BILLION_LAUGHS.encode(),
    )
    with pytest.raises(UnsafeWorkbook, match="entities"):
        read_sheet(bad)


def test_entity_declaration_hidden_in_utf16_part_is_refused(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Nama"]])
    bad = rewrite_part(
        good,
        tmp_path / "laughs16.xlsx",
        "xl/workbook.xml",
        lambda data: BILLION_LAUGHS.replace('"1.0"?>', '"1.0" encoding="UTF-16"?>').encode(
            "utf-16"
        ),
    )
    with pytest.raises(UnsafeWorkbook):
        open_workbook(bad)


def test_entity_declaration_pushed_past_a_long_comment_is_refused(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Nama"]])
    padded = "<!--" + "x" * 100_000 + "-->"
    bad = rewrite_part(
        good,
        tmp_path / "padded.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda data: BILLION_LAUGHS.replace("<!DOCTYPE", padded + "<!DOCTYPE").encode(),
    )
    with pytest.raises(UnsafeWorkbook):
        read_sheet(bad)


def test_corpus_style_dtd_free_workbook_passes_the_guard(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ok.xlsx", [["Nama", "Kota"], ["Budi", "Bandung"]])
    assert detect_format(path) == "xlsx"


def _with_a_nameless_part(good: bytes) -> bytes:
    """The workbook with its first part's name emptied in the central directory, as one
    damaged byte can do (the name's bytes are left behind as that part's comment)."""
    data = bytearray(good)
    entry = data.index(b"PK\x01\x02")
    name_length = int.from_bytes(data[entry + 28 : entry + 30], "little")
    comment_length = int.from_bytes(data[entry + 32 : entry + 34], "little")
    data[entry + 28 : entry + 30] = (0).to_bytes(2, "little")
    data[entry + 32 : entry + 34] = (comment_length + name_length).to_bytes(2, "little")
    # the comment now follows the (unchanged) extra field: move the name's bytes there
    extra_length = int.from_bytes(data[entry + 30 : entry + 32], "little")
    name = data[entry + 46 : entry + 46 + name_length]
    rest = data[entry + 46 + name_length : entry + 46 + name_length + extra_length]
    data[entry + 46 : entry + 46 + name_length + extra_length] = rest + name
    return bytes(data)


def test_a_part_without_a_name_is_damage_not_a_crash(tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Nama"], ["Budi"]]).read_bytes()
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(_with_a_nameless_part(good))
    assert "" in zipfile.ZipFile(damaged).namelist()  # really nameless, still a zip
    for call in (open_workbook, read_sheet):
        try:
            call(damaged)
        except SpreadsheetError as exc:
            assert exc.reason.strip()
