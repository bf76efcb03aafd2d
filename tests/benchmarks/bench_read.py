"""How fast a 100,000-member sheet is read, next to the usual pandas route.

``run(ctx)`` is the entry point of the benchmark runner: ``ctx.workdir`` is a folder where the
generated workbook is kept between runs. Run this file directly to print the figures.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROWS = 100_000
HEADERS = [
    "No. Anggota",
    "Nama Lengkap",
    "Email",
    "No. HP",
    "Tanggal Lahir",
    "Tanggal Bergabung",
    "Profesi",
    "Keahlian",
    "Status",
    "Kota",
]
PROFESSIONS = ["Perawat", "Bidan", "Dokter", "Apoteker", "Guru", "Insinyur", "Akuntan"]
SKILLS = ["P3K", "Logistik", "Mengajar", "Memasak", "Menyetir", "Fotografi", "Bahasa Isyarat"]
CITIES = ["Bandung", "Jakarta", "Surabaya", "Medan", "Makassar", "Yogyakarta", "Denpasar"]
STATUSES = ["Aktif", "Tidak Aktif", "Cuti"]


def write_members(path: Path, rows: int = ROWS) -> Path:
    """Write the member sheet with xlsxwriter in constant-memory mode (row by row)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Anggota")
    date_format = workbook.add_format({"num_format": "dd/mm/yyyy"})
    sheet.write_row(0, 0, HEADERS)
    born = dt.date(1960, 1, 1)
    joined = dt.date(2000, 1, 1)
    for index in range(1, rows + 1):
        sheet.write_number(index, 0, index)
        sheet.write_string(index, 1, f"Anggota Nomor {index}")
        sheet.write_string(index, 2, f"anggota{index}@contoh.or.id")
        sheet.write_string(index, 3, f"0812{index:08d}")
        sheet.write_datetime(index, 4, born + dt.timedelta(days=index % 15000), date_format)
        sheet.write_datetime(index, 5, joined + dt.timedelta(days=index % 9000), date_format)
        sheet.write_string(index, 6, PROFESSIONS[index % len(PROFESSIONS)])
        sheet.write_string(index, 7, SKILLS[index % len(SKILLS)])
        sheet.write_string(index, 8, STATUSES[index % len(STATUSES)])
        sheet.write_string(index, 9, CITIES[index % len(CITIES)])
    workbook.close()
    return path


def _best_of(runs: int, action: Any) -> tuple[float, Any]:
    best = float("inf")
    result = None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    return best, result


def run(ctx: Any) -> list[dict[str, object]]:
    """Time ``read_sheet`` and ``pandas.read_excel`` (openpyxl) on the same generated file."""
    from groupdesk.core.spreadsheet.reader import read_sheet

    workdir = Path(ctx.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"members-{ROWS}.xlsx"
    if not path.exists():
        write_members(path)

    seconds, rows = _best_of(3, lambda: read_sheet(path))
    if len(rows) != ROWS + 1 or rows[1][0] != 1:
        raise AssertionError(f"read {len(rows)} rows, expected {ROWS + 1}")

    peer_seconds: float | None
    try:
        import pandas
    except ImportError:
        peer_seconds = None
    else:
        peer_seconds, frame = _best_of(1, lambda: pandas.read_excel(path, engine="openpyxl"))
        if len(frame) != ROWS:
            raise AssertionError(f"pandas read {len(frame)} rows, expected {ROWS}")

    return [
        {
            "benchmark": "read 100k-row xlsx",
            "size": ROWS,
            "seconds": round(seconds, 3),
            "peer": "pandas.read_excel (openpyxl)",
            "peer_seconds": None if peer_seconds is None else round(peer_seconds, 3),
        }
    ]


if __name__ == "__main__":
    folder = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "groupdesk-bench"
    )
    for row in run(SimpleNamespace(workdir=folder)):
        print(row)
