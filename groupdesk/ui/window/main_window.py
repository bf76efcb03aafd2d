"""The main window: navigation on the left, one page per area, menus and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from groupdesk import __version__
from groupdesk.core.application import Application
from groupdesk.core.database import Database
from groupdesk.core.demo import DemoRefused, database_is_empty, generate_demo
from groupdesk.core.services.challenges import ChallengeFilter
from groupdesk.ui.challenges.page import ChallengesPage
from groupdesk.ui.common import labels
from groupdesk.ui.common.dialogs import run_dialog
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.resources import app_icon, icon
from groupdesk.ui.dashboard.page import DashboardPage
from groupdesk.ui.database import backups_dialog
from groupdesk.ui.database.background_copy import DailyBackup, run_with_progress
from groupdesk.ui.database.open_database_flow import (
    choose_existing_file,
    choose_new_file,
    open_with_dialogs,
    restore_open_database,
    warn_about_daily_backup,
)
from groupdesk.ui.dues import reminders_dialog
from groupdesk.ui.dues.page import DuesPage
from groupdesk.ui.members import duplicates_dialog
from groupdesk.ui.members.page import MembersPage
from groupdesk.ui.professions.page import ProfessionsPage
from groupdesk.ui.reports.export_dialog import ExportDialog
from groupdesk.ui.reports.page import ReportsPage
from groupdesk.ui.schedule.projects_page import ProjectsPage
from groupdesk.ui.window.help_dialog import HelpDialog
from groupdesk.ui.window.help_dialog import gui_language as help_language
from groupdesk.ui.window.settings_dialog import SettingsDialog
from groupdesk.ui.window.start_page import StartPage

if TYPE_CHECKING:
    from groupdesk.ui.import_wizard.undo import ImportUndoCommand


# Settings open through this name; tests replace it to drive the dialog instead.
run_settings = run_dialog


class MainWindow(QMainWindow):
    """The window over one open database's :class:`Application`; File > Open and New,
    and a restore, give it another."""

    def __init__(self, app: Application, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(760, 480))
        self.undo_stack = QUndoStack(self)
        self.app: Application | None = None
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
        # Today's backup runs behind the open window (see background_copy).
        self.daily_backup = DailyBackup(self.statusBar(), self)
        self.daily_backup.failed.connect(lambda r, d: warn_about_daily_backup(self, r, d))

        self.nav.currentRowChanged.connect(self._show_page)
        self._build_menus()
        self.set_database(app)
        self._restore_window_state()
        self._show_start_if_empty()

    # -- pages --------------------------------------------------------------------------

    def _page_factories(self) -> list[tuple[str, str, Callable[[Application], QWidget]]]:
        stack = self.undo_stack
        return [
            ("dashboard", self.tr("Dashboard"), lambda app: DashboardPage(app)),
            ("members", self.tr("Members"), lambda app: MembersPage(app, stack)),
            ("professions", self.tr("Professions"), lambda app: ProfessionsPage(app, stack)),
            (
                "projects",
                self.tr("Projects && Shifts"),
                lambda app: ProjectsPage(app, undo_stack=stack),
            ),
            (
                "challenges",
                self.tr("Challenges"),
                lambda app: ChallengesPage(app, undo_stack=stack),
            ),
            ("reports", self.tr("Reports"), lambda _app: ReportsPage(self.open_export_dialog)),
            ("dues", self.tr("Dues"), lambda app: DuesPage(app, undo_stack=stack)),
        ]

    @property
    def db(self) -> Database | None:
        """The open database (None only between closing one and showing the next)."""
        return self.app.db if self.app is not None else None

    def set_database(self, app: Application) -> None:
        """Show ``app``'s database; the previous database (if any) is closed."""
        current = self.nav.currentRow()
        while self.stack.count():
            page = self.stack.widget(0)
            if page is None:
                break
            self.stack.removeWidget(page)
            page.deleteLater()
        self.nav.clear()
        self.undo_stack.clear()
        self.daily_backup.stop()
        if self.app is not None and self.app.db is not app.db:
            self.app.close()
        self.app = app
        db = app.db
        self.daily_backup.start(db)
        self.pages: dict[str, QWidget] = {}
        for key, label, factory in self._page_factories():
            page = factory(app)
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
        self._connect_dues()
        self._add_start_page()
        self.nav.setCurrentRow(max(current, 0))
        title = self.tr("GroupDesk")
        where = labels.location_text(db.location.display())
        self.setWindowTitle(
            f"{where} — {title}" + (self.tr(" (read-only)") if db.read_only else "")
        )
        self.db_label.setText(
            fill(self.tr("Database: %1"), where)
            + (self.tr("  (read-only)") if db.read_only else "")
        )
        self._update_counts()
        self._show_start_if_empty()

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
        dashboard.openShift.connect(self.show_shift)
        dashboard.openArrears.connect(self.show_members_in_arrears)
        challenges.changed.connect(dashboard.mark_stale)

    # -- first start ------------------------------------------------------------------------

    def _add_start_page(self) -> None:
        """The first steps, last in the navigation so the pages keep their rows (Ctrl+1…7)."""
        start = StartPage(self)
        start.settingsRequested.connect(lambda: self.open_settings())
        start.importRequested.connect(lambda: self.import_action.trigger())
        start.addMemberRequested.connect(lambda: self.add_first_member())
        start.demoRequested.connect(lambda: self.fill_with_demo())
        self.start_page = start
        self.stack.addWidget(start)
        QListWidgetItem(app_icon(), self.tr("Getting Started"), self.nav)

    def _show_start_if_empty(self) -> None:
        if self.members_page.model.total == 0:
            self.show_start_page()

    def show_start_page(self) -> None:
        assert self.db is not None
        self.start_page.set_demo_allowed(not self.db.read_only and database_is_empty(self.db))
        self.nav.setCurrentRow(self.stack.indexOf(self.start_page))

    def add_first_member(self) -> None:
        self.show_page("members")
        self.members_page.new_member()

    def fill_with_demo(self) -> bool:
        """Start page > Fill with demo data: the demo association, then its dashboard."""
        app = self.app
        if app is None or app.read_only:
            return False
        db = app.db
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            generate_demo(db)
        except DemoRefused:
            QMessageBox.information(
                self,
                self.tr("Demo data"),
                self.tr("This database already holds data; the demo only goes into an empty one."),
            )
            return False
        finally:
            QApplication.restoreOverrideCursor()
        # Built again over the same database: new data is brought up to date like any open.
        self.set_database(Application(db, user=app.user))
        self.show_page("dashboard")
        return True

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def show_members_with_status(self, status: str) -> None:
        self.show_page("members")
        self.members_page.show_status(status)

    def show_members_in_arrears(self) -> None:
        self.show_page("members")
        self.members_page.show_in_arrears()

    def show_member(self, member_id: int) -> None:
        """Go to the Members page and open one member's form (links from other pages)."""
        page = self.show_page("members")
        assert isinstance(page, MembersPage)
        page.edit_member(member_id)

    def show_profession(self, profession_id: int) -> None:
        page = self.show_page("professions")
        assert isinstance(page, ProfessionsPage)
        page.reload(select_id=profession_id)

    def show_shift(self, shift_id: int) -> None:
        """Go to Projects & Shifts and open one shift (links from the dashboard's lists)."""
        page = self.show_page("projects")
        open_shift = getattr(page, "open_shift", None)
        if callable(open_shift):
            open_shift(shift_id)

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
            text = labels.counted(self.tr("%n members on the roster", "", model.total), model.total)
        else:
            text = fill(
                labels.counted(self.tr("Showing %1 of %n members", "", model.total), model.total),
                model.matching,
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
        import_action.triggered.connect(lambda: self.open_import_wizard())
        self.import_action = import_action
        backups_action = QAction(self.tr("&Backups…"), self)
        backups_action.setObjectName("backupsAction")
        backups_action.triggered.connect(self.show_backups)
        export_action = QAction(self.tr("&Export…"), self)
        export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_action.triggered.connect(lambda: self.open_export_dialog())
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([open_action, new_action])
        file_menu.addSeparator()
        file_menu.addAction(import_action)
        file_menu.addAction(export_action)
        file_menu.addAction(backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self._settings_action())
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        # The platform's own keys: Ctrl+Z and Ctrl+Y or Ctrl+Shift+Z, Cmd+Shift+Z on macOS.
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        find = QAction(self.tr("&Find Member"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self._find_member)
        duplicates = QAction(self.tr("Find &Duplicates…"), self)
        duplicates.triggered.connect(self.find_duplicates)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        reminders = QAction(self.tr("Dues &Reminders…"), self)
        reminders.setObjectName("duesRemindersAction")
        reminders.triggered.connect(lambda: self.open_dues_reminders())
        edit_menu.addActions([find, duplicates, reminders])

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        names = [
            self.tr("&Dashboard"),
            self.tr("&Members"),
            self.tr("&Professions"),
            self.tr("Projects && &Shifts"),
            self.tr("&Challenges"),
            self.tr("&Reports"),
            self.tr("D&ues"),
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
        manual = QAction(self.tr("GroupDesk &Help"), self)
        manual.setObjectName("helpAction")
        manual.setShortcut(QKeySequence.StandardKey.HelpContents)
        manual.triggered.connect(lambda: self.open_help())
        self.help_action = manual
        start = QAction(self.tr("&Getting Started"), self)
        start.triggered.connect(lambda: self.show_start_page())
        about = QAction(self.tr("&About GroupDesk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        help_menu.addActions([manual, start])
        help_menu.addSeparator()
        help_menu.addAction(about)
        self._fix_menu_roles()

    def _fix_menu_roles(self) -> None:
        """On macOS, Quit, About and Settings go to the application menu (their roles are set
        where they are made); every other item stays where it is, whatever its words (Qt
        would otherwise move any item whose text merely contains "about" or "setting")."""
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            for action in menu.actions() if isinstance(menu, QMenu) else []:
                if action.menuRole() == QAction.MenuRole.TextHeuristicRole:
                    action.setMenuRole(QAction.MenuRole.NoRole)

    def _settings_action(self) -> QAction:
        """File > Settings… (on macOS: GroupDesk > Preferences…, with its usual shortcut)."""
        settings = QAction(self.tr("&Settings…"), self)
        settings.setObjectName("settingsAction")
        settings.setShortcut(QKeySequence.StandardKey.Preferences)
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings.triggered.connect(lambda: self.open_settings())
        self.settings_action = settings
        return settings

    def open_help(self) -> HelpDialog:
        """Help > GroupDesk Help (F1): the manual in the GUI's language, beside the window."""
        dialog = getattr(self, "help_dialog", None)
        if not isinstance(dialog, HelpDialog) or dialog.language != help_language():
            if isinstance(dialog, HelpDialog):
                dialog.deleteLater()  # written in the language chosen before
            dialog = HelpDialog(self)
            self.help_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_settings(self) -> SettingsDialog:
        assert self.app is not None
        dialog = SettingsDialog(self.app, self)
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
        if self.app is None:
            return None
        if report is None:
            keys = list(self.pages)
            page = keys[self.stack.currentIndex()] if self.stack.currentIndex() >= 0 else ""
            report = self.PAGE_REPORTS.get(page, "members")
        dialog = ExportDialog(
            self.app,
            self,
            report=report,
            roster_filter=self.members_page.model.current_filter,
            project=self._selected_project(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _selected_project(self) -> str | None:
        """The project chosen on the Projects page, for reports about one project."""
        page = self.pages.get("projects")
        return page.project_name() if isinstance(page, ProjectsPage) else None

    def _find_member(self) -> None:
        self.show_page("members")
        self.members_page.focus_search()

    def find_duplicates(self) -> None:
        if self.app is not None:
            duplicates_dialog.find_duplicates(self, self.app, self.undo_stack, self._data_changed)

    def open_dues_reminders(self) -> None:
        """Edit → Dues Reminders…: the members to remind of their dues."""
        if self.app is not None:
            reminders_dialog.show_reminders(self, self.app)

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
            elif isinstance(page, ProjectsPage | ChallengesPage | DuesPage):
                page.refresh()

    def open_other_database(self) -> None:
        path = choose_existing_file(self)
        if path:
            app = open_with_dialogs(path, self, create=False)
            if app is not None:
                self.set_database(app)

    def create_database(self) -> None:
        path = choose_new_file(self)
        if path:
            app = open_with_dialogs(path, self, create=True)
            if app is not None:
                self.set_database(app)

    def show_backups(self) -> None:
        """The backups of the open database: make one now, or restore one."""
        app = self.app
        path = app.backups.source if app is not None else None
        folder = app.backups.folder if app is not None else None
        if app is None or path is None or folder is None:
            QMessageBox.information(
                self,
                self.tr("Backups"),
                self.tr("A database on a server is backed up by the server's own tools."),
            )
            return
        backups = app.backups
        dialog = backups_dialog.BackupsDialog(
            path,
            folder,
            self,
            back_up=lambda: run_with_progress(
                dialog, self.tr("Backing up…"), lambda p: backups.make_manual(progress=p)
            ),
            can_restore=not app.read_only,
        )
        if backups_dialog.run_dialog(dialog) and dialog.chosen is not None:
            self.daily_backup.stop()
            restored = restore_open_database(app.db, dialog.chosen, self)
            if restored is not None:
                self.app = None  # already closed by the restore
                self.set_database(restored)

    def make_import_wizard(self) -> QWidget:
        from groupdesk.ui.import_wizard import ImportWizard

        assert self.app is not None
        wizard = ImportWizard(self.app, self)
        wizard.imported.connect(self._imported)
        wizard.undone.connect(self._import_undone_in_wizard)
        return wizard

    def _connect_dues(self) -> None:
        """The Dues page's own way into importing payments and reminding members."""
        dues = self.pages["dues"]
        assert isinstance(dues, DuesPage)
        import_payments = QAction(self.tr("Import Payments…"), dues)
        import_payments.setObjectName("importPaymentsAction")
        import_payments.triggered.connect(lambda: self.open_import_wizard("payments"))
        remind = QAction(self.tr("Reminders…"), dues)
        remind.setObjectName("duesPageRemindersAction")
        remind.triggered.connect(lambda: self.open_dues_reminders())
        for action in (import_payments, remind):
            dues.add_tool(action)
        dues.changed.connect(self._dues_changed)

    def _dues_changed(self) -> None:
        """A charge, payment or reversal: the roster's balances and the dashboard's figures
        are read again (the dashboard when next shown)."""
        self.members_page.refresh()
        dashboard = self.pages["dashboard"]
        assert isinstance(dashboard, DashboardPage)
        dashboard.mark_stale()

    def open_import_wizard(self, kind: str | None = None) -> None:
        """File > Import…: the wizard (on ``kind`` when given); the roster is shown again
        afterwards."""
        wizard = self.make_import_wizard()
        if kind is not None:
            wizard.file_page.set_kind(kind)  # type: ignore[attr-defined]
        wizard.exec()  # type: ignore[attr-defined]
        wizard.deleteLater()
        if self.stack.currentWidget() is self.start_page and self.members_page.model.total:
            self.show_page("members")  # the first steps are done: here is the list

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
            fill(
                self.tr(
                    "<h3>GroupDesk %1</h3><p>Member rosters, professions, volunteer shifts and "
                    "challenges for small organisations, kept on your own computer.</p>"
                ),
                __version__,
            ),
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
        # The first steps were the last page seen on an empty database; once it has members,
        # the window opens on the dashboard instead of saying "no members yet".
        is_start = self.stack.widget(page) is self.start_page if isinstance(page, int) else False
        if is_start and self.members_page.model.total:
            page = 0
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
        self.daily_backup.stop()  # finished on the next open instead
        if self.app is not None:
            self.app.close()
        super().closeEvent(event)


__all__ = ["MainWindow", "Qt"]
