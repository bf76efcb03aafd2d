"""The list of a database's backups: when each was made, why, how many members it holds.

From here a backup is made by hand or one is picked for restoring; the restoring itself
is done by the caller (``open_database_flow``), which knows whether the database is open.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.database.backup import BackupInfo, list_backups
from groupdesk.ui.common import labels
from groupdesk.ui.common.dialogs import run_dialog as run_dialog  # the hook tests replace
from groupdesk.ui.common.file_dialogs import database_file_types, file_dialog_options
from groupdesk.ui.common.fill import fill


class BackupsDialog(QDialog):
    def __init__(
        self,
        db_path: Path,
        folder: Path,
        parent: QWidget | None = None,
        *,
        back_up: Callable[[], Path] | None = None,
        can_restore: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.db_path = db_path
        self.folder = folder
        self._back_up = back_up
        self.chosen: Path | None = None
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(fill(self.tr("Backups of %1"), db_path.name))

        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setText(
            fill(
                self.tr(
                    "GroupDesk backs this database up the first time it is opened each day and "
                    "before every upgrade, import and emptying of the trash, and keeps 7 daily "
                    "and 4 weekly copies. Backups you make yourself are kept until you delete "
                    "them.\n\nBackup folder: %1"
                ),
                str(folder),
            )
        )
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backupList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels(
            [self.tr("Made on"), self.tr("Why"), self.tr("Members"), self.tr("Size")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("There are no backups of this database yet."), self)
        self.empty_label.setObjectName("noBackups")

        buttons = QDialogButtonBox(self)
        self.backup_button = QPushButton(self.tr("&Back Up Now"), self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.file_button = QPushButton(self.tr("Restore from &Another File…"), self)
        if back_up is not None:
            buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        if can_restore:
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
            buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_other_file)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        if can_restore:
            self.tree.itemDoubleClicked.connect(lambda *_: self.restore_selected())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.refresh()

    def reason_text(self, reason: str) -> str:
        known = {
            "daily": self.tr("Daily, automatic"),
            "manual": self.tr("Made by hand"),
            "before-import": self.tr("Before an import"),
            "before-trash": self.tr("Before emptying the trash"),
            "before-restore": self.tr("Before a restore"),
            "damaged": self.tr("Damaged file, kept for rescue"),
        }
        if reason in known:
            return known[reason]
        if reason.startswith("before-upgrade"):
            return self.tr("Before an upgrade of GroupDesk")
        return reason

    def refresh(self) -> None:
        self.backups = list_backups(self.folder, self.db_path.stem)
        self.tree.clear()
        locale = QLocale()
        for info in self.backups:
            members = "—" if info.members is None else locale.toString(info.members)
            item = QTreeWidgetItem(
                [
                    labels.format_date(info.taken, labels.DATE_TIME),
                    self.reason_text(info.reason),
                    members,
                    locale.formattedDataSize(info.size),
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            self.tree.addTopLevelItem(item)
        self.empty_label.setVisible(not self.backups)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        item = self.tree.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item else None

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        usable = item is not None and self.backups[self.tree.indexOfTopLevelItem(item)].members
        self.restore_button.setEnabled(bool(usable))

    def back_up_now(self) -> None:
        if self._back_up is None:
            return
        try:
            made = self._back_up()
        except Exception as err:  # a full disk, a vanished folder: say so, keep the dialog
            QMessageBox.warning(
                self,
                self.tr("Backup failed"),
                fill(self.tr("The backup could not be made:\n\n%1"), str(err)),
            )
            return
        self.refresh()
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == str(made):
                self.tree.setCurrentItem(item)

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is not None:
            self.chosen = chosen
            self.accept()

    def restore_other_file(self) -> None:
        chosen = choose_backup_file(self, self.folder)
        if chosen:
            self.chosen = Path(chosen)
            self.accept()


def choose_backup_file(parent: QWidget | None, folder: Path) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("BackupsDialog", "Choose a backup"),
        str(folder),
        database_file_types(),
        options=file_dialog_options(),
    )
    return path or None
