"""What an import is asked to do, and the table it reads from.

``ImportPlan`` is what the wizard pages fill in and what the CLI builds from its options.
``SourceTable`` is the chosen sheet read once, with the header row found (or given).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from groupdesk.core.spreadsheet import (
    NoHeaderRow,
    SheetInfo,
    read_workbook,
)
from groupdesk.core.spreadsheet.bounds import check_bounds
from groupdesk.core.spreadsheet.cells import Cell, is_blank
from groupdesk.core.spreadsheet.header import (
    LOOKAHEAD,
    HeaderGuess,
    _names,  # the same naming rules as detection
    detect_header,
)
from groupdesk.core.spreadsheet.isolated import KeepGoing

KINDS = ("members", "projects", "shifts", "signups", "challenges", "payments", "credits")
POLICIES = ("skip", "update", "new")


@dataclass
class ImportPlan:
    """Kind, file, sheet, header row, column mapping and duplicates policy.

    ``mapping`` maps a column index (0 = first column of the table, as in
    ``SourceTable.headers``) to a target field name; None means "guess from the headers".
    ``header_row`` is 0-based in the sheet; None means "detect".
    """

    kind: str
    path: Path
    sheet: str | None = None
    header_row: int | None = None
    mapping: dict[int, str] | None = None
    policy: str = "skip"
    skip_invalid: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown kind {self.kind!r} (use one of {', '.join(KINDS)})")
        if self.policy not in POLICIES:
            raise ValueError(f"unknown duplicates policy {self.policy!r}")
        self.path = Path(self.path)


@dataclass
class SourceTable:
    """One sheet of a file: every row as read, and where the table is."""

    path: Path
    format: str
    sheets: list[SheetInfo]
    sheet: str
    date1904: bool
    rows: list[list[Cell]]
    header: HeaderGuess
    _data: list[tuple[int, list[Cell]]] | None = field(default=None, repr=False)
    formulas: int = 0
    """Cells of the sheet that hold a formula: what was read is their last calculated value."""
    formula_cells: tuple[str, ...] = ()
    """A few of them by address (B7), for the message."""

    def notes(self) -> list[str]:
        """What the person should know about how the sheet was read (one line each)."""
        if not self.formulas:
            return []
        where = ", ".join(self.formula_cells)
        more = ", ..." if self.formulas > len(self.formula_cells) else ""
        return [
            f"{self.formulas} cell(s) hold formulas ({where}{more}); their last calculated "
            "values were read, not the formulas"
        ]

    @property
    def headers(self) -> list[str]:
        return self.header.headers

    def data_rows(self) -> list[tuple[int, list[Cell]]]:
        """(row number as the spreadsheet shows it, cells of the table columns) per data row;
        empty rows are left out."""
        if self._data is None:
            first, last = self.header.first_col, self.header.last_col + 1
            width = last - first
            out: list[tuple[int, list[Cell]]] = []
            rows = self.rows
            whole = first == 0 and all(len(row) == width for row in rows[self.header.row + 1 :])
            for index in range(self.header.row + 1, len(rows)):
                row = rows[index]
                cells = row if whole else row[first:last]
                if len(cells) < width:
                    cells = cells + [None] * (width - len(cells))
                if cells.count(None) == width:
                    continue  # an empty row
                for value in cells:
                    if value is not None and (type(value) is not str or not value.isspace()):
                        out.append((index + 1, cells))
                        break
            self._data = out
        return self._data

    def with_header_row(self, row: int) -> SourceTable:
        """The same sheet read with the header in another row (0-based)."""
        guess = header_at(self.rows, row)
        return SourceTable(
            self.path,
            self.format,
            self.sheets,
            self.sheet,
            self.date1904,
            self.rows,
            guess,
            formulas=self.formulas,
            formula_cells=self.formula_cells,
        )


def header_at(rows: list[list[Cell]], row: int) -> HeaderGuess:
    """The table with its header in the row a person chose (0-based), wherever it is."""
    if not 0 <= row < len(rows):
        raise ValueError(f"the sheet has no row {row + 1}")
    filled = [
        index
        for other in rows[row : row + 1 + LOOKAHEAD]
        for index, value in enumerate(other)
        if not is_blank(value)
    ]
    first, last = (min(filled), max(filled)) if filled else (0, 0)
    headers = _names(rows[row], first, last)
    data = sum(1 for other in rows[row + 1 :] if any(not is_blank(v) for v in other))
    return HeaderGuess(row=row, first_col=first, last_col=last, headers=headers, data_rows=data)


def load_source(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    header_row: int | None = None,
    *,
    lenient: bool = False,
    keep_going: KeepGoing | None = None,
) -> SourceTable:
    """Read ``sheet`` (default: the first visible one) and find its header row.

    Raises SpreadsheetError subclasses with a one-line ``reason`` for every file that cannot
    be read, a sheet with no table, and a sheet with a header but no rows. With ``lenient``
    (the wizard, where a person can pick the header row) a sheet whose header is not found
    is taken with its first non-empty row as the header instead; an empty sheet still raises.
    ``keep_going`` returning False cancels the reading (ReadCancelled).
    """
    path = Path(path)
    info, rows = read_workbook(path, sheet, keep_going=keep_going)
    name = sheet or info.default_sheet or (info.sheets[0].name if info.sheets else "")
    if header_row is not None:
        guess = header_at(rows, header_row)
    elif lenient:
        try:
            guess = detect_header(rows, require_data=False)
        except NoHeaderRow:
            first = next(i for i, row in enumerate(rows) if any(not is_blank(v) for v in row))
            guess = header_at(rows, first)
    else:
        guess = detect_header(rows)
    scan = check_bounds(path, info.format).sheet(name)  # done while reading: remembered
    return SourceTable(
        path=path,
        format=info.format,
        sheets=list(info.sheets),
        sheet=name,
        date1904=bool(info.date1904),
        rows=rows,
        header=guess,
        formulas=scan.formulas if scan else 0,
        formula_cells=tuple(scan.formula_cells) if scan else (),
    )
