"""Undoable member changes. Each command calls the member service, so undo and redo are
ordinary, validated, audited writes (and a stale undo is refused rather than forced)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from groupdesk.core.services.members import (
    MemberRecord,
    MemberService,
    StaleEditError,
    mine_over_theirs,
)
from groupdesk.core.validation import ValidationError
from groupdesk.ui.common.count_texts import count_texts
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.undo import ServiceCommand

Refresh = Callable[[], None]
Report = Callable[[str], None]
# Someone else saved the member first: given their version, True keeps mine, False reloads.
ResolveConflict = Callable[[MemberRecord], bool]


class _MemberCommand(ServiceCommand):
    """Pushed before its first run: the push saves. If the member changed meanwhile, the step
    says so and retires (see :mod:`groupdesk.ui.common.undo`)."""

    refusals = (StaleEditError, ValidationError)

    def __init__(self, service: MemberService, refresh: Refresh, report: Report, text: str):
        super().__init__(text, refresh, report, already_done=False)
        self._service = service


class CreateMemberCommand(_MemberCommand):
    def __init__(self, service, refresh, report, record: MemberRecord) -> None:
        super().__init__(
            service,
            refresh,
            report,
            fill(QCoreApplication.translate("MemberCommands", "New Member %1"), record.full_name),
        )
        self._record = record
        self.member_id: int | None = None

    def redo(self) -> None:
        def create() -> None:
            saved = self._service.create(self._record.with_changes(id=None))
            self.member_id = saved.id

        self.run_step(create)

    def undo(self) -> None:
        if self.member_id is not None:
            member_id = self.member_id
            self.run_step(lambda: self._service.purge(member_id))


class EditMemberCommand(_MemberCommand):
    def __init__(
        self,
        service,
        refresh,
        report,
        before: MemberRecord,
        after: MemberRecord,
        text: str | None = None,
        resolve: ResolveConflict | None = None,
    ) -> None:
        super().__init__(
            service,
            refresh,
            report,
            text or fill(QCoreApplication.translate("MemberCommands", "Edit %1"), before.full_name),
        )
        self._before = before
        self._after = after
        self._resolve = resolve
        self.saved: MemberRecord | None = None
        self.reloaded = False  # the user chose to see the other person's version instead

    def redo(self) -> None:
        def save() -> None:
            base = self.saved or self._before
            try:
                self.saved = self._service.update(self._after.with_changes(version=base.version))
            except StaleEditError:
                if self.saved is not None or self._resolve is None:
                    raise  # a redo after undo is never forced over someone's change
                self._keep_mine_or_reload()

        self.run_step(save)

    def _keep_mine_or_reload(self) -> None:
        """The first save lost to someone else's: ask which version stays."""
        assert self._resolve is not None and self._before.id is not None
        theirs = self._service.get(self._before.id)
        if not self._resolve(theirs):
            self.reloaded = True
            self.setObsolete(True)
            return
        mine = mine_over_theirs(theirs, self._before, self._after)
        self.saved = self._service.update(mine)
        # Undo now goes back to their version, not to the one this editor opened.
        self._before, self._after = theirs, mine

    def undo(self) -> None:
        def restore() -> None:
            assert self.saved is not None and self._before.id is not None
            version = self.saved.version
            # Moving to the trash and back (undone steps after this one) bumps the version
            # without touching a field: the member is still as this edit left it.
            now = self._service.get(self._before.id)
            if _same_fields(now, self.saved):
                version = now.version
            self.saved = self._service.update(self._before.with_changes(version=version))

        if self.saved is not None:
            self.run_step(restore)


def _same_fields(one: MemberRecord, other: MemberRecord) -> bool:
    """Whether two readings of a member differ only in version and trash state."""
    neutral = {"version": 0, "deleted_at": None}
    return one.with_changes(**neutral) == other.with_changes(**neutral)


class TrashMembersCommand(_MemberCommand):
    def __init__(self, service, refresh, report, member_ids: list[int], names: list[str]) -> None:
        text = (
            fill(QCoreApplication.translate("MemberCommands", "Delete %1"), names[0])
            if len(names) == 1
            else count_texts().delete_members(len(names))
        )
        super().__init__(service, refresh, report, text)
        self._ids = member_ids

    def redo(self) -> None:
        self.run_step(lambda: self._service.move_to_trash(self._ids))

    def undo(self) -> None:
        self.run_step(lambda: self._service.restore(self._ids))


class RestoreMembersCommand(_MemberCommand):
    def __init__(self, service, refresh, report, member_ids: list[int], names: list[str]) -> None:
        text = (
            fill(QCoreApplication.translate("MemberCommands", "Restore %1"), names[0])
            if len(names) == 1
            else count_texts().restore_members(len(names))
        )
        super().__init__(service, refresh, report, text)
        self._ids = member_ids

    def redo(self) -> None:
        self.run_step(lambda: self._service.restore(self._ids))

    def undo(self) -> None:
        self.run_step(lambda: self._service.move_to_trash(self._ids))
