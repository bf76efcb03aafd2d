"""``groupdesk export payments|arrears|dues_summary`` as a treasurer meets them: one summary
line and exit 0, or one line on stderr, exit 2 and no file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from groupdesk.cli import main
from tests.integration.reports.ledger_sample import build_ledger


@pytest.fixture
def cli(db, db_path, capsys):
    build_ledger(db)

    def run(*args: str, lang: str = "en") -> tuple[int, str, str]:
        code = main(["--lang", lang, "--db", str(db_path), "export", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_payments_of_a_period(cli, tmp_path: Path) -> None:
    target = tmp_path / "payments.xlsx"
    code, out, err = cli("payments", str(target), "--from", "01/03/2026", "--to", "2026-04-30")
    assert code == 0 and err == ""
    assert out.count("\n") == 1
    # March and April: one payment each, summed on a month sheet and a type sheet
    assert out.startswith("Exported dues payments: 6 rows to ") and str(target) in out
    book = openpyxl.load_workbook(target)
    payments = book["Payments"]
    assert [payments.cell(row, 2).value for row in (2, 3)] == ["KW/2026/000002", "KW/2026/000003"]
    assert book.sheetnames == ["Payments", "By Month", "By Type", "About this report"]


def test_arrears_in_indonesian(cli, tmp_path: Path) -> None:
    target = tmp_path / "tunggakan.csv"
    code, out, err = cli("arrears", str(target), lang="id")
    assert code == 0 and err == ""
    assert out.startswith("Diekspor tunggakan iuran: 3 baris ke ") or "tunggakan iuran" in out
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Nomor Anggota,Nama Lengkap")
    assert "Rp 400.000" in text  # Budi's January, April, May and June


def test_nothing_in_the_period_is_one_line_and_no_file(cli, tmp_path: Path) -> None:
    target = tmp_path / "payments.xlsx"
    code, out, err = cli("payments", str(target), "--from", "2025-01-01", "--to", "2025-12-31")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "nothing was written" in err
    assert not target.exists()


def test_a_members_statement(cli, tmp_path: Path) -> None:
    target = tmp_path / "budi.pdf"
    code, out, err = cli("statement", str(target), "--member", "A-002")
    assert code == 0 and err == ""
    assert out.startswith("Exported member statement: 9 rows to ")
    assert target.stat().st_size > 0


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("statement", "x.xlsx"), "needs a member: name one by member number"),
        (("statement", "x.xlsx", "--member", "Z-9"), "no member with number 'Z-9'"),
        (("arrears", "x.xlsx", "--member", "A-001"), "--member applies to calendar"),
        (("arrears", "x.xlsx", "--from", "2026-01-01"), "--from does not apply to the arrears"),
        (("payments", "x.xlsx", "--project", "Posyandu"), "--project does not apply"),
        (("dues_summary", "x.ics"), "cannot be written as .ics"),
        (("payments", "x.xlsx", "--to", "30/02/2026"), "not a date: '30/02/2026'"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(cli, tmp_path: Path, args, reason) -> None:
    report, out, *rest = args
    code, stdout, err = cli(report, str(tmp_path / out), *rest)
    assert code == 2 and stdout == ""
    assert err.count("\n") == 1 and reason in err
    assert not (tmp_path / out).exists()
