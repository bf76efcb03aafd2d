"""Qt models over the scheduling services: thin adapters, no SQL here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from groupdesk.core.scheduling.conflicts import ListedConflict
from groupdesk.core.scheduling.suggestions import Suggestion
from groupdesk.core.services.projects import ProjectRow
from groupdesk.core.services.roster import MemberRow, RosterFilter, RosterService, RosterSort
from groupdesk.core.services.shifts import ShiftSummary
from groupdesk.core.services.signups import AttendanceRow, HoursTotal
from groupdesk.ui import labels
from groupdesk.ui import schedule_labels as L
from groupdesk.ui.schedule_view import FILL_COLOURS, MEMBER_MIME, member_ids_from_mime, member_mime

AnyIndex = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
ID_ROLE = Qt.ItemDataRole.UserRole


class _RowsModel(QAbstractTableModel):
    """A table of immutable rows; subclasses name the columns and say how a cell reads."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def row_id(self, row: Any) -> int:
        return row.id

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            value = self.cell(row, index.column())
            return "" if value is None else value
        if role == ID_ROLE:
            return self.row_id(row)
        return self.extra(row, index.column(), role)

    def extra(self, row: Any, column: int, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            heads = self.headers()
            return heads[section] if 0 <= section < len(heads) else None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ProjectsModel(_RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Project"),
            self.tr("Upcoming"),
            self.tr("Shifts"),
            self.tr("Status"),
            self.tr("Cause"),
            self.tr("Location"),
        ]

    def cell(self, r: ProjectRow, column: int) -> Any:
        return (
            r.name,
            r.upcoming_shifts,
            r.total_shifts,
            L.project_status(r.status),
            r.cause_area,
            r.location,
        )[column]


class ShiftListModel(_RowsModel):
    """The list view of the calendar's shifts; members can be dropped on a row."""

    memberDropped = Signal(int, int)  # shift id, member id

    def headers(self) -> list[str]:
        return [
            self.tr("Day"),
            self.tr("Time"),
            self.tr("Volunteers"),
            self.tr("Fill"),
            self.tr("Project"),
            self.tr("Location"),
            self.tr("Waitlist"),
            self.tr("Status"),
        ]

    def cell(self, s: ShiftSummary, column: int) -> Any:
        if column == 0:
            return labels.format_date(s.starts_at, "%a %d %b")
        if column == 1:
            return f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"
        if column == 2:
            return f"{s.filled}/{s.max_volunteers} (min {s.min_volunteers})"
        if column == 3:
            return L.fill(s.fill)
        if column == 4:
            return s.project_name
        if column == 5:
            return s.location
        if column == 6:
            return s.waitlisted or ""
        return L.shift_status(s.status)

    def extra(self, s: ShiftSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 3 and s.status != "cancelled":
            return QColor(FILL_COLOURS[s.fill])
        if role == Qt.ItemDataRole.ForegroundRole and s.status == "cancelled":
            return QBrush(QColor(Qt.GlobalColor.gray))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MEMBER_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return bool(member_ids_from_mime(data)) and (parent.isValid() or 0 <= row < len(self._rows))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = parent.row() if parent.isValid() else row
        ids = member_ids_from_mime(data)
        if not ids or not 0 <= target < len(self._rows):
            return False
        for member_id in ids:
            self.memberDropped.emit(self._rows[target].id, member_id)
        return True


class VolunteerListModel(QAbstractListModel):
    """Active members, searchable, paged as the list scrolls; drag them onto a shift."""

    PAGE = 200

    def __init__(self, roster: RosterService, parent: Any = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self._roster = roster
        self._filter = RosterFilter(statuses=frozenset({"active"}))
        self._sort = RosterSort()
        self._rows: list[MemberRow] = []
        self._more = False
        if load:
            self.reload()

    def set_search(self, text: str) -> None:
        flt = RosterFilter(search=text, statuses=frozenset({"active"}))
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._roster.fetch_page(self._filter, self._sort, limit=self.PAGE)
        self._more = len(self._rows) == self.PAGE
        self.endResetModel()

    def member_id(self, row: int) -> int:
        return self._rows[row].id

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._rows:
            return
        page = self._roster.fetch_page(
            self._filter, self._sort, after=self._rows[-1], limit=self.PAGE
        )
        self._more = len(page) == self.PAGE
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == DISPLAY:
            return f"{r.full_name}  ·  {r.city}" if r.city else r.full_name
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (r.full_name, r.member_number, r.phone, r.city) if x)
        if role == ID_ROLE:
            return r.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [MEMBER_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._rows[i.row()].id for i in indexes if i.isValid()})
        return member_mime(ids)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class SuggestionsModel(_RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Volunteer"),
            self.tr("Why"),
            self.tr("Hours (30 days)"),
            self.tr("Phone"),
        ]

    def row_id(self, s: Suggestion) -> int:
        return s.member_id

    def cell(self, s: Suggestion, column: int) -> Any:
        if column == 0:
            return s.name
        if column == 3:
            return s.phone
        if column == 2:
            return f"{s.hours_30d:g}"
        good = [L.rule(r.kind) for r in s.reasons if r.good and r.kind != "fairness"]
        bad = [
            L.rule("availability" if r.kind == "available" else r.kind)
            for r in s.reasons
            if not r.good and r.kind != "cancelled"
        ]
        text = ", ".join(good)
        if bad:
            text += " — " + ", ".join(bad)
        if s.cancelled:
            # They just said they cannot come: that comes before anything else.
            text = L.rule("cancelled") + " — " + text
        return text

    def extra(self, s: Suggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(("✓ " if r.good else "✗ ") + r.text for r in s.reasons)
        if role == Qt.ItemDataRole.ForegroundRole and s.cancelled:
            return QBrush(QColor(Qt.GlobalColor.gray))
        if role == Qt.ItemDataRole.ForegroundRole and s.hard_conflicts:
            return QBrush(QColor(Qt.GlobalColor.darkRed))
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self.extra(self._rows[index.row()], index.column(), role)
        return super().data(index, role)


IN_COLUMN, OUT_COLUMN, HOURS_COLUMN = 3, 4, 5


class AttendanceModel(_RowsModel):
    """Sign-ups of one shift; once the shift has started, the in and out times and the hours
    can be edited (``attendance_open``). A refused edit is announced by ``refused``."""

    refused = Signal(str)

    def __init__(
        self,
        set_hours: Callable[[int, float | None], None],
        parent: Any = None,
        set_time: Callable[[AttendanceRow, str, dt.time | None], AttendanceRow] | None = None,
    ):
        super().__init__(parent)
        self._set_hours = set_hours
        self._set_time = set_time
        self.attendance_open = True
        self.error = ""

    def headers(self) -> list[str]:
        return [
            self.tr("Volunteer"),
            self.tr("Phone"),
            self.tr("Status"),
            self.tr("In"),
            self.tr("Out"),
            self.tr("Hours"),
        ]

    def row_id(self, r: AttendanceRow) -> int:
        return r.assignment_id

    def cell(self, r: AttendanceRow, column: int) -> Any:
        return (
            r.name,
            r.phone,
            L.signup_status(r.status) + (" ⚠" if r.override_reason else ""),
            L.time_text(r.check_in_at),
            L.time_text(r.check_out_at),
            "" if r.hours is None else f"{r.hours:g}",
        )[column]

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == 2:
            r = self._rows[index.row()]
            if r.override_reason:
                return self.tr("Assigned despite a rule. Reason: %1").replace(
                    "%1", r.override_reason
                )
        return super().data(index, role)

    def extra(self, r: AttendanceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column == HOURS_COLUMN:
            return "" if r.hours is None else f"{r.hours:g}"
        if role == Qt.ItemDataRole.EditRole and column in (IN_COLUMN, OUT_COLUMN):
            return L.time_text(r.check_in_at if column == IN_COLUMN else r.check_out_at)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not (index.isValid() and self.attendance_open):
            return flags
        r = self._rows[index.row()]
        editable = index.column() == HOURS_COLUMN or (
            self._set_time is not None and index.column() in (IN_COLUMN, OUT_COLUMN)
        )
        if editable and r.status in ("signed_up", "confirmed", "attended"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _fail(self, message: str) -> bool:
        self.error = message
        self.refused.emit(message)
        return False

    def _set_time_cell(self, index: AnyIndex, value: Any) -> bool:
        from groupdesk.core.errors import ValidationError

        text = str(value).strip().replace(".", ":")
        moment = None
        if text:
            try:
                moment = dt.datetime.strptime(text, "%H:%M").time()
            except ValueError:
                return self._fail(self.tr("Enter a time such as 08:15."))
        which = "in" if index.column() == IN_COLUMN else "out"
        assert self._set_time is not None
        try:
            row = self._set_time(self._rows[index.row()], which, moment)
        except ValidationError as err:
            return self._fail(err.message)
        self.error = ""
        self._rows[index.row()] = row
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), HOURS_COLUMN))
        return True

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        if index.column() in (IN_COLUMN, OUT_COLUMN):
            return self._set_time_cell(index, value)
        if index.column() != HOURS_COLUMN:
            return False
        text = str(value).strip().replace(",", ".")
        try:
            hours = float(text) if text else None
        except ValueError:
            return self._fail(self.tr("Hours must be a number, such as 3.5."))
        from groupdesk.core.errors import ValidationError

        try:
            self._set_hours(self._rows[index.row()].assignment_id, hours)
        except ValidationError as err:
            return self._fail(err.message)
        self.error = ""
        from dataclasses import replace

        self._rows[index.row()] = replace(self._rows[index.row()], hours=hours)
        self.dataChanged.emit(index, index)
        return True


class ConflictListModel(_RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Volunteer"),
            self.tr("Problem"),
            self.tr("Severity"),
            self.tr("Reason"),
            self.tr("Project"),
        ]

    def row_id(self, c: ListedConflict) -> int:
        return c.shift_id

    def cell(self, c: ListedConflict, column: int) -> Any:
        return (
            labels.format_date(c.starts_at, "%a %d %b %H:%M"),
            c.member_name,
            L.rule(c.conflict.rule),
            L.severity(c.conflict.severity),
            c.conflict.reason,
            c.project_name,
        )[column]

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            c = self._rows[index.row()]
            return f"{c.member_name}: {c.conflict.reason}"
        return super().data(index, role)

    def extra(self, c: ListedConflict, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and c.conflict.severity == "hard" and column == 3:
            return QBrush(QColor(Qt.GlobalColor.darkRed))
        return None


class HoursModel(_RowsModel):
    def headers(self) -> list[str]:
        return [
            self.tr("Volunteer"),
            self.tr("Project"),
            self.tr("Month"),
            self.tr("Hours"),
            self.tr("Attended"),
            self.tr("No-shows"),
        ]

    def row_id(self, t: HoursTotal) -> int:
        return t.member_id

    def cell(self, t: HoursTotal, column: int) -> Any:
        return (t.name, t.project_name, t.month, f"{t.hours:g}", t.attended, t.no_shows)[column]


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())
