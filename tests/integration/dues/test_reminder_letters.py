"""Reminder letters: the PDF read back as a person reads it (one page a member, the amount in
figures and in words, how to pay), and ``groupdesk dues remind`` recording those printed as
reminded, with bad input one line on stderr and nothing written or recorded."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from groupdesk.cli import main
from groupdesk.core import audit
from groupdesk.core.dues.reminders import reminder_list

from .reminders_ledger import ORGANISATION, TODAY, build

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext"
)


@pytest.fixture
def ids(db):
    return build(db)


def pdf_pages(path: Path) -> list[str]:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    # one space for any run of white space: a wrapped line reads on
    return [" ".join(page.split()) for page in done.stdout.split("\f") if page.strip()]


def reminded(db, member_id: int) -> list[str]:
    with db.engine.connect() as conn:
        lines = audit.history(conn, "member", member_id)
    return [str(line.new_value) for line in lines if line.field == "dues_reminder"]


def test_one_letter_a_page_with_the_amount_in_words(db, ids, tmp_path, qapp) -> None:
    from groupdesk.printing.reminder_letters import write_reminder_letters

    items = reminder_list(db, TODAY, 15)
    out = tmp_path / "pengingat.pdf"
    assert write_reminder_letters(items, ORGANISATION, "0811 000 111", TODAY, out, "id") == 4
    pages = pdf_pages(out)
    assert len(pages) == 4
    dewi = next(page for page in pages if "Dewi Lestari" in page)
    assert ORGANISATION in dewi and "20 Desember 2026" in dewi and "Jl. Melati No. 5" in dewi
    # in arrears since November, and January falls due within the 15 days
    assert "November 2026 s.d. Januari 2027 (3 bulan)" in dewi
    assert "Rp 150.000" in dewi and "Seratus lima puluh ribu rupiah" in dewi
    assert "A-001" in dewi and "0811 000 111" in dewi and "Bendahara" in dewi
    budi = next(page for page in pages if "Budi Santoso" in page)
    assert "jatuh tempo pada 1 Januari 2027" in budi and "Lima puluh ribu rupiah" in budi


def test_the_letters_in_english(db, ids, tmp_path, qapp) -> None:
    from groupdesk.printing.reminder_letters import write_reminder_letters

    out = tmp_path / "reminders.pdf"
    write_reminder_letters(reminder_list(db, TODAY, 0), ORGANISATION, None, TODAY, out, "en")
    text = "\n".join(pdf_pages(out))
    assert "One hundred thousand rupiah" in text and "Rp 100,000" in text
    assert "November 2026 to December 2026 (2 months)" in text
    assert "Subject: reminder of membership dues" in text and "Treasurer" in text


def test_the_command_prints_and_records_the_members_as_reminded(
    db, db_path, ids, tmp_path, capsys
) -> None:
    out = tmp_path / "pengingat.pdf"
    assert main(["--db", str(db_path), "dues", "remind", str(out), "--due-within", "366"]) == 0
    said = capsys.readouterr()
    assert said.err == "" and said.out.count("\n") == 1
    assert said.out.startswith(f"Menulis 4 surat pengingat ke {out} ")
    names = "\n".join(pdf_pages(out))
    for name in ("Dewi Lestari", "Siti Rahayu", "Budi Santoso", "Gita Permata"):
        assert name in names
        assert reminded(db, ids[name]) == ["letter"]
    assert "Eko Prasetyo" not in names and "Fajar Nugroho" not in names
    assert reminded(db, ids["Eko Prasetyo"]) == []
    assert all(item.last_reminded is not None for item in reminder_list(db, TODAY, 0))


def test_the_help_says_the_printed_are_recorded(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "dues", "remind", "--help"])
    assert "recorded as reminded" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    ("args", "status", "words"),
    [
        (["out.pdf", "--due-within", "soon"], 2, "soon"),
        (["out.pdf", "--due-within", "-3"], 2, "-3"),
        (["out.xlsx"], 2, ".xlsx"),
    ],
)
def test_bad_input_is_one_line_and_records_nothing(
    db, db_path, ids, tmp_path, capsys, args, status, words
) -> None:
    target = [str(tmp_path / args[0]), *args[1:]]
    assert main(["--db", str(db_path), "dues", "remind", *target]) == status
    said = capsys.readouterr()
    assert said.out == "" and said.err.count("\n") == 1, said.err
    assert said.err.startswith("groupdesk: error: ") and words in said.err
    assert not list(tmp_path.glob("out.*"))
    assert reminded(db, ids["Dewi Lestari"]) == []


def test_nobody_to_remind_writes_nothing(db, db_path, tmp_path, capsys) -> None:
    out = tmp_path / "pengingat.pdf"
    assert main(["--db", str(db_path), "dues", "remind", str(out)]) == 1
    said = capsys.readouterr()
    assert said.err.count("\n") == 1 and "Tidak ada anggota yang menunggak" in said.err
    assert not out.exists()


def test_the_database_is_never_overwritten(db, db_path, ids, capsys) -> None:
    before = db_path.stat().st_size, db_path.stat().st_mtime_ns
    assert main(["--db", str(db_path), "dues", "remind", str(db_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert (db_path.stat().st_size, db_path.stat().st_mtime_ns) == before
    assert dt.date.today() >= dt.date(2026, 12, 1)  # the ledger's months are due
