"""Edit > Undo and Redo behave the same for every kind of step (members, professions,
challenges, shifts, imports): the one base in groupdesk.ui.common.undo, driven through a real
QUndoStack and its Undo/Redo actions as the Edit menu does."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from groupdesk.core.errors import StaleEditError
from groupdesk.ui.common.undo import CallCommand, ServiceCommand


class _Step(ServiceCommand):
    def __init__(self, log: list[str], errors: list[str], refuse_undo: bool = False) -> None:
        super().__init__("Rename", lambda: log.append("shown"), errors.append)
        self.log, self.refuse_undo = log, refuse_undo

    def _do(self) -> None:
        self.log.append("do")

    def _undo(self) -> None:
        if self.refuse_undo:
            raise StaleEditError("Someone else changed this member meanwhile.")
        self.log.append("undo")


def test_a_step_pushed_after_its_first_run_is_not_run_again(qapp) -> None:
    stack, log, errors = QUndoStack(), [], []
    stack.push(_Step(log, errors))
    assert log == []  # the push itself does nothing: the change was already saved
    undo, redo = stack.createUndoAction(stack), stack.createRedoAction(stack)
    undo.trigger()
    redo.trigger()
    assert log == ["undo", "shown", "do", "shown"]
    assert errors == []


def test_a_refused_undo_is_said_and_leaves_the_stack(qapp) -> None:
    stack, log, errors = QUndoStack(), [], []
    stack.push(_Step(log, errors, refuse_undo=True))
    stack.createUndoAction(stack).trigger()
    assert errors == ["Someone else changed this member meanwhile."]
    assert log == ["shown"]  # the data is shown again as it really is
    # nothing is left that would pretend to redo (or undo) the refused step
    assert stack.count() == 0 and not stack.canRedo() and not stack.canUndo()


def test_a_call_step_runs_its_two_calls(qapp) -> None:
    stack, log = QUndoStack(), []
    stack.push(CallCommand("Copy week", lambda: log.append("copy"), lambda: log.append("remove")))
    stack.undo()
    stack.redo()
    assert log == ["remove", "copy"]
