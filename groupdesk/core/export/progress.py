"""Report progress to the caller every so many rows and turn "stop" into an exception.

Calling back on every row would cost more than writing the row; every few hundred rows a
progress bar still moves smoothly and Cancel still answers at once.
"""

from __future__ import annotations

from groupdesk.core.export.table import ExportCancelled, Progress

REPORT_EVERY = 500


class ProgressTicker:
    """Counts rows across all sheets of one export and calls ``progress`` now and then."""

    __slots__ = ("_every", "_next", "_progress", "done", "total")

    def __init__(self, progress: Progress | None, total: int | None, every: int = REPORT_EVERY):
        self._progress = progress
        self._every = every
        self._next = every
        self.total = total
        self.done = 0

    def start(self) -> None:
        """Tell the caller the export began, so Cancel works even before the first row."""
        self._report()

    def tick(self) -> None:
        """Count one row; call back when a step is complete."""
        self.done += 1
        if self.done >= self._next:
            self._next += self._every
            self._report()

    def finish(self) -> None:
        """Report the final count; a cancel now still prevents the file from appearing."""
        self._report()

    def _report(self) -> None:
        if self._progress is not None and self._progress(self.done, self.total) is False:
            raise ExportCancelled(f"export cancelled after {self.done} rows")
