"""Undoable member changes. Each command calls the member service, so undo and redo are
ordinary, validated, audited writes (and a stale undo is refused rather than forced)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from groupdesk.core.services.members import (
    MemberRecord,
    MemberService,
    StaleEditError,
    mine_over_theirs,
)
from groupdesk.core.validation import ValidationError

Refresh = Callable[[], None]
Report = Callable[[str], None]
# Someone else saved the member first: given their version, True keeps mine, False reloads.
ResolveConflict = Callable[[MemberRecord], bool]


class _MemberCommand(QUndoCommand):
    def __init__(self, service: MemberService, refresh: Refresh, report: Report, text: str):
        super().__init__(text)
        self._service = service
        self._refresh = refresh
        self._report = report

    def _guard(self, action: Callable[[], object]) -> None:
        """Run a service call; if the member changed meanwhile, say so and retire the step."""
        try:
            action()
        except (StaleEditError, ValidationError) as err:
            self.setObsolete(True)
            self._report(str(err))
        self._refresh()


class CreateMemberCommand(_MemberCommand):
    def __init__(self, service, refresh, report, record: MemberRecord) -> None:
        super().__init__(
            service,
            refresh,
            report,
            QCoreApplication.translate("MemberCommands", "New Member %1").replace(
                "%1", record.full_name
            ),
        )
        self._record = record
        self.member_id: int | None = None

    def redo(self) -> None:
        def create() -> None:
            saved = self._service.create(self._record.with_changes(id=None))
            self.member_id = saved.id

        self._guard(create)

    def undo(self) -> None:
        if self.member_id is not None:
            member_id = self.member_id
            self._guard(lambda: self._service.purge(member_id))


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
            text
            or QCoreApplication.translate("MemberCommands", "Edit %1").replace(
                "%1", before.full_name
            ),
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

        self._guard(save)

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
            self._guard(restore)


def _same_fields(one: MemberRecord, other: MemberRecord) -> bool:
    """Whether two readings of a member differ only in version and trash state."""
    neutral = {"version": 0, "deleted_at": None}
    return one.with_changes(**neutral) == other.with_changes(**neutral)


class TrashMembersCommand(_MemberCommand):
    def __init__(self, service, refresh, report, member_ids: list[int], names: list[str]) -> None:
        text = (
            QCoreApplication.translate("MemberCommands", "Delete %1").replace("%1", names[0])
            if len(names) == 1
            else QCoreApplication.translate("MemberCommands", "Delete %1 Members").replace(
                "%1", str(len(names))
            )
        )
        super().__init__(service, refresh, report, text)
        self._ids = member_ids

    def redo(self) -> None:
        self._guard(lambda: self._service.move_to_trash(self._ids))

    def undo(self) -> None:
        self._guard(lambda: self._service.restore(self._ids))


class RestoreMembersCommand(_MemberCommand):
    def __init__(self, service, refresh, report, member_ids: list[int], names: list[str]) -> None:
        text = (
            QCoreApplication.translate("MemberCommands", "Restore %1").replace("%1", names[0])
            if len(names) == 1
            else QCoreApplication.translate("MemberCommands", "Restore %1 Members").replace(
                "%1", str(len(names))
            )
        )
        super().__init__(service, refresh, report, text)
        self._ids = member_ids

    def redo(self) -> None:
        self._guard(lambda: self._service.restore(self._ids))

    def undo(self) -> None:
        self._guard(lambda: self._service.move_to_trash(self._ids))
