"""What the scheduling widgets share: assigning a member (with the conflict check and its
override), and undoable commands. The services come from the application
(:class:`groupdesk.core.application.Application`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.errors import ValidationError
from groupdesk.core.scheduling.conflicts import MIN_REASON_CHARS, Conflict, check_reason
from groupdesk.core.services.shifts import ShiftInput
from groupdesk.core.services.signups import SignUpResult
from groupdesk.ui.common.count_texts import count_texts
from groupdesk.ui.common.dialogs import run_dialog  # the hooks tests replace
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.common.undo import CallCommand, ServiceCommand
from groupdesk.ui.schedule import labels as L


def reason_ok(text: str) -> bool:
    """Whether the core would take this override reason."""
    try:
        check_reason(text)
    except ValidationError:
        return False
    return True


class ConflictDialog(QDialog):
    """Every conflict with its reason and what it means: a rule that blocks (no way past it),
    a hard rule the organisation lets a coordinator override, or a warning. Assigning anyway
    needs a real reason of its own."""

    def __init__(
        self,
        member: str,
        shift: str,
        conflicts: list[Conflict],
        parent: QWidget | None = None,
        *,
        blocking: tuple[Conflict, ...] | list[Conflict] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.blocked = bool(blocking)
        self.setWindowTitle(
            self.tr("This sign-up is blocked")
            if self.blocked
            else self.tr("Conflicts for this sign-up")
        )
        intro_text = (
            self.tr("<b>%1</b> cannot be put on <b>%2</b>: a rule blocks it.")
            if self.blocked
            else self.tr("Putting <b>%1</b> on <b>%2</b> breaks these rules:")
        )
        intro = QLabel(fill(intro_text, member, shift), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        style = self.style()
        hard = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        soft = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for c in conflicts:
            if c in blocking:
                verdict = self.tr("this rule blocks")
            elif c.hard:
                verdict = self.tr("hard rule, override allowed with a reason")
            else:
                verdict = self.tr("warning")
            item = QListWidgetItem(
                hard if c.hard else soft, f"{L.rule(c.rule)} ({verdict}): {say(c.message)}"
            )
            item.setToolTip(say(c.message))
            self.list.addItem(item)
        self.list.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("conflictNote")
        self.note.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setPlaceholderText(self.tr("Why assign anyway? (kept on the sign-up)"))
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton(
            self.tr("Assign anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            QDialogButtonBox.StandardButton.Close
            if self.blocked
            else QDialogButtonBox.StandardButton.Cancel
        )
        self.ok.setEnabled(False)
        self.reason_edit.textChanged.connect(lambda t: self.ok.setEnabled(reason_ok(t)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        self.reason_label = QLabel(self.tr("Override reason:"), self)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(buttons)
        if self.blocked:
            self.note.setText(
                self.tr(
                    "This rule blocks the sign-up. The organisation's scheduling rules do not "
                    "allow an override; choose someone else, or change the rule under Rules…."
                )
            )
            for w in (self.reason_label, self.reason_edit, self.ok):
                w.hide()
        else:
            self.note.setText(
                self.tr(
                    "To assign anyway, give a reason of at least %n characters. It is kept on "
                    "the sign-up and in its history.",
                    "",
                    MIN_REASON_CHARS,
                )
            )
        self.resize(560, 340)

    def reason(self) -> str:
        return self.reason_edit.text().strip()


def ask_override(
    parent: QWidget | None, member: str, shift: str, conflicts: list[Conflict]
) -> str | None:
    """The coordinator's reason to accept the conflicts, or None to leave it."""
    dialog = ConflictDialog(member, shift, conflicts, parent)
    ok = run_dialog(dialog) == QDialog.DialogCode.Accepted
    return dialog.reason() if ok and reason_ok(dialog.reason()) else None


def show_blocked(
    parent: QWidget | None,
    member: str,
    shift: str,
    conflicts: list[Conflict],
    blocking: list[Conflict],
) -> None:
    """Explain that a rule blocks this sign-up; there is nothing to confirm."""
    run_dialog(ConflictDialog(member, shift, conflicts, parent, blocking=blocking))


def show_refusal(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("ScheduleActions", "Not saved"), message)


class SignUpCommand(ServiceCommand):
    """Pushed before its first run: the push signs the member up; redo after an undo brings
    the same sign-up back. A failure here is a fault, not a refusal (the checks came first)."""

    refusals = ()

    def __init__(
        self,
        services: Application,
        shift_id: int,
        member_id: int,
        reason: str | None,
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text, changed, already_done=False)
        self._s = services
        self._shift, self._member, self._reason = shift_id, member_id, reason
        self.result: SignUpResult | None = None
        self.assignment_id = 0
        self.status = ""

    def _do(self) -> None:
        if self.result is None:
            self.result = self._s.signups.sign_up(
                self._shift, self._member, override_reason=self._reason
            )
            self.assignment_id, self.status = self.result.assignment_id, self.result.status
        else:
            self._s.signups.restore(self.assignment_id, self.status)

    def _undo(self) -> None:
        self._s.signups.cancel(self.assignment_id)


def assign_member(
    parent: QWidget | None,
    services: Application,
    shift_id: int,
    member_id: int,
    *,
    undo_stack: QUndoStack | None = None,
    changed: Callable[[], None] = lambda: None,
    refuse: Callable[[str], None] | None = None,
) -> str | None:
    """Assign after showing conflicts (if any); returns the new sign-up status or None."""
    try:
        services.signups.precheck(shift_id, member_id)
    except ValidationError as err:
        (refuse or (lambda m: show_refusal(parent, m)))(say(err))
        return None
    review = services.signups.review(shift_id, member_id)
    conflicts = list(review.conflicts)
    name = services.projects.member_name(member_id)
    reason = None
    if conflicts:
        data, _, _ = services.shifts.get(shift_id)
        when = L.when(data.starts_at, data.ends_at)
        if review.blocking:
            show_blocked(parent, name, when, conflicts, list(review.blocking))
            return None
        reason = ask_override(parent, name, when, conflicts)
        if reason is None:
            return None
    command = SignUpCommand(
        services,
        shift_id,
        member_id,
        reason,
        fill(QCoreApplication.translate("ScheduleActions", "Assign %1"), name),
        changed,
    )
    try:
        if undo_stack is not None:
            undo_stack.push(command)
        else:
            command.redo()
    except ValidationError as err:
        (refuse or (lambda m: show_refusal(parent, m)))(say(err))
        return None
    return command.status


def create_shifts_command(
    services: Application, ids: list[int], data: ShiftInput, changed: Callable[[], None]
) -> QUndoCommand:
    """Undo removes the new shifts; redo puts the same shifts back (ids and calendar UIDs)."""
    state: dict[str, list] = {"ids": list(ids), "rows": []}

    def undo() -> None:
        state["rows"] = services.shifts.take_out(state["ids"])
        changed()

    def redo() -> None:
        if state["rows"]:
            services.shifts.put_back(state["rows"])
        changed()

    text = (
        QCoreApplication.translate("ScheduleActions", "New shift")
        if len(ids) == 1
        else count_texts().new_shift_series(len(ids))
    )
    return CallCommand(text, redo, undo)


__all__ = [
    "CallCommand",
    "ConflictDialog",
    "SignUpCommand",
    "ask_override",
    "assign_member",
    "create_shifts_command",
    "reason_ok",
    "run_dialog",
    "show_blocked",
    "show_refusal",
]
