"""How fast and how lean the xlsx export is on a 100,000-member roster, next to pandas.

Each measurement runs in its own fresh Python process so one writer's memory cannot hide in
the other's peak. For the timing both writers start from the same rows already in memory (a
list of tuples for ours, the DataFrame built from it for pandas) and only the writing is
timed. Peak memory is measured in a separate run where our writer streams the rows from a
generator, the way a service feeds it from a database cursor; it is the whole process's peak
resident size, interpreter and imports included.

Run it alone with ``python tests/benchmarks/bench_export.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

REPO_ROOT = Path(__file__).resolve().parents[2]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

SIZE = 100_000
SEED = 20240501
PEER = "pandas.DataFrame.to_excel (openpyxl)"

FIRST_NAMES = [
    "Siti", "Ahmad", "Dewi", "Budi", "Putu", "Made", "Nur", "Agus", "Rina", "Wayan",
    "Sri", "Joko", "Ayu", "Rizky", "Fitri", "Hendra", "Yusuf", "Indah", "Bambang", "Kadek",
]  # fmt: skip
LAST_NAMES = [
    "Santoso", "Wulandari", "Hidayat", "Saputra", "Nurhaliza", "Pratama", "Siregar",
    "Nasution", "Kusuma", "Wijaya", "Setiawan", "Lestari", "Hutapea", "Simanjuntak",
    "Rahmawati", "Gunawan", "Sitompul", "Harahap", "Susanti", "Purnomo",
]  # fmt: skip
CITIES = [
    "Jakarta", "Bandung", "Surabaya", "Medan", "Yogyakarta", "Semarang", "Makassar",
    "Denpasar", "Palembang", "Balikpapan", "Pontianak", "Manado", "Kupang", "Jayapura",
]  # fmt: skip
PROFESSIONS = [
    "Guru", "Perawat", "Dokter", "Petani", "Nelayan", "Pedagang", "Wiraswasta",
    "Pegawai Negeri Sipil", "Mahasiswa", "Insinyur", "Bidan", "Pengemudi Ojek",
]  # fmt: skip
STATUSES = ["Aktif", "Aktif", "Aktif", "Tidak aktif", "Calon anggota"]
COLUMNS = [
    ("member_number", "No. Anggota", "text"),
    ("full_name", "Nama Lengkap", "text"),
    ("email", "Email", "text"),
    ("phone", "Telepon", "text"),
    ("birth_date", "Tanggal Lahir", "date"),
    ("joined_on", "Bergabung", "date"),
    ("paid_until", "Iuran Sampai", "date"),
    ("status", "Status", "text"),
    ("city", "Kota", "text"),
    ("profession", "Profesi", "text"),
]


def roster_rows(size: int, seed: int = SEED) -> Iterator[tuple[object, ...]]:
    """Deterministic roster rows that look like an Indonesian association's members."""
    rng = random.Random(seed)
    born_from = dt.date(1950, 1, 1).toordinal()
    joined_from = dt.date(2005, 1, 1).toordinal()
    for number in range(1, size + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        joined = dt.date.fromordinal(joined_from + rng.randrange(7000))
        yield (
            f"GD-{number:06d}",
            f"{first} {last}",
            f"{first.lower()}.{last.lower()}{number}@contoh.or.id",
            f"+62 8{rng.randrange(11, 99)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}",
            dt.date.fromordinal(born_from + rng.randrange(20000)),
            joined,
            joined.replace(year=min(joined.year + rng.randrange(1, 20), 2030), day=1),
            rng.choice(STATUSES),
            rng.choice(CITIES),
            rng.choice(PROFESSIONS),
        )


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _child_ours(out: Path, size: int, *, streamed: bool) -> dict[str, float]:
    from groupdesk import __version__
    from groupdesk.core.export.table import Column, ColumnKind, Report, ReportSheet
    from groupdesk.core.export.xlsx_writer import write_xlsx

    columns = [Column(key, title, ColumnKind(kind)) for key, title, kind in COLUMNS]
    rows = roster_rows(size) if streamed else list(roster_rows(size))
    report = Report(
        title="Daftar Anggota",
        sheets=[ReportSheet("Anggota", columns, rows, size)],
        filters={"Status": "Semua"},
        generated_at=dt.datetime(2024, 5, 1, 9, 30),
        app_version=__version__,
    )
    start = time.perf_counter()
    written = write_xlsx(report, out)
    seconds = time.perf_counter() - start
    assert written == size
    return {"seconds": seconds, "peak_mb": _peak_mb()}


def _child_pandas(out: Path, size: int) -> dict[str, float]:
    import pandas as pd

    frame = pd.DataFrame(list(roster_rows(size)), columns=[title for _, title, _ in COLUMNS])
    start = time.perf_counter()
    frame.to_excel(out, engine="openpyxl", index=False, sheet_name="Anggota")
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": _peak_mb()}


def _in_subprocess(which: str, out: Path, size: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", which, str(out), str(size)],
        check=True,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(ctx) -> list[dict]:
    """Time our writer and pandas on the same 100k rows in this run; report our peak memory."""
    workdir = Path(ctx.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    ours = _in_subprocess("ours", workdir / "roster-groupdesk.xlsx", SIZE)
    streamed = _in_subprocess("ours-streamed", workdir / "roster-groupdesk-streamed.xlsx", SIZE)
    peer = _in_subprocess("pandas", workdir / "roster-pandas.xlsx", SIZE)
    return [
        {
            "benchmark": "export 100k roster xlsx",
            "size": SIZE,
            "seconds": round(ours["seconds"], 3),
            "peer": PEER,
            "peer_seconds": round(peer["seconds"], 3),
        },
        {
            "benchmark": "export 100k roster xlsx peak MB",
            "size": SIZE,
            "peak_mb": round(streamed["peak_mb"], 1),
            "streamed_seconds": round(streamed["seconds"], 3),
            "peer": PEER,
            "peer_peak_mb": round(peer["peak_mb"], 1),
        },
    ]


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        which, out, size = sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
        if which == "pandas":
            result = _child_pandas(out, size)
        else:
            result = _child_ours(out, size, streamed=which == "ours-streamed")
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory(prefix="bench-export-") as scratch:
        results = run(SimpleNamespace(workdir=Path(scratch)))
    print(json.dumps(results, indent=2))
    timing = results[0]
    print(f"ratio to pandas: {timing['seconds'] / timing['peer_seconds']:.2f}")


if __name__ == "__main__":
    main()
