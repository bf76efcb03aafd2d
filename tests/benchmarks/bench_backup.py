"""Backup and restore times: what a user waits for at File > Backups and ``groupdesk restore``.

"backup" is one online-API copy plus its integrity check (the automatic daily backup costs
the same, once a day, now behind the open window: "first open of the day" is the time until
the window is usable on a day's first open, with the backup before the window as peer).
"restore" is everything a restore does: check the backup, back up
the current database (copy and check), write the backup into it and check the result.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from groupdesk.core.application import Application
from tests.benchmarks.harness import BenchContext, best_of, row


def run(ctx: BenchContext) -> list[dict]:
    rows: list[dict] = []
    for size in ctx.sizes:
        with tempfile.TemporaryDirectory(prefix="groupdesk-bench-backup-") as tmp:
            rows.extend(_measure(ctx.database(size), size, Path(tmp)))
    return rows + run_first_open(ctx)


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


def run_first_open(ctx: BenchContext) -> list[dict]:
    """The first open of a day, window and all: until the window is usable, then until the
    backup it makes in the background is done; peer: the backup made before the window
    appears, as GroupDesk did before."""
    from groupdesk.ui.app import create_application

    app = create_application()
    rows: list[dict] = []
    for size in ctx.sizes:
        with tempfile.TemporaryDirectory(prefix="groupdesk-bench-first-open-") as tmp:
            rows.append(_first_open(ctx.database(size), size, Path(tmp)))
    app.processEvents()
    return rows


def _first_open(source: Path, size: int, work: Path) -> dict:
    import time

    from PySide6.QtWidgets import QApplication

    from groupdesk.core.database import open_database
    from groupdesk.ui.database.open_database_flow import open_with_dialogs
    from groupdesk.ui.window.main_window import MainWindow

    def fresh(name: str) -> Path:
        # A file never backed up: its first open of the day.
        path = work / f"{name}.sqlite"
        shutil.copyfile(source, path)
        return path

    def show(window: MainWindow) -> None:
        window.show()
        QApplication.processEvents()
        assert window.members_page.model.rowCount() > 0

    def dispose(window: MainWindow) -> None:
        window.close()
        window.deleteLater()
        QApplication.processEvents()

    usable, finished, before = [], [], []
    for attempt in range(2):
        path = fresh(f"now-{attempt}")
        start = time.perf_counter()
        opened = open_with_dialogs(path)
        assert opened is not None
        window = MainWindow(opened)
        show(window)
        usable.append(time.perf_counter() - start)
        window.daily_backup.wait()
        finished.append(time.perf_counter() - start)
        assert window.daily_backup.made is not None
        dispose(window)

        path = fresh(f"before-{attempt}")
        start = time.perf_counter()
        db = open_database(path)  # the backup is made before the window appears
        window = MainWindow(Application(db))
        window.daily_backup.stop()
        show(window)
        before.append(time.perf_counter() - start)
        dispose(window)
    return row(
        "first open of the day: window usable",
        size,
        min(usable),
        peer="backup before the window",
        peer_seconds=min(before),
        background_backup_done=round(min(finished), 3),
    )
