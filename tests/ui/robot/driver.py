"""The robot: presses everything a user can press in the main window, and notes what breaks.

It walks every page, every menu action, every toolbar and context-menu action, every enabled
button and the standard shortcuts. Every dialog that opens is explored (its own buttons and
actions, nested dialogs down to ``MAX_DEPTH``) and then answered: once by Cancel and, on a
second press of the same action, by OK with a minimal valid input where one can be given.

Nothing may block: ``QDialog.exec`` and the static message-box, input and file dialogs are
replaced for the whole process, so the robot answers them itself, without a nested event loop;
a menu shown with ``exec`` is collected and closed by a timer, and its items chosen one by one
afterwards. A fault is an exception that reaches the program's error net, a Qt or Python
warning, or Undo (or a restored backup) that does not bring the data back; a crash or a hang is
caught by the parent process, which runs the robot as a child.
"""

from __future__ import annotations

import itertools
import re
import sys
import traceback
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPoint,
    Qt,
    QThread,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from shiboken6 import isValid
from sqlalchemy import inspect, text

MAX_DEPTH = 2  # the main window's action opens a dialog (1), whose button opens another (2)
CANCEL, OK = "cancel", "ok"

# Qt messages that say nothing about GroupDesk: the offscreen platform's own limits.
HARMLESS_QT_MESSAGES = (
    "This plugin does not support",
    "propagateSizeHints",
    "QFont::setPointSize",
    "Populating font family aliases",
    "OpenType support missing",
    "QPainter::",  # painting to an offscreen surface that is gone
)

# Actions the walk leaves for the end: they replace the database or close the window.
LAST_ACTION_NAMES = (
    "quit",
    "open database",
    "new database",
    "keluar",
    "buka basis",
    "basis data baru",
)

# Columns whose value a correct Undo may still change (bookkeeping, not data).
BOOKKEEPING_COLUMNS = {"id", "created_at", "updated_at", "version", "search_text"}
BOOKKEEPING_TABLES = {"audit_log", "alembic_version", "import_templates"}
# Moments: Redo may set them anew; whether they are set is what a user sees (in the trash...).
MOMENT_COLUMNS = {"deleted_at", "anonymised_at"}


