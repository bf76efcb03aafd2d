"""Undoable challenge changes, pushed on the main window's QUndoStack (Edit > Undo).

Like the roster's commands, each is pushed *after* its first run succeeded, so a refused save
never reaches the stack; the first ``redo`` that Qt calls on push is skipped. Undo and redo
are ordinary service calls: validated, audited, one transaction each.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from groupdesk.core.services.challenges import (
    ActionRow,
    ChallengeInput,
    ChallengeService,
    DeletedChallenge,
)
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.undo import Callback, ErrorCallback, ServiceCommand

Today = Callable[[], dt.date]

NEW = QT_TRANSLATE_NOOP("ChallengeCommands", "New Challenge “%1”")
EDIT = QT_TRANSLATE_NOOP("ChallengeCommands", "Edit Challenge “%1”")
DELETE = QT_TRANSLATE_NOOP("ChallengeCommands", "Delete Challenge “%1”")
STEP = {
    "open": QT_TRANSLATE_NOOP("ChallengeCommands", "Reopen Challenge “%1”"),
    "mitigating": QT_TRANSLATE_NOOP("ChallengeCommands", "Start Mitigating “%1”"),
    "resolved": QT_TRANSLATE_NOOP("ChallengeCommands", "Resolve Challenge “%1”"),
}


def _text(source: object, title: str) -> str:
    # source: a text marked with QT_TRANSLATE_NOOP (typed as object by PySide6, a str in fact)
    return fill(QCoreApplication.translate("ChallengeCommands", str(source)), title)


class CreateChallengeCommand(ServiceCommand):
    """Undo takes the new challenge away again (with any actions it got meanwhile)."""

    def __init__(
        self,
        service: ChallengeService,
        challenge_id: int,
        title: str,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        super().__init__(_text(NEW, title), on_change, on_error)
        self._service = service
        self.challenge_id = challenge_id
        self._deleted: DeletedChallenge | None = None

    def _undo(self) -> None:
        self._deleted = self._service.delete(self.challenge_id)

    def _do(self) -> None:
        if self._deleted is not None:
            self.challenge_id = self._service.restore_deleted(self._deleted)


class EditChallengeCommand(ServiceCommand):
    """An edit or a status step: undo puts every field back as it was."""

    def __init__(
        self,
        service: ChallengeService,
        challenge_id: int,
        before: ChallengeInput,
        after: ChallengeInput,
        today: Today,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        source = STEP.get(after.status, EDIT) if before.status != after.status else EDIT
        super().__init__(_text(source, after.title), on_change, on_error)
        self._service = service
        self.challenge_id = challenge_id
        self._before, self._after = before, after
        self._today = today

    def _undo(self) -> None:
        # The person already agreed to whatever status the challenge had or gets here.
        self._service.update(
            self.challenge_id, self._before, self._today(), allow_open_actions=True
        )

    def _do(self) -> None:
        self._service.update(self.challenge_id, self._after, self._today(), allow_open_actions=True)


class DeleteChallengeCommand(ServiceCommand):
    """Undo brings the challenge back with the same id and all its actions."""

    def __init__(
        self,
        service: ChallengeService,
        deleted: DeletedChallenge,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        title = str(deleted.challenge["title"])
        super().__init__(_text(DELETE, title), on_change, on_error)
        self._service = service
        self._deleted = deleted

    @property
    def challenge_id(self) -> int:
        return int(self._deleted.challenge["id"])

    def _undo(self) -> None:
        self._service.restore_deleted(self._deleted)

    def _do(self) -> None:
        self._deleted = self._service.delete(self.challenge_id)


ADD_ACTION = QT_TRANSLATE_NOOP("ChallengeCommands", "Add Action “%1”")
EDIT_ACTION = QT_TRANSLATE_NOOP("ChallengeCommands", "Edit Action “%1”")
DONE_ACTION = QT_TRANSLATE_NOOP("ChallengeCommands", "Mark Action Done “%1”")
DELETE_ACTION = QT_TRANSLATE_NOOP("ChallengeCommands", "Delete Action “%1”")


class AddActionCommand(ServiceCommand):
    """Undo takes the new mitigation action away; redo puts the same one back."""

    def __init__(
        self,
        service: ChallengeService,
        action_id: int,
        text: str,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        super().__init__(_text(ADD_ACTION, text), on_change, on_error)
        self._service = service
        self.action_id = action_id
        self._kept: dict[str, Any] | None = None

    def _undo(self) -> None:
        self._kept = self._service.delete_action(self.action_id)

    def _do(self) -> None:
        if self._kept is not None:
            self.action_id = self._service.restore_action(self._kept)


class EditActionCommand(ServiceCommand):
    """An edit of an action, or marking it done: undo puts what, who and when back."""

    def __init__(
        self,
        service: ChallengeService,
        before: ActionRow,
        after: ActionRow,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        source = DONE_ACTION if after.done_on and not before.done_on else EDIT_ACTION
        super().__init__(_text(source, after.action), on_change, on_error)
        self._service = service
        self._before, self._after = before, after

    def _put(self, row: ActionRow) -> None:
        self._service.update_action(row.id, row.action, row.owner_id, row.due_on, row.done_on)

    def _undo(self) -> None:
        self._put(self._before)

    def _do(self) -> None:
        self._put(self._after)


class DeleteActionCommand(ServiceCommand):
    def __init__(
        self,
        service: ChallengeService,
        kept: dict[str, Any],
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        super().__init__(_text(DELETE_ACTION, str(kept["action"])), on_change, on_error)
        self._service = service
        self._kept = kept

    def _undo(self) -> None:
        self._service.restore_action(self._kept)

    def _do(self) -> None:
        self._service.delete_action(int(self._kept["id"]))


__all__ = [
    "AddActionCommand",
    "CreateChallengeCommand",
    "DeleteActionCommand",
    "DeleteChallengeCommand",
    "EditActionCommand",
    "EditChallengeCommand",
]
