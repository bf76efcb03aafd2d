"""Edit > Undo for a finished import: the whole import is taken back as one step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from groupdesk.core.database import Database
from groupdesk.core.importing import undo_import
from groupdesk.core.importing.runner import ImportUndoError
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.undo import ServiceCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportUndoCommand", text)


def _say_refused(message: str) -> None:
    QMessageBox.warning(None, _tr("Undo import"), message)


class ImportUndoCommand(ServiceCommand):
    """Pushed when the import is written; undo takes it back, and it cannot be redone from
    the stack (run it again from File > Import)."""

    refusals = (ImportUndoError,)

    def __init__(self, db: Database, summary: Any, refresh: Callable[[], None]) -> None:
        super().__init__(
            fill(_tr("Import (%1 added, %2 updated)"), summary.added, summary.updated),
            refresh,
            _say_refused,
        )
        self._db = db
        self._batch = summary.batch
        self._undone_elsewhere = False

    def undone_elsewhere(self) -> None:
        """The wizard's own Undo button took the import back: nothing is left to undo."""
        self._undone_elsewhere = True

    def undo(self) -> None:
        if self._undone_elsewhere:  # only takes the step off the stack
            self.setObsolete(True)
            return
        self.run_step(lambda: undo_import(self._db, self._batch))
        # an import cannot be redone from here: run it again from File > Import
        self.setObsolete(True)

    def _do(self) -> None:
        """Never reached: the step is obsolete once undone, and its push is not a run."""
