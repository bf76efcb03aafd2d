"""A receipt written in the pseudo-language holds no plain English word of GroupDesk's texts:
a label, a way of paying, the amount in words or the reversal stamp that escaped the catalogue
would show here as English among accented words."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import insert, text

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.dues.receipts import organisation_name, receipts_between
from groupdesk.core.models import Member
from tests.pseudo.words import data_words, escaped

ORGANISATION = "Ikatan Bidan Sehat"


@pytest.fixture
def payments(db):
    service = DuesService(db, clock=lambda: dt.date(2026, 12, 20))
    biasa = service.add_type("Anggota Biasa")
    service.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1))
    with db.engine.begin() as conn:
        conn.execute(
            insert(Member),
            [
                {
                    "member_number": f"A-{i}",
                    "full_name": name,
                    "sort_name": name.lower(),
                    "search_text": name.lower(),
                    "status": "active",
                }
                for i, name in enumerate(("Siti Rahayu", "Budi Santoso"), start=1)
            ],
        )
        conn.execute(text("UPDATE organisation_settings SET name = :n"), {"n": ORGANISATION})
        members = list(conn.execute(text("SELECT id FROM members ORDER BY id")).scalars())
    for member in members:
        service.assign_type(member, biasa, dt.date(2026, 1, 1))
    service.charge_period("2026-11")
    service.charge_period("2026-12")
    service.record_payment("A-1", 100_000, dt.date(2026, 12, 3), "transfer", "BCA 123")
    service.record_payment("A-2", 50_000, dt.date(2026, 12, 4), "tunai")
    other = service.record_payment("A-2", 1_001_050, dt.date(2026, 12, 5), "e_wallet")
    service.reverse(other.entry_id, "salah input")
    for method in ("qris", "other"):
        service.record_payment("A-1", 11_000, dt.date(2026, 12, 6), method)
    return ["salah input", "BCA", ORGANISATION, "Siti Rahayu", "Budi Santoso", "root"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_no_english_escapes_a_receipt(qapp, db, payments, tmp_path) -> None:
    from groupdesk.printing.receipts_pdf import write_receipts_pdf

    out = tmp_path / "receipts.pdf"
    batch = receipts_between(db)
    write_receipts_pdf(batch, organisation_name(db), out, "qps")
    said = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    typed = data_words([*payments, *(r.recorded_by for r in batch)])
    assert len(batch) == 5 and "KW/2026/000005" in said
    leaked = escaped(said, typed)
    assert leaked == set(), f"a receipt says in English: {sorted(leaked)}"
