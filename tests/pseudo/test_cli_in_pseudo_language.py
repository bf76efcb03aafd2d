"""The command line in the pseudo-language holds no plain English word of GroupDesk's texts:
every command's help, a refused import's lines and its error report, a file that is no
spreadsheet, and a check of a database. What a person types (option names, report and kind
names, metavariables) is not text to translate and is taken out first."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from groupdesk.cli import build_parser, main
from groupdesk.commands._receipts import NAME as RECEIPTS
from groupdesk.core.importing.plan import KINDS
from groupdesk.core.reports.registry import REPORTS
from tests.pseudo.words import data_words, escaped

# Typed, not read: --options, {choice,lists}, METAVARS, and the names of reports and kinds.
_TYPED = re.compile(r"--?[\w-]+|\{[^}]*\}|\b[A-Z][A-Z_.|]+\b")
_KEYWORDS = {*REPORTS, *KINDS, RECEIPTS, "groupdesk", "yyyy", "mm", "dd"}


def _said(text: str, *paths: Path) -> set[str]:
    typed = _KEYWORDS | data_words([word for command in _commands() for word in command])
    typed |= data_words([str(path) for path in paths])  # file names are the user's
    return escaped(_TYPED.sub(" ", text), typed)


def _commands() -> list[list[str]]:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    found = [[]]
    for name, sub in subparsers.choices.items():
        found.append([name])
        for action in sub._actions:
            if getattr(action, "choices", None) and action.dest.endswith("_command"):
                found.extend([name, nested] for nested in action.choices)
    return found


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "groupdesk")
def test_every_help_is_translated(command: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", "qps", *command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "ŀ" in out or "à" in out  # it is the pseudo-language
    assert _said(out) == set()


def test_a_refused_import_and_its_error_report(tmp_path: Path, capsys) -> None:
    db = tmp_path / "roster.sqlite"
    assert main(["--lang", "qps", "--db", str(db), "demo", "--members", "5"]) == 0
    sheet = tmp_path / "members.csv"
    sheet.write_text(
        "Full name,Email,Birth date,Phone\n"
        ",agus@,31/02/1990,12\n"
        "Siti,siti@@contoh,tomorrow,+62 812\n",
        encoding="utf-8",
    )
    report = tmp_path / "reasons.csv"
    code = main(
        ["--lang", "qps", "--db", str(db), "import", "members", str(sheet), "--errors", str(report)]
    )
    assert code == 1
    out = capsys.readouterr()
    assert _said(out.out + out.err, db, sheet, report) == set(), out.err
    rows = list(csv.reader(report.open(encoding="utf-8-sig")))
    # The report's own headings (after the file's columns) and its reasons; the rest is the
    # file's rows as they were.
    ours = [*rows[0][4:], *(row[-1] for row in rows[1:])]
    said = escaped(" ".join(ours), {"agus", "siti", "contoh", "tomorrow"})
    assert said == set(), rows


def test_a_file_that_is_no_spreadsheet_and_a_check(tmp_path: Path, capsys) -> None:
    db = tmp_path / "roster.sqlite"
    assert main(["--lang", "qps", "--db", str(db), "demo", "--members", "5"]) == 0
    picture = tmp_path / "members.xlsx"
    picture.write_bytes(b"%PDF-1.4\n" + bytes(100))
    assert main(["--lang", "qps", "--db", str(db), "import", "members", str(picture)]) != 0
    assert main(["--lang", "qps", "--db", str(db), "check"]) == 0
    out = capsys.readouterr()
    assert _said(out.out + out.err, db, picture) == set(), out.err


@pytest.mark.parametrize(
    "args",
    [
        ["import", "members", "missing.csv"],
        ["import", "members", "{folder}"],
        ["import", "members", "{sheet}", "--mapping", "no-such-template"],
        ["import", "members", "{sheet}", "--errors", "{db}"],
        ["export", "schedule", "{folder}/x.xlsx", "--shift", "abc"],
        ["demo", "--members", "many"],
        ["backup", "{sheet}"],
    ],
    ids=["missing", "folder", "mapping", "errors-over-db", "shift", "demo-count", "backup-over"],
)
def test_refusals_of_the_command_line(args: list[str], tmp_path: Path, capsys) -> None:
    db = tmp_path / "roster.sqlite"
    assert main(["--db", str(db), "demo", "--members", "5"]) == 0
    sheet = tmp_path / "members.csv"
    sheet.write_text("Full name\nSiti\n", encoding="utf-8")
    capsys.readouterr()
    given = [a.format(folder=tmp_path, sheet=sheet, db=db) for a in args]
    with pytest.raises(SystemExit) if args[0] == "demo" else _nothing():
        assert main(["--lang", "qps", "--db", str(db), *given]) != 0
    out = capsys.readouterr()
    assert out.err.count("\n") == 1, out.err
    typed = [db, sheet, tmp_path / "x.xlsx", *map(Path, given)]
    assert _said(out.out + out.err, *typed) == set(), out.err


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
