"""One field for every place that names a member: type part of a name (or a number) and
pick from the list that drops down. Nobody has to know member numbers by heart."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget

from groupdesk.core.services.member_finder import DEFAULT_LIMIT, MemberChoice, MemberFinder

SEARCH_DELAY_MS = 200  # typing pauses this long before the database is asked


class MemberPicker(QWidget):
    """A line edit with completion by name fragment; ``member_id()`` is the picked member.

    Typing clears the pick; choosing from the list, or leaving the field on a member number
    or a name only one member has, sets it. ``memberChanged`` carries the id or None.
    """

    memberChanged = Signal(object)

    def __init__(
        self, finder: MemberFinder, parent: QWidget | None = None, limit: int = DEFAULT_LIMIT
    ) -> None:
        super().__init__(parent)
        self._finder = finder
        self._limit = limit
        self._picked: MemberChoice | None = None
        self._found: dict[str, MemberChoice] = {}

        self.edit = QLineEdit(self)
        self.edit.setObjectName("memberPickerEdit")
        self.edit.setPlaceholderText(self.tr("Type a name or member number"))
        self.edit.setClearButtonEnabled(True)
        self.setFocusProxy(self.edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)

        self.matches = QStringListModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.edit)
        # the text overload of activated (PySide6's types know no overloads of a signal)
        self.completer.activated[str].connect(self._chosen)  # type: ignore[index]

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)

    # -- what the form reads and sets -----------------------------------------------------

    def member_id(self) -> int | None:
        return self._picked.id if self._picked else None

    def member(self) -> MemberChoice | None:
        return self._picked

    def text(self) -> str:
        return self.edit.text().strip()

    def is_unresolved(self) -> bool:
        """Something is typed that is not (yet) a member: the form refuses to save it."""
        self._resolve_typed()
        return bool(self.text()) and self._picked is None

    def set_member_id(self, member_id: int | None) -> None:
        """Show ``member_id`` (None: empty) without a search."""
        self._set(self._finder.get(member_id))

    # -- typing and picking ---------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        if self._picked is not None:
            self._set(None, keep_text=True)
        self._timer.start()

    def search_now(self) -> None:
        """Ask the database for members matching what is typed and drop the list down."""
        self._timer.stop()
        found = self._finder.search(self.text(), self._limit)
        self._found = {choice.label: choice for choice in found}
        self.matches.setStringList(list(self._found))
        if found and self.edit.hasFocus():
            self.completer.complete()
        elif (popup := self.completer.popup()) is not None:
            popup.hide()

    def _chosen(self, label: str) -> None:
        choice = self._found.get(label)
        if choice is not None:
            self._set(choice)

    def _finished(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
        self._resolve_typed()

    def _resolve_typed(self) -> None:
        if self._picked is None and self.text():
            choice = self._found.get(self.text()) or self._finder.exact(self.text())
            if choice is not None:
                self._set(choice)

    def _set(self, choice: MemberChoice | None, keep_text: bool = False) -> None:
        changed = choice != self._picked
        self._picked = choice
        if not keep_text:
            self.edit.setText(choice.label if choice else "")
            self.edit.setCursorPosition(0)
        if choice is not None:
            self.edit.setToolTip(choice.label)
        if changed:
            self.memberChanged.emit(self.member_id())
