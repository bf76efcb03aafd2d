"""Payments imported into a ledger on a server: receipts in file order from the year's
counter, the oldest charges settled, the same file again skipped, undo by reversal."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from groupdesk.core.importing import ImportPlan, execute, prepare, undo_import
from tests.integration.importing.helpers import write_csv
from tests.integration.importing.ledger_setup import TODAY, charged_members


def test_payments_import_and_undo_on_a_server(pg_db, tmp_path: Path) -> None:
    charged_members(pg_db)
    sheet = write_csv(
        tmp_path / "iuran.csv",
        [
            "No. Anggota;No. HP;Nama;Tgl Bayar;Jumlah;No. Ref",
            "A-001;;;17/08/2026;Rp 150.000;TRX-1",
            ";0813-1111-2222;;01/09/2026;150rb;",
            ";;Ayu Lestari;01/10/2026;1,5 jt;",
        ],
    )

    def run():  # type: ignore[no-untyped-def]
        return execute(pg_db, prepare(pg_db, ImportPlan("payments", sheet), today=TODAY))

    first = run()
    assert first.line() == "3 added, 0 updated, 0 skipped, 0 rejected"
    with pg_db.engine.connect() as conn:
        receipts = conn.execute(
            text("SELECT receipt_number FROM ledger_entries WHERE kind = 'payment' ORDER BY id")
        ).scalars()
        assert list(receipts) == [f"KW/2026/00000{n}" for n in (1, 2, 3)]
        settled = conn.execute(text("SELECT SUM(amount) FROM ledger_allocations")).scalar_one()
        assert settled == 150_000 * 3
    assert run().line() == "0 added, 0 updated, 3 skipped, 0 rejected"
    undo_import(pg_db, first.batch)
    with pg_db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM ledger_allocations")).scalar_one() == 0
        assert (
            conn.execute(text("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'reversal'"))
        ).scalar_one() == 3
    assert run().added == 3  # reversed payments are no longer in the way