class Robot:
    """One walk through the window on one database; ``faults`` is what it found."""

    def __init__(self, window: QWidget, workdir: Path, log: Callable[[str], None]) -> None:
        self.window = window
        self.workdir = workdir
        self.log = log
        self.faults: list[str] = []
        self.notes: list[str] = []
        self.policy = CANCEL
        self.depth = 0
        self.trail: list[str] = []
        self.explored: set[str] = set()
        self.menus: list[QMenu] = []
        self.handled: set[int] = set()
        self.counter = itertools.count(1)
        self.open_file_for: Callable[[str], str] = lambda _filter: ""
        self._keep: list[object] = []
        self._prepare: Callable[[], object] | None = None
        self.threads: list[QThread] = []
        # Dialogs (by object name) the robot answers in a set way, for a scripted round.
        self.scripts: dict[str, Callable[[QDialog], None]] = {}

    # -- where the robot is, and what it found ---------------------------------------------

    def where(self) -> str:
        return " > ".join(self.trail) or "(start)"

    @contextmanager
    def step(self, what: str) -> Iterator[None]:
        self.trail.append(what)
        self.log(f"[{self.policy}] {self.where()}")
        try:
            yield
        finally:
            self.trail.pop()

    def fault(self, kind: str, message: str) -> None:
        self.faults.append(f"{kind} at {self.where()} [{self.policy}]: {message}")

    # -- hooks into the program ------------------------------------------------------------

    def install(self) -> None:
        """Replace everything that would block or leave the process, and catch every fault."""
        from groupdesk.ui.common import error_net

        robot = self
        original = error_net.handle_exception

        def excepthook(
            exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
        ) -> None:
            lines = traceback.format_exception(exc_type, exc, tb)
            robot.fault("exception", "".join(lines[-6:]).strip())
            original(exc_type, exc, tb)

        error_net.install()
        error_net.show_error = lambda summary, details: None
        sys.excepthook = excepthook

        def qt_message(mode: QtMsgType, _context: object, message: str) -> None:
            if mode == QtMsgType.QtDebugMsg or mode == QtMsgType.QtInfoMsg:
                return
            if any(part in message for part in HARMLESS_QT_MESSAGES):
                return
            robot.fault("Qt warning", message)

        self._keep.append(qt_message)
        qInstallMessageHandler(qt_message)

        def python_warning(message, category, filename, lineno, file=None, line=None) -> None:  # type: ignore[no-untyped-def]
            robot.fault("Python warning", f"{category.__name__}: {message} ({filename}:{lineno})")

        warnings.simplefilter("always")
        warnings.showwarning = python_warning

        def dialog_exec(dialog: QDialog) -> int:
            return robot.answer(dialog)

        QDialog.exec = dialog_exec  # type: ignore[method-assign]
        QPrintDialog.exec = dialog_exec  # type: ignore[method-assign]
        QPageSetupDialog.exec = dialog_exec  # type: ignore[method-assign]

        # QMenu.exec cannot be replaced from Python (its static and member forms share one
        # C++ entry), so a timer inside the menu's own event loop collects and closes it.
        # Long work runs on threads, often without a parent to find them by: note each start.
        start = QThread.start

        def thread_start(thread: QThread, *args: object) -> None:
            robot.threads.append(thread)
            start(thread, *args)

        QThread.start = thread_start  # type: ignore[method-assign]

        watcher = QTimer(self.window)
        watcher.setInterval(5)
        watcher.timeout.connect(self._close_popup_menu)
        watcher.start()
        self._keep.append(watcher)

        QDesktopServices.openUrl = lambda url: robot.notes.append(f"opened {url}") or True  # type: ignore[method-assign]

        def message_box(kind: str) -> Callable[..., QMessageBox.StandardButton]:
            def show(parent: object, title: str, text_: str, *args: object, **kwargs: object):
                robot.log(f"    message box ({kind}): {title}: {text_[:120]!r}")
                if kind == "question":
                    yes = robot.policy == OK
                    return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
                return QMessageBox.StandardButton.Ok

            return show

        for kind in ("question", "warning", "information", "critical", "about"):
            setattr(QMessageBox, kind, staticmethod(message_box(kind)))
        QMessageBox.aboutQt = staticmethod(lambda *a, **k: None)

        def get_text(*args: object, **kwargs: object) -> tuple[str, bool]:
            return (f"Robot {next(robot.counter)}", robot.policy == OK)

        def get_item(parent: object, title: str, label: str, items: list[str], *a, **k):
            choice = items[0] if items else ""
            return (choice, robot.policy == OK and bool(items))

        QInputDialog.getText = staticmethod(get_text)
        QInputDialog.getMultiLineText = staticmethod(get_text)
        QInputDialog.getItem = staticmethod(get_item)
        QInputDialog.getInt = staticmethod(lambda *a, **k: (1, robot.policy == OK))
        QInputDialog.getDouble = staticmethod(lambda *a, **k: (1.0, robot.policy == OK))

        def open_file(parent=None, caption="", folder="", filter_="", *a, **k):
            if robot.policy != OK:
                return ("", "")
            return (robot.open_file_for(str(filter_ or k.get("filter", ""))), "")

        def save_file(parent=None, caption="", folder="", filter_="", *a, **k):
            if robot.policy != OK:
                return ("", "")
            pattern = re.search(r"\*\.(\w+)", str(filter_ or k.get("filter", "")))
            suffix = pattern.group(1) if pattern else "out"
            folder_path = self.workdir / "saved"
            folder_path.mkdir(exist_ok=True)
            return (str(folder_path / f"robot-{next(robot.counter)}.{suffix}"), "")

        def directory(*args: object, **kwargs: object) -> str:
            if robot.policy != OK:
                return ""
            folder_path = self.workdir / f"folder-{next(robot.counter)}"
            folder_path.mkdir()
            return str(folder_path)

        QFileDialog.getOpenFileName = staticmethod(open_file)
        QFileDialog.getSaveFileName = staticmethod(save_file)
        QFileDialog.getExistingDirectory = staticmethod(directory)

    def _close_popup_menu(self) -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            if popup not in self.menus:
                self.menus.append(popup)
            popup.close()

    # -- waiting ---------------------------------------------------------------------------

    def settle(self, rounds: int = 3) -> None:
        """Let queued events, timers and background work finish (bounded)."""
        for _ in range(rounds):
            QCoreApplication.processEvents()
        for _ in range(400):  # 400 x 10 ms at most
            self.threads = [t for t in self.threads if isValid(t) and t.isRunning()]
            if not self.threads:
                break
            QTest.qWait(10)
        QTest.qWait(5)
        QCoreApplication.processEvents()

    # -- dialogs ---------------------------------------------------------------------------

    def answer(self, dialog: QDialog) -> int:
        """What a user does with a dialog: looks around, then Cancel or OK."""
        self.handled.add(id(dialog))
        name = describe(dialog)
        codes: list[int] = []
        dialog.finished.connect(codes.append)

        def code() -> int:
            if codes:
                return codes[-1]
            return code() if isValid(dialog) else 0

        with self.step(f"dialog {name}"):
            dialog.show()
            self.settle(1)
            self.depth += 1
            try:
                script = self.scripts.get(dialog.objectName())
                if script is not None:
                    script(dialog)
                    self.settle()
                    if shown(dialog):
                        dialog.reject()
                    return code()
                if isinstance(dialog, QMessageBox):
                    self._answer_message_box(dialog)
                    return code()
                key = f"{self.depth}:{name}"
                if self.depth <= MAX_DEPTH and key not in self.explored:
                    self.explored.add(key)
                    self.explore(dialog)
                if not shown(dialog):
                    return code()
                if isinstance(dialog, QWizard):
                    self._answer_wizard(dialog)
                    return code()
                if self.policy == OK:
                    self._accept(dialog)
                if shown(dialog):
                    dialog.reject()
                self.settle(1)
                return code()
            finally:
                self.depth -= 1

    def _answer_message_box(self, box: QMessageBox) -> int:
        self.log(f"    says: {box.text()[:160]!r}")
        wanted = (
            (QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.AcceptRole)
            if self.policy == OK
            else (QMessageBox.ButtonRole.NoRole, QMessageBox.ButtonRole.RejectRole)
        )
        buttons = box.buttons()
        for role in wanted:
            for button in buttons:
                if box.buttonRole(button) == role:
                    button.click()
                    self.settle(1)
                    return box.result()
        if box.escapeButton() is not None and self.policy != OK:
            box.escapeButton().click()
        elif buttons:
            buttons[0].click()
        if shown(box):
            box.reject()
        return box.result()

    def _accept(self, dialog: QDialog) -> None:
        """OK untouched; if the dialog wants more, fill the empty fields and OK again."""
        for attempt in range(2):
            if attempt:
                fill_minimal(dialog)
            button = accept_button(dialog)
            if button is None:
                return
            with self.step(f"OK '{plain(button.text())}'"):
                button.click()
                self.settle()
            if not shown(dialog):
                return
        self.log(f"    OK refused; the dialog says: {messages(dialog)}")

    def _answer_wizard(self, wizard: QWizard) -> int:
        """OK on a wizard: on each page press its buttons (Browse… picks the robot's file),
        fill what is empty, then Next, up to Finish."""
        if self.policy == OK:
            visited: set[int] = set()
            for _ in range(12):
                if not shown(wizard):
                    break
                page, page_id = wizard.currentPage(), wizard.currentId()
                if page is not None and page_id not in visited:
                    visited.add(page_id)
                    with self.step(f"wizard page {page_id}"):
                        self._press_all(page)
                if not shown(wizard) or wizard.currentPage() is None:
                    break
                fill_minimal(wizard.currentPage())
                self.settle()
                onward = [
                    wizard.button(which)
                    for which in (
                        QWizard.WizardButton.CommitButton,
                        QWizard.WizardButton.NextButton,
                        QWizard.WizardButton.FinishButton,
                    )
                ]
                button = next((b for b in onward if b.isVisible() and b.isEnabled()), None)
                if button is None:
                    self.log(f"    wizard page {page_id} offers no way on")
                    break
                with self.step(f"wizard '{plain(button.text())}' on page {page_id}"):
                    button.click()
                    self.settle()
                if shown(wizard) and wizard.currentId() == page_id:
                    texts = [w.text() for w in visible(page.findChildren(QLabel)) if w.text()]
                    self.log(f"    wizard stays on page {page_id}: {texts[-3:]}")
                    break  # the page refuses to go on: Cancel below
        if shown(wizard):
            wizard.reject()
        self.settle(1)
        return wizard.result() if isValid(wizard) else 0

    def sweep_dialogs(self) -> None:
        """Dialogs opened without exec() (``open()``/``show()``): answer them too."""
        for _ in range(5):
            found = [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible() and w is not self.window
            ]
            if not found:
                return
            for dialog in found:
                self.answer(dialog)

    # -- pressing things -------------------------------------------------------------------

    def explore(self, root: QWidget) -> None:
        """Press what ``root`` offers that does not close it: buttons, actions, tabs."""
        for tabs in visible(root.findChildren(QTabWidget)):
            for index in range(tabs.count()):
                if shown(root):
                    tabs.setCurrentIndex(index)
                    self._press_all(root)
        self._press_all(root)

    def _press_all(self, root: QWidget) -> None:
        for action in actions_of(root):
            if not shown(root):
                return
            if isValid(action) and action.isEnabled():
                with self.step(f"action '{plain(action.text())}'"):
                    action.trigger()
                    self.settle(1)
                    self.sweep_menus()
        for button in buttons_of(root):
            if not shown(root):
                return
            if not (shown(button) and button.isEnabled()) or is_closing(button):
                continue
            with self.step(f"button '{plain(button.text() or button.toolTip())}'"):
                button.click()
                self.settle(1)
                self.sweep_menus()

    def sweep_menus(self) -> None:
        """Menus the code showed with exec(): choose each of their actions in turn."""
        menus, self.menus = self.menus, []
        for menu in menus:
            if not isValid(menu):
                continue
            for action in list(menu.actions()):
                if (
                    not isValid(action)
                    or action.isSeparator()
                    or not action.isEnabled()
                    or action.menu()
                ):
                    continue
                with self.step(f"menu item '{plain(action.text())}'"):
                    if self._prepare is not None:
                        self._prepare()  # an earlier item (Delete) may have taken the selection
                    if not action.isEnabled():
                        continue
                    action.trigger()
                    self.settle(1)
            self.menus.clear()  # a menu item that opens the same menu again: once is enough

    def press(
        self,
        what: str,
        press: Callable[[], None],
        both: bool = True,
        prepare: Callable[[], object] | None = None,
    ) -> None:
        """Press once answering Cancel to everything, then once answering OK (checking that
        Undo brings the data back when the press changed it)."""
        for policy in (CANCEL, OK) if both else (OK,):
            self.policy = policy
            with self.step(what):
                before = self.fingerprint()
                undo_before = self.undo_index()
                self._prepare = prepare
                if prepare is not None:
                    prepare()
                press()
                self.settle()
                self.sweep_menus()
                self.sweep_dialogs()
                if policy == OK:
                    self.check_undo(before, undo_before)
                self._prepare = None
        self.policy = CANCEL

    # -- Undo ------------------------------------------------------------------------------

    def undo_index(self) -> int:
        stack = getattr(self.window, "undo_stack", None)
        return stack.index() if stack is not None else 0

    def check_undo(self, before: dict[str, list[str]] | None, undo_before: int) -> None:
        """Every step the press put on the undo stack is undone, and the data is as before."""
        stack = getattr(self.window, "undo_stack", None)
        if stack is None or before is None:
            return
        steps = stack.index() - undo_before
        if steps <= 0 or stack.count() < stack.index():
            return
        after = self.fingerprint()
        names = [stack.text(i) for i in range(undo_before, stack.index())]
        self.log(f"    undo steps: {names}")
        undo = self.edit_action("undo")
        redo = self.edit_action("redo")
        with self.step(f"Edit > Undo x{steps}"):
            for _ in range(steps):
                if undo is None or not undo.isEnabled():
                    self.fault("undo", "Undo is not available after a change")
                    return
                undo.trigger()
                self.settle()
                self.sweep_dialogs()
            undone = self.fingerprint()
            if undone != before:
                self.fault("undo", f"Undo did not bring the data back ({diff(before, undone)})")
                return
        with self.step(f"Edit > Redo x{steps}"):
            for _ in range(steps):
                if redo is None or not redo.isEnabled():
                    self.fault("undo", "Redo is not available after Undo")
                    return
                redo.trigger()
                self.settle()
                self.sweep_dialogs()
            redone = self.fingerprint()
            if redone != after:
                self.fault("undo", f"Redo did not repeat the change ({diff(after, redone)})")

    def edit_action(self, which: str) -> QAction | None:
        stack = self.window.undo_stack  # type: ignore[attr-defined]
        for action in self.window.findChildren(QAction):
            if which == "undo" and action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo):
                return action
            if which == "redo" and action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo):
                return action
        return stack.createUndoAction(self.window) if which == "undo" else None

    def fingerprint(self) -> dict[str, list[str]] | None:
        """The data a user could tell apart, table by table (bookkeeping columns left out)."""
        db = getattr(self.window, "db", None)
        if db is None:
            return None
        tables: dict[str, list[str]] = {}
        with db.engine.connect() as conn:
            for table in sorted(inspect(conn).get_table_names()):
                if table in BOOKKEEPING_TABLES:
                    continue
                columns = [
                    c["name"]
                    for c in inspect(conn).get_columns(table)
                    if c["name"] not in BOOKKEEPING_COLUMNS
                ]
                shown = [
                    f"{quoted(c)} IS NOT NULL" if c in MOMENT_COLUMNS else quoted(c)
                    for c in columns
                ]
                query = f"SELECT {', '.join(shown)} FROM {quoted(table)}"
                tables[table] = sorted(repr(tuple(row)) for row in conn.execute(text(query)))
        return tables


