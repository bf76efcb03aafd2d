"""The two calls the importer makes: what is in this file, and give me the rows of one sheet.

Format is decided by content (sniff), the package is checked for bombs before any parser runs,
then libraries are tried in order: calamine first (fast, tolerant), a second library where
calamine is known to fail. Whatever goes wrong ends as a SpreadsheetError with a reason.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .backends import Backend
from .bounds import check_bounds
from .cells import Cell, collect, gc_paused
from .csv_reader import read_csv
from .date_system import xls_date1904, xlsx_date1904
from .errors import DamagedWorkbook, EmptyWorkbook, SheetNotFound, SpreadsheetError
from .info import SheetInfo, WorkbookInfo
from .isolated import KeepGoing, run_isolated
from .sniff import detect_format
from .translate import translate

BackendFactory = Callable[[Path, str], Backend]

T = TypeVar("T")


def _calamine(path: Path, fmt: str) -> Backend:
    from .backends.calamine_backend import CalamineBackend

    return CalamineBackend(path, fmt)


def _openpyxl(path: Path, fmt: str) -> Backend:
    from .backends.openpyxl_backend import OpenpyxlBackend

    return OpenpyxlBackend(path)


def _xlrd(path: Path, fmt: str) -> Backend:
    from .backends.xlrd_backend import XlrdBackend

    return XlrdBackend(path)


_BACKENDS: dict[str, tuple[BackendFactory, ...]] = {
    "xlsx": (_calamine, _openpyxl),
    "xls": (_calamine, _xlrd),
    "ods": (_calamine,),
}


def _csv_sheet(path: Path) -> SheetInfo:
    return SheetInfo(name=path.stem or "CSV")


def _no_sheets_error(path: Path, fmt: str) -> SpreadsheetError:
    if fmt == "xlsx":
        import zipfile

        from .safety import ZIP_READ_ERRORS

        try:
            with zipfile.ZipFile(path) as zf:
                names = [info.filename.replace("\\", "/").lower() for info in zf.infolist()]
        except ZIP_READ_ERRORS:
            names = []
        has_sheet_data = any("worksheets/" in name for name in names)
        if has_sheet_data:
            return DamagedWorkbook("spreadsheet.sheet_list_empty")
    return EmptyWorkbook("spreadsheet.no_sheets")


def _choose_sheet(sheets: list[SheetInfo], wanted: str | None) -> str:
    if wanted is None:
        default = WorkbookInfo(format="", sheets=sheets).default_sheet
        if default is None:
            raise EmptyWorkbook("spreadsheet.only_charts")
        return default
    for sheet in sheets:
        if sheet.name == wanted:
            if not sheet.is_worksheet:
                raise SheetNotFound("spreadsheet.sheet_is_chart", sheet=wanted)
            return sheet.name
    names = ", ".join(f"'{sheet.name}'" for sheet in sheets[:10])
    raise SheetNotFound("spreadsheet.no_such_sheet", sheet=wanted, names=names)


def _with_backend(path: Path, fmt: str, use: Callable[[Backend], T]) -> T:
    """Run ``use`` with the first backend that manages; translate the first failure."""
    first_error: BaseException | None = None
    for factory in _BACKENDS[fmt]:
        backend = None
        try:
            backend = factory(path, fmt)
            if first_error is not None and not backend.sheets():
                break  # a fallback that sees nothing must not hide the real problem
            return use(backend)
        except SpreadsheetError:
            raise
        except BaseException as exc:  # every library failure becomes a reason
            if not isinstance(exc, Exception) and type(exc).__name__ != "PanicException":
                raise  # Ctrl+C and exits pass; a Rust panic in calamine is a failure like any
            if first_error is None:
                first_error = exc
        finally:
            if backend is not None:
                with contextlib.suppress(Exception):  # closing must never mask the result
                    backend.close()
    assert first_error is not None
    raise translate(first_error) from first_error


def open_workbook(
    path: str | os.PathLike[str], *, keep_going: KeepGoing | None = None
) -> WorkbookInfo:
    """List the sheets of a spreadsheet file, with the format found by content.

    Raises a SpreadsheetError subclass (never a library exception) when the file cannot be
    read, including EmptyWorkbook/DamagedWorkbook when a workbook lists no sheets. Workbooks
    are opened in a child process (see ``isolated``); ``keep_going`` returning False cancels.
    """
    path = Path(path)
    fmt = detect_format(path)
    if fmt == "csv":
        return WorkbookInfo(format="csv", sheets=[_csv_sheet(path)], date1904=None)
    return run_isolated(  # type: ignore[no-any-return]
        "open_workbook", str(path), fmt, keep_going=keep_going, check=_guard(path, fmt)
    )


def read_sheet(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    *,
    max_rows: int | None = None,
    keep_going: KeepGoing | None = None,
) -> list[list[Cell]]:
    """Return the rows of one sheet as plain values, anchored at A1.

    ``sheet`` defaults to the first visible worksheet. Trailing empty rows and columns are
    dropped and every row has the same length; ``max_rows`` limits the rows read (for a
    preview) without reading the rest of the sheet where the library allows it.
    """
    return read_workbook(path, sheet, max_rows=max_rows, keep_going=keep_going)[1]


def read_workbook(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    *,
    max_rows: int | None = None,
    keep_going: KeepGoing | None = None,
) -> tuple[WorkbookInfo, list[list[Cell]]]:
    """The sheets of the file and the rows of one of them, read together (one child)."""
    path = Path(path)
    if max_rows is not None and max_rows < 0:
        raise ValueError("max_rows must not be negative")
    fmt = detect_format(path)
    if fmt == "csv":
        if sheet is not None and sheet != _csv_sheet(path).name:
            raise SheetNotFound("spreadsheet.csv_one_sheet", sheet=sheet)
        info = WorkbookInfo(format="csv", sheets=[_csv_sheet(path)], date1904=None)
        with gc_paused():
            return info, collect(read_csv(path), max_rows)
    return run_isolated(  # type: ignore[no-any-return]
        "read_workbook",
        str(path),
        fmt,
        sheet,
        max_rows,
        keep_going=keep_going,
        check=_guard(path, fmt),
    )


def _guard(path: Path, fmt: str) -> Callable[[], object]:
    """The size check (see ``bounds``) for ``run_isolated`` to run beside the child."""
    return lambda: check_bounds(path, fmt)


# -- what the child process runs (see isolated.py) -----------------------------------------


def open_workbook_here(path_text: str, fmt: str) -> WorkbookInfo:
    """The sheets and date system of a workbook, read in this process."""
    path = Path(path_text)
    sheets = _with_backend(path, fmt, lambda backend: backend.sheets())
    return _info(path, fmt, sheets)


def _info(path: Path, fmt: str, sheets: list[SheetInfo]) -> WorkbookInfo:
    if not sheets:
        raise _no_sheets_error(path, fmt)
    date1904: bool | None = None
    if fmt == "xlsx":
        date1904 = xlsx_date1904(path)
    elif fmt == "xls":
        date1904 = xls_date1904(path)
    return WorkbookInfo(format=fmt, sheets=sheets, date1904=date1904)


def read_workbook_here(
    path_text: str, fmt: str, sheet: str | None, max_rows: int | None
) -> tuple[WorkbookInfo, list[list[Cell]]]:
    """The sheets and the rows of one sheet, read in this process with one open."""
    path = Path(path_text)

    def use(backend: Backend) -> tuple[WorkbookInfo, list[list[Cell]]]:
        info = _info(path, fmt, backend.sheets())
        name = _choose_sheet(info.sheets, sheet)
        with gc_paused():
            return info, collect(backend.rows(name, max_rows), max_rows)

    return _with_backend(path, fmt, use)
