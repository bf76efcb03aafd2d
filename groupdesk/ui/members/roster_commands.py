"""Undoable commands for professions and merges, pushed on the main window's QUndoStack.

Each is pushed *after* its first run succeeded; a later undo or redo that is refused (someone
took the name meanwhile) is said through ``on_error`` and retires the step (see
:mod:`groupdesk.ui.common.undo`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from groupdesk.core.services.duplicates import DuplicateService, MergeResult, Side
from groupdesk.core.services.professions import (
    DeletedProfession,
    ProfessionService,
    ProfessionValues,
)
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.undo import Callback, ErrorCallback, ServiceCommand


class CreateProfessionCommand(ServiceCommand):
    def __init__(
        self,
        service: ProfessionService,
        profession_id: int,
        name: str,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        super().__init__(
            fill(QCoreApplication.translate("RosterCommands", "New Profession “%1”"), name),
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


class EditProfessionCommand(ServiceCommand):
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
            fill(QCoreApplication.translate("RosterCommands", "Edit Profession “%1”"), after.name),
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


class DeleteProfessionCommand(ServiceCommand):
    def __init__(
        self,
        service: ProfessionService,
        deleted: DeletedProfession,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        name = str(deleted.profession["name"])
        super().__init__(
            fill(QCoreApplication.translate("RosterCommands", "Delete Profession “%1”"), name),
            on_change,
            on_error,
        )
        self._service = service
        self._deleted = deleted

    def _undo(self) -> None:
        self._service.restore_deleted(self._deleted)

    def _do(self) -> None:
        self._deleted = self._service.delete(int(self._deleted.profession["id"]), confirmed=True)


class MergeCommand(ServiceCommand):
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
        text = fill(
            QCoreApplication.translate("RosterCommands", "Merge “%1” into “%2”"),
            other_name,
            keep_name,
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