# -- helpers ---------------------------------------------------------------------------------


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def shown(widget: QWidget) -> bool:
    """Still there and on screen (a dialog that deletes itself on close is neither)."""
    return isValid(widget) and widget.isVisible()


def messages(root: QWidget) -> list[str]:
    """What a dialog tells the user is wrong (its error and message labels)."""
    return [
        f"{label.objectName()}: {label.text()}"
        for label in root.findChildren(QLabel)
        if label.text() and not label.isHidden() and "error" in label.objectName().lower()
    ]


def plain(label: str) -> str:
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def describe(dialog: QDialog) -> str:
    title = plain(dialog.windowTitle())
    return f"{type(dialog).__name__}({title!r})"


def visible(widgets: list) -> list:
    return [w for w in widgets if w.isVisible()]


def actions_of(root: QWidget) -> list[QAction]:
    """The actions a user can reach on ``root``: toolbars, menus, context menus."""
    found = []
    for action in root.findChildren(QAction):
        if action.isSeparator() or not plain(action.text()) or not action.isVisible():
            continue
        if action.objectName().startswith("_q_") or inside_qt_widget(action):
            continue  # Qt's own (the clear button of a search field, a calendar's months)
        found.append(action)
    return found


def inside_qt_widget(thing: QObject) -> bool:
    """Part of a Qt widget's own insides (a date field's calendar), not of GroupDesk's."""
    parent = thing.parent()
    while parent is not None:
        if isinstance(parent, QCalendarWidget | QAbstractSpinBox):
            return True
        parent = parent.parent()
    return False


