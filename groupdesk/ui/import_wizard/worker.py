"""Long work in a worker thread (preparing the preview, the import itself): the window stays
responsive and Cancel works."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from groupdesk.core.database import Database
from groupdesk.core.importing import ImportCancelled, execute
from groupdesk.core.importing.runner import PreparedImport
from groupdesk.core.messages import Refusal
from groupdesk.core.spreadsheet import ReadCancelled
from groupdesk.ui.common.messages import say

Task = Callable[[Callable[[int, int], bool]], Any]


def error_message(err: Exception) -> str:
    """One line for the page: the reason, never a traceback."""
    if isinstance(err, Refusal):  # the core's reasons, a file's too: the window's language
        return say(err)
    text = str(err)
    return text.splitlines()[0] if text else type(err).__name__


class TaskWorker(QObject):
    """Runs ``task(progress)`` in a worker thread; ``progress(done, total)`` returns False
    once Cancel was pressed, and the task then raises ImportCancelled.

    The task must not use anything made on the GUI thread that is bound to it (sessions,
    connections): it opens its own from the database's engine.
    """

    progress = Signal(int, int)
    finished = Signal(object)  # what the task returned
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def keep_going(self) -> bool:
        """False once Cancel was pressed (a file being read in a child process is stopped)."""
        return not self._stop.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self._stop.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._task(self._progress)
            if self._stop.is_set():
                raise ImportCancelled("cancelled")
        except (ImportCancelled, ReadCancelled):
            self.cancelled.emit()
        except Exception as err:  # shown as one message on the page
            self.failed.emit(error_message(err))
        else:
            self.finished.emit(result)


class ImportWorker(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # ImportSummary
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, db: Database, prepared: PreparedImport) -> None:
        super().__init__()
        self._db = db
        self._prepared = prepared
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progress.emit(done, total)
        return not self._stop.is_set()

    @Slot()
    def run(self) -> None:
        try:
            summary = execute(self._db, self._prepared, self._progress)
        except ImportCancelled:
            self.cancelled.emit()
        except Exception as err:  # shown as one message; the transaction was rolled back
            self.failed.emit(error_message(err))
        else:
            self.finished.emit(summary)


def start(worker: ImportWorker | TaskWorker) -> QThread:
    """Run ``worker`` in a new thread that ends (and is deleted) when the worker is done."""
    thread = QThread()
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.finished, worker.cancelled, worker.failed):
        # quit from the worker thread itself: a queued quit would wait for the GUI thread,
        # which may be waiting for this thread to end
        signal.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread
