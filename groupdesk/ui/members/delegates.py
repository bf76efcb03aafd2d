"""Editors for inline editing in the members table: a status list and a date picker."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from groupdesk.core.enums import MemberStatus
from groupdesk.core.services.roster import ROSTER_COLUMNS
from groupdesk.ui.common import labels
from groupdesk.ui.common.table_model import AnyIndex
from groupdesk.ui.widgets.date_field import DateField

DATE_COLUMNS = {"joined_on", "paid_until"}
# Keys that end an inline edit: they belong to the editor, not to the page's shortcuts
# (Enter is also "Edit Member…" on the page, which would open the form instead of saving).
EDITOR_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape})


class MemberCellDelegate(QStyledItemDelegate):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Claim Enter and Escape while a cell is being edited, so they save or cancel it."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in EDITOR_KEYS
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> QWidget:
        key = ROSTER_COLUMNS[index.column()]
        if key == "status":
            combo = QComboBox(parent)
            for status in MemberStatus:
                combo.addItem(labels.member_status(status.value), status.value)
            return combo
        if key in DATE_COLUMNS:
            return DateField(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, DateField):
            editor.set_value(value)
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: AnyIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateField):
            problem = editor.problem()
            if problem is not None:
                # Text that is no date changes nothing; say so where the person is looking.
                QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), problem, editor)
                return
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