def buttons_of(root: QWidget) -> list[QAbstractButton]:
    found = []
    for button in root.findChildren(QAbstractButton):
        if getattr(button, "defaultAction", lambda: None)() is not None:
            continue  # the same as its action, pressed already
        if button.objectName().startswith("qt_") or inside_qt_widget(button):
            continue  # Qt's own (scroll arrows of a tab bar, a calendar's navigation)
        found.append(button)
    return found


CLOSING_ROLES = {
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.RejectRole,
    QDialogButtonBox.ButtonRole.DestructiveRole,
    QDialogButtonBox.ButtonRole.YesRole,
    QDialogButtonBox.ButtonRole.NoRole,
}


WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def is_closing(button: QAbstractButton) -> bool:
    box = button.parent()
    while box is not None and not isinstance(box, QDialogButtonBox | QDialog):
        box = box.parent()
    if isinstance(box, QDialogButtonBox):
        return box.buttonRole(button) in CLOSING_ROLES
    if isinstance(box, QWizard):  # its own Back, Next, Finish, Cancel: the robot's to press
        return any(box.button(which) is button for which in WIZARD_BUTTONS)
    return False


def accept_button(dialog: QDialog) -> QAbstractButton | None:
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            role = box.buttonRole(button)
            if (
                role
                in (
                    QDialogButtonBox.ButtonRole.AcceptRole,
                    QDialogButtonBox.ButtonRole.YesRole,
                )
                and button.isVisible()
                and button.isEnabled()
            ):
                return button
    return None


