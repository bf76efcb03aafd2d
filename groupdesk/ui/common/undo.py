"""The one base of the window's undoable steps (Edit > Undo and Redo).

Every step is a pair of ordinary service calls, so undo and redo are validated, audited writes
of one transaction each. Two things are the same for all of them and live here:

- Most steps are pushed *after* their first run succeeded (the service call happens first, so
  a refused save never reaches the stack): the ``redo`` Qt calls on push is then skipped.
  A step whose first run is the push itself says ``already_done=False``.
- A later undo or redo may be refused (someone changed the record meanwhile, took the name,
  ...). A refusal, an exception of the step's ``refusals``, is said through ``on_error`` and
  retires the step (obsolete), so the stack never pretends it happened. Other exceptions
  are faults and go on to the window's error net.

``on_change`` runs after every undo and redo (and after a refusal), to show the data again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from groupdesk.ui.common.messages import say

Callback = Callable[[], None]
ErrorCallback = Callable[[str], None]


class ServiceCommand(QUndoCommand):
    """Subclasses do the step in ``_do`` and take it back in ``_undo``."""

    # What a refused step raises; () lets every exception through (the step cannot be refused).
    refusals: tuple[type[BaseException], ...] = (Exception,)

    def __init__(
        self,
        text: str,
        on_change: Callback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        already_done: bool = True,
    ) -> None:
        super().__init__(text)
        self._first = already_done
        self._on_change = on_change or (lambda: None)
        self._on_error = on_error or (lambda _msg: None)

    def redo(self) -> None:
        if self._first:  # done already, by whoever pushed it; they show the result
            self._first = False
            return
        self.run_step(self._do)

    def undo(self) -> None:
        self.run_step(self._undo)

    def run_step(self, step: Callable[[], object]) -> None:
        """Run one service call; a refusal is said and retires the step; then show the data."""
        try:
            step()
        except self.refusals as err:
            self.setObsolete(True)
            self._on_error(say(err))
        self._on_change()

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class CallCommand(ServiceCommand):
    """A step made of two callables (do, undo) whose first run is already done."""

    refusals = ()

    def __init__(self, text: str, redo: Callback, undo: Callback) -> None:
        super().__init__(text)
        self._redo_call, self._undo_call = redo, undo

    def _do(self) -> None:
        self._redo_call()

    def _undo(self) -> None:
        self._undo_call()
