"""Edit > Undo for a finished import: the whole import is taken back as one step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from groupdesk.core.database import Database
from groupdesk.core.importing import undo_import
from groupdesk.core.importing.runner import ImportUndoError
from groupdesk.ui.common import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportUndoCommand", text)


class ImportUndoCommand(QUndoCommand):
    def __init__(self, db: Database, summary: Any, refresh: Callable[[], None]) -> None:
        super().__init__()
        self._db = db
        self._batch = summary.batch
        self._refresh = refresh
        self._undone_elsewhere = False
        self.setText(
            _tr("Import (%1 added, %2 updated)")
            .replace("%1", labels.number_text(summary.added))
            .replace("%2", labels.number_text(summary.updated))
        )

    def redo(self) -> None:
        """The import is already written when the command is pushed."""

    def undone_elsewhere(self) -> None:
        """The wizard's own Undo button took the import back: nothing is left to undo."""
        self._undone_elsewhere = True

    def undo(self) -> None:
        if self._undone_elsewhere:  # only takes the step off the stack
            self.setObsolete(True)
            return
        try:
            undo_import(self._db, self._batch)
        except ImportUndoError as err:
            QMessageBox.warning(None, _tr("Undo import"), str(err))
        # an import cannot be redone from here: run it again from File > Import
        self.setObsolete(True)
        self._refresh()
