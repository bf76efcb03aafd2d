"""Members page figures: window with the page filled, a search keystroke, a sort, an edit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from groupdesk.core.application import Application
from tests.benchmarks.harness import BenchContext, best_of, row


def run(ctx: BenchContext) -> list[dict]:
    from groupdesk.ui.app import create_application

    app = create_application()
    rows: list[dict] = []
    for size in ctx.sizes:
        rows.extend(_measure(size, ctx.database(size)))
    app.processEvents()
    return rows


def _measure(size: int, path: Path) -> list[dict]:
    from groupdesk.core.database import open_database
    from groupdesk.ui.members.page import MembersPage
    from groupdesk.ui.window.main_window import MainWindow

    db = open_database(path)
    windows: list[MainWindow] = []
    rows = []

    def open_window() -> None:
        window = MainWindow(Application(db))
        window.show()
        QApplication.processEvents()
        assert window.members_page.model.rowCount() > 0
        windows.append(window)

    rows.append(row("open main window (Dashboard + Members filled)", size, best_of(open_window, 3)))
    pages: list[MembersPage] = []

    # One application per open database, as the window holds it: the page is what is timed.
    opened = Application(db)

    def open_page() -> None:
        members_page = MembersPage(opened, QUndoStack())
        members_page.show()
        QApplication.processEvents()
        assert members_page.model.rowCount() > 0
        pages.append(members_page)

    rows.append(row("Members page shown with data", size, best_of(open_page, 3)))
    for members_page in pages:
        members_page.close()
        members_page.deleteLater()
    page = windows[-1].members_page
    queries = iter(["a", "ay", "ayu", "b", "bu", "bud", "s", "si", "sit", "d"])

    def keystroke() -> None:
        page.search.setText(next(queries))
        page.apply_filter()  # what the debounce timer calls after the pause
        QApplication.processEvents()

    rows.append(row("search keystroke", size, best_of(keystroke, 5)))
    page.search.setText("")
    page.apply_filter()
    directions = iter([Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * 3)

    def sort_by_name() -> None:
        page.table.sortByColumn(1, next(directions))
        QApplication.processEvents()

    rows.append(row("sort by name", size, best_of(sort_by_name, 5)))
    index = page.model.index(0, 4)

    def edit_city() -> None:
        city = "Medan" if page.model.data(index) == "Bandung" else "Bandung"
        assert page.model.setData(index, city), page.error_label.text()

    rows.append(row("inline edit saved (with undo step)", size, best_of(edit_city, 5)))
    page.undo_stack.clear()
    for w in windows:
        w.app = None  # the benchmark closes the database itself
        w.close()
        w.deleteLater()
    QApplication.processEvents()
    db.close()
    return rows
