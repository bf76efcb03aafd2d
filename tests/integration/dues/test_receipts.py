"""Receipts on a real SQLite file: what each says, a reprint's number, a reversed payment marked,
a month's batch in one PDF, and refusals that write nothing."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.dues.receipts import (
    ReceiptRefused,
    organisation_name,
    parse_payment,
    receipt_for,
    receipt_lines,
    receipts_between,
)
from groupdesk.core.messages import catalogue
from groupdesk.core.models import Member
from groupdesk.core.text_keys import sort_name

TODAY = dt.date(2026, 12, 20)
needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext"
)


def _member(db, number: str, name: str) -> int:
    with db.engine.begin() as conn:
        conn.execute(
            insert(Member),
            [
                {
                    "member_number": number,
                    "full_name": name,
                    "sort_name": sort_name(name),
                    "search_text": name.lower(),
                    "status": "active",
                    "joined_on": dt.date(2025, 1, 1),
                }
            ],
        )
        return conn.execute(
            text("SELECT id FROM members WHERE member_number = :n"), {"n": number}
        ).scalar_one()


@pytest.fixture
def ledger(db):
    """Two members charged 50.000 a month for November and December, three payments."""
    service = DuesService(db, clock=lambda: TODAY)
    biasa = service.add_type("Anggota Biasa")
    service.add_fee(biasa, 50_000, "monthly", dt.date(2025, 1, 1))
    siti = _member(db, "A-001", "Siti Rahayu")
    budi = _member(db, "A-002", "Budi Santoso")
    for member in (siti, budi):
        service.assign_type(member, biasa, dt.date(2025, 1, 1))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE organisation_settings SET name = 'Ikatan Bidan Sehat'"))
    service.charge_period("2026-11")
    service.charge_period("2026-12")
    paid = (
        service.record_payment("A-001", 100_000, dt.date(2026, 12, 3), "transfer", "BCA 123"),
        service.record_payment("A-002", 50_000, dt.date(2026, 12, 4)),
        service.record_payment("A-002", 150_000, dt.date(2026, 12, 10), "qris"),
    )
    service.first, service.second, service.third = paid  # type: ignore[attr-defined]
    return service


def test_a_receipt_says_who_paid_what_for_what(db, ledger) -> None:
    receipt = receipt_for(db, ledger.first.entry_id)
    assert receipt.number == "KW/2026/000001"
    assert (receipt.member_number, receipt.member_name) == ("A-001", "Siti Rahayu")
    assert (receipt.amount, receipt.method, receipt.reference) == (100_000, "transfer", "BCA 123")
    assert receipt.paid_on == dt.date(2026, 12, 3) and not receipt.is_reversed
    assert (receipt.first_period, receipt.last_period) == ("2026-11", "2026-12")
    lines = receipt_lines(receipt, organisation_name(db), catalogue("id"))
    assert lines.organisation == "Ikatan Bidan Sehat"
    assert lines.sum_of[1] == "Seratus ribu rupiah"
    assert lines.figure == "Rp 100.000"
    assert lines.purpose[1] == "Iuran anggota November 2026 s.d. Desember 2026"
    assert lines.method[1] == "transfer bank, referensi BCA 123"
    assert lines.stamp is None
    english = receipt_lines(receipt, "", catalogue("en"))
    assert english.sum_of[1] == "One hundred thousand rupiah"
    assert english.title == "RECEIPT" and english.received_from[0] == "Received from"


def test_a_reprint_keeps_its_number_and_finds_it_by_number_too(db, ledger) -> None:
    first = receipt_for(db, ledger.second.entry_id)
    ledger.record_payment("A-001", 10_000, dt.date(2026, 12, 15))  # numbers move on
    again = receipt_for(db, ledger.second.entry_id)
    by_number = receipt_for(db, parse_payment("kw/2026/000002"))
    assert first.number == again.number == by_number.number == "KW/2026/000002"
    assert by_number.entry_id == ledger.second.entry_id


def test_a_reversed_payment_keeps_its_number_and_is_marked(db, ledger) -> None:
    ledger.reverse(ledger.second.entry_id, "salah input")
    receipt = receipt_for(db, ledger.second.entry_id)
    assert receipt.number == "KW/2026/000002" and receipt.is_reversed
    assert receipt.reversed_on == TODAY and receipt.reversal_reason == "salah input"
    lines = receipt_lines(receipt, "", catalogue("id"))
    assert lines.stamp == "DIBATALKAN"
    assert lines.reversed_note == (
        "Dibatalkan pada 20 Desember 2026: kwitansi ini tidak berlaku lagi."
    )
    # the batch still holds it, in its place: no gap in the year's numbers
    numbers = [r.number for r in receipts_between(db, dt.date(2026, 12, 1), TODAY)]
    assert numbers == ["KW/2026/000001", "KW/2026/000002", "KW/2026/000003"]


def test_a_batch_is_the_payments_of_the_period_in_number_order(db, ledger) -> None:
    batch = receipts_between(db, dt.date(2026, 12, 4), dt.date(2026, 12, 10))
    assert [(r.number, r.amount) for r in batch] == [
        ("KW/2026/000002", 50_000),
        ("KW/2026/000003", 150_000),
    ]
    assert [r.number for r in receipts_between(db, end=dt.date(2026, 12, 3))] == ["KW/2026/000001"]
    assert len(receipts_between(db)) == 3


@pytest.mark.parametrize(
    ("payment", "code"),
    [(999, "receipts.unknown_payment"), ("KW/2026/000099", "receipts.unknown_payment")],
)
def test_an_unknown_payment_is_refused(db, ledger, payment, code) -> None:
    with pytest.raises(ReceiptRefused) as caught:
        receipt_for(db, payment)
    assert caught.value.code == code
    assert "000099" in catalogue("id").text(caught.value.message) or "999" in str(caught.value)


def test_a_charge_or_a_reversal_has_no_receipt(db, ledger) -> None:
    with db.engine.connect() as conn:
        charge = conn.execute(text("SELECT MIN(id) FROM ledger_entries WHERE kind = 'charge'"))
        charge_id = charge.scalar_one()
    reversal = ledger.reverse(ledger.third.entry_id, "dobel").entry_id
    for entry in (charge_id, reversal):
        with pytest.raises(ReceiptRefused) as caught:
            receipt_for(db, entry)
        assert caught.value.code == "receipts.not_a_payment"
        assert "bukan pembayaran" in catalogue("id").text(caught.value.message)


def test_a_period_without_payments_is_refused_in_its_own_words(db, ledger) -> None:
    with pytest.raises(ReceiptRefused) as caught:
        receipts_between(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert caught.value.code == "receipts.none_between"
    said = catalogue("id").text(caught.value.message)
    assert said == "Tidak ada pembayaran dari 1 Nov 2026 sampai 30 Nov 2026"


def test_something_that_is_no_payment_name_is_refused() -> None:
    with pytest.raises(ReceiptRefused) as caught:
        parse_payment("Siti")
    assert caught.value.code == "receipts.unknown_payment"


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def _pages(path: Path) -> int:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(ln for ln in done.stdout.splitlines() if ln.startswith("Pages:")).split()[1])


@needs_pdftotext
def test_a_months_batch_is_one_pdf_with_every_receipt(qapp, db, ledger, tmp_path) -> None:
    from groupdesk.printing.receipts_pdf import write_receipts_pdf

    ledger.reverse(ledger.second.entry_id, "salah input")
    out = tmp_path / "kwitansi.pdf"
    batch = receipts_between(db, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert write_receipts_pdf(batch, organisation_name(db), out, "id") == 3
    said = pdf_text(out)
    for number in ("KW/2026/000001", "KW/2026/000002", "KW/2026/000003"):
        assert number in said
    assert said.count("KWITANSI") == 3 and said.count("Ikatan Bidan Sehat") >= 3
    assert "Seratus ribu rupiah" in said and "Lima puluh ribu rupiah" in said
    assert "Seratus lima puluh ribu rupiah" in said
    assert said.count("DIBATALKAN") == 1 and "Dibatalkan pada 20 Desember 2026" in said
    assert "Rp 150.000" in said and "Telah terima dari" in said
    assert _pages(out) == 2  # two receipts to a page


@needs_pdftotext
def test_an_english_receipt(qapp, db, ledger, tmp_path) -> None:
    from groupdesk.printing.receipts_pdf import write_receipts_pdf

    out = tmp_path / "receipt.pdf"
    write_receipts_pdf([receipt_for(db, ledger.third.entry_id)], "", out, "en")
    said = pdf_text(out)
    assert "RECEIPT" in said and "One hundred and fifty thousand rupiah" in said
    assert "Rp 150,000" in said and "KWITANSI" not in said


def test_a_year_past_a_million_receipts_stays_in_number_order(db, ledger) -> None:
    with db.engine.begin() as conn:
        member = conn.execute(text("SELECT MIN(id) FROM members")).scalar_one()
        for number in ("KW/2026/1000000", "KW/2026/999999", "KW/2025/000007"):
            conn.execute(
                text(
                    "INSERT INTO ledger_entries (member_id, kind, amount, entry_date,"
                    " receipt_number, recorded_by, recorded_at) VALUES (:m, 'payment', -1000,"
                    " '2026-12-01', :n, 'x', '2026-12-01 00:00:00')"
                ),
                {"m": member, "n": number},
            )
    numbers = [r.number for r in receipts_between(db, dt.date(2026, 12, 1), dt.date(2026, 12, 1))]
    assert numbers == ["KW/2025/000007", "KW/2026/999999", "KW/2026/1000000"]


@needs_pdftotext
def test_a_long_organisation_name_is_printed_whole(qapp, db, ledger, tmp_path) -> None:
    from groupdesk.printing.receipts_pdf import write_receipts_pdf

    name = "Persatuan Perawat Nasional Indonesia Dewan Pengurus Daerah Kota Denpasar"
    out = tmp_path / "kwitansi.pdf"
    write_receipts_pdf([receipt_for(db, ledger.first.entry_id)], name, out, "id")
    done = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    )
    assert name in done.stdout and "KW/2026/000001" in done.stdout
