"""``python -m tests.benchmarks [NAME ...]``: run the benchmark modules, print a table,
write ``benchmarks.json`` at the top of the repository."""

from __future__ import annotations

import importlib
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Window sizes, column layouts and the daily backups made while measuring must not become
# the user's.
_SCRATCH = tempfile.mkdtemp(prefix="groupdesk-bench-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SCRATCH, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_SCRATCH, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_SCRATCH, "state")

from tests.benchmarks.harness import HERE, BenchContext  # noqa: E402 - after the environment

OUTPUT = HERE.parent.parent / "benchmarks.json"


def main(argv: list[str]) -> int:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    ctx = BenchContext()
    rows: list[dict] = []
    for name in names:
        module = importlib.import_module(f"tests.benchmarks.{name}")
        print(f"== {name}", flush=True)
        for r in module.run(ctx):
            rows.append(r)
            peer = f"   peer {r['peer']}: {r['peer_seconds']:.3f} s" if r.get("peer") else ""
            extra = "".join(
                f"   {k}={v}"
                for k, v in r.items()
                if k not in {"benchmark", "size", "seconds", "peer", "peer_seconds"}
            )
            print(
                f"  {r['benchmark']:<42} {r['size']:>7}  {r['seconds']:>8.4f} s{peer}{extra}",
                flush=True,
            )
    OUTPUT.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {Path(OUTPUT).name} ({len(rows)} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
