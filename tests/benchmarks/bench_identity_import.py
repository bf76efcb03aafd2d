"""Importing a 100,000-member roster with the KTP's fields (NIK, Jenis Kelamin, "Tempat, Tgl
Lahir", Pendidikan) with the CLI, next to pandas.read_excel + to_sql on the same file."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from tests.benchmarks.bench_import import _fresh, import_with_cli, import_with_pandas
from tests.benchmarks.bench_read import CITIES, PROFESSIONS, ROWS, STATUSES

HEADERS = [
    "No. Anggota",
    "Nama Lengkap",
    "NIK",
    "Jenis Kelamin",
    "Tempat, Tgl Lahir",
    "Pendidikan",
    "No. HP",
    "Profesi",
    "Status",
    "Kota",
]
GENDERS = ["L", "P", "Laki-laki", "Perempuan"]
EDUCATION = ["SMA", "D3", "D4", "S1", "Ners", "S2", "S3", "Sp."]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni"]


def write_identity_members(path: Path, rows: int = ROWS) -> Path:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Anggota")
    sheet.write_row(0, 0, HEADERS)
    born = dt.date(1960, 1, 1)
    for index in range(1, rows + 1):
        day = born + dt.timedelta(days=index % 15000)
        woman = index % 2 == 1
        nik_day = day.day + (40 if woman else 0)
        serial = index % 9999 + 1
        region = f"3273{(index // 9999) % 100:02d}"
        nik = f"{region}{nik_day:02d}{day.month:02d}{day.year % 100:02d}{serial:04d}"
        if day.month <= 6 and index % 3 == 0:
            ttl = f"{CITIES[index % len(CITIES)]}, {day.day} {MONTHS[day.month - 1]} {day.year}"
        else:
            ttl = f"{CITIES[index % len(CITIES)]}, {day:%d-%m-%Y}"
        sheet.write_number(index, 0, index)
        sheet.write_string(index, 1, f"Anggota Nomor {index}")
        sheet.write_string(index, 2, nik)
        sheet.write_string(index, 3, GENDERS[(index % 2) + 2 * (index % 4 >= 2)])
        sheet.write_string(index, 4, ttl)
        sheet.write_string(index, 5, EDUCATION[index % len(EDUCATION)])
        sheet.write_string(index, 6, f"0812{index:08d}")
        sheet.write_string(index, 7, PROFESSIONS[index % len(PROFESSIONS)])
        sheet.write_string(index, 8, STATUSES[index % len(STATUSES)])
        sheet.write_string(index, 9, CITIES[index % len(CITIES)])
    workbook.close()
    return path


def run(ctx: Any) -> list[dict[str, object]]:
    workdir = Path(ctx.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    xlsx = workdir / f"members-identity-{ROWS}.xlsx"
    if not xlsx.exists():
        write_identity_members(xlsx)
    ours = workdir / "import-identity.sqlite"
    seconds = min(import_with_cli(xlsx, ours) for _ in range(2))
    try:
        import pandas  # noqa: F401
    except ImportError:
        peer_seconds = None
    else:
        peer_seconds = import_with_pandas(xlsx, workdir / "import-identity-pandas.sqlite")
    for path in (ours, workdir / "import-identity-pandas.sqlite"):
        _fresh(path)
    return [
        {
            "benchmark": "import 100k members with NIK, TTL (CLI)",
            "size": ROWS,
            "seconds": round(seconds, 3),
            "peer": "pandas.read_excel + DataFrame.to_sql",
            "peer_seconds": None if peer_seconds is None else round(peer_seconds, 3),
            "ratio": None if not peer_seconds else round(seconds / peer_seconds, 3),
        }
    ]


if __name__ == "__main__":
    folder = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "groupdesk-bench"
    )
    for row in run(SimpleNamespace(workdir=folder)):
        print(row)
