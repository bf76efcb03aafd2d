"""Qt models over the scheduling services: thin adapters, no SQL here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
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
from groupdesk.ui.common import colours, labels
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.common.table_model import ID_ROLE, AnyIndex, Column, ColumnTableModel
from groupdesk.ui.schedule import labels as L
from groupdesk.ui.schedule.week_view import MEMBER_MIME, member_ids_from_mime, member_mime

DISPLAY = Qt.ItemDataRole.DisplayRole


def _list_text(kind: str) -> QColor:
    """Text of a status ("muted", "error") readable on a list's background, light or dark."""
    return colours.text_colour(kind, colours.app_palette(), colours.Role.Base, colours.Role.Text)


class ProjectsModel(ColumnTableModel[ProjectRow]):
    def columns(self) -> list[Column[ProjectRow]]:
        return [
            Column("name", self.tr("Project"), lambda r: r.name),
            Column("upcoming", self.tr("Upcoming"), lambda r: r.upcoming_shifts),
            Column("shifts", self.tr("Shifts"), lambda r: r.total_shifts),
            Column("status", self.tr("Status"), lambda r: L.project_status(r.status)),
            Column("cause", self.tr("Cause"), lambda r: r.cause_area),
            Column("location", self.tr("Location"), lambda r: r.location),
        ]


class ShiftListModel(ColumnTableModel[ShiftSummary]):
    """The list view of the calendar's shifts; members can be dropped on a row."""

    memberDropped = Signal(int, int)  # shift id, member id

    def columns(self) -> list[Column[ShiftSummary]]:
        places = self.tr("%1/%2 (min %3)", "signed up/places (at least how many are needed)")
        return [
            Column("day", self.tr("Day"), lambda s: labels.format_date(s.starts_at, "ddd dd MMM")),
            Column("time", self.tr("Time"), lambda s: f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}"),
            Column(
                "volunteers",
                self.tr("Volunteers"),
                lambda s: fill(places, s.filled, s.max_volunteers, s.min_volunteers),
            ),
            Column("fill", self.tr("Fill"), lambda s: L.fill(s.fill)),
            Column("project", self.tr("Project"), lambda s: s.project_name),
            Column("location", self.tr("Location"), lambda s: s.location),
            Column("waitlist", self.tr("Waitlist"), lambda s: s.waitlisted or ""),
            Column("status", self.tr("Status"), lambda s: L.shift_status(s.status)),
        ]

    def extra(self, s: ShiftSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 3 and s.status != "cancelled":
            return colours.line_colour(s.fill, colours.app_palette())
        if role == Qt.ItemDataRole.ForegroundRole and s.status == "cancelled":
            return QBrush(_list_text("muted"))
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


class SuggestionsModel(ColumnTableModel[Suggestion]):
    def columns(self) -> list[Column[Suggestion]]:
        tip = self._reasons_tip
        return [
            Column("volunteer", self.tr("Volunteer"), lambda s: s.name, tooltip=tip),
            Column("why", self.tr("Why"), self._why, tooltip=tip),
            Column("hours", self.tr("Hours (30 days)"), lambda s: f"{s.hours_30d:g}", tooltip=tip),
            Column("phone", self.tr("Phone"), lambda s: s.phone, tooltip=tip),
        ]

    def row_id(self, s: Suggestion) -> int:
        return s.member_id

    @staticmethod
    def _why(s: Suggestion) -> str:
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

    @staticmethod
    def _reasons_tip(s: Suggestion) -> str:
        return "\n".join(("✓ " if r.good else "✗ ") + say(r.message) for r in s.reasons)

    def extra(self, s: Suggestion, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and s.cancelled:
            return QBrush(_list_text("muted"))
        if role == Qt.ItemDataRole.ForegroundRole and s.hard_conflicts:
            return QBrush(_list_text("error"))
        return None


IN_COLUMN, OUT_COLUMN, HOURS_COLUMN = 3, 4, 5


class AttendanceModel(ColumnTableModel[AttendanceRow]):
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

    def columns(self) -> list[Column[AttendanceRow]]:
        return [
            Column("volunteer", self.tr("Volunteer"), lambda r: r.name),
            Column("phone", self.tr("Phone"), lambda r: r.phone),
            Column("status", self.tr("Status"), self._status, tooltip=self._status_tip),
            Column("in", self.tr("In"), lambda r: L.time_text(r.check_in_at)),
            Column("out", self.tr("Out"), lambda r: L.time_text(r.check_out_at)),
            Column("hours", self.tr("Hours"), lambda r: "" if r.hours is None else f"{r.hours:g}"),
        ]

    def row_id(self, r: AttendanceRow) -> int:
        return r.assignment_id

    @staticmethod
    def _status(r: AttendanceRow) -> str:
        return L.signup_status(r.status) + (" ⚠" if r.override_reason else "")

    def _status_tip(self, r: AttendanceRow) -> str:
        if r.override_reason:
            return fill(self.tr("Assigned despite a rule. Reason: %1"), r.override_reason)
        return self._status(r)

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
            return self._fail(say(err))
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
            return self._fail(say(err))
        self.error = ""
        from dataclasses import replace

        self._rows[index.row()] = replace(self._rows[index.row()], hours=hours)
        self.dataChanged.emit(index, index)
        return True


class ConflictListModel(ColumnTableModel[ListedConflict]):
    def columns(self) -> list[Column[ListedConflict]]:
        tip = self._tip
        return [
            Column(
                "when",
                self.tr("When"),
                lambda c: labels.format_date(c.starts_at, labels.DAY_TIME),
                tooltip=tip,
            ),
            Column("volunteer", self.tr("Volunteer"), lambda c: c.member_name, tooltip=tip),
            Column("problem", self.tr("Problem"), lambda c: L.rule(c.conflict.rule), tooltip=tip),
            Column(
                "severity",
                self.tr("Severity"),
                lambda c: L.severity(c.conflict.severity),
                tooltip=tip,
            ),
            Column("reason", self.tr("Reason"), lambda c: say(c.conflict.message), tooltip=tip),
            Column("project", self.tr("Project"), lambda c: c.project_name, tooltip=tip),
        ]

    def row_id(self, c: ListedConflict) -> int:
        return c.shift_id

    @staticmethod
    def _tip(c: ListedConflict) -> str:
        return f"{c.member_name}: {say(c.conflict.message)}"

    def extra(self, c: ListedConflict, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and c.conflict.severity == "hard" and column == 3:
            return QBrush(_list_text("error"))
        return None


class HoursModel(ColumnTableModel[HoursTotal]):
    def columns(self) -> list[Column[HoursTotal]]:
        return [
            Column("volunteer", self.tr("Volunteer"), lambda t: t.name),
            Column("project", self.tr("Project"), lambda t: t.project_name),
            Column("month", self.tr("Month"), lambda t: t.month),
            Column("hours", self.tr("Hours"), lambda t: f"{t.hours:g}"),
            Column("attended", self.tr("Attended"), lambda t: t.attended),
            Column("no_shows", self.tr("No-shows"), lambda t: t.no_shows),
        ]

    def row_id(self, t: HoursTotal) -> int:
        return t.member_id


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())
