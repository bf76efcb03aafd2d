"""``groupdesk dues charge`` on a real file: a summary in the organisation's language, the
same month charged once, bad input one line on stderr with nothing written."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, text

from groupdesk.cli import main
from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.models import Member


def _one_member(db) -> None:
    service = DuesService(db)
    biasa = service.add_type("Anggota Biasa")
    service.add_fee(biasa, 150_000, "monthly", dt.date(2026, 1, 1))
    with db.engine.begin() as conn:
        conn.execute(
            insert(Member),
            [
                {
                    "member_number": "A-1",
                    "full_name": "Siti",
                    "sort_name": "siti",
                    "search_text": "siti",
                    "status": "active",
                }
            ],
        )
        member_id = conn.execute(text("SELECT id FROM members")).scalar_one()
    service.assign_type(member_id, biasa, dt.date(2026, 1, 1))


def _charges(db) -> int:
    with db.engine.begin() as conn:
        return conn.execute(text("SELECT COUNT(*) FROM ledger_entries")).scalar_one()


def test_charging_a_month_from_the_command_line(db, db_path, capsys) -> None:
    _one_member(db)
    assert main(["--db", str(db_path), "dues", "charge", "--period", "2026-12", "--dry-run"]) == 0
    assert "(uji coba): 1 anggota" in capsys.readouterr().out
    assert _charges(db) == 0
    assert main(["--db", str(db_path), "dues", "charge", "--period", "2026-12"]) == 0
    out = capsys.readouterr().out
    assert "2026-12: 1 anggota ditagih" in out and "150.000" in out
    assert main(["--db", str(db_path), "dues", "charge", "--period", "2026-12"]) == 0
    assert "0 anggota" in capsys.readouterr().out
    assert _charges(db) == 1


def test_a_bad_period_is_one_line_on_stderr(db, db_path, capsys) -> None:
    _one_member(db)
    assert main(["--db", str(db_path), "dues", "charge", "--period", "Desember"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bukan periode" in err
    assert _charges(db) == 0
