"""Every file of the shared real-world corpus is either read or refused with its own reason.

The parametrisation walks the corpus folder, so a file added there is covered without
touching this module: it must read (sheets and rows of plain values) or raise a specific
SpreadsheetError subclass with a reason, never a library exception.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from groupdesk.core.spreadsheet.errors import (
    DamagedWorkbook,
    EmptyWorkbook,
    EncryptedWorkbook,
    NotASpreadsheet,
    SpreadsheetError,
)
from groupdesk.core.spreadsheet.reader import open_workbook, read_sheet
from tests.conftest import REALFILES

PLAIN_TYPES = (str, int, float, bool, dt.date, dt.datetime, dt.time, type(None))

REFUSED: dict[str, tuple[type[SpreadsheetError] | tuple[type[SpreadsheetError], ...], str]] = {
    "xlsx-corpus/calamine/pass_protected.xlsx": (EncryptedWorkbook, "password"),
    "xlsx-corpus/excelize/encryptAES.xlsx": (EncryptedWorkbook, "password"),
    "xlsx-corpus/python-calamine/password.xlsx": (EncryptedWorkbook, "password"),
    "xlsx-corpus/openpyxl/null_file.xlsx": (EmptyWorkbook, "empty"),
    "xlsx-corpus/openpyxl/null_archive.xlsx": ((DamagedWorkbook, NotASpreadsheet), "no workbook"),
    "xlsx-corpus/tealeg-xlsx/badfile_noWorkbookRels.xlsx": (DamagedWorkbook, "workbook.xml.rels"),
    "xlsx-corpus/tealeg-xlsx/badfile_noWorksheets.xlsx": (DamagedWorkbook, "Tabelle1"),
    "xlsx-corpus/excelize/BadWorkbook.xlsx": (DamagedWorkbook, "list of sheets is empty"),
}

# Files whose content differs from their name: the format must come from the bytes.
FORMAT_BY_CONTENT = {
    "xlsx-corpus/roo/type_excel.xlsx": "xls",
    "xlsx-corpus/roo/type_openoffice.xlsx": "ods",
}


def _corpus_files() -> list[Path]:
    if not REALFILES.is_dir():
        return []
    return sorted(
        path
        for folder in ("xlsx-corpus", "roster")
        for path in (REALFILES / folder).rglob("*")
        if path.is_file()
    )


def _ids() -> list[object]:
    files = _corpus_files()
    if not files:
        return [pytest.param(None, id="corpus-missing")]
    return [pytest.param(path, id=path.relative_to(REALFILES).as_posix()) for path in files]


def _key(path: Path) -> str:
    return path.relative_to(REALFILES).as_posix()


@pytest.mark.parametrize("path", _ids())
def test_corpus_file_is_read_or_refused_with_a_reason(path: Path | None) -> None:
    if path is None:
        pytest.skip(f"the shared real-file corpus is not present at {REALFILES.name}/")
    key = _key(path)
    if key in REFUSED:
        expected, words = REFUSED[key]
        try:  # listing sheets may still work when only a sheet's data is missing
            open_workbook(path)
        except SpreadsheetError as exc:
            assert isinstance(exc, expected), exc
        with pytest.raises(expected) as caught:
            read_sheet(path)
        assert words.lower() in caught.value.reason.lower()
        return
    started = time.perf_counter()
    try:
        info = open_workbook(path)
    except SpreadsheetError as exc:  # a new corpus file may be refused, but specifically
        assert type(exc) is not SpreadsheetError, exc.reason
        assert exc.reason and "\n" not in exc.reason
        return
    assert info.sheets, "a readable workbook lists its sheets"
    assert info.format == FORMAT_BY_CONTENT.get(key, info.format)
    for sheet in [s for s in info.sheets if s.is_worksheet][:5]:
        rows = read_sheet(path, sheet.name)
        widths = {len(row) for row in rows}
        assert len(widths) <= 1, "rows come back rectangular"
        for row in rows:
            assert all(isinstance(value, PLAIN_TYPES) for value in row), row
        if rows:
            assert any(value is not None for value in rows[-1]), "trailing empty rows trimmed"
            assert any(row[-1] is not None for row in rows), "trailing empty columns trimmed"
    assert time.perf_counter() - started < 10


def test_every_refusal_in_the_table_exists_in_the_corpus() -> None:
    if not REALFILES.is_dir():
        pytest.skip("the shared real-file corpus is not present")
    missing = [key for key in REFUSED if not (REALFILES / key).is_file()]
    assert not missing
