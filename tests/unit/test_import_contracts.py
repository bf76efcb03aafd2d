"""The layers and the absence of import cycles hold: `lint-imports` checks the contracts in
pyproject.toml, here as well as in `make lint`, so `make test` alone catches a new violation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())"


def test_every_import_contract_is_kept() -> None:
    pyproject = ROOT / "pyproject.toml"
    if not pyproject.exists():
        pytest.skip("runs from a source tree (pyproject.toml holds the contracts)")
    result = subprocess.run(
        [sys.executable, "-c", RUN, "--no-cache", "--no-logo", str(pyproject)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
