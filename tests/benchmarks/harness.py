"""Shared pieces of the benchmarks: demo databases by size, timing, and the result rows.

Each ``bench_*.py`` module in this package has ``run(ctx) -> list[dict]`` returning rows
``{"benchmark", "size", "seconds", "peer", "peer_seconds"}`` (extra keys are kept).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SIZES = (1_000, 10_000, 100_000)


@dataclass
class BenchContext:
    workdir: Path = HERE / ".data"
    sizes: tuple[int, ...] = DEFAULT_SIZES
    _made: dict[int, Path] = field(default_factory=dict)

    def database(self, members: int) -> Path:
        """A demo database of that many members (20% as many shifts, two sign-ups each),
        made once and kept in ``workdir`` between runs."""
        from groupdesk.core.database import open_database
        from groupdesk.core.demo import generate_demo

        path = self.workdir / f"demo-{members}.sqlite"
        if members in self._made or path.exists():
            self._made[members] = path
            return path
        self.workdir.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".partial")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        db = open_database(tmp)
        generate_demo(db, members=members, signups=members * 2)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        tmp.replace(path)
        self._made[members] = path
        return path


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """Best wall time of ``repeat`` runs: the figure least disturbed by the rest of the machine."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def row(
    benchmark: str,
    size: int,
    seconds: float,
    peer: str | None = None,
    peer_seconds: float | None = None,
    **extra: object,
) -> dict:
    return {
        "benchmark": benchmark,
        "size": size,
        "seconds": round(seconds, 4),
        "peer": peer,
        "peer_seconds": None if peer_seconds is None else round(peer_seconds, 4),
        **extra,
    }
