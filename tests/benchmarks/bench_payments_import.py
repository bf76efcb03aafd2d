"""Importing 10,000 dues payments at 100,000 members: a treasurer's sheet read, every member
found, every row checked and matched against the ledger, then written in one transaction
with receipt numbers and the oldest charges settled. The same file imported again (every
payment skipped as already recorded) is measured too.

The cached demo database is copied first and two months are charged before the clock starts,
so the payments have charges to settle. ``python -m tests.benchmarks.bench_payments_import
MEMBERS PAYMENTS`` runs it at another size.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.benchmarks.harness import BenchContext, row

MEMBERS = 100_000
PAYMENTS = 10_000
AMOUNTS = ("Rp 150.000", "150.000,00", "150000", "150rb", "1,5 jt", "75.000")
METHODS = ("Tunai", "Transfer BCA", "QRIS", "GoPay", "")


def write_payments(path: Path, numbers: list[str], count: int) -> Path:
    """A treasurer's sheet as CSV: member number, date, amount, method, reference."""
    lines = ["No. Anggota;Tgl Bayar;Jumlah;Metode;No. Ref"]
    for n in range(count):
        day = dt.date(2026, 2, 1) + dt.timedelta(days=n % 300)
        lines.append(
            f"{numbers[n % len(numbers)]};{day:%d/%m/%Y};{AMOUNTS[n % len(AMOUNTS)]};"
            f"{METHODS[n % len(METHODS)]};TRX-{n:06d}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@contextmanager
def _timed_backup() -> Iterator[list[float]]:
    """Time the import spends waiting, before its commit, for the checked copy it starts
    when it begins writing (the copy runs beside the import's own work and grows with the
    whole file): the figures say how much of the import it still holds up."""
    from groupdesk.core.database.backup import BackupUnderway

    spent: list[float] = []
    original = BackupUnderway.wait

    def timed(self: BackupUnderway) -> Any:
        started = time.perf_counter()
        try:
            return original(self)
        finally:
            spent.append(time.perf_counter() - started)

    BackupUnderway.wait = timed  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        BackupUnderway.wait = original  # type: ignore[method-assign]


def run(ctx: BenchContext, members: int = MEMBERS, payments: int = PAYMENTS) -> list[dict]:
    from groupdesk.core.database import open_database
    from groupdesk.core.dues.ledger import DuesService
    from groupdesk.core.importing import ImportPlan, execute, prepare

    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "payments.sqlite"
        shutil.copyfile(ctx.database(members), path)
        db = open_database(path, backup_dir=Path(tmp) / "b", lock_factory=None)
        try:
            dues = DuesService(db, clock=lambda: dt.date(2026, 12, 31))
            biasa = dues.add_type("Anggota Biasa")
            dues.add_fee(biasa, 50_000, "monthly", dt.date(2000, 1, 1))
            with db.begin() as conn:
                conn.exec_driver_sql(
                    "INSERT INTO member_type_assignments (member_id, type_id, valid_from) "
                    f"SELECT id, {biasa}, '2000-01-01' FROM members"
                )
                numbers = list(
                    conn.exec_driver_sql(
                        "SELECT member_number FROM members WHERE deleted_at IS NULL "
                        "AND status <> 'left' ORDER BY id"
                    ).scalars()
                )
            for period in ("2026-01", "2026-02"):
                dues.charge_period(period)
            sheet = write_payments(Path(tmp) / "iuran.csv", numbers, payments)
            today = dt.date(2026, 12, 31)
            with _timed_backup() as backup:
                started = time.perf_counter()
                prepared = prepare(db, ImportPlan("payments", sheet), today=today)
                summary = execute(db, prepared)
                seconds = time.perf_counter() - started
            if summary.added != payments:
                raise AssertionError(f"payments import: {summary.line()}")
            rows.append(
                row(
                    f"import {payments:,} payments",
                    members,
                    seconds,
                    payments=payments,
                    waited_for_backup_seconds=round(sum(backup[:1]), 3),
                    under_2s=seconds < 2.0,
                )
            )
            started = time.perf_counter()
            again = execute(db, prepare(db, ImportPlan("payments", sheet), today=today))
            seconds = time.perf_counter() - started
            if again.skipped != payments:
                raise AssertionError(f"payments import again: {again.line()}")
            rows.append(row(f"import {payments:,} payments again (all skipped)", members, seconds))
        finally:
            db.close()
    return rows


if __name__ == "__main__":
    sizes = [int(arg) for arg in sys.argv[1:3]]
    for result in run(BenchContext(), *sizes):
        sys.stdout.write(f"{result}\n")
