"""The main window: navigation on the left, one page per area, menus and a status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from groupdesk import __version__
from groupdesk.core.database import Database
from groupdesk.core.services.roster import RosterService
from groupdesk.ui import labels
from groupdesk.ui.members_page import MembersPage
from groupdesk.ui.open_database_flow import choose_existing_file, choose_new_file, open_with_dialogs
from groupdesk.ui.placeholder_page import PlaceholderPage
from groupdesk.ui.resources import app_icon, icon


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(760, 480))
        self.undo_stack = QUndoStack(self)
        self.db: Database | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget(self)
        splitter = QSplitter(self)
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([190, 1000])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.db_label = QLabel(self)
        self.count_label = QLabel(self)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

        self.nav.currentRowChanged.connect(self._show_page)
        self._build_menus()
        self.set_database(db)
        self._restore_window_state()

    # -- pages --------------------------------------------------------------------------

    def _page_factories(self) -> list[tuple[str, str, Callable[[Database], QWidget]]]:
        def later(title: str, text: str) -> Callable[[Database], QWidget]:
            return lambda _db: PlaceholderPage(title, text)

        return [
            ("members", self.tr("Members"), lambda db: MembersPage(RosterService(db))),
            (
                "professions",
                self.tr("Professions"),
                later(
                    self.tr("Professions"),
                    self.tr("Occupational groups, their members and licences."),
                ),
            ),
            (
                "projects",
                self.tr("Projects && Shifts"),
                later(
                    self.tr("Projects & Shifts"),
                    self.tr("Volunteer projects, the shift calendar and sign-ups."),
                ),
            ),
            (
                "challenges",
                self.tr("Challenges"),
                later(
                    self.tr("Challenges"),
                    self.tr("What the groups struggle with, and what is being done about it."),
                ),
            ),
            (
                "reports",
                self.tr("Reports"),
                later(
                    self.tr("Reports"),
                    self.tr("Excel workbooks, CSV, calendars and printable sign-in sheets."),
                ),
            ),
        ]

    def set_database(self, db: Database) -> None:
        """Show ``db``; the previous database (if any) is closed."""
        current = self.nav.currentRow()
        while self.stack.count():
            page = self.stack.widget(0)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.nav.clear()
        self.undo_stack.clear()
        if self.db is not None and self.db is not db:
            self.db.close()
        self.db = db
        self.pages: dict[str, QWidget] = {}
        for key, label, factory in self._page_factories():
            page = factory(db)
            page.setObjectName(f"{key}Page")
            self.pages[key] = page
            self.stack.addWidget(page)
            QListWidgetItem(icon(key), label.replace("&&", "&"), self.nav)
        members = self.members_page
        members.model.countsChanged.connect(lambda *_: self._update_counts())
        self.nav.setCurrentRow(max(current, 0))
        title = self.tr("GroupDesk")
        where = labels.location_text(db.location.display())
        self.setWindowTitle(
            f"{where} — {title}" + (self.tr(" (read-only)") if db.read_only else "")
        )
        self.db_label.setText(
            self.tr("Database: %1").replace("%1", where)
            + (self.tr("  (read-only)") if db.read_only else "")
        )
        self._update_counts()

    @property
    def members_page(self) -> MembersPage:
        page = self.pages["members"]
        assert isinstance(page, MembersPage)
        return page

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)

    def _update_counts(self) -> None:
        model = self.members_page.model
        if model.matching == model.total:
            text = self.tr("%1 members on the roster").replace("%1", f"{model.total:,}")
        else:
            text = (
                self.tr("Showing %1 of %2 members")
                .replace("%1", f"{model.matching:,}")
                .replace("%2", f"{model.total:,}")
            )
        self.count_label.setText(text)

    # -- menus --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open Database…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.open_other_database)
        new_action = QAction(self.tr("&New Database…"), self)
        new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new_action.triggered.connect(self.create_database)
        import_action = QAction(self.tr("&Import…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.open_import_wizard)
        self.import_action = import_action
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([open_action, new_action])
        file_menu.addSeparator()
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        find = QAction(self.tr("&Find Member"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find_member)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addAction(find)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        names = [
            self.tr("&Members"),
            self.tr("&Professions"),
            self.tr("Projects && &Shifts"),
            self.tr("&Challenges"),
            self.tr("&Reports"),
        ]
        for row, name in enumerate(names):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            view_menu.addAction(action)
        view_menu.addSeparator()
        refresh = QAction(self.tr("Re&fresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.members_page.refresh())
        view_menu.addAction(refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About GroupDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _find_member(self) -> None:
        self.nav.setCurrentRow(0)
        self.members_page.focus_search()

    def open_other_database(self) -> None:
        path = choose_existing_file(self)
        if path:
            db = open_with_dialogs(path, self, create=False)
            if db is not None:
                self.set_database(db)

    def create_database(self) -> None:
        path = choose_new_file(self)
        if path:
            db = open_with_dialogs(path, self, create=True)
            if db is not None:
                self.set_database(db)

    def make_import_wizard(self) -> QWidget:
        from groupdesk.ui.import_wizard import ImportWizard

        assert self.db is not None
        wizard = ImportWizard(self.db, self)
        wizard.imported.connect(self._imported)
        wizard.undone.connect(lambda _batch: self._after_import_change())
        return wizard

    def open_import_wizard(self) -> None:
        """File > Import…: the wizard; the roster is shown again afterwards."""
        wizard = self.make_import_wizard()
        wizard.exec()  # type: ignore[attr-defined]
        wizard.deleteLater()

    def _imported(self, summary: object) -> None:
        from groupdesk.ui.import_wizard.undo import ImportUndoCommand

        assert self.db is not None
        self.undo_stack.push(ImportUndoCommand(self.db, summary, self._after_import_change))
        self._after_import_change()

    def _after_import_change(self) -> None:
        self.members_page.refresh()
        self._update_counts()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About GroupDesk"),
            self.tr(
                "<h3>GroupDesk %1</h3><p>Member rosters, professions, volunteer shifts and "
                "challenges for small organisations, kept on your own computer.</p>"
            ).replace("%1", __version__),
        )

    # -- window state -------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        page = settings.value("window/page", 0, type=int)
        if isinstance(page, int) and 0 <= page < self.nav.count():
            self.nav.setCurrentRow(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/page", self.nav.currentRow())
        self.members_page.save_state()
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)


__all__ = ["MainWindow", "Qt"]
