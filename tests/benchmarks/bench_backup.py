"""Backup and restore times: what a user waits for at File > Backups and ``groupdesk restore``.

"backup" is one online-API copy plus its integrity check (the automatic daily backup costs
the same, once a day). "restore" is everything a restore does: check the backup, back up
the current database (copy and check), write the backup into it and check the result.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from tests.benchmarks.harness import BenchContext, best_of, row


def run(ctx: BenchContext) -> list[dict]:
    rows: list[dict] = []
    for size in ctx.sizes:
        with tempfile.TemporaryDirectory(prefix="groupdesk-bench-backup-") as tmp:
            rows.extend(_measure(ctx.database(size), size, Path(tmp)))
    return rows


def _measure(source: Path, size: int, work: Path) -> list[dict]:
    from groupdesk.core.database.backup import backup_sqlite_file, member_count, restore_backup

    repeat = 2 if size >= 100_000 else 3
    copy = work / "backup.sqlite"

    def backup() -> None:
        copy.unlink(missing_ok=True)
        backup_sqlite_file(source, copy)

    backup_row = row(
        "backup (online API + integrity check)",
        size,
        best_of(backup, repeat),
        megabytes=round(source.stat().st_size / 1e6, 1),
    )
    assert member_count(copy) == size

    target = work / "current.sqlite"
    shutil.copyfile(source, target)
    folder = work / "backups"

    def restore() -> None:
        restore_backup(copy, target, folder=folder)
        shutil.rmtree(folder, ignore_errors=True)

    restore_row = row("restore", size, best_of(restore, repeat))
    assert member_count(target) == size
    return [backup_row, restore_row]
