"""Find Duplicates: likely pairs above, the chosen pair side by side below, merged field by
field. A merge is one undoable step on the main window's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from groupdesk.core.database import Database
from groupdesk.core.services.duplicates import (
    MERGE_FIELDS,
    REASON_EMAIL,
    REASON_NAME,
    REASON_PHONE,
    DuplicatePair,
    DuplicateService,
    LinkedSummary,
    MergeRefused,
    Side,
)
from groupdesk.core.services.members import (
    MemberNotFound,
    MemberRecord,
    MemberService,
    StaleEditError,
)
from groupdesk.core.validation import ValidationError
from groupdesk.ui import labels
from groupdesk.ui.count_texts import count_texts
from groupdesk.ui.roster_commands import MergeCommand

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


# -- entry points tests replace -----------------------------------------------------------


def ask(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


# -- words ------------------------------------------------------------------------------


def reason_text(reason: str) -> str:
    return {
        REASON_EMAIL: QCoreApplication.translate("Duplicates", "same email"),
        REASON_PHONE: QCoreApplication.translate("Duplicates", "same phone"),
        REASON_NAME: QCoreApplication.translate("Duplicates", "similar name, same birth date"),
    }.get(reason, reason)


def field_label(name: str) -> str:
    return {
        "member_number": QCoreApplication.translate("Duplicates", "Member number"),
        "full_name": QCoreApplication.translate("Duplicates", "Name"),
        "email": QCoreApplication.translate("Duplicates", "Email"),
        "phone": QCoreApplication.translate("Duplicates", "Phone"),
        "birth_date": QCoreApplication.translate("Duplicates", "Birth date"),
        "joined_on": QCoreApplication.translate("Duplicates", "Joined"),
        "paid_until": QCoreApplication.translate("Duplicates", "Paid until"),
        "status": QCoreApplication.translate("Duplicates", "Status"),
        "city": QCoreApplication.translate("Duplicates", "City"),
        "address": QCoreApplication.translate("Duplicates", "Address"),
        "notes": QCoreApplication.translate("Duplicates", "Notes"),
        "consent_given": QCoreApplication.translate("Duplicates", "Consent to data use"),
    }.get(name, name)


def value_text(name: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if name == "status":
        return labels.member_status(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Duplicates", "Yes")
            if value
            else QCoreApplication.translate("Duplicates", "No")
        )
    if hasattr(value, "strftime"):
        return labels.date_text(value)
    return " ".join(str(value).split())


# -- the pairs ----------------------------------------------------------------------------


class DuplicatePairsModel(QAbstractTableModel):
    COLUMNS = ("a", "b", "reasons", "score")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._pairs: list[DuplicatePair] = []

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self.endResetModel()

    def pair(self, row: int) -> DuplicatePair:
        return self._pairs[row]

    def drop_member(self, member_id: int) -> None:
        """Take out every pair with a member who is gone (merged away)."""
        for row in range(len(self._pairs) - 1, -1, -1):
            p = self._pairs[row]
            if member_id in (p.member_a.id, p.member_b.id):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._pairs[row]
                self.endRemoveRows()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            names = (
                QCoreApplication.translate("Duplicates", "Member"),
                QCoreApplication.translate("Duplicates", "Possible duplicate"),
                QCoreApplication.translate("Duplicates", "Why"),
                QCoreApplication.translate("Duplicates", "Likeness"),
            )
            return names[section] if 0 <= section < len(names) else None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not (index.isValid() and 0 <= index.row() < len(self._pairs)):
            return None
        if not 0 <= index.column() < len(self.COLUMNS):
            return None
        p = self._pairs[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key in ("a", "b"):
                m = p.member_a if key == "a" else p.member_b
                return f"{m.full_name}  ({m.member_number})"
            if key == "reasons":
                return ", ".join(reason_text(r) for r in p.reasons)
            return f"{p.score:.0f}%"
        if role == Qt.ItemDataRole.ToolTipRole and key in ("a", "b"):
            m = p.member_a if key == "a" else p.member_b
            bits = [m.email, m.phone, labels.date_text(m.birth_date), m.city]
            return "\n".join(b for b in bits if b) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# -- the comparison -----------------------------------------------------------------------


@dataclass
class CompareRow:
    key: str  # a merge field, "custom:<id>", or an information row
    label: str
    a: str
    b: str
    choosable: bool
    choice: Side = "a"  # 'a' keeps the kept member's value, 'b' takes the other's


class ComparisonModel(QAbstractTableModel):
    """Field | kept member | other member; a click on a value chooses it (one per row)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CompareRow] = []
        self._titles = ("", "")

    def set_members(
        self,
        keep: MemberRecord,
        other: MemberRecord,
        keep_links: LinkedSummary,
        other_links: LinkedSummary,
    ) -> None:
        self.beginResetModel()
        self._titles = (
            QCoreApplication.translate("Duplicates", "Keep: %1").replace("%1", keep.member_number),
            QCoreApplication.translate("Duplicates", "Merge in: %1").replace(
                "%1", other.member_number
            ),
        )
        rows = []
        for name in MERGE_FIELDS:
            a, b = getattr(keep, name), getattr(other, name)
            ta, tb = value_text(name, a), value_text(name, b)
            blank_a = a is None or a == "" or a is False
            blank_b = b is None or b == "" or b is False
            choice: Side = "b" if blank_a and not blank_b else "a"
            rows.append(CompareRow(name, field_label(name), ta, tb, ta != tb, choice))
        for field_id in sorted(set(keep_links.custom) | set(other_links.custom)):
            label, ta = keep_links.custom.get(field_id, ("", ""))
            label_b, tb = other_links.custom.get(field_id, ("", ""))
            choosable = bool(ta and tb and ta != tb)
            rows.append(
                CompareRow(
                    f"custom:{field_id}", label or label_b, ta, tb, choosable, "a" if ta else "b"
                )
            )
        kept_both = [
            (
                "professions",
                QCoreApplication.translate("Duplicates", "Professions"),
                keep_links.professions,
                other_links.professions,
            ),
            (
                "skills",
                QCoreApplication.translate("Duplicates", "Skills"),
                keep_links.skills,
                other_links.skills,
            ),
            (
                "interests",
                QCoreApplication.translate("Duplicates", "Interests"),
                keep_links.interests,
                other_links.interests,
            ),
        ]
        for key, label, a_items, b_items in kept_both:
            rows.append(CompareRow(key, label, ", ".join(a_items), ", ".join(b_items), False))
        rows.append(
            CompareRow(
                "sign_ups",
                QCoreApplication.translate("Duplicates", "Sign-ups"),
                _sign_ups(keep_links),
                _sign_ups(other_links),
                False,
            )
        )
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._titles = ("", "")
        self.endResetModel()

    def choices(self) -> dict[str, Side]:
        return {r.key: r.choice for r in self._rows if r.choosable}

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def choose(self, key: str, side: str) -> None:
        row = self.row_of(key)
        column = 1 if side == "a" else 2
        self.setData(self.index(row, column), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            names = (QCoreApplication.translate("Duplicates", "Field"), *self._titles)
            return names[section] if 0 <= section < 3 else None
        return section + 1

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self._rows[index.row()].choosable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _valid(self, index: AnyIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows) and 0 <= index.column() < 3

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        r = self._rows[index.row()]
        column = index.column()
        side = "a" if column == 1 else "b"
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.label, r.a, r.b)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column > 0:
            if not r.choosable:
                if r.a == r.b:
                    return QCoreApplication.translate("Duplicates", "The same on both")
                return QCoreApplication.translate("Duplicates", "Both are kept")
            return QCoreApplication.translate("Duplicates", "Click to keep this value")
        if role == Qt.ItemDataRole.CheckStateRole and column > 0 and r.choosable:
            return Qt.CheckState.Checked if r.choice == side else Qt.CheckState.Unchecked
        chosen = column > 0 and r.choosable and r.choice == side
        if role == Qt.ItemDataRole.FontRole and (column == 0 or chosen):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and chosen:
            return QBrush(QColor(76, 175, 80, 60))
        if role == Qt.ItemDataRole.ForegroundRole and column > 0 and r.choosable and not chosen:
            return QBrush(QColor(Qt.GlobalColor.gray))
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self._valid(index) or index.column() == 0:
            return False
        r = self._rows[index.row()]
        if role != Qt.ItemDataRole.CheckStateRole or not r.choosable:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        side: Side = "a" if index.column() == 1 else "b"
        if state != Qt.CheckState.Checked:
            side = "b" if side == "a" else "a"  # unticking one side ticks the other
        r.choice = side
        row = index.row()
        self.dataChanged.emit(self.index(row, 1), self.index(row, 2))
        return True


