"""Every text a window shows a reader, each with the widget it came from.

Titles, labels, buttons, menus and their actions, tabs, group boxes, wizard pages, field
hints, the choices of drop-down lists, the headings and first rows of tables and lists,
tooltips and what a screen reader hears. The text of the help browser (the manual, written
per language, not a translation) and what people typed into fields are left out.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

Found = tuple[str, str]  # (where, text)
# Rows of a table read for its cells: enough to meet every kind of value it shows.
ROWS = 25


def where(widget: QWidget, top: QWidget) -> str:
    """The widget as a path of object names (or class names) from ``top`` (the window read)
    down; Qt's own go-betweens (a tab widget's stack, a drop-down's popup) are left out."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        name = current.objectName() or current.metaObject().className()
        if not name.startswith(("qt_", "QComboBoxPrivate")):
            parts.append(name)
        if current is top:
            break
        current = current.parentWidget()
    return "/".join(reversed(parts))


def _columns(model: QAbstractItemModel) -> int:
    if isinstance(model, QAbstractListModel):  # its columnCount is Qt's private one
        return 1
    return model.columnCount(QModelIndex())


def _model_texts(model: QAbstractItemModel, at: str) -> Iterator[Found]:
    columns = _columns(model)
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield f"{at} heading {column}", value
    for row in range(min(model.rowCount(QModelIndex()), ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"{at} cell {row},{column}", value


def _action_texts(action: QAction, at: str) -> Iterator[Found]:
    if action.isSeparator():
        return
    name = action.objectName() or action.text()
    yield f"{at} action {name!r}", action.text()
    if action.toolTip() != action.text().replace("&", ""):
        yield f"{at} action {name!r} tooltip", action.toolTip()
    yield f"{at} action {name!r} status tip", action.statusTip()


def _own_texts(widget: QWidget, at: str) -> Iterator[Found]:
    """What one kind of widget shows itself: a label's text, a list's choices, a tab's name."""
    if isinstance(widget, QLabel | QAbstractButton):
        yield at, widget.text()
    elif isinstance(widget, QGroupBox):
        yield at, widget.title()
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        # what a field holds is typed; its hint is not (nor is the manual of a help browser)
        yield f"{at} hint", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{at} choice {i}", widget.itemText(i)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{at} tab {i}", widget.tabText(i)
            yield f"{at} tab {i} tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QAbstractSpinBox):
        yield f"{at} special value", widget.specialValueText()
        for part in ("prefix", "suffix"):
            getter = getattr(widget, part, None)
            if callable(getter):
                yield f"{at} {part}", str(getter())
    elif isinstance(widget, QWizardPage):
        yield f"{at} page title", widget.title()
        yield f"{at} page subtitle", widget.subTitle()
    elif isinstance(widget, QWizard):
        for button in QWizard.WizardButton:
            if button.value <= QWizard.WizardButton.HelpButton.value:
                yield f"{at} button {button.name}", widget.buttonText(button)


def _widget_texts(widget: QWidget, top: QWidget) -> Iterator[Found]:
    at = where(widget, top)
    if widget.isWindow():
        yield f"{at} title", widget.windowTitle()
    yield f"{at} tooltip", widget.toolTip()
    yield f"{at} accessible name", widget.accessibleName()
    yield f"{at} accessible description", widget.accessibleDescription()
    yield f"{at} status tip", widget.statusTip()
    yield f"{at} what's this", widget.whatsThis()
    for action in widget.actions():
        yield from _action_texts(action, at)
    yield from _own_texts(widget, at)
    # a header's and a drop-down's list are read with their view and their drop-down
    inside = isinstance(widget, QHeaderView) or widget.inherits("QComboBoxListView")
    model = widget.model() if isinstance(widget, QAbstractItemView) else None
    if model is not None and not inside:
        yield from _model_texts(model, at)


def window_texts(top: QWidget) -> list[Found]:
    """Every text ``top`` and the widgets in it show, shown at the moment or not (a tab not
    open, a hidden error line): each is what some reader sees some time."""
    found = [
        (place, text)
        for widget in [top, *top.findChildren(QWidget)]
        for place, text in _widget_texts(widget, top)
    ]
    return [(place, text) for place, text in found if text and text.strip()]
