"""python-calamine: the fast first choice for xlsx, xls and ods.

It reads files openpyxl cannot (strict OOXML, backslash zip paths, "SharedStrings.xml",
cells without coordinates) and is several times faster, so every format tries it first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from ..info import SheetInfo

_SUFFIXES = {
    "xlsx": (".xlsx", ".xlsm", ".xltx", ".xltm"),
    "xls": (".xls", ".xla"),
    "ods": (".ods",),
}


class CalamineBackend:
    """Adapter around a CalamineWorkbook.

    calamine picks its parser from the file name, so a renamed file (an ODS saved as .xlsx)
    is handed over as a file object instead, which makes calamine look at the content.
    """

    def __init__(self, path: Path, fmt: str) -> None:
        if path.suffix.lower() in _SUFFIXES.get(fmt, ()):
            self._workbook = CalamineWorkbook.from_path(str(path))
        else:
            with path.open("rb") as handle:
                self._workbook = CalamineWorkbook.from_filelike(handle)

    def sheets(self) -> list[SheetInfo]:
        return [
            SheetInfo(
                name=meta.name,
                visible=meta.visible == SheetVisibleEnum.Visible,
                is_worksheet=meta.typ == SheetTypeEnum.WorkSheet,
            )
            for meta in self._workbook.sheets_metadata
        ]

    def rows(self, sheet: str, max_rows: int | None) -> Iterator[Sequence[object]]:
        # skip_empty_area=False keeps rows and columns anchored at A1, so "row 9" means the
        # same thing here as in Excel; calamine's range already ignores styled empty cells.
        data = self._workbook.get_sheet_by_name(sheet)
        return iter(data.to_python(skip_empty_area=False, nrows=max_rows))

    def close(self) -> None:
        self._workbook.close()
