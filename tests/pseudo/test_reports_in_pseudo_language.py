"""Every report in every format, written in the pseudo-language, holds no plain English word
of GroupDesk's texts: a heading, a status, a sheet name, a footer or an About line that
escaped the catalogue would show here as English among accented words."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import icalendar
import openpyxl
import pytest
from sqlalchemy import select

from groupdesk.core.models import Member, Shift, VolunteerProject
from groupdesk.core.reports import ReportFilters, export_report
from groupdesk.core.reports.registry import REPORTS
from tests.integration.reports.ledger_sample import build_ledger
from tests.integration.reports.sample import build_sample
from tests.pseudo.words import data_words, escaped

CASES = [(key, fmt) for key, definition in REPORTS.items() for fmt in definition.formats]


@pytest.fixture
def sample(db):
    made = build_sample(db, language="en")
    build_ledger(db)  # payments, arrears and the dues summary have rows to say
    return made


def _typed(db) -> set[str]:
    """What people typed into the sample: names, cities, numbers, project names."""
    with db.session() as s:
        values = [
            *s.scalars(select(Member.full_name)),
            *(c for c in s.scalars(select(Member.city)) if c),
            *s.scalars(select(VolunteerProject.name)),
            *(x for x in s.scalars(select(Shift.location)) if x),
        ]
    return data_words(values)


def _text(path: Path, fmt: str) -> str:
    if fmt == "xlsx":
        book = openpyxl.load_workbook(path)
        cells = [
            str(value)
            for sheet in book.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if isinstance(value, str)
        ]
        return "\n".join([*book.sheetnames, *cells])
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return "\n".join(" ".join(row) for row in csv.reader(handle))
    if fmt == "pdf":
        done = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        )
        return done.stdout
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    said = [str(calendar.get("X-WR-CALNAME", ""))]
    for part in calendar.walk():
        for key in ("SUMMARY", "DESCRIPTION", "CATEGORIES", "LOCATION"):
            value = part.get(key)
            if value is not None:
                said.append(
                    str(value.to_ical(), "utf-8") if hasattr(value, "to_ical") else str(value)
                )
    return "\n".join(said)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
@pytest.mark.parametrize(("key", "fmt"), CASES, ids=[f"{k}-{f}" for k, f in CASES])
def test_no_english_escapes_a_report(qapp, db, sample, tmp_path, key, fmt) -> None:
    from groupdesk.printing.pdf_report import write_pdf

    out = tmp_path / f"{key}.{fmt}"
    filters = ReportFilters(
        shift_id=sample.shift_ids["s1"] if key == "signin" else None,
        member="A-002" if key == "statement" else None,  # charged, paid, a payment reversed
    )
    export_report(db, key, filters, out, pdf_writer=write_pdf, language="qps")
    leaked = escaped(_text(out, fmt), _typed(db))
    assert leaked == set(), f"{key}.{fmt} says in English: {sorted(leaked)}"
