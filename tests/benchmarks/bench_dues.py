"""Dues at 100,000 members: charging a month (set-based, one transaction) and one member's
statement, before and after two years of monthly charges (2.4 million ledger rows).

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


def run(ctx: BenchContext) -> list[dict]:
    from groupdesk.core.database import open_database
    from groupdesk.core.dues.ledger import DuesService

    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dues.sqlite"
        shutil.copyfile(ctx.database(SIZE), path)
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
                member = conn.exec_driver_sql(
                    "SELECT id FROM members WHERE deleted_at IS NULL AND status <> 'left' "
                    "AND joined_on <= '2026-01-01' ORDER BY id LIMIT 1"
                ).scalar_one()
            started = time.perf_counter()
            first = dues.charge_period("2026-01")
            charge_seconds = time.perf_counter() - started
            rows.append(row("dues: charge one month", SIZE, charge_seconds, charged=first.count))
            started = time.perf_counter()
            again = dues.charge_period("2026-01")
            rows.append(
                row(
                    "dues: charge the same month again",
                    SIZE,
                    time.perf_counter() - started,
                    charged=again.count,
                )
            )
            assert again.count == 0
            short = best_of(lambda: dues.statement(member), 20)
            rows.append(row("dues: member statement (1 month)", SIZE, short))
            for month in range(2, 25):
                year, mon = divmod(month - 1, 12)
                dues.charge_period(f"{2026 + year}-{mon + 1:02d}")
            with db.begin() as conn:
                total = conn.exec_driver_sql("SELECT COUNT(*) FROM ledger_entries").scalar_one()
            long = best_of(lambda: dues.statement(member), 20)
            rows.append(
                row(
                    "dues: member statement (24 months)",
                    SIZE,
                    long,
                    ledger_rows=total,
                    ratio=round(long / short, 2),
                )
            )
            rows.append(
                row(
                    "dues: balance (24 months)",
                    SIZE,
                    best_of(lambda: dues.balance(member), 20),
                    ledger_rows=total,
                )
            )
        finally:
            db.close()
    return rows


if __name__ == "__main__":
    for result in run(BenchContext(sizes=(SIZE,))):
        sys.stdout.write(f"{result}\n")
