"""Copying a database off the GUI thread: today's automatic backup in the background, and
restores and backups made by hand behind a progress dialog.

The first open of a day used to copy the whole database before the window appeared (four
to five seconds at 100,000 members, with nothing to show for it). Now the window opens at
once and the copy runs in a worker thread, step by step through SQLite's online backup API,
with its progress in the status bar. Quitting stops it between two steps; the unfinished
copy is removed and the next open makes today's backup again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QStatusBar, QWidget

from groupdesk.core.database import Database
from groupdesk.core.database.backup import BackupCancelled, Progress, daily_backup_if_due
from groupdesk.core.database.errors import DatabaseError
from groupdesk.core.database.sqlite_file import integrity_problem
from groupdesk.ui.common.messages import say

T = TypeVar("T")
# How long after the window opens today's backup starts: the window is drawn and answers first.
START_DELAY_MS = 1000


class _DailyWorker(QObject):
    progressed = Signal(int, int)
    made = Signal(object)  # the backup's Path, or None when none was due
    failed = Signal(str, bool)  # the reason, and whether the database itself is damaged
    stopped = Signal()

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    @Slot()
    def run(self) -> None:
        import sqlite3

        try:
            made = daily_backup_if_due(self._db, progress=self._progress)
        except BackupCancelled:
            self.stopped.emit()
        except sqlite3.Error as err:
            # The copy's full integrity check sees damage quick_check cannot.
            assert self._db.path is not None
            problem = integrity_problem(self._db.path)
            self.failed.emit(problem or str(err), problem is not None)
        except (OSError, DatabaseError) as err:
            # An unwritable backup folder, a full disk: said, and the window goes on.
            self.failed.emit(say(err) if isinstance(err, DatabaseError) else str(err), False)
        except Exception as err:
            self.failed.emit(f"{type(err).__name__}: {err}", False)
        else:
            self.made.emit(made)


class DailyBackup(QObject):
    """Today's automatic backup of the open database, made in the background."""

    finished_copy = Signal()  # made, not due, failed or stopped: the worker is gone
    failed = Signal(str, bool)

    def __init__(self, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        self.bar = QProgressBar(status_bar)
        self.bar.setObjectName("dailyBackupProgress")
        self.bar.setMaximumWidth(160)
        self.bar.setFormat(self.tr("Backing up… %p%"))
        self.bar.setVisible(False)
        status_bar.addPermanentWidget(self.bar)
        self._thread: QThread | None = None
        self._worker: _DailyWorker | None = None
        self.made: Path | None = None
        # The copy starts once the window has been drawn and answers, not while it opens.
        self._pending: Database | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(START_DELAY_MS)
        self._timer.timeout.connect(self._start_now)

    @property
    def running(self) -> bool:
        """Whether a backup is under way or about to start."""
        return self._thread is not None or self._pending is not None

    def start(self, db: Database) -> None:
        """Make today's backup of ``db`` in a worker thread, if it is due, in a moment."""
        if self.running or db.read_only or db.path is None:
            return
        self.made = None
        self._pending = db
        self._timer.start()

    def _start_now(self) -> None:
        db, self._pending = self._pending, None
        if db is None or self._thread is not None:
            return
        thread = QThread(self)
        worker = _DailyWorker(db)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.made.connect(self._made)
        worker.failed.connect(self._failed)
        for signal in (worker.made, worker.failed, worker.stopped):
            signal.connect(lambda *_: thread.quit(), Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        thread.start()

    def stop(self) -> None:
        """Stop a running backup between two steps and wait for it (a quit, another file).

        What it had copied is removed; the next open of the day makes the backup again.
        """
        self._timer.stop()
        if self._pending is not None:
            self._pending = None
            self.finished_copy.emit()
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return
        worker.stop()
        thread.wait()
        self._thread_done()

    def wait(self, timeout_ms: int = 120_000) -> None:
        """Let a running backup finish (tests, and the benchmark)."""
        if not self.running:
            return
        loop = QEventLoop()
        self.finished_copy.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.finished_copy.disconnect(loop.quit)

    def _progressed(self, done: int, total: int) -> None:
        if self._thread is None:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.bar.setVisible(True)

    def _made(self, made: object) -> None:
        if isinstance(made, Path):
            self.made = made
            self._status_bar.showMessage(self.tr("Today's backup is made."), 5000)

    def _failed(self, reason: str, damaged: bool) -> None:
        self.failed.emit(reason, damaged)

    def _thread_done(self) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is None:
            return
        thread.wait()
        thread.deleteLater()
        self.bar.setVisible(False)
        self.finished_copy.emit()


class _Runner(QObject):
    progressed = Signal(int, int)
    ended = Signal()


def run_with_progress(
    parent: QWidget | None, label: str, work: Callable[[Progress], T], *, min_ms: int = 400
) -> T:
    """Run ``work(progress)`` in a worker thread behind a progress dialog; its result, or
    the exception it raised.

    The dialog appears only when the work takes longer than ``min_ms``; it has no Cancel
    button, because what it shows (a restore, a backup before one) is safest finished.
    """
    runner = _Runner()
    outcome: dict[str, object] = {}
    # No Cancel text: Qt then shows no Cancel button (PySide6's types miss that None is taken).
    dialog = QProgressDialog(label, None, 0, 100, parent)  # type: ignore[call-overload]
    dialog.setObjectName("copyProgress")
    dialog.setWindowTitle(QCoreApplication.translate("BackgroundCopy", "GroupDesk"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(min_ms)
    dialog.setAutoClose(False)
    dialog.setValue(0)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    runner.progressed.connect(progressed)

    def target() -> None:
        try:
            outcome["result"] = work(lambda done, total: runner.progressed.emit(done, total))
        except BaseException as err:  # handed back to the caller below
            outcome["error"] = err
        finally:
            runner.ended.emit()

    loop = QEventLoop()
    runner.ended.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    worker = threading.Thread(target=target, name="groupdesk-copy", daemon=True)
    worker.start()
    if worker.is_alive():
        loop.exec()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]  # type: ignore[return-value]
