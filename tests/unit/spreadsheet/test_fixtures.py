"""The most important real-file checks, on copies kept with the tests (no corpus needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from groupdesk.core.spreadsheet.errors import EncryptedWorkbook
from groupdesk.core.spreadsheet.header import detect_header
from groupdesk.core.spreadsheet.reader import open_workbook, read_sheet
from groupdesk.core.spreadsheet.sniff import detect_format
from tests.conftest import FIXTURES

HERE = FIXTURES / "spreadsheets"


def test_1904_dates() -> None:
    path = HERE / "date_1904.xlsx"
    assert open_workbook(path).date1904 is True
    assert read_sheet(path)[0][0] == dt.date(2021, 1, 1)


def test_header_at_row_9() -> None:
    guess = detect_header(read_sheet(HERE / "header-row.xlsx"))
    assert guess.row_number == 9
    assert guess.headers[0] == "Columns"


def test_password_protected_workbook_has_the_advice() -> None:
    path = HERE / "pass_protected.xlsx"
    with pytest.raises(EncryptedWorkbook) as caught:
        detect_format(path)
    assert caught.value.reason == (
        "the workbook is password-protected: open it in Excel, remove the password, save, try again"
    )


def test_utf16_windows_phone_workbook() -> None:
    path = HERE / "Pfand_from_windows_phone.xlsx"
    assert len(open_workbook(path).sheets) == 3
    assert read_sheet(path)[1][0] == dt.date(2011, 9, 14)
