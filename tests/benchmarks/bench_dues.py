"""Dues at 100,000 members: charging a month (set-based, one transaction) and one member's
statement, before and after two years of monthly charges (2.4 million ledger rows); the
arrears report (xlsx, everyone owing) and one member's statement report at both sizes; and a
month's receipts when every member paid: the one query that reads them and the one PDF.

The cached demo database is copied first (it is upgraded and written to), so the cache stays
as other benchmarks expect it.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.harness import BenchContext, best_of, row

SIZE = 100_000


def run(ctx: BenchContext, size: int = SIZE) -> list[dict]:
    from groupdesk.core.database import open_database
    from groupdesk.core.dues.ledger import DuesService

    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dues.sqlite"
        shutil.copyfile(ctx.database(size), path)
        db = open_database(path, backup_dir=Path(tmp) / "b", lock_factory=None)
        try:
            dues = DuesService(db, clock=lambda: dt.date(2028, 12, 31))
            biasa = dues.add_type("Anggota Biasa")
            dues.add_fee(biasa, 50_000, "monthly", dt.date(2000, 1, 1))
            with db.begin() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO member_type_assignments (member_id, type_id, valid_from) "
                    f"SELECT id, {biasa}, '2000-01-01' FROM members"
                )
                member, number = conn.exec_driver_sql(
                    "SELECT id, member_number FROM members WHERE deleted_at IS NULL "
                    "AND status <> 'left' AND joined_on <= '2026-01-01' ORDER BY id LIMIT 1"
                ).one()
            started = time.perf_counter()
            first = dues.charge_period("2026-01")
            charge_seconds = time.perf_counter() - started
            rows.append(row("dues: charge one month", size, charge_seconds, charged=first.count))
            started = time.perf_counter()
            again = dues.charge_period("2026-01")
            rows.append(
                row(
                    "dues: charge the same month again",
                    size,
                    time.perf_counter() - started,
                    charged=again.count,
                )
            )
            assert again.count == 0
            short = best_of(lambda: dues.statement(member), 20)
            rows.append(row("dues: member statement (1 month)", size, short))
            reports = DuesReports(db, number, Path(tmp))
            rows.extend(reports.measure("1 month", size))
            for month in range(2, 25):
                year, mon = divmod(month - 1, 12)
                dues.charge_period(f"{2026 + year}-{mon + 1:02d}")
            with db.begin() as conn:
                total = conn.exec_driver_sql("SELECT COUNT(*) FROM ledger_entries").scalar_one()
            long = best_of(lambda: dues.statement(member), 20)
            rows.append(
                row(
                    "dues: member statement (24 months)",
                    size,
                    long,
                    ledger_rows=total,
                    ratio=round(long / short, 2),
                )
            )
            rows.extend(reports.measure("24 months", size, ledger_rows=total))
            rows.append(
                row(
                    "dues: balance (24 months)",
                    size,
                    best_of(lambda: dues.balance(member), 20),
                    ledger_rows=total,
                )
            )
            rows.extend(receipts_of_a_month(db, dues, size, Path(tmp)))
            rows.append(reminders_to_send(db, size))
        finally:
            db.close()
    return rows


class DuesReports:
    """The dues reports as a treasurer exports them (built and written, as the export
    benchmark times the roster), with "today" at the end of 2027."""

    TODAY = dt.date(2027, 12, 31)

    def __init__(self, db, member_number: str, folder: Path) -> None:
        self.db, self.member, self.folder = db, member_number, folder
        self.first: dict[str, float] = {}

    def measure(self, label: str, size: int, **extra: object) -> list[dict]:
        from groupdesk.core.reports import ReportFilters, export_report

        def arrears() -> int:
            filters = ReportFilters(today=self.TODAY)
            return export_report(
                self.db, "arrears", filters, self.folder / "arrears.xlsx", language="id"
            ).rows

        def statement() -> int:
            filters = ReportFilters(member=self.member)
            return export_report(
                self.db, "statement", filters, self.folder / "statement.csv", language="id"
            ).rows

        rows = []
        for name, job, repeat in (
            ("arrears (xlsx)", arrears, 1),
            ("statement (csv)", statement, 20),
        ):
            written = job()
            took = best_of(job, repeat)
            first = self.first.setdefault(name, took)
            rows.append(
                row(
                    f"dues report: {name}, {label}",
                    size,
                    took,
                    rows=written,
                    ratio=round(took / first, 2),
                    **extra,
                )
            )
        return rows


def receipts_of_a_month(db, dues, size: int, folder: Path) -> list[dict]:
    """Every member charged December 2026 pays it during the month (written in one statement,
    as many receipts as members); then the month's receipts are read and printed in one PDF.
    Expects ``dues`` to have a monthly fee assigned to every member."""
    from groupdesk.core.dues.receipts import organisation_name, receipts_between
    from groupdesk.printing.receipts_pdf import write_receipts_pdf
    from groupdesk.ui.app import create_application

    create_application()  # the one the other benchmarks share: Qt's fonts need it
    dues.charge_period("2026-12")
    with db.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO ledger_entries (member_id, kind, amount, entry_date, method,"
            " receipt_number, recorded_by, recorded_at) "
            "SELECT member_id, 'payment', -amount, date('2026-12-01', '+' || (n % 28) || ' day'),"
            " CASE n % 3 WHEN 0 THEN 'tunai' WHEN 1 THEN 'transfer' ELSE 'qris' END,"
            " 'KW/2026/' || printf('%06d', n), 'bendahara', '2026-12-31 12:00:00' FROM "
            "(SELECT member_id, amount, ROW_NUMBER() OVER (ORDER BY id) AS n FROM ledger_entries"
            " WHERE kind = 'charge' AND period = '2026-12')"
        )
        conn.exec_driver_sql(
            "INSERT INTO ledger_allocations (payment_id, charge_id, amount) "
            "SELECT p.id, c.id, c.amount FROM ledger_entries p JOIN ledger_entries c "
            "ON c.member_id = p.member_id AND c.kind = 'charge' AND c.period = '2026-12' "
            "WHERE p.kind = 'payment' AND p.entry_date >= '2026-12-01'"
        )
    start, end = dt.date(2026, 12, 1), dt.date(2026, 12, 31)
    started = time.perf_counter()
    batch = receipts_between(db, start, end)
    read = time.perf_counter() - started
    rows = [row("receipts: read a month's payments", size, read, receipts=len(batch))]
    out = folder / "receipts.pdf"
    started = time.perf_counter()
    written = write_receipts_pdf(batch, organisation_name(db), out, "id")
    took = time.perf_counter() - started
    rows.append(
        row(
            "receipts: a month's batch in one PDF",
            size,
            took,
            receipts=written,
            per_second=round(written / took),
            megabytes=round(out.stat().st_size / 1_000_000, 1),
        )
    )
    return rows


def reminders_to_send(db, size: int) -> dict:
    """The Dues Reminders list after two years of charges, December paid: every member in
    arrears, read in the one statement the window and ``dues remind`` use."""
    from groupdesk.core.dues.reminders import reminder_list

    started = time.perf_counter()
    listed = reminder_list(db, dt.date(2028, 1, 15), 30)
    return row("dues: reminder list", size, time.perf_counter() - started, members=len(listed))


if __name__ == "__main__":
    # python -m tests.benchmarks.bench_dues [MEMBERS]: all of it, at another size if given
    members = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    for result in run(BenchContext(sizes=(members,)), members):
        sys.stdout.write(f"{result}\n")
