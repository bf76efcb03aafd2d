"""Undoable commands for professions and merges, pushed on the main window's QUndoStack.

Each command is pushed *after* its first run succeeded (the service call happens first, so a
refused save never reaches the stack); the first ``redo`` that Qt calls on push is skipped.
Should a later undo or redo be refused (someone took the name meanwhile), the command says so
through ``on_error`` and is marked obsolete, so the stack does not pretend it happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from groupdesk.core.services.duplicates import DuplicateService, MergeResult, Side
from groupdesk.core.services.professions import (
    DeletedProfession,
    ProfessionService,
    ProfessionValues,
)

Callback = Callable[[], None]
ErrorCallback = Callable[[str], None]


class _ServiceCommand(QUndoCommand):
    def __init__(
        self, text: str, on_change: Callback | None, on_error: ErrorCallback | None
    ) -> None:
        super().__init__(text)
        self._first = True
        self._on_change = on_change or (lambda: None)
        self._on_error = on_error or (lambda _msg: None)

    def redo(self) -> None:
        if self._first:  # done already, by whoever pushed it; they show the result
            self._first = False
            return
        self._run(self._do)
        self._on_change()

    def undo(self) -> None:
        self._run(self._undo)
        self._on_change()

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as err:  # a refusal from the service: report it, never crash
            self.setObsolete(True)
            self._on_error(str(err))

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class CreateProfessionCommand(_ServiceCommand):
    def __init__(
        self,
        service: ProfessionService,
        profession_id: int,
        name: str,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RosterCommands", "New Profession “%1”").replace("%1", name),
            on_change,
            on_error,
        )
        self._service = service
        self.profession_id = profession_id
        self._deleted: DeletedProfession | None = None

    def _undo(self) -> None:
        self._deleted = self._service.delete(self.profession_id, confirmed=True)

    def _do(self) -> None:
        if self._deleted is not None:
            self.profession_id = self._service.restore_deleted(self._deleted)


class EditProfessionCommand(_ServiceCommand):
    def __init__(
        self,
        service: ProfessionService,
        profession_id: int,
        before: ProfessionValues,
        after: ProfessionValues,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("RosterCommands", "Edit Profession “%1”").replace(
                "%1", after.name
            ),
            on_change,
            on_error,
        )
        self._service = service
        self.profession_id = profession_id
        self._before, self._after = before, after

    def _undo(self) -> None:
        self._service.update(self.profession_id, self._before)

    def _do(self) -> None:
        self._service.update(self.profession_id, self._after)


class DeleteProfessionCommand(_ServiceCommand):
    def __init__(
        self,
        service: ProfessionService,
        deleted: DeletedProfession,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        name = str(deleted.profession["name"])
        super().__init__(
            QCoreApplication.translate("RosterCommands", "Delete Profession “%1”").replace(
                "%1", name
            ),
            on_change,
            on_error,
        )
        self._service = service
        self._deleted = deleted

    def _undo(self) -> None:
        self._service.restore_deleted(self._deleted)

    def _do(self) -> None:
        self._deleted = self._service.delete(int(self._deleted.profession["id"]), confirmed=True)


class MergeCommand(_ServiceCommand):
    def __init__(
        self,
        service: DuplicateService,
        result: MergeResult,
        keep_name: str,
        other_name: str,
        choices: dict[str, Side],
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        text = (
            QCoreApplication.translate("RosterCommands", "Merge “%1” into “%2”")
            .replace("%1", other_name)
            .replace("%2", keep_name)
        )
        super().__init__(text, on_change, on_error)
        self._service = service
        self.result = result
        self._choices = dict(choices)

    def _undo(self) -> None:
        self._service.unmerge(self.result)

    def _do(self) -> None:
        self.result = self._service.merge(
            self.result.keep_id,
            self.result.other_id,
            self._choices,
        )


__all__ = [
    "CreateProfessionCommand",
    "DeleteProfessionCommand",
    "EditProfessionCommand",
    "MergeCommand",
]
