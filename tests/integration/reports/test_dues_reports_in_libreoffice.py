"""The dues workbooks opened by LibreOffice with every formula recomputed: the totals a board
member sees are the spreadsheet's own sums, not figures GroupDesk wrote in."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from groupdesk.core.reports import ReportFilters, export_report
from tests.integration.export.libreoffice import (
    CSV_AS_SHOWN_ALL_SHEETS,
    convert,
    needs_soffice,
    profile,
)
from tests.integration.reports.ledger_sample import TODAY, build_ledger

pytestmark = needs_soffice


def _recalculated(tmp_path: Path, source: Path) -> dict[str, list[list[str]]]:
    lo = profile(tmp_path / "lo", recalculate=True)
    files = convert(source, CSV_AS_SHOWN_ALL_SHEETS, tmp_path / "csv", lo)
    sheets = {}
    for path in files:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            sheets[path.stem.removeprefix(f"{source.stem}-")] = list(csv.reader(handle))
    return sheets


def _rupiah(shown: str) -> int:
    """ "Rp 800,000" as LibreOffice shows it (en-US separators) -> 800000."""
    assert shown.startswith("Rp"), shown
    return int(shown.removeprefix("Rp").strip().replace(",", "").replace(".", ""))


def test_arrears_totals_are_recomputed_by_libreoffice(db, tmp_path: Path) -> None:
    build_ledger(db)
    source = tmp_path / "arrears.xlsx"
    export_report(db, "arrears", ReportFilters(today=TODAY), source, language="en")
    header, *rows, total = _recalculated(tmp_path, source)["Arrears"]
    assert header[0] == "Member Number" and len(rows) == 3
    assert total[0] == "Total"
    assert int(total[5]) == 12
    assert [_rupiah(cell) for cell in total[6:]] == [800_000, 200_000, 400_000, 200_000]


def test_summary_totals_are_recomputed_by_libreoffice(db, tmp_path: Path) -> None:
    build_ledger(db)
    source = tmp_path / "summary.xlsx"
    period = ReportFilters(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 6, 30))
    export_report(db, "dues_summary", period, source, language="en")
    sheets = _recalculated(tmp_path, source)
    *_, total = sheets["By Month"]
    assert [_rupiah(cell) for cell in total[1:]] == [1_150_000, 350_000, 800_000]
    *_, total = sheets["By Type"]
    assert [_rupiah(cell) for cell in total[1:]] == [1_150_000, 350_000, 800_000]


def test_payment_totals_are_recomputed_by_libreoffice(db, tmp_path: Path) -> None:
    build_ledger(db)
    source = tmp_path / "payments.xlsx"
    period = ReportFilters(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 6, 30))
    export_report(db, "payments", period, source, language="en")
    sheets = _recalculated(tmp_path, source)
    *_, total = sheets["Payments"]
    assert _rupiah(total[5]) == 450_000
    *_, total = sheets["By Month"]
    assert int(total[1]) == 3
    assert [_rupiah(cell) for cell in total[2:]] == [450_000, 100_000, 350_000]
