"""``groupdesk export`` as a user meets it: one summary line, or one line and exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from groupdesk.cli import main


@pytest.fixture
def cli(db, db_path, sample, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--lang", "en", "--db", str(db_path), "export", *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.sample = sample
    return run


def test_xlsx_export_prints_one_summary_line(cli, tmp_path: Path) -> None:
    target = tmp_path / "roster.xlsx"
    code, out, err = cli("members", str(target))
    assert code == 0 and err == ""
    assert out.count("\n") == 1
    assert out.startswith("Exported member roster: 3 rows to ") and str(target) in out
    sheet = openpyxl.load_workbook(target)["Members"]
    assert sheet["A1"].value == "Member Number" and sheet.max_row == 4


def test_filters_reach_the_report(cli, tmp_path: Path) -> None:
    target = tmp_path / "hours.csv"
    code, out, _ = cli("hours", str(target), "--from", "01/05/2024", "--to", "2024-05-31")
    assert code == 0 and ": 2 rows to " in out  # May at Pantai: Ayu (two shifts), Budi
    assert "Bersih Pantai" in target.read_text(encoding="utf-8-sig")
    code, out, _ = cli(
        "understaffed", str(tmp_path / "u.xlsx"), "--project", "Posyandu", "--from", "2024-07-01"
    )
    assert code == 0 and ": 1 row to " in out  # s4 from today on; s6 is cancelled


def test_an_empty_report_is_one_line_and_no_file(cli, tmp_path: Path) -> None:
    target = tmp_path / "hours.xlsx"
    code, out, err = cli("hours", str(target), "--from", "01/01/2019", "--to", "31/12/2019")
    assert code == 1 and out == ""
    assert err == (
        "groupdesk: error: No volunteer hours between 01/01/2019 and 31/12/2019; "
        "nothing was written\n"
    )
    assert not target.exists()


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("payroll", "x.xlsx"), "unknown report 'payroll'"),
        (("members", "x.docx"), "cannot tell the format from '.docx'"),
        (("members", "x"), "cannot tell the format from no extension"),
        (("members", "x.ics"), "cannot be written as .ics"),
        (("hours", "x.xlsx", "--from", "31/02/2024"), "not a date: '31/02/2024'"),
        (("hours", "x.xlsx", "--from", "2024-06-01", "--to", "2024-05-01"), "before it starts"),
        (("members", "x.xlsx", "--status", "sleeping"), "status 'sleeping'"),
        (("schedule", "x.xlsx", "--project", "Nowhere"), "no project named 'Nowhere'"),
        (("signin", "x.pdf"), "needs a shift: give --shift ID"),
        (("signin", "x.xlsx", "--shift", "abc"), "--shift takes a shift number"),
        (("members", "x.xlsx", "--project", "Posyandu"), "--project does not apply"),
        (("members", "x.xlsx", "--member", "GD-001"), "--member applies to calendar"),
    ],
)
def test_mistakes_are_one_line_and_exit_2(cli, tmp_path: Path, args, reason) -> None:
    report, out, *rest = args
    folder = tmp_path / "out"
    folder.mkdir()
    code, stdout, err = cli(report, str(folder / out), *rest)
    assert code == 2 and stdout == ""
    assert err.count("\n") == 1 and reason in err, err
    assert list(folder.iterdir()) == [], "nothing may be written after a refusal"


def test_signin_pdf_from_the_command_line(db_path, sample, tmp_path: Path) -> None:
    target = tmp_path / "signin.pdf"
    shift = str(sample.shift_ids["s4"])
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "groupdesk",
            "--lang",
            "en",
            "--db",
            str(db_path),
            "export",
            "signin",
            str(target),
            "--shift",
            shift,
        ],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "PYTHONPATH": str(Path.cwd())},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("\n") == 1 and "2 rows" in out.stdout
    assert target.read_bytes().startswith(b"%PDF")
