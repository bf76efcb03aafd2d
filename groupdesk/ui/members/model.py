"""Qt table model over the roster service: loads a page at a time as the view scrolls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from groupdesk.core.services.custom_fields import CustomFieldDef
from groupdesk.core.services.roster import (
    ROSTER_COLUMNS,
    MemberRow,
    RosterFilter,
    RosterService,
    RosterSort,
)
from groupdesk.ui.common import colours, labels
from groupdesk.ui.common.table_model import AnyIndex

PAGE_SIZE = 200
EDITABLE = frozenset(
    {"member_number", "full_name", "phone", "email", "city", "status", "joined_on", "paid_until"}
)
# (member id, field, new value, version it was shown at) -> None when saved, else the reason.
EditHandler = Callable[[int, str, object, int], str | None]


class MembersTableModel(QAbstractTableModel):
    """Rows arrive through fetchMore in keyset pages; filter or sort changes reset it."""

    countsChanged = Signal(int, int)  # matching the filter, on the roster
    editRefused = Signal(int, str)  # row, reason

    def __init__(
        self,
        service: RosterService,
        parent: Any = None,
        custom_fields: list[CustomFieldDef] | None = None,
        *,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._custom_fields = list(custom_fields or [])
        self._custom: dict[int, dict[int, object]] = {}
        # For a list filtered by licence: {member id: (profession, number, valid until)}.
        self._licences: dict[int, tuple[str, str | None, dt.date]] = {}
        self.edit_handler: EditHandler | None = None
        self._filter = RosterFilter()
        self._sort = RosterSort()
        self._rows: list[MemberRow] = []
        # Rows from the front, then (after Ctrl+End) the last rows read backwards: _gap is the
        # index where the rows from the end begin, None while the rows are one run.
        self._gap: int | None = None
        self._matching = 0
        self._total = 0
        self._headers = {
            "member_number": self.tr("No."),
            "full_name": self.tr("Name"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "city": self.tr("City"),
            "status": self.tr("Status"),
            "joined_on": self.tr("Joined"),
            "paid_until": self.tr("Paid until"),
            "dues_balance": self.tr("Owed", "dues a member owes"),
        }
        self._licence_headers = (self.tr("Licence"), self.tr("Licence valid until"))
        self._suspended = False
        self._total_stale = True  # no count made yet
        if load:
            self.reload()

    # -- what the page asks for ---------------------------------------------------------

    @property
    def matching(self) -> int:
        return self._matching

    @property
    def total(self) -> int:
        return self._total

    def column_key(self, column: int) -> str:
        if column < len(ROSTER_COLUMNS):
            return ROSTER_COLUMNS[column]
        if column - len(ROSTER_COLUMNS) < len(self._custom_fields):
            return f"custom:{self._custom_fields[column - len(ROSTER_COLUMNS)].id}"
        return ("licence", "licence_valid_until")[
            column - len(ROSTER_COLUMNS) - len(self._custom_fields)
        ]

    def set_custom_fields(self, fields: list[CustomFieldDef]) -> None:
        """Show the association's own fields as extra columns after the built-in ones."""
        self.beginResetModel()
        self._custom_fields = list(fields)
        self._custom = self._load_custom(self._rows)
        self.endResetModel()

    def _licence_columns(self) -> int:
        """Two more columns (licence, valid until) while the list is filtered by licence."""
        return len(self._licence_headers) if self._filter.by_licence() else 0

    def _load_licences(self, rows: list[MemberRow]) -> dict[int, tuple[str, str | None, dt.date]]:
        return self._service.licences([r.id for r in rows], self._filter)

    def _load_custom(self, rows: list[MemberRow]) -> dict[int, dict[int, object]]:
        if not self._custom_fields:
            return {}
        return self._service.custom_values([r.id for r in rows])

    def member_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, member_id: int) -> int:
        """Row number of a loaded member, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == member_id), -1)

    def matches(self, member_id: int) -> bool:
        """Whether the member is in this list at all (so loading on will reach them)."""
        return self._service.matches(member_id, self._filter)

    def member_row(self, row: int):
        return self._rows[row]

    @property
    def current_filter(self) -> RosterFilter:
        return self._filter

    def refresh_member(self, member_id: int) -> None:
        """Show a member's saved values in place, without losing the scroll position."""
        row = self.row_of(member_id)
        if row < 0:
            return
        fresh = self._service.get_row(member_id)
        if fresh is None:
            return
        self._rows[row] = fresh
        self._custom.update(self._load_custom([fresh]))
        self._licences.update(self._load_licences([fresh]))
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def set_filter(self, flt: RosterFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._load(recount_total=False)

    @contextmanager
    def deferred_loading(self) -> Iterator[None]:
        """Set filter, sort and columns in any order, then load once at the end."""
        self._suspended = True
        try:
            yield
        finally:
            self._suspended = False
            self.reload()

    def reload(self) -> None:
        """Start again from the first page, e.g. after the data changed."""
        self._load(recount_total=True)

    def _load(self, *, recount_total: bool, recount_matching: bool = True) -> None:
        """The first page again. A new filter leaves the roster's total as it was, and a new
        sort order leaves both counts: each count is a scan the search box should not wait for.
        """
        if self._suspended:
            return
        self.beginResetModel()
        self._gap = None
        self._rows = self._service.fetch_page(self._filter, self._sort, limit=PAGE_SIZE)
        self._custom = self._load_custom(self._rows)
        self._licences = self._load_licences(self._rows)
        if recount_matching or self._total_stale:
            self._matching = (
                len(self._rows)
                if len(self._rows) < PAGE_SIZE
                else self._service.count(self._filter)
            )
        if not self._filter.is_narrowed():
            self._total, self._total_stale = self._matching, False
        elif recount_total or self._total_stale:
            self._total, self._total_stale = self._service.total(), False
        self.endResetModel()
        self.countsChanged.emit(self._matching, self._total)

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(ROSTER_COLUMNS) + len(self._custom_fields) + self._licence_columns()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return self._gap is not None or len(self._rows) < self._matching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows:
            return
        first = len(self._rows) if self._gap is None else self._gap
        page = self._service.fetch_page(
            self._filter, self._sort, after=self._rows[first - 1], limit=PAGE_SIZE
        )
        if self._gap is not None:
            # Stop where the rows read from the end begin: the run is whole again.
            tail_first = self._rows[self._gap].id
            cut = next((i for i, r in enumerate(page) if r.id == tail_first), None)
            if cut is not None or len(page) < PAGE_SIZE:
                page = page[:cut] if cut is not None else page
                self._gap = None
        if not page:
            if self._gap is None and first < len(self._rows):
                return  # the front met the end exactly
            # The data shrank under us (another window deleted rows): stop asking.
            self._matching = len(self._rows)
            self._gap = None
            return
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows[first:first] = page
        if self._gap is not None:
            self._gap += len(page)
        self._custom.update(self._load_custom(page))
        self._licences.update(self._load_licences(page))
        self.endInsertRows()

    def fetch_end(self) -> bool:
        """Load the last page of the list at once (Ctrl+End, scroll bar dragged to the
        bottom), read backwards from the end; the rows between still arrive as one scrolls.
        True when the list's true last row is now loaded."""
        if self._gap is not None or not self.canFetchMore():
            return True
        page = self._service.fetch_last_page(self._filter, self._sort, limit=PAGE_SIZE)
        loaded = {r.id for r in self._rows}
        overlap = [i for i, r in enumerate(page) if r.id in loaded]
        page = page[overlap[-1] + 1 :] if overlap else page
        if not page:
            return True
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._custom.update(self._load_custom(page))
        self._licences.update(self._load_licences(page))
        self._gap = None if overlap else first
        if self._gap is None:
            self._matching = len(self._rows)
        self.endInsertRows()
        return True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        first_licence = len(ROSTER_COLUMNS) + len(self._custom_fields)
        if index.column() >= first_licence:
            return self._licence_data(row.id, index.column() - first_licence, role)
        if index.column() >= len(ROSTER_COLUMNS):
            return self._custom_data(row.id, index.column(), role)
        key = ROSTER_COLUMNS[index.column()]
        value = getattr(row, key)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "status":
                return labels.member_status(value)
            if key in ("joined_on", "paid_until"):
                return labels.date_text(value)
            if key == "dues_balance":
                return labels.money_text(value) if value else ""
            return value or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "dues_balance":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and value != "active":
            if value != "left":
                return None
            return colours.text_colour(
                "muted", colours.app_palette(), colours.Role.Base, colours.Role.Text
            )
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _licence_data(self, member_id: int, which: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        found = self._licences.get(member_id)
        if found is None:
            return ""
        profession, number, until = found
        if which == 0:
            return f"{profession} {number}" if number else profession
        return labels.date_text(until)

    def _custom_data(self, member_id: int, column: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        definition = self._custom_fields[column - len(ROSTER_COLUMNS)]
        value = self._custom.get(member_id, {}).get(definition.id)
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, dt.date):
            return labels.date_text(value)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(ROSTER_COLUMNS):
                return self._headers[ROSTER_COLUMNS[section]]
            if 0 <= section - len(ROSTER_COLUMNS) < len(self._custom_fields):
                return self._custom_fields[section - len(ROSTER_COLUMNS)].label
            licence = section - len(ROSTER_COLUMNS) - len(self._custom_fields)
            if 0 <= licence < self._licence_columns():
                return self._licence_headers[licence]
            return None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            self.edit_handler is not None
            and not self._filter.in_trash
            and index.column() < len(ROSTER_COLUMNS)
            and ROSTER_COLUMNS[index.column()] in EDITABLE
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        row = self._rows[index.row()]
        if index.column() >= len(ROSTER_COLUMNS):
            return False
        key = ROSTER_COLUMNS[index.column()]
        if key not in EDITABLE:
            return False
        if isinstance(value, str) and key in ("joined_on", "paid_until"):
            value = dt.date.fromisoformat(value) if value else None
        if value == getattr(row, key) or (value == "" and getattr(row, key) is None):
            return False
        reason = self.edit_handler(row.id, key, value, row.version)
        if reason is not None:
            self.editRefused.emit(index.row(), reason)
            return False
        self.refresh_member(row.id)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(ROSTER_COLUMNS):
            return  # own fields are shown, not sorted; filter on them instead
        self._sort = RosterSort(
            ROSTER_COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder
        )
        self._load(recount_total=False, recount_matching=False)
