"""Small reports shaped like GroupDesk's, shared by the writer tests."""

from __future__ import annotations

import datetime as dt

from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet

INJECTIONS = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+62 812 3456 7890",
    "-2+3",
    "@SUM(1,2)",
    "\t=1+2",
    "\r=1+2",
]

SHIFT_COLUMNS = [
    Column("name", "Nama"),
    Column("day", "Tanggal", ColumnKind.DATE),
    Column("start", "Mulai", ColumnKind.TIME),
    Column("logged", "Dicatat", ColumnKind.DATETIME),
    Column("hours", "Jam", ColumnKind.HOURS, total=True),
    Column("fee", "Iuran", ColumnKind.NUMBER, total=True),
    Column("count", "Jumlah", ColumnKind.INTEGER),
    Column("paid", "Lunas", ColumnKind.BOOLEAN),
]

SHIFT_ROWS: list[tuple[object, ...]] = [
    (
        "Siti Nurhaliza",
        dt.date(2024, 3, 5),
        dt.time(8, 0),
        dt.datetime(2024, 3, 5, 7, 45),
        4.5,
        150000,
        3,
        True,
    ),
    (
        "Ahmad Dhani Prasetyo",
        dt.date(2024, 12, 31),
        dt.time(13, 30),
        dt.datetime(2024, 12, 31, 13, 0),
        dt.timedelta(hours=2, minutes=15),
        -25000.5,
        1,
        False,
    ),
    ("Ni Luh Putu Ayu Wulandari", None, None, None, None, None, None, None),
]


def make_report(sheets: list[ReportSheet]) -> Report:
    return Report(
        title="Laporan Relawan",
        sheets=sheets,
        filters={"Status": "Aktif", "Kota": "Bandung"},
        generated_at=dt.datetime(2024, 5, 1, 9, 30),
        app_version="0.1.0",
    )


def shift_report() -> Report:
    return make_report([ReportSheet("Shifts", SHIFT_COLUMNS, iter(SHIFT_ROWS), len(SHIFT_ROWS))])
