"""``groupdesk export receipts`` on a real file: the PDF read back as a person reads it, the
summary line in the organisation's language, bad input one line on stderr with nothing
written."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from groupdesk.cli import main
from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.models import Member

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext"
)


@pytest.fixture
def paid(db):
    """One member, charged December, who paid 150.000 on 3 December and 75.000 on the 10th
    (the second reversed)."""
    service = DuesService(db, clock=lambda: dt.date(2026, 12, 20))
    biasa = service.add_type("Anggota Biasa")
    service.add_fee(biasa, 150_000, "monthly", dt.date(2026, 1, 1))
    with db.engine.begin() as conn:
        conn.execute(
            insert(Member),
            [
                {
                    "member_number": "A-1",
                    "full_name": "Siti Rahayu",
                    "sort_name": "siti rahayu",
                    "search_text": "siti rahayu",
                    "status": "active",
                }
            ],
        )
        member_id = conn.execute(text("SELECT id FROM members")).scalar_one()
        conn.execute(text("UPDATE organisation_settings SET name = 'Ikatan Bidan Sehat'"))
    service.assign_type(member_id, biasa, dt.date(2026, 1, 1))
    service.charge_period("2026-12")
    first = service.record_payment("A-1", 150_000, dt.date(2026, 12, 3), "tunai")
    second = service.record_payment("A-1", 75_000, dt.date(2026, 12, 10), "transfer", "BRI 9")
    service.reverse(second.entry_id, "dobel")
    return first, second


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def _export(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "export", "receipts", *args])


def test_a_months_receipts_from_the_command_line(db, db_path, paid, tmp_path, capsys) -> None:
    out = tmp_path / "kwitansi-desember.pdf"
    assert _export(db_path, str(out), "--from", "2026-12-01", "--to", "31/12/2026") == 0
    said = capsys.readouterr()
    assert said.err == ""
    assert said.out.startswith(f"Diekspor 2 kwitansi ke {out} (")
    assert said.out.count("\n") == 1
    printed = pdf_text(out)
    assert "KW/2026/000001" in printed and "KW/2026/000002" in printed
    assert "Seratus lima puluh ribu rupiah" in printed
    assert "Tujuh puluh lima ribu rupiah" in printed
    assert "Ikatan Bidan Sehat" in printed and "Telah terima dari" in printed
    assert "Iuran anggota Desember 2026" in printed
    assert "DIBATALKAN" in printed and "Dibatalkan pada 20 Desember 2026" in printed


def test_a_reprint_by_number_in_english(db, db_path, paid, tmp_path, capsys) -> None:
    out = tmp_path / "copy.pdf"
    assert main(
        ["--lang", "en", "--db", str(db_path), "export", "receipts", str(out),
         "--payment", "KW/2026/000001"]
    ) == 0  # fmt: skip
    assert capsys.readouterr().out.startswith(f"Exported 1 receipt to {out} (")
    printed = pdf_text(out)
    assert "KW/2026/000001" in printed and "One hundred and fifty thousand rupiah" in printed
    assert "KW/2026/000002" not in printed and "REVERSED" not in printed


def test_a_reprint_by_entry_keeps_the_number(db, db_path, paid, tmp_path, capsys) -> None:
    _first, second = paid
    out = tmp_path / "again.pdf"
    assert _export(db_path, str(out), "--payment", str(second.entry_id)) == 0
    printed = pdf_text(out)
    assert "KW/2026/000002" in printed and "DIBATALKAN" in printed


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (["--payment", "999"], 2, "Tidak ada pembayaran 999"),
        (["--payment", "Siti"], 2, "Tidak ada pembayaran Siti"),
        (["--payment", "1"], 2, "bukan pembayaran"),  # entry 1 is December's charge
        (["--from", "2026-11-01", "--to", "2026-11-30"], 1, "tidak ada yang ditulis"),
        (["--from", "2026-12-31", "--to", "2026-12-01"], 2, "2026"),
        (["--from", "31-31-2026"], 2, "31-31-2026"),
        (["--payment", "2", "--from", "2026-12-01"], 2, "--payment"),
        (["--project", "Bersih Pantai"], 2, "--project"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    db, db_path, paid, tmp_path, capsys, args, status, words
) -> None:
    out = tmp_path / "kwitansi.pdf"
    assert _export(db_path, str(out), *args) == status
    said = capsys.readouterr()
    assert said.out == "" and said.err.count("\n") == 1, said.err
    assert said.err.startswith("groupdesk: error: ") and words in said.err
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*.part")) == []


def test_receipts_are_pdf_only_and_never_over_the_database(db, db_path, paid, capsys) -> None:
    before = db_path.stat()  # never opened beside the connection: a stat, not a read
    assert _export(db_path, str(db_path.with_suffix(".xlsx"))) == 2
    assert "hanya ditulis sebagai .pdf" in capsys.readouterr().err
    link = db_path.with_name("kwitansi.pdf")
    link.symlink_to(db_path)
    assert _export(db_path, str(link)) == 2
    assert capsys.readouterr().err.count("\n") == 1
    after = db_path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM ledger_entries")).scalar_one() == 4


def test_payment_is_for_receipts_only(db, db_path, tmp_path, capsys) -> None:
    assert main(["--db", str(db_path), "export", "members", str(tmp_path / "m.csv"),
                 "--payment", "1"]) == 2  # fmt: skip
    err = capsys.readouterr().err  # said before the database is open: in the environment's
    assert err.count("\n") == 1 and "--payment applies to receipts only" in err
    assert not (tmp_path / "m.csv").exists()
