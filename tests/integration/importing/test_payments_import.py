"""Payments imported from a treasurer's sheet and a bank export into the dues ledger: members
found by number, phone or name, Indonesian amounts and dates, reasons per cell, all or
nothing, the same payment never twice, receipts in file order, and undo by reversal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.errors import ValidationError
from groupdesk.core.importing import ImportPlan, execute, prepare, undo_import
from groupdesk.core.messages import catalogue

from .helpers import cli, count, write_book, write_csv
from .ledger_setup import TODAY, charged_members

said = catalogue("en").text


@pytest.fixture
def ledger(db) -> DuesService:  # type: ignore[no-untyped-def]
    return charged_members(db)


def _entries(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                text(
                    "SELECT m.member_number, e.entry_date, -e.amount, e.method, e.reference, "
                    "e.receipt_number FROM ledger_entries e JOIN members m ON m.id = e.member_id "
                    "WHERE e.kind = 'payment' ORDER BY e.id"
                )
            )
        ]


def _balance(db, number: str) -> int:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                text(
                    "SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entries e JOIN members m "
                    "ON m.id = e.member_id WHERE m.member_number = :n"
                ),
                {"n": number},
            ).scalar_one()
        )


def _run(db, path: Path, policy: str = "skip"):  # type: ignore[no-untyped-def]
    prepared = prepare(db, ImportPlan("payments", path, policy=policy), today=TODAY)
    return prepared, execute(db, prepared)


def _treasurer_sheet(tmp_path: Path) -> Path:
    return write_book(
        tmp_path / "iuran.xlsx",
        [
            ["No. Anggota", "No. HP", "Nama", "Tgl Bayar", "Jumlah", "Metode", "Keterangan"],
            ["A-001", None, "Siti Rahayu", "17/08/2026", "Rp 150.000", "Tunai", "Iuran Sep-Nov"],
            [None, "0813-1111-2222", None, dt.date(2026, 9, 1), "150rb", "Transfer BCA", None],
            [None, None, "ayu lestari", "1 Oktober 2026", "1,5 jt", "QRIS", None],
            [None, 81555550000, "Agus Salim", "2026-11-30", 75000, None, None],
        ],
        sheet="Iuran",
    )


def test_a_treasurers_sheet_is_read_the_indonesian_way(ledger, tmp_path: Path) -> None:
    db = ledger.db
    prepared, summary = _run(db, _treasurer_sheet(tmp_path))
    assert summary.line() == "4 added, 0 updated, 0 skipped, 0 rejected"
    # the leading 0 a spreadsheet drops from a phone number is put back, with a word
    assert "leading 0" in said(prepared.rows[3].warnings["phone"])
    assert _entries(db) == [
        ("A-001", "2026-08-17", 150_000, "tunai", "Iuran Sep-Nov", "KW/2026/000001"),
        ("A-002", "2026-09-01", 150_000, "transfer", None, "KW/2026/000002"),
        ("A-003", "2026-10-01", 1_500_000, "qris", None, "KW/2026/000003"),
        ("A-005", "2026-11-30", 75_000, "tunai", None, "KW/2026/000004"),
    ]
    # each settles the oldest charges; what is left over is credit
    assert _balance(db, "A-001") == 0 and _balance(db, "A-002") == 0
    assert _balance(db, "A-003") == 150_000 - 1_500_000
    assert _balance(db, "A-005") == 150_000 - 75_000
    with db.engine.connect() as conn:
        shares = conn.execute(
            text(
                "SELECT c.period, x.amount FROM ledger_allocations x JOIN ledger_entries c "
                "ON c.id = x.charge_id JOIN members m ON m.id = c.member_id "
                "WHERE m.member_number = 'A-005' ORDER BY c.id"
            )
        ).all()
    assert [tuple(s) for s in shares] == [("2026-09", 50_000), ("2026-10", 25_000)]
    # the next payment typed in the ledger takes the next number
    assert ledger.record_payment("A-006", 10_000, TODAY).receipt_number == "KW/2026/000005"


def test_a_bank_export_with_english_amounts_and_bank_words(ledger, tmp_path: Path) -> None:
    db = ledger.db
    export = write_csv(
        tmp_path / "mutasi.csv",
        [
            "Tanggal;Keterangan;No. Ref;Nama Pembayar;Mutasi Kredit",
            "02/11/2026;TRSF E-BANKING CR 0211/FTSCY/WS95031 SITI RAHAYU;FT2611020001;"
            "Siti Rahayu;150,000.00 CR",
            "03/11/2026;SETORAN TUNAI BUDI;;Budi Santoso;50.000,00",
            "04/11/2026;QRIS PAYMENT AYU;QR998;Ayu Lestari;Rp 100.000",
        ],
    )
    prepared, summary = _run(db, export)
    assert summary.written, [row.errors for row in prepared.rows]
    assert _entries(db) == [
        ("A-001", "2026-11-02", 150_000, "transfer", "FT2611020001", "KW/2026/000001"),
        ("A-002", "2026-11-03", 50_000, "tunai", "SETORAN TUNAI BUDI", "KW/2026/000002"),
        ("A-003", "2026-11-04", 100_000, "qris", "QR998", "KW/2026/000003"),
    ]


BAD = [
    # (row, field, code): every kind of bad row, each with its reason at its cell
    (["X-999", None, "01/11/2026", "50.000", None], "member_number", "dues.unknown_member"),
    (["A-004", None, "01/11/2026", "50.000", None], "member_number", "dues.member_left"),
    (["A-001", None, "01/01/2027", "50.000", None], "date", "dues.future_payment"),
    (["A-001", None, "01/11/2026", "-50.000", None], "amount", "money.negative"),
    (["A-001", None, "01/11/2026", "lima puluh ribu", None], "amount", "money.not_a_number"),
    (["A-001", None, "01/11/2026", "0", None], "amount", "dues.not_positive"),
    (["A-001", None, "15/10/2026", "50.000", None], "date", "dues.period_closed"),
    (["A-001", None, "01/11/2026", "50.000", "utang"], "method", None),
    ([None, "Agus Salim", "01/11/2026", "50.000", None], "full_name", "person.ambiguous"),
    ([None, "Tono", "01/11/2026", "50.000", None], "full_name", "person.no_name"),
]


def test_bad_rows_have_their_reason_at_their_cell_and_nothing_is_written(
    ledger, tmp_path: Path
) -> None:
    db = ledger.db
    ledger.close_period("2026-10")
    good = ["A-002", None, "01/11/2026", "50.000", "transfer"]
    path = write_book(
        tmp_path / "salah.xlsx",
        [["No. Anggota", "Nama", "Tanggal", "Nominal", "Metode"], good, *[r for r, _f, _c in BAD]],
    )
    before = count(db, "ledger_entries"), count(db, "ledger_allocations")
    prepared, summary = _run(db, path)
    assert [row.action for row in prepared.rows] == ["add"] + ["reject"] * len(BAD), prepared.rows
    assert not summary.written and summary.rejected == len(BAD) and summary.added == 1
    for row, (_cells, field, code) in zip(prepared.rows[1:], BAD, strict=True):
        assert list(row.errors) == [field], row
        reason = row.errors[field]
        if code is None:  # an unknown way of paying names the ways there are
            assert said(reason) == (
                "'utang' is not a way of paying (use one of cash, bank transfer, QRIS, "
                "e-wallet and other)"
            )
        else:
            assert reason.code == code
    assert "Dewi Lestari has left" in said(prepared.rows[2].errors["member_number"])
    assert (count(db, "ledger_entries"), count(db, "ledger_allocations")) == before
    assert count(db, "receipt_counters") == 0


def test_the_same_payments_imported_again_are_skipped_with_their_receipt(
    ledger, tmp_path: Path
) -> None:
    db = ledger.db
    sheet = _treasurer_sheet(tmp_path)
    _run(db, sheet)
    again, summary = _run(db, sheet)
    assert summary.line() == "0 added, 0 updated, 4 skipped, 0 rejected"
    assert said(again.rows[0].warnings["_row"]) == (
        "this payment is in the ledger already (receipt KW/2026/000001); it is skipped"
    )
    assert count(db, "ledger_entries") == 5 * 3 + 4  # the charges and the first four


def test_a_payment_twice_in_the_file_is_imported_once(ledger, tmp_path: Path) -> None:
    db = ledger.db
    path = write_csv(
        tmp_path / "dobel.csv",
        [
            "No. Anggota,Tanggal,Jumlah,No. Ref",
            "A-001,01/11/2026,50.000,TRX-1",
            "A-001,01/11/2026,50000,trx-1",
            "A-001,01/11/2026,50.000,TRX-2",
        ],
    )
    prepared, summary = _run(db, path)
    assert [row.action for row in prepared.rows] == ["add", "skip", "add"]
    assert "is on row 2" in said(prepared.rows[1].warnings["_row"])
    assert summary.written and len(_entries(db)) == 2
    # "add them as new" takes the person at their word
    _prepared, summary = _run(db, path, policy="new")
    assert summary.added == 3


def test_undo_reverses_the_payments_and_keeps_their_receipt_numbers(ledger, tmp_path: Path) -> None:
    db = ledger.db
    sheet = _treasurer_sheet(tmp_path)
    _prepared, summary = _run(db, sheet)
    assert _balance(db, "A-001") == 0
    undo_import(db, summary.batch)
    # every member owes what they owed before; the payments stay, each with its reversal
    for number in ("A-001", "A-002", "A-003", "A-005"):
        assert _balance(db, number) == 150_000
    with db.engine.connect() as conn:
        reversed_ = conn.execute(
            text(
                "SELECT p.receipt_number, r.amount, r.reason FROM ledger_entries r "
                "JOIN ledger_entries p ON p.id = r.reverses_id ORDER BY r.id"
            )
        ).all()
        settled = conn.execute(text("SELECT COUNT(*) FROM ledger_allocations")).scalar_one()
    assert [tuple(r)[:2] for r in reversed_] == [
        ("KW/2026/000001", 150_000),
        ("KW/2026/000002", 150_000),
        ("KW/2026/000003", 1_500_000),
        ("KW/2026/000004", 75_000),
    ]
    assert reversed_[0][2] == f"impor {summary.batch} dibatalkan"  # the organisation's words
    assert settled == 0
    # the same file again is new payments, with new numbers: no number is given twice
    _prepared, again = _run(db, sheet)
    assert again.added == 4
    assert [e[5] for e in _entries(db)][-4:] == [f"KW/2026/00000{n}" for n in range(5, 9)]


def test_the_command_line_imports_payments_and_says_so(ledger, tmp_path: Path) -> None:
    db = ledger.db
    good = write_csv(
        tmp_path / "iuran.csv",
        ["No. Anggota;Tgl Bayar;Jumlah;Metode", "A-001;17/08/2026;150rb;tunai"],
    )
    code, out, err = cli("--db", str(db.path), "import", "payments", str(good), "--dry-run")
    assert (code, err) == (0, "") and "1 added" in out and count(db, "receipt_counters") == 0
    code, out, err = cli("--db", str(db.path), "import", "payments", str(good))
    assert (code, out, err) == (0, "1 added, 0 updated, 0 skipped, 0 rejected\n", "")
    assert _entries(db) == [("A-001", "2026-08-17", 150_000, "tunai", None, "KW/2026/000001")]
    bad = write_csv(
        tmp_path / "salah.csv",
        ["No. Anggota;Tgl Bayar;Jumlah", "A-002;17/08/2026;50.000", "A-002;01/01/2999;50.000"],
    )
    code, out, err = cli("--db", str(db.path), "import", "payments", str(bad))
    assert code == 1 and out.startswith("1 added, 0 updated, 0 skipped, 1 rejected")
    assert len(err.splitlines()) == 1 and len(_entries(db)) == 1


@pytest.mark.parametrize("change", ["close the month", "member leaves"])
def test_what_changed_since_the_preview_stops_the_whole_import(
    ledger, tmp_path: Path, change: str
) -> None:
    db = ledger.db
    prepared = prepare(db, ImportPlan("payments", _treasurer_sheet(tmp_path)), today=TODAY)
    assert prepared.summary().rejected == 0
    if change == "close the month":
        ledger.close_period("2026-10")
    else:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE members SET status = 'left' WHERE member_number = 'A-005'"))
    before = count(db, "ledger_entries"), count(db, "ledger_allocations")
    with pytest.raises(ValidationError) as caught:
        execute(db, prepared)
    assert (
        caught.value.code
        == {
            "close the month": "dues.period_closed",
            "member leaves": "dues.member_left",
        }[change]
    )
    assert (count(db, "ledger_entries"), count(db, "ledger_allocations")) == before
    assert count(db, "receipt_counters") == 0


def test_a_bank_statement_names_members_in_its_description_and_its_debits_are_passed_over(
    ledger, tmp_path: Path
) -> None:
    """A bank's statement export as it is downloaded: no member column, the member number in
    the description, and money in and out told apart by an unheaded CR/DB column."""
    db = ledger.db
    export = write_csv(
        tmp_path / "mutasi_bca.csv",
        [
            "Tanggal,Keterangan,Cabang,Jumlah,,Saldo",
            '01/11/2026,TRSF E-BANKING CR 0111 A-001 IURAN,0000,"150,000.00",CR,"1,150,000.00"',
            '02/11/2026,SETORAN TUNAI A-002,0998,"50,000.00",CR,"1,200,000.00"',
            '03/11/2026,BIAYA ADM,0000,"10,000.00",DB,"1,190,000.00"',
        ],
    )
    prepared, summary = _run(db, export)
    assert summary.written, [row.errors for row in prepared.rows]
    assert [e[:3] for e in _entries(db)] == [
        ("A-001", "2026-11-01", 150_000),
        ("A-002", "2026-11-02", 50_000),
    ]
    passed_over = prepared.rows[2]
    assert passed_over.action == "skip"
    assert passed_over.warnings["_row"].code == "payments_import.debit_skipped"
    assert prepared.rows[0].warnings["description"].code == "payments_import.found_in_description"


def test_a_description_naming_no_member_or_two_is_a_reason(ledger, tmp_path: Path) -> None:
    db = ledger.db
    export = write_csv(
        tmp_path / "mutasi.csv",
        [
            "Tanggal,Keterangan,Jumlah",
            "01/11/2026,TRSF E-BANKING 12345 IURAN,50000",
            "02/11/2026,SETORAN A-001 DAN A-002,100000",
        ],
    )
    prepared, summary = _run(db, export)
    assert not summary.written
    assert [next(iter(row.errors.values())).code for row in prepared.rows] == [
        "payments_import.member_not_given",  # a bare number is no member number
        "payments_import.several",
    ]
    assert _entries(db) == []


def test_a_date_or_a_bare_number_in_a_description_is_never_a_member(ledger, tmp_path: Path) -> None:
    db = ledger.db
    export = write_csv(
        tmp_path / "mutasi.csv",
        ["Tanggal,Keterangan,Jumlah,Mutasi", "01/11/2026,TRSF 0111/2026 150000.00 1234,50000,C"],
    )
    prepared, summary = _run(db, export)
    assert not summary.written
    codes = [reason.code for reason in prepared.rows[0].errors.values()]
    assert "payments_import.member_not_given" in codes
    odd = write_csv(
        tmp_path / "mutasi2.csv",
        ["Tanggal,No. Anggota,Jumlah,Mutasi", "01/11/2026,A-001,50000,TRF"],
    )
    prepared, summary = _run(db, odd)
    assert prepared.rows[0].errors["direction"].code == "payments_import.direction_unknown"
    assert _entries(db) == []
