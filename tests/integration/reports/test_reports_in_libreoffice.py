"""Report files opened by LibreOffice, standing in for the board's spreadsheet program."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from groupdesk.core.reports import ReportFilters, export_report
from tests.integration.export.libreoffice import (
    CSV_AS_SHOWN_ALL_SHEETS,
    CSV_IMPORT,
    convert,
    needs_soffice,
    profile,
)
from tests.integration.reports.sample import INJECTION_NAME, TODAY

pytestmark = needs_soffice


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _sheets(tmp_path: Path, source: Path, *, recalculate: bool = False) -> dict[str, list]:
    lo = profile(tmp_path / "lo", recalculate=recalculate)
    files = convert(source, CSV_AS_SHOWN_ALL_SHEETS, tmp_path / "csv", lo)
    stem = source.stem
    return {path.stem.removeprefix(f"{stem}-"): _read(path) for path in files}


def test_roster_workbook_reads_back_with_literal_injection_text(db, sample, tmp_path) -> None:
    source = tmp_path / "roster.xlsx"
    export_report(db, "members", ReportFilters(today=TODAY), source)
    sheets = _sheets(tmp_path, source)
    header, *rows = sheets["Members"]
    assert header[:3] == ["Member Number", "Full Name", "Phone"]
    by_number = {row[0]: row for row in rows}
    assert set(by_number) == {"GD-001", "GD-002", "GD-003"}
    assert by_number["GD-003"][1] == INJECTION_NAME  # shown as text, never run
    assert by_number["GD-003"][2] == "-1+2"  # not the number 1
    assert by_number["GD-001"][2] == "+62 812-1111-2222"
    assert by_number["GD-002"][2] == "0813 2222 3333"  # the leading zero survives
    assert "About this report" in sheets


def test_hours_totals_are_computed_by_libreoffice(db, sample, tmp_path) -> None:
    source = tmp_path / "hours.xlsx"
    export_report(db, "hours", ReportFilters(today=TODAY), source)
    sheets = _sheets(tmp_path, source, recalculate=True)
    header, *rows, total = sheets["By Member"]
    assert header == ["Member Number", "Full Name", "Shifts Served", "Hours"]
    assert [row[0] for row in rows] == ["GD-001", "GD-002"]
    assert total[0] == "Total"
    assert float(total[2]) == 4 and float(total[3]) == pytest.approx(16.5)
    _header, *months, month_total = sheets["By Month"]
    assert [row[0] for row in months] == ["01/05/2024", "01/06/2024"]  # real dates, dd/mm/yyyy
    assert float(month_total[3]) == pytest.approx(16.5)


def test_schedule_has_a_sheet_per_project_with_times(db, sample, tmp_path) -> None:
    source = tmp_path / "schedule.xlsx"
    export_report(db, "schedule", ReportFilters(today=TODAY), source)
    sheets = _sheets(tmp_path, source)
    assert {"Bersih Pantai", "Posyandu"} <= set(sheets)
    header, first, *_ = sheets["Bersih Pantai"]
    row = dict(zip(header, first, strict=True))
    assert (row["Date"], row["Day"], row["Start"], row["End"]) == (
        "06/05/2024",
        "Monday",
        "08:00",
        "12:00",
    )


def test_roster_csv_injection_is_not_evaluated(db, sample, tmp_path) -> None:
    import openpyxl

    source = tmp_path / "roster.csv"
    export_report(db, "members", ReportFilters(today=TODAY), source)
    (imported,) = convert(source, "xlsx", tmp_path / "out", tmp_path / "lo", CSV_IMPORT)
    sheet = openpyxl.load_workbook(imported).active
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert cells["GD-003"][1].data_type == "s"
    assert cells["GD-003"][1].value == "'" + INJECTION_NAME
    assert cells["GD-003"][2].value == "'-1+2"
