"""Writing small workbooks the way people make them, and looking at what an import left."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

import xlsxwriter
from sqlalchemy import text

from groupdesk.cli import main


def write_book(
    path: Path,
    rows: Iterable[Sequence[object]],
    *,
    start_row: int = 0,
    start_col: int = 0,
    sheet: str = "Anggota",
    date1904: bool = False,
    notes: Sequence[str] = (),
) -> Path:
    """An .xlsx with optional note lines above a table that starts at (start_row, start_col)."""
    workbook = xlsxwriter.Workbook(str(path), {"date_1904": date1904})
    worksheet = workbook.add_worksheet(sheet)
    date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for index, note in enumerate(notes):
        worksheet.write_string(index, 0, note)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            where = (start_row + r, start_col + c)
            if value is None:
                continue
            if isinstance(value, dt.date):
                worksheet.write_datetime(*where, value, date_format)
            elif isinstance(value, bool):
                worksheet.write_boolean(*where, value)
            elif isinstance(value, int | float):
                worksheet.write_number(*where, value)
            else:
                worksheet.write_string(*where, str(value))
    workbook.close()
    return path


def write_csv(path: Path, lines: Iterable[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def cli(*args: str) -> tuple[int, str, str]:
    """Run the CLI in this process: (exit status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--lang", "en", *args])  # these tests read the English texts
        except SystemExit as exit_:  # argparse
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def count(db, table: str) -> int:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def dump(db, table: str, skip: Sequence[str] = ()) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Every row of ``table`` (ordered by the first column), minus the ``skip`` columns."""
    with db.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
        keys = list(result.keys())
        keep = [i for i, key in enumerate(keys) if key not in skip]
        return [tuple(row[i] for i in keep) for row in result]


def members(db) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    """member number -> the member's stored columns."""
    with db.engine.connect() as conn:
        result = conn.execute(text("SELECT * FROM members"))
        return {row["member_number"]: dict(row) for row in result.mappings()}
