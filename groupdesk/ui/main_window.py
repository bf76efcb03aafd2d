"""The main window: navigation on the left, one page per area, menus and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

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
from groupdesk.core.database.backup import MANUAL, backup_folder_for, make_backup
from groupdesk.core.services.challenges import ChallengeFilter, ChallengeService
from groupdesk.core.services.dashboard import DashboardService
from groupdesk.core.services.members import MemberService
from groupdesk.core.services.professions import ProfessionService
from groupdesk.ui import backups_dialog, duplicates_dialog, labels
from groupdesk.ui.challenges_page import ChallengesPage
from groupdesk.ui.dashboard_page import DashboardPage
from groupdesk.ui.export_dialog import ExportDialog
from groupdesk.ui.members_page import MembersPage
from groupdesk.ui.open_database_flow import (
    choose_existing_file,
    choose_new_file,
    open_with_dialogs,
    restore_open_database,
)
from groupdesk.ui.professions_page import ProfessionsPage
from groupdesk.ui.projects_page import ProjectsPage
from groupdesk.ui.reports_page import ReportsPage
from groupdesk.ui.resources import app_icon, icon
from groupdesk.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from groupdesk.ui.import_wizard.undo import ImportUndoCommand


def run_settings(dialog: SettingsDialog) -> None:
    """Show the settings; tests replace this to drive the dialog instead."""
    dialog.exec()


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(760, 480))
        self.undo_stack = QUndoStack(self)
        self.db: Database | None = None
        self.export_dialog: ExportDialog | None = None
        self._last_import: ImportUndoCommand | None = None

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
        return [
            ("dashboard", self.tr("Dashboard"), lambda db: DashboardPage(DashboardService(db))),
            ("members", self.tr("Members"), lambda db: MembersPage(db, self.undo_stack)),
            (
                "professions",
                self.tr("Professions"),
                lambda db: ProfessionsPage(ProfessionService(db), self.undo_stack),
            ),
            (
                "projects",
                self.tr("Projects && Shifts"),
                lambda db: ProjectsPage(db, undo_stack=self.undo_stack),
            ),
            ("challenges", self.tr("Challenges"), lambda db: ChallengesPage(ChallengeService(db))),
            ("reports", self.tr("Reports"), lambda _db: ReportsPage(self.open_export_dialog)),
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
        if not db.read_only:
            # Membership follows the paid-until date: past it, an active member is lapsed.
            MemberService(db).refresh_lapsed()
        self.pages: dict[str, QWidget] = {}
        for key, label, factory in self._page_factories():
            page = factory(db)
            page.setObjectName(f"{key}Page")
            self.pages[key] = page
            self.stack.addWidget(page)
            QListWidgetItem(icon(key), label.replace("&&", "&"), self.nav)
        members = self.members_page
        members.model.countsChanged.connect(lambda *_: self._update_counts())
        members.challengesRequested.connect(
            lambda member_id: self.show_challenges(ChallengeFilter(member_id=member_id))
        )
        professions = self.pages.get("professions")
        if isinstance(professions, ProfessionsPage):
            professions.memberActivated.connect(self.show_member)
        self._connect_dashboard()
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

    def _connect_dashboard(self) -> None:
        dashboard, challenges = self.pages["dashboard"], self.pages["challenges"]
        assert isinstance(dashboard, DashboardPage) and isinstance(challenges, ChallengesPage)
        dashboard.openMembers.connect(self.show_members_with_status)
        dashboard.openChallenges.connect(self.show_challenges)
        dashboard.openProfession.connect(self.show_profession)
        challenges.changed.connect(dashboard.mark_stale)

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def show_members_with_status(self, status: str) -> None:
        self.show_page("members")
        self.members_page.show_status(status)

    def show_member(self, member_id: int) -> None:
        """Go to the Members page and open one member's form (links from other pages)."""
        page = self.show_page("members")
        assert isinstance(page, MembersPage)
        page.edit_member(member_id)

    def show_profession(self, profession_id: int) -> None:
        page = self.show_page("professions")
        assert isinstance(page, ProfessionsPage)
        page.reload(select_id=profession_id)

    def show_challenges(self, flt: ChallengeFilter) -> None:
        page = self.show_page("challenges")
        assert isinstance(page, ChallengesPage)
        page.set_filter(flt)

    def refresh_current_page(self) -> None:
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)

    def _update_counts(self) -> None:
        model = self.members_page.model
        if model.matching == model.total:
            text = self.tr("%1 members on the roster").replace(
                "%1", labels.number_text(model.total)
            )
        else:
            text = (
                self.tr("Showing %1 of %2 members")
                .replace("%1", labels.number_text(model.matching))
                .replace("%2", labels.number_text(model.total))
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
        backups_action = QAction(self.tr("&Backups…"), self)
        backups_action.setObjectName("backupsAction")
        backups_action.triggered.connect(self.show_backups)
        export_action = QAction(self.tr("&Export…"), self)
        export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_action.triggered.connect(lambda: self.open_export_dialog())
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([open_action, new_action])
        file_menu.addSeparator()
        file_menu.addAction(import_action)
        file_menu.addAction(export_action)
        file_menu.addAction(backups_action)
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
        duplicates = QAction(self.tr("Find &Duplicates…"), self)
        duplicates.triggered.connect(self.find_duplicates)
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings.triggered.connect(self.open_settings)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        edit_menu.addActions([find, duplicates])
        edit_menu.addSeparator()
        edit_menu.addAction(settings)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        names = [
            self.tr("&Dashboard"),
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
        refresh.triggered.connect(self.refresh_current_page)
        view_menu.addAction(refresh)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About GroupDesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def open_settings(self) -> SettingsDialog:
        assert self.db is not None
        dialog = SettingsDialog(self.db, self)
        dialog.changed.connect(self.members_page.fields_changed)
        run_settings(dialog)
        return dialog

    # Which report the Export dialog starts on, by the page the person is looking at.
    PAGE_REPORTS = {
        "members": "members",
        "professions": "professions",
        "projects": "schedule",
        "challenges": "challenges",
    }

    def open_export_dialog(self, report: str | None = None) -> ExportDialog | None:
        """Open the Export dialog on ``report``, or on the current page's report."""
        if self.db is None:
            return None
        if report is None:
            keys = list(self.pages)
            page = keys[self.stack.currentIndex()] if self.stack.currentIndex() >= 0 else ""
            report = self.PAGE_REPORTS.get(page, "members")
        dialog = ExportDialog(
            self.db,
            self,
            report=report,
            roster_filter=self.members_page.model.current_filter,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _find_member(self) -> None:
        self.show_page("members")
        self.members_page.focus_search()

    def find_duplicates(self) -> None:
        if self.db is not None:
            duplicates_dialog.find_duplicates(self, self.db, self.undo_stack, self._data_changed)

    def _data_changed(self) -> None:
        """Many records changed at once (an import, a merge, or their undo): every page
        shows the database as it is now. Pages that are out of sight read it when shown."""
        self.members_page.refresh()
        self._update_counts()
        for key, page in self.pages.items():
            if key == "members":
                continue
            if isinstance(page, DashboardPage):
                page.mark_stale()
            elif isinstance(page, ProfessionsPage):
                page.reload()
            elif isinstance(page, ProjectsPage | ChallengesPage):
                page.refresh()

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

    def show_backups(self) -> None:
        """The backups of the open database: make one now, or restore one."""
        db = self.db
        if db is None or db.path is None:
            QMessageBox.information(
                self,
                self.tr("Backups"),
                self.tr("A database on a server is backed up by the server's own tools."),
            )
            return
        path, folder = db.path, db.backup_dir or backup_folder_for(db.path)
        dialog = backups_dialog.BackupsDialog(
            path,
            folder,
            self,
            back_up=lambda: make_backup(path, folder, MANUAL),
            can_restore=not db.read_only,
        )
        if backups_dialog.run_dialog(dialog) and dialog.chosen is not None:
            restored = restore_open_database(db, dialog.chosen, self)
            if restored is not None:
                self.db = None  # already closed by the restore
                self.set_database(restored)

    def make_import_wizard(self) -> QWidget:
        from groupdesk.ui.import_wizard import ImportWizard

        assert self.db is not None
        wizard = ImportWizard(self.db, self)
        wizard.imported.connect(self._imported)
        wizard.undone.connect(self._import_undone_in_wizard)
        return wizard

    def open_import_wizard(self) -> None:
        """File > Import…: the wizard; the roster is shown again afterwards."""
        wizard = self.make_import_wizard()
        wizard.exec()  # type: ignore[attr-defined]
        wizard.deleteLater()

    def _imported(self, summary: object) -> None:
        from groupdesk.ui.import_wizard.undo import ImportUndoCommand

        assert self.db is not None
        command = ImportUndoCommand(self.db, summary, self._data_changed)
        self.undo_stack.push(command)
        self._last_import = command
        self._data_changed()

    def _import_undone_in_wizard(self, _batch: int) -> None:
        """The wizard's Undo took the import back: Edit > Undo must not offer it again."""
        command, self._last_import = self._last_import, None
        stack = self.undo_stack
        if command is not None:
            command.undone_elsewhere()
            if stack.index() > 0 and stack.command(stack.index() - 1) is command:
                stack.undo()  # a step that only leaves the stack
        self._data_changed()

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
        challenges = self.pages.get("challenges")
        if isinstance(challenges, ChallengesPage):
            challenges.save_state()
        if self.db is not None:
            self.db.close()
        super().closeEvent(event)


__all__ = ["MainWindow", "Qt"]
