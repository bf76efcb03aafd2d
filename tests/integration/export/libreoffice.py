"""Drive LibreOffice headless to read files the way a person's spreadsheet program would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice")

needs_soffice = [
    pytest.mark.soffice,
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui",
    ),
]

# UTF-8, comma, double quote, values "as shown" (cell formats applied), all sheets (-1).
CSV_AS_SHOWN_ALL_SHEETS = (
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"
)
CSV_IMPORT = "CSV:44,34,76,1"

_RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def profile(folder: Path, *, recalculate: bool = False) -> Path:
    """A private LibreOffice profile, so parallel runs and a person's settings don't interfere.

    With ``recalculate`` LibreOffice recomputes every formula of an xlsx on load instead of
    trusting the cached results (its default), which proves the formulas themselves work.
    """
    if recalculate:
        user = folder / "user"
        user.mkdir(parents=True, exist_ok=True)
        (user / "registrymodifications.xcu").write_text(_RECALC_ALWAYS, encoding="utf-8")
    return folder


def convert(
    source: Path, target: str, out: Path, lo_profile: Path, infilter: str | None = None
) -> list[Path]:
    """Convert ``source`` with LibreOffice into ``out``; return the files it wrote."""
    assert SOFFICE is not None
    out.mkdir(parents=True, exist_ok=True)
    command = [SOFFICE, f"-env:UserInstallation={lo_profile.resolve().as_uri()}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target, "--outdir", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    written = sorted(out.iterdir())
    assert written, "LibreOffice wrote nothing"
    return written
