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
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QUndoStack
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

from groupdesk.core.application import Application
from groupdesk.core.enums import Education, Gender
from groupdesk.core.errors import WriteRefused
from groupdesk.core.messages import Message
from groupdesk.core.messages.labels import label_of as enum_words
from groupdesk.core.messages.texts.identity import IDENTITY_FIELDS
from groupdesk.core.services.duplicates import (
    REASON_EMAIL,
    REASON_NAME,
    REASON_PHONE,
    DuplicatePair,
    DuplicateService,
    LinkedSummary,
    MemberBrief,
    MergeRefused,
    Side,
    merge_fields,
)
from groupdesk.core.services.members import (
    MemberNotFound,
    MemberRecord,
    StaleEditError,
)
from groupdesk.core.validation import ValidationError
from groupdesk.ui.common import colours, labels
from groupdesk.ui.common.count_texts import count_texts
from groupdesk.ui.common.dialogs import ask  # the hooks tests replace
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import say
from groupdesk.ui.common.table_model import RIGHT, AnyIndex, Column, ColumnTableModel
from groupdesk.ui.members.roster_commands import MergeCommand

ROOT = QModelIndex()
IDENTITY_ENUM_FIELDS = {"gender": Gender, "education": Education}


# -- entry points tests replace -----------------------------------------------------------


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
    if name in IDENTITY_FIELDS:  # NIK, gender, place of birth, education: the core's words
        return say(IDENTITY_FIELDS[name])
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
    if name in IDENTITY_ENUM_FIELDS:
        words = enum_words(IDENTITY_ENUM_FIELDS[name], str(value))
        return say(words) if isinstance(words, Message) else words
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


def _member_text(m: MemberBrief) -> str:
    return f"{m.full_name}  ({m.member_number})"


def _member_tip(m: MemberBrief) -> str | None:
    bits = [m.email, m.phone, labels.date_text(m.birth_date), m.city]
    return "\n".join(b for b in bits if b) or None


class DuplicatePairsModel(ColumnTableModel[DuplicatePair]):
    def columns(self) -> list[Column[DuplicatePair]]:
        return [
            Column(
                "a",
                QCoreApplication.translate("Duplicates", "Member"),
                lambda p: _member_text(p.member_a),
                lambda p: _member_tip(p.member_a),
            ),
            Column(
                "b",
                QCoreApplication.translate("Duplicates", "Possible duplicate"),
                lambda p: _member_text(p.member_b),
                lambda p: _member_tip(p.member_b),
            ),
            Column(
                "reasons",
                QCoreApplication.translate("Duplicates", "Why"),
                lambda p: ", ".join(reason_text(r) for r in p.reasons),
                lambda p: None,
            ),
            Column(
                "score",
                QCoreApplication.translate("Duplicates", "Likeness"),
                lambda p: f"{p.score:.0f}%",
                lambda p: None,
                align=RIGHT,
            ),
        ]

    def row_id(self, p: DuplicatePair) -> None:
        return None  # a pair has no id of its own

    def set_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.set_rows(pairs)

    def pair(self, row: int) -> DuplicatePair:
        return self._rows[row]

    def drop_member(self, member_id: int) -> None:
        """Take out every pair with a member who is gone (merged away)."""
        for row in range(len(self._rows) - 1, -1, -1):
            p = self._rows[row]
            if member_id in (p.member_a.id, p.member_b.id):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()


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
            fill(QCoreApplication.translate("Duplicates", "Keep: %1"), keep.member_number),
            fill(QCoreApplication.translate("Duplicates", "Merge in: %1"), other.member_number),
        )
        rows = []
        for f in merge_fields(keep, other, keep_links, other_links):
            if f.key.startswith("custom:"):
                rows.append(CompareRow(f.key, f.label, f.keep, f.other, f.choosable, f.default))
            else:
                a, b = value_text(f.key, f.keep), value_text(f.key, f.other)
                rows.append(CompareRow(f.key, field_label(f.key), a, b, f.choosable, f.default))
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
            return QBrush(colours.fill_colour("ok", colours.app_palette()))
        if role == Qt.ItemDataRole.ForegroundRole and column > 0 and r.choosable and not chosen:
            return QBrush(
                colours.text_colour(
                    "muted", colours.app_palette(), colours.Role.Base, colours.Role.Text
                )
            )
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
        text += ", " + count_texts().hours(links.hours)
    return text


# -- the dialog ---------------------------------------------------------------------------


class DuplicatesDialog(QDialog):
    def __init__(
        self,
        app: Application,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.resize(960, 680)
        self.service: DuplicateService = app.duplicates
        self.members = app.members
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
        text = fill(
            self.tr(
                "Merge %1 (%2) into %3 (%4)?\n\nThe chosen values are kept, with every "
                "profession, sign-up, hour and history entry of both; %1 (%2) goes to the "
                "trash. You can undo this with Edit → Undo."
            ),
            other.full_name,
            other.member_number,
            keep.full_name,
            keep.member_number,
        )
        if not ask(self, title, text):
            return False
        try:
            result = self.service.merge(
                keep.id, other.id, choices, versions=(keep.version, other.version)
            )
        except (MergeRefused, StaleEditError, ValidationError, MemberNotFound) as err:
            show_error(self, self.tr("Cannot Merge"), say(err))
            self._compare()
            return False
        except WriteRefused as err:  # read-only file, disk full, locked by another program
            show_error(self, self.tr("Cannot Merge"), say(err))
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
    app: Application,
    undo_stack: QUndoStack,
    on_change: Callable[[], None] | None = None,
) -> None:
    """Edit → Find Duplicates…"""
    DuplicatesDialog(app, undo_stack, parent, on_change).exec()


__all__ = [
    "ComparisonModel",
    "DuplicatePairsModel",
    "DuplicatesDialog",
    "find_duplicates",
]