def _sign_ups(links: LinkedSummary) -> str:
    if not links.sign_ups:
        return QCoreApplication.translate("Duplicates", "none")
    text = count_texts().sign_ups(links.sign_ups)
    if links.hours:
        text += QCoreApplication.translate("Duplicates", ", %1 hours").replace(
            "%1", f"{links.hours:g}"
        )
    return text


# -- the dialog ---------------------------------------------------------------------------


class DuplicatesDialog(QDialog):
    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.resize(960, 680)
        self.service = DuplicateService(db)
        self.members = MemberService(db)
        self.undo_stack = undo_stack
        self._on_change = on_change or (lambda: None)
        self._keep: MemberRecord | None = None
        self._other: MemberRecord | None = None

        self.pairs = DuplicatePairsModel(self)
        self.comparison = ComparisonModel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.pair_table = QTableView(self)
        self.pair_table.setObjectName("duplicatePairs")
        self.pair_table.setModel(self.pairs)
        self.compare_table = QTableView(self)
        self.compare_table.setObjectName("duplicateComparison")
        self.compare_table.setModel(self.comparison)
        for view in (self.pair_table, self.compare_table):
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.verticalHeader().setVisible(False)
            view.setWordWrap(False)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.horizontalHeader().setHighlightSections(False)
        self.pair_table.setAlternatingRowColors(True)
        pair_header = self.pair_table.horizontalHeader()
        pair_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        pair_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        pair_header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        pair_header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        compare_header = self.compare_table.horizontalHeader()
        compare_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        compare_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        compare_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.compare_hint = QLabel(
            self.tr(
                "Click the value to keep where the two differ. Professions, skills, "
                "interests, sign-ups, hours and history of both are always kept; the other "
                "record then goes to the trash."
            ),
            self,
        )
        self.compare_hint.setWordWrap(True)

        self.swap_button = QPushButton(self.tr("&Keep the Other Record"), self)
        self.swap_button.setObjectName("swapKeep")
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.compare_hint)
        lower_layout.addWidget(self.compare_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.pair_table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.pair_table.selectionModel().currentRowChanged.connect(lambda *_: self._compare())
        self.compare_table.clicked.connect(self._clicked)
        self.swap_button.clicked.connect(self.swap)
        self.merge_button.clicked.connect(self.merge)
        self.reload()

    # -- reading --------------------------------------------------------------------------

    def reload(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pairs = self.service.find()
        finally:
            QApplication.restoreOverrideCursor()
        self.pairs.set_pairs(pairs)
        self._after_pairs_changed()

    def _after_pairs_changed(self) -> None:
        count = self.pairs.rowCount()
        if count:
            text = labels.counted(self.tr("%n possible duplicates", "", count), count)
            self.intro.setText(
                text
                + self.tr(
                    ": same email, same phone, or a similar name with the same birth date. "
                    "Pick one to compare."
                )
            )
            self.pair_table.setCurrentIndex(self.pairs.index(0, 0))
        else:
            self.intro.setText(self.tr("No likely duplicates on the roster."))
        self._compare()

    def _compare(self) -> None:
        row = self.pair_table.currentIndex().row()
        if row < 0 or row >= self.pairs.rowCount():
            self._keep = self._other = None
            self.comparison.clear()
        else:
            pair = self.pairs.pair(row)
            try:
                self._show(self.members.get(pair.member_a.id), self.members.get(pair.member_b.id))
            except MemberNotFound:
                self.reload()
                return
        self.merge_button.setEnabled(self._keep is not None)
        self.swap_button.setEnabled(self._keep is not None)

    def _show(self, keep: MemberRecord, other: MemberRecord) -> None:
        self._keep, self._other = keep, other
        assert keep.id is not None and other.id is not None
        self.comparison.set_members(
            keep, other, self.service.linked(keep.id), self.service.linked(other.id)
        )

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() > 0:
            self.comparison.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def swap(self) -> None:
        if self._keep is not None and self._other is not None:
            self._show(self._other, self._keep)

    # -- merging --------------------------------------------------------------------------

    def merge(self) -> bool:
        keep, other = self._keep, self._other
        if keep is None or other is None or keep.id is None or other.id is None:
            return False
        choices = self.comparison.choices()
        kept_name = other.full_name if choices.get("full_name") == "b" else keep.full_name
        title = self.tr("Merge Members?")
        text = (
            self.tr(
                "Merge %1 (%2) into %3 (%4)?\n\nThe chosen values are kept, with every "
                "profession, sign-up, hour and history entry of both; %1 (%2) goes to the "
                "trash. You can undo this with Edit → Undo."
            )
            .replace("%1", other.full_name)
            .replace("%2", other.member_number)
            .replace("%3", keep.full_name)
            .replace("%4", keep.member_number)
        )
        if not ask(self, title, text):
            return False
        try:
            result = self.service.merge(
                keep.id, other.id, choices, versions=(keep.version, other.version)
            )
        except (MergeRefused, StaleEditError, ValidationError, MemberNotFound) as err:
            show_error(self, self.tr("Cannot Merge"), str(err))
            self._compare()
            return False
        except SQLAlchemyError as err:  # read-only file, disk full, locked by another program
            detail = str(getattr(err, "orig", None) or err).splitlines()[0]
            show_error(
                self,
                self.tr("Cannot Merge"),
                self.tr("The database did not accept the merge: %1").replace("%1", detail),
            )
            self._compare()
            return False
        self.undo_stack.push(
            MergeCommand(
                self.service,
                result,
                kept_name,
                other.full_name,
                choices,
                self._on_change,
                lambda message: show_error(self, self.tr("Undo"), message),
            )
        )
        self._on_change()
        self.pairs.drop_member(other.id)
        self._after_pairs_changed()
        return True


def find_duplicates(
    parent: QWidget,
    db: Database,
    undo_stack: QUndoStack,
    on_change: Callable[[], None] | None = None,
) -> None:
    """Edit → Find Duplicates…"""
    DuplicatesDialog(db, undo_stack, parent, on_change).exec()


__all__ = [
    "ComparisonModel",
    "DuplicatePairsModel",
    "DuplicatesDialog",
    "find_duplicates",
]
