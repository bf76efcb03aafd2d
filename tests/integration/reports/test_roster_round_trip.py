"""An exported roster imports back with nothing to add and nothing to change.

Runs once the importer (built on another branch) is part of GroupDesk.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from groupdesk.core.demo import generate_demo
from groupdesk.core.reports import ReportFilters, export_report

pytest.importorskip("groupdesk.core.importing")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "groupdesk", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_exported_roster_imports_back_unchanged(
    db, db_path: Path, tmp_path, suffix, language
) -> None:
    """In either report language: headings recognised, statuses read from their words."""
    generate_demo(db, members=120, shifts=10)
    source = tmp_path / f"roster{suffix}"
    export_report(db, "members", ReportFilters(), source, language=language)
    db.close()
    done = run_cli(
        "--db", str(db_path), "import", "members", str(source), "--on-duplicate", "update"
    )
    assert done.returncode == 0, done.stderr
    # the summary is in the organisation's language, Indonesian unless it chose another
    assert "0 ditambahkan, 0 diperbarui" in done.stdout, done.stdout


def test_own_fields_are_exported_and_import_back_unchanged(db, db_path: Path, tmp_path) -> None:
    import openpyxl

    from groupdesk.core.services.custom_fields import CustomFieldService
    from groupdesk.core.services.members import MemberService

    generate_demo(db, members=40, shifts=10)
    fields = CustomFieldService(db)
    shirt = fields.create("Ukuran Kaos", "choice", ["S", "M", "L"])
    since = fields.create("Donor Sejak", "date")
    members = MemberService(db)
    first = members.get(1)
    members.update(first.with_changes(custom=((shirt.id, "L"), (since.id, "2020-05-17"))))
    source = tmp_path / "roster.xlsx"
    export_report(db, "members", ReportFilters(), source, language="en")
    sheet = openpyxl.load_workbook(source)["Members"]
    headers = [c.value for c in sheet[1]]
    assert headers[-2:] == ["Ukuran Kaos", "Donor Sejak"]
    row = next(
        r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == first.member_number
    )
    assert row[-2] == "L" and row[-1].date().isoformat() == "2020-05-17"
    db.close()
    done = run_cli(
        "--db", str(db_path), "import", "members", str(source), "--on-duplicate", "update"
    )
    assert done.returncode == 0, done.stderr
    # the summary is in the organisation's language, Indonesian unless it chose another
    assert "0 ditambahkan, 0 diperbarui" in done.stdout, done.stdout
