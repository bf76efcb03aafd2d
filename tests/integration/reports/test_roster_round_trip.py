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


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_exported_roster_imports_back_unchanged(db, db_path: Path, tmp_path, suffix) -> None:
    generate_demo(db, members=120, shifts=10)
    source = tmp_path / f"roster{suffix}"
    export_report(db, "members", ReportFilters(), source)
    db.close()
    done = run_cli(
        "--db", str(db_path), "import", "members", str(source), "--on-duplicate", "update"
    )
    assert done.returncode == 0, done.stderr
    assert "0 added, 0 updated" in done.stdout, done.stdout
