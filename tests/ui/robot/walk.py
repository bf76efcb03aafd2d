"""The route the robot takes through the main window: pages, menus, shortcuts, then the end."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
)
from shiboken6 import isValid

from tests.ui.robot.driver import (
    Robot,
    accept_button,
    actions_of,
    buttons_of,
    diff,
    first_row_point,
    is_closing,
    plain,
    shown,
    table_views,
    visible,
)

# The shortcuts a user tries on a page, whether or not a menu shows them.
PAGE_KEYS: list[tuple[Qt.Key, Qt.KeyboardModifier]] = [
    (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
]

MAX_COMBO_ITEMS = 8


def menu_actions(window: QWidget) -> list[QAction]:
    """Every action of the menu bar, submenus included, in the order a user sees them."""
    found: list[QAction] = []

    def collect(menu: QMenu) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                collect(action.menu())
            elif not action.isSeparator() and plain(action.text()):
                found.append(action)

    for top in window.menuBar().actions():  # type: ignore[attr-defined]
        if top.menu() is not None:
            collect(top.menu())
    return found


def leaving_actions(window: QWidget) -> tuple[list[QAction], QAction | None]:
    """The File menu's first group (Open Database, New Database: they leave this database)
    and its last action (Quit): the robot does them at the end, Quit last of all."""
    file_menu = window.menuBar().actions()[0].menu()  # type: ignore[attr-defined]
    actions = file_menu.actions()
    first_group = list(itertools.takewhile(lambda a: not a.isSeparator(), actions))
    return first_group, actions[-1]


def walk(robot: Robot, window: QWidget) -> None:
    window.activateWindow()
    robot.settle()
    keys = list(window.pages)  # type: ignore[attr-defined]
    for row, key in enumerate(keys):
        with robot.step(f"page {key}"):
            robot.press("show", lambda r=row: window.nav.setCurrentRow(r), both=False)  # type: ignore[attr-defined]
            walk_page(robot, window, key)
    switching, quit_action = leaving_actions(window)
    for action in menu_actions(window):
        if action in switching or action is quit_action:
            continue
        if action.isEnabled():
            robot.press(f"menu '{plain(action.text())}'", action.trigger)
    with robot.step("main window"):
        press_keys(robot, window)
    edit_delete_undo(robot, window)
    destructive_round(robot, window)
    for action in switching:
        robot.press(f"menu '{plain(action.text())}'", action.trigger)
    if quit_action is not None:
        robot.press(f"menu '{plain(quit_action.text())}'", quit_action.trigger, both=False)
        if window.isVisible():
            robot.fault("quit", "File > Quit left the window open")


def edit_delete_undo(robot: Robot, window: QWidget) -> None:
    """Edit a member (tick or untick consent), delete them, then Undo both: as before."""
    page = window.members_page  # type: ignore[attr-defined]
    if window.db is None or window.db.read_only or page.model.rowCount() == 0:  # type: ignore[attr-defined]
        return

    def change_consent(dialog: QWidget) -> None:
        boxes = visible(dialog.findChildren(QCheckBox))
        if boxes:
            boxes[0].click()
        button = accept_button(dialog)  # type: ignore[arg-type]
        if button is not None:
            button.click()

    with robot.step("edit, delete, undo both"):
        robot.press("show members", lambda: window.show_page("members"), both=False)  # type: ignore[attr-defined]
        before, start = robot.fingerprint(), robot.undo_index()
        robot.scripts["memberDialog"] = change_consent
        robot.press(
            "Edit",
            page.edit_action.trigger,
            both=False,
            prepare=lambda: first_row_point(page.table),
        )
        robot.scripts.clear()
        robot.press(
            "Delete",
            page.delete_action.trigger,
            both=False,
            prepare=lambda: first_row_point(page.table),
        )
        undo = robot.edit_action("undo")
        steps = robot.undo_index() - start
        with robot.step(f"Edit > Undo x{steps}"):
            for _ in range(steps):
                if undo is not None and undo.isEnabled():
                    undo.trigger()
                    robot.settle()
            after = robot.fingerprint()
            if before is not None and after is not None and after != before:
                robot.fault("undo", f"Undo did not bring the data back ({diff(before, after)})")


def destructive_round(robot: Robot, window: QWidget) -> None:
    """Back up, delete a member, empty the trash, then restore the backup: all data is back."""
    backups = window.findChild(QAction, "backupsAction")
    page = window.members_page  # type: ignore[attr-defined]
    if backups is None or window.db is None or window.db.read_only:  # type: ignore[attr-defined]
        return
    with robot.step("destructive round"):
        before = robot.fingerprint()
        made: list[str] = []

        def back_up_now(dialog: QWidget) -> None:
            known = {item_path(dialog, i) for i in range(dialog.tree.topLevelItemCount())}  # type: ignore[attr-defined]
            dialog.backup_button.click()  # type: ignore[attr-defined]
            robot.settle()
            count = dialog.tree.topLevelItemCount()  # type: ignore[attr-defined]
            made.extend(p for p in (item_path(dialog, i) for i in range(count)) if p not in known)

        robot.scripts["backupsDialog"] = back_up_now
        robot.press("File > Backups > Back Up Now", backups.trigger, both=False)
        robot.press("show members", lambda: window.show_page("members"), both=False)  # type: ignore[attr-defined]
        if page.model.rowCount() > 0:
            robot.press(
                "Delete",
                page.delete_action.trigger,
                both=False,
                prepare=lambda: first_row_point(page.table),
            )
        robot.press("Show Trash", page.trash_action.trigger, both=False)
        if page.empty_trash_action.isEnabled():
            robot.press("Empty Trash", page.empty_trash_action.trigger, both=False)
        robot.press("Hide Trash", page.trash_action.trigger, both=False)
        emptied = robot.fingerprint()

        def restore_newest(dialog: QWidget) -> None:
            tree = dialog.tree  # type: ignore[attr-defined]
            for index in range(tree.topLevelItemCount()):
                if (
                    item_path(dialog, index) in made
                ):  # the one made above, not a later automatic one
                    tree.setCurrentItem(tree.topLevelItem(index))
                    dialog.restore_button.click()  # type: ignore[attr-defined]
                    return
            robot.fault("restore", "Back Up Now made no backup the Backups dialog lists")

        robot.scripts["backupsDialog"] = restore_newest
        robot.press("File > Backups > Restore…", backups.trigger, both=False)
        robot.scripts.clear()
        restored = robot.fingerprint()
        if before is not None and restored != before:
            robot.fault(
                "restore", f"the backup did not bring the data back ({diff(before, restored)})"
            )
        elif before == emptied and page.model.rowCount() > 0:
            robot.fault("restore", "deleting a member and emptying the trash changed nothing")


def item_path(dialog: QWidget, index: int) -> str:
    item = dialog.tree.topLevelItem(index)  # type: ignore[attr-defined]
    return str(item.data(0, Qt.ItemDataRole.UserRole))


def current_page(window: QWidget, key: str) -> QWidget:
    return window.pages[key]  # type: ignore[attr-defined]


def walk_page(robot: Robot, window: QWidget, key: str) -> None:
    page = current_page(window, key)
    for index, combo in enumerate(visible(page.findChildren(QComboBox))):
        if not combo.isEnabled() or combo.isEditable():
            continue
        with robot.step(f"choice {index} ({combo.objectName() or type(combo.parent()).__name__})"):
            original = combo.currentIndex()
            for item in range(min(combo.count(), MAX_COMBO_ITEMS)):
                robot.press(
                    f"item {item}", lambda c=combo, i=item: c.setCurrentIndex(i), both=False
                )
            combo.setCurrentIndex(original)
            robot.settle()

    def select_rows() -> None:
        """Back on this page (a figure may have opened another) with a row selected."""
        if window.stack.currentWidget() is not current_page(window, key):  # type: ignore[attr-defined]
            window.show_page(key)  # type: ignore[attr-defined]
            robot.settle(1)
        for view in table_views(current_page(window, key)):
            if not isinstance(view, QHeaderView):
                first_row_point(view)

    select_rows()  # what needs a selection is enabled only with one
    for action in actions_of(page):
        select_rows()
        if isValid(action) and action.isEnabled():
            robot.press(f"action '{plain(action.text())}'", action.trigger, prepare=select_rows)
    page = current_page(window, key)  # a restore or an open may have replaced the pages
    select_rows()
    for button in buttons_of(page):
        select_rows()
        if shown(button) and button.isEnabled() and not is_closing(button):
            label = plain(button.text() or button.toolTip() or button.objectName())
            robot.press(f"button '{label}'", button.click, prepare=select_rows)
    page = current_page(window, key)
    select_rows()
    for number, view in enumerate(table_views(page)):
        walk_view(robot, view, f"view {number} ({view.objectName() or type(view).__name__})")
    walk_tabs(robot, window, key, select_rows)
    select_rows()
    for number, widget in enumerate(drawn_widgets(current_page(window, key))):
        walk_drawn(robot, widget, f"drawn {number} ({type(widget).__name__})", select_rows)
    select_rows()
    with robot.step("keys"):
        press_keys(robot, page)


def walk_tabs(robot: Robot, window: QWidget, key: str, select_rows: Callable[[], None]) -> None:
    """A page in tabs (the Dues page's ledger and membership types): on each further tab,
    what needs that tab's selection, its buttons and its views."""
    page = current_page(window, key)
    for tabs in visible(page.findChildren(QTabWidget)):
        for index in range(1, tabs.count()):

            def show_tab(t: QTabWidget = tabs, i: int = index) -> bool:
                select_rows()
                if not isValid(t) or current_page(window, key) is not page:
                    return False
                t.setCurrentIndex(i)
                for view in table_views(t.widget(i)):
                    if not isinstance(view, QHeaderView):
                        first_row_point(view)
                return True

            with robot.step(f"tab {index}"):
                if not show_tab():
                    return
                for action in actions_of(page):
                    if show_tab() and isValid(action) and action.isEnabled():
                        robot.press(
                            f"action '{plain(action.text())}'", action.trigger, prepare=show_tab
                        )
                for button in buttons_of(tabs.widget(index)) if show_tab() else []:
                    if show_tab() and shown(button) and button.isEnabled():
                        label = plain(button.text() or button.toolTip() or button.objectName())
                        robot.press(f"button '{label}'", button.click, prepare=show_tab)
                for number, view in enumerate(
                    table_views(tabs.widget(index)) if show_tab() else []
                ):
                    walk_view(robot, view, f"view {number} ({view.objectName()})")
            if isValid(tabs):
                tabs.setCurrentIndex(0)


def walk_view(robot: Robot, view: QAbstractItemView, name: str) -> None:
    with robot.step(name):
        if isinstance(view, QHeaderView):
            if view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
                robot.press(
                    "header menu", lambda: view.customContextMenuRequested.emit(QPoint(5, 5))
                )
            return

        def double_click() -> None:
            point = first_row_point(view)
            if point is not None:
                QTest.mouseDClick(
                    view.viewport(),
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                    point,
                )

        def context_menu() -> None:
            point = first_row_point(view)
            view.customContextMenuRequested.emit(point or QPoint(5, 5))

        def enter() -> None:
            first_row_point(view)
            view.setFocus()
            QTest.keyClick(view, Qt.Key.Key_Return)

        robot.press("double-click row", double_click)
        robot.press("Enter on row", enter)
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu:
            robot.press("context menu", context_menu, prepare=lambda: first_row_point(view))


MOUSE_HANDLERS = ("mousePressEvent", "mouseReleaseEvent", "mouseDoubleClickEvent")


def drawn_widgets(root: QWidget) -> list[QWidget]:
    """GroupDesk's own drawn widgets that answer the mouse (charts, the week calendar)."""
    return [
        w
        for w in root.findChildren(QWidget)
        if type(w).__module__.startswith("groupdesk.ui")
        and any(name in vars(type(w)) for name in MOUSE_HANDLERS)
    ]


def reveal(widget: QWidget) -> bool:
    """Bring ``widget`` to the front of the stacked widgets that hold it (the week view
    behind the list view); True when it can then be seen."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not child:
            parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    return shown(widget)


def walk_drawn(robot: Robot, widget: QWidget, name: str, prepare: Callable[[], object]) -> None:
    """Click and double-click a few places of a drawn widget, then its keys."""

    def ready() -> bool:
        prepare()
        return reveal(widget)

    if not ready():
        return
    with robot.step(name):
        width, height = widget.width(), widget.height()
        points = [QPoint(width * f // 4, height * f // 4) for f in (1, 2, 3)]
        for point in points:
            where = f"{point.x()},{point.y()}"
            for label, mouse in (("click", QTest.mouseClick), ("double-click", QTest.mouseDClick)):
                if not ready():
                    return
                robot.press(
                    f"{label} at {where}",
                    lambda m=mouse, p=point: (
                        shown(widget)
                        and m(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, p)
                    ),
                    prepare=ready,
                )
        for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Return, Qt.Key.Key_Space):
            if not ready():
                return
            robot.press(
                f"key {QKeySequence(key).toString()}",
                lambda k=key: shown(widget) and (widget.setFocus(), QTest.keyClick(widget, k)),
                prepare=ready,
            )


def press_keys(robot: Robot, root: QWidget) -> None:
    views = [v for v in table_views(root) if not isinstance(v, QHeaderView)]
    for key, modifiers in PAGE_KEYS:
        sequence = QKeySequence(key | modifiers).toString()

        def send(k: Qt.Key = key, m: Qt.KeyboardModifier = modifiers) -> None:
            target = views[0] if views else root
            if views:
                first_row_point(views[0])
            target.setFocus()
            QTest.keyClick(target, k, m)

        robot.press(f"key {sequence}", send)


__all__ = ["walk"]
