"""The import itself, in a worker thread: the window stays responsive and Cancel works."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from groupdesk.core.database import Database
from groupdesk.core.importing import ImportCancelled, execute
from groupdesk.core.importing.runner import PreparedImport


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
            self.failed.emit(str(err).splitlines()[0] if str(err) else type(err).__name__)
        else:
            self.finished.emit(summary)


def start(worker: ImportWorker) -> QThread:
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
