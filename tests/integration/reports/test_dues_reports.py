"""The dues reports on a hand-built ledger (see ledger_sample): the figures a treasurer checks
by hand, the ageing of what is owed, and totals a spreadsheet program recomputes."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from groupdesk.core.reports import FilterError, ReportFilters, build_report, export_report
from tests.integration.reports.ledger_sample import TODAY, build_ledger

HALF_YEAR = ReportFilters(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 6, 30), today=TODAY)
AS_OF_TODAY = ReportFilters(today=TODAY)


@pytest.fixture
def ledger(db):
    return build_ledger(db)


def _rows(db, key: str, filters: ReportFilters) -> dict[str, list[tuple]]:
    report = build_report(db, key, filters)
    return {sheet.name: [tuple(row) for row in sheet.rows] for sheet in report.sheets}


def test_arrears_age_what_each_member_still_owes(db, ledger) -> None:
    (rows,) = _rows(db, "arrears", AS_OF_TODAY).values()
    # number, name, phone, type, oldest unpaid, charges, owed, 0-30, 31-90, over 90
    assert rows == [
        ("A-001", "Ayu Lestari", None, "Biasa", "2026-04", 3, 150_000, 50_000, 100_000, 0),
        # the bounced transfer opened January again, though February and March stay paid
        (
            "A-002",
            "Budi Santoso",
            None,
            "Luar Biasa",
            "2026-01",
            4,
            400_000,
            100_000,
            200_000,
            100_000,
        ),
        # his reversed February charge is owed by nobody; Citra (exempt) owes nothing
        ("A-004", "Dedi Kurnia", None, "Biasa", "2026-01", 5, 250_000, 50_000, 100_000, 100_000),
    ]


def test_ageing_buckets_end_on_day_30_and_day_90(db, ledger) -> None:
    def ayu(today: dt.date) -> tuple:
        (rows,) = _rows(db, "arrears", ReportFilters(today=today)).values()
        return rows[0][7:]  # her April, May and June charges: 0-30, 31-90, over 90

    assert ayu(dt.date(2026, 6, 30)) == (50_000, 100_000, 0)  # 1 April: 90 days ago
    assert ayu(dt.date(2026, 7, 1)) == (50_000, 50_000, 50_000)  # 1 June: 30 days ago
    assert ayu(dt.date(2026, 7, 2)) == (0, 100_000, 50_000)  # 1 June: 31 days ago


def test_a_member_who_paid_everything_is_not_in_arrears(db, ledger) -> None:
    ledger.record_payment("A-001", 150_000, TODAY)
    (rows,) = _rows(db, "arrears", AS_OF_TODAY).values()
    assert [row[0] for row in rows] == ["A-002", "A-004"]


def test_payments_list_each_receipt_and_sum_per_month_and_type(db, ledger) -> None:
    sheets = _rows(db, "payments", HALF_YEAR)
    assert sheets["Payments"] == [
        (dt.date(2026, 2, 5), "KW/2026/000001", "A-002", "Budi Santoso", "Luar Biasa",
         100_000, "transfer", "BCA 123", True),
        (dt.date(2026, 3, 10), "KW/2026/000002", "A-001", "Ayu Lestari", "Biasa",
         150_000, "tunai", None, False),
        (dt.date(2026, 4, 20), "KW/2026/000003", "A-002", "Budi Santoso", "Luar Biasa",
         200_000, "qris", None, False),
    ]  # fmt: skip
    # month, payments, received, reversed, net
    assert sheets["By Month"] == [
        (dt.date(2026, 2, 1), 1, 100_000, 100_000, 0),
        (dt.date(2026, 3, 1), 1, 150_000, 0, 150_000),
        (dt.date(2026, 4, 1), 1, 200_000, 0, 200_000),
    ]
    assert sheets["By Type"] == [
        ("Biasa", 1, 150_000, 0, 150_000),
        ("Luar Biasa", 2, 300_000, 100_000, 200_000),
    ]
    march = ReportFilters(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31))
    assert [row[1] for row in _rows(db, "payments", march)["Payments"]] == ["KW/2026/000002"]


def test_expected_against_collected_per_month_and_type(db, ledger) -> None:
    sheets = _rows(db, "dues_summary", HALF_YEAR)
    thousand = 1_000
    assert [(row[0].month, *(v // thousand for v in row[1:])) for row in sheets["By Month"]] == [
        (1, 200, 0, 200),
        (2, 150, 0, 150),  # Dedi's reversed charge is not expected; Budi's bounced payment
        (3, 200, 150, 50),  # is not collected
        (4, 200, 200, 0),
        (5, 200, 0, 200),
        (6, 200, 0, 200),
    ]
    assert sheets["By Type"] == [
        ("Biasa", 550_000, 150_000, 400_000),
        ("Luar Biasa", 600_000, 200_000, 400_000),
    ]
    assert len(sheets["By Month and Type"]) == 12
    # what was expected and not collected is exactly what the arrears add up to
    (arrears,) = _rows(db, "arrears", AS_OF_TODAY).values()
    assert sum(row[3] for row in sheets["By Type"]) == sum(row[6] for row in arrears) == 800_000


def test_reports_refuse_filters_they_cannot_honour(db, ledger) -> None:
    with pytest.raises(FilterError):
        build_report(db, "arrears", HALF_YEAR)
    with pytest.raises(FilterError):
        build_report(db, "payments", ReportFilters(project="Posyandu"))


def test_workbook_totals_are_formulas_over_rupiah_cells(db, ledger, tmp_path: Path) -> None:
    out = tmp_path / "arrears.xlsx"
    export_report(db, "arrears", AS_OF_TODAY, out, language="en")
    sheet = openpyxl.load_workbook(out)["Arrears"]
    header = [cell.value for cell in sheet[1]]
    assert header[6:] == ["Total Owed", "0-30 Days", "31-90 Days", "Over 90 Days"]
    total = [cell.value for cell in sheet[5]]
    assert total[0] == "Total"
    assert total[6:] == [f"=SUBTOTAL(109,{c}2:{c}4)" for c in "GHIJ"]
    owed = sheet["G2"]
    assert owed.value == 150_000 and isinstance(owed.value, int)
    assert "Rp" in owed.number_format


def test_csv_writes_money_in_the_organisations_language(db, ledger, tmp_path: Path) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE organisation_settings SET language = 'id'"))
    out = tmp_path / "payments.csv"
    export_report(db, "payments", HALF_YEAR, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header[:6] == [
        "Tanggal",
        "Nomor Kuitansi",
        "Nomor Anggota",
        "Nama Lengkap",
        "Jenis Keanggotaan",
        "Jumlah",
    ]
    assert [row[5] for row in rows] == ["Rp 100.000", "Rp 150.000", "Rp 200.000"]
    assert [row[6] for row in rows] == ["Transfer bank", "Tunai", "QRIS"]


def test_a_members_statement_runs_by_date_with_the_balance_after_each(db, ledger) -> None:
    (rows,) = _rows(db, "statement", ReportFilters(member="A-002")).values()
    # date, entry, period, receipt, reference, charged, paid, balance
    assert [(r[0].isoformat(), r[1], r[2] or r[3], r[5], r[6], r[7]) for r in rows] == [
        ("2026-01-01", "charge", "2026-01", 100_000, None, 100_000),
        ("2026-02-01", "charge", "2026-02", 100_000, None, 200_000),
        ("2026-02-05", "payment", "KW/2026/000001", None, 100_000, 100_000),
        ("2026-03-01", "charge", "2026-03", 100_000, None, 200_000),
        ("2026-04-01", "charge", "2026-04", 100_000, None, 300_000),
        ("2026-04-20", "payment", "KW/2026/000003", None, 200_000, 100_000),
        ("2026-05-01", "charge", "2026-05", 100_000, None, 200_000),
        ("2026-06-01", "charge", "2026-06", 100_000, None, 300_000),
        # the bounced transfer, named by its receipt, with the reason given
        ("2026-06-15", "reversal", "KW/2026/000001", 100_000, None, 400_000),
    ]
    assert rows[-1][4] == "giro kosong"
    assert rows[-1][7] == ledger.balance(_member_id(db, "A-002"))


def test_a_statement_needs_a_member_who_exists(db, ledger) -> None:
    with pytest.raises(FilterError) as needs:
        build_report(db, "statement", ReportFilters())
    assert needs.value.code == "dues_report.statement_needs_member"
    with pytest.raises(FilterError) as nobody:
        build_report(db, "statement", ReportFilters(member="Z-999"))
    assert nobody.value.code == "filter.no_member"


def _member_id(db, number: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(
            text("SELECT id FROM members WHERE member_number = :n"), {"n": number}
        ).scalar_one()
