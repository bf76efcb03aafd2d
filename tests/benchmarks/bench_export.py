"""The real roster export on the 100,000-member demo database, next to pandas.

Ours is timed end to end as a user waits for it: the roster query streamed from SQLite
and the formatted workbook written (styled frozen header, Excel table, fitted widths, typed
date cells, About sheet). pandas gets the very same rows, fetched from the same report
beforehand and not timed, and only ``DataFrame.to_excel(engine="openpyxl")`` is timed.
Each side runs in its own fresh Python process, so one side's memory cannot hide in the
other's; peak memory is that process's peak resident size, interpreter and imports included.

Run it alone with ``python -m tests.benchmarks export``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

SIZE = 100_000
PEER = "pandas.DataFrame.to_excel (openpyxl)"


def _peak_mb() -> float:
    from tests.benchmarks.peak import own_peak_mb

    return own_peak_mb()


def _child_ours(database: Path, out: Path) -> dict[str, float]:
    from groupdesk.core.database import open_database
    from groupdesk.core.reports import ReportFilters, export_report

    db = open_database(database)
    start = time.perf_counter()
    result = export_report(db, "members", ReportFilters(), out)
    seconds = time.perf_counter() - start
    db.close()
    return {"seconds": seconds, "rows": result.rows, "peak_mb": _peak_mb()}


def _child_pandas(database: Path, out: Path) -> dict[str, float]:
    import pandas as pd

    from groupdesk.core.database import open_database
    from groupdesk.core.reports import ReportFilters, build_report

    db = open_database(database)
    sheet = build_report(db, "members", ReportFilters()).sheets[0]
    frame = pd.DataFrame(list(sheet.rows), columns=[column.title for column in sheet.columns])
    db.close()
    start = time.perf_counter()
    frame.to_excel(out, engine="openpyxl", index=False, sheet_name=sheet.name)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "rows": len(frame), "peak_mb": _peak_mb()}


def _in_subprocess(which: str, database: Path, out: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", which, str(database), str(out)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(ctx) -> list[dict]:
    """Both sides on the same 100k-member roster in this run; our peak memory alongside."""
    database = ctx.database(SIZE)
    workdir = Path(ctx.workdir)
    ours = _in_subprocess("ours", database, workdir / "roster-groupdesk.xlsx")
    peer = _in_subprocess("pandas", database, workdir / "roster-pandas.xlsx")
    assert ours["rows"] == peer["rows"] == SIZE, (ours, peer)
    return [
        {
            "benchmark": "export 100k roster xlsx",
            "size": SIZE,
            "seconds": round(ours["seconds"], 3),
            "peer": PEER,
            "peer_seconds": round(peer["seconds"], 3),
            "ratio": round(ours["seconds"] / peer["seconds"], 3),
            "peak_mb": round(ours["peak_mb"], 1),
            "peer_peak_mb": round(peer["peak_mb"], 1),
        }
    ]


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        which, database, out = sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])
        child = _child_pandas if which == "pandas" else _child_ours
        print(json.dumps(child(database, out)))
        return
    from tests.benchmarks.harness import BenchContext

    print(json.dumps(run(BenchContext()), indent=2))


if __name__ == "__main__":
    main()