def fill_minimal(root: QWidget) -> None:
    """Give every empty text field a plausible value; leave everything else as it is."""
    for edit in root.findChildren(QLineEdit):
        if not edit.isVisible() or not edit.isEnabled() or edit.isReadOnly() or edit.text():
            continue
        if isinstance(edit.parent(), QAbstractSpinBox | QComboBox):
            continue
        name = " ".join([edit.objectName(), edit.placeholderText(), *field_names(edit)]).lower()
        if "mail" in name:
            value = "robot@example.org"
        elif "phone" in name or "telepon" in name or "ponsel" in name:
            value = "081234567890"
        else:
            value = "Robot"
        edit.setText(value)
    for box in (*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)):
        if shown(box) and not box.isReadOnly() and not box.toPlainText():
            box.setPlainText("Robot")


def field_names(edit: QWidget) -> list[str]:
    """What a field is called: the label that names it, and its error label's object name."""
    names: list[str] = []
    parent = edit.parentWidget()
    if parent is not None:
        names += [label.objectName() for label in parent.findChildren(QLabel)]
    window = edit.window()
    holders = {id(edit), id(parent)}
    for label in window.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and id(buddy) in holders:
            names.append(label.text())
    return names


def diff(before: dict[str, list[str]], after: dict[str, list[str]]) -> str:
    """Which rows went and came, table by table (a few of each)."""
    parts = []
    for table in sorted(set(before) | set(after)):
        old, new = set(before.get(table, [])), set(after.get(table, []))
        if old != new:
            gone, came = sorted(old - new)[:2], sorted(new - old)[:2]
            parts.append(f"{table}: {len(old)} -> {len(new)} rows; gone {gone}; came {came}")
    return "; ".join(parts)


def table_views(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView) if v.isVisible()]


def first_row_point(view: QAbstractItemView) -> QPoint | None:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return None
    index = model.index(0, 0)
    view.setCurrentIndex(index)
    return view.visualRect(index).center()


__all__ = ["CANCEL", "OK", "Qt", "Robot"]
