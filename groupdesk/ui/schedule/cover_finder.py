"""Cover finder: volunteers ranked for a shift with the reasons, a call list to print or
export, and a message to paste into the chat group, in the organisation's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.application import Application
from groupdesk.core.files import OutputRefused, Protected, check_output_path
from groupdesk.core.messages import Catalogue, catalogue
from groupdesk.core.messages.texts.reports import CALL_LIST
from groupdesk.core.scheduling.cover_message import call_list_csv
from groupdesk.core.services.common import org_now
from groupdesk.ui.common import labels
from groupdesk.ui.common.file_dialogs import file_dialog_options
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import os_text, say
from groupdesk.ui.schedule.actions import assign_member
from groupdesk.ui.schedule.models import SuggestionsModel


class SuggestionsPanel(QWidget):
    changed = Signal()

    def __init__(
        self, services: Application, parent: QWidget | None = None, undo_stack=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionsPanel")
        self._s = services
        self._undo = undo_stack
        self._shift_id = 0
        self.model = SuggestionsModel(self)
        self.heading = QLabel(self.tr("Select a shift to see who could take it."), self)
        self.heading.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("suggestionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.assign_selected())
        self.assign_button = QPushButton(self.tr("&Assign"), self)
        self.assign_button.setToolTip(
            self.tr("Put the selected volunteer on the shift (Ctrl+Enter)")
        )
        self.copy_button = QPushButton(self.tr("&Copy message"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.assign_button.clicked.connect(self.assign_selected)
        self.export_button.setToolTip(self.tr("Save the ranked call list as a CSV file"))
        self.print_button.setToolTip(self.tr("Print the call list with phone numbers"))
        self.copy_button.setToolTip(self.tr("Copy the message for the chat group or e-mail"))
        self.copy_button.clicked.connect(self.copy_message)
        self.export_button.clicked.connect(lambda: self.export_call_list())
        self.print_button.clicked.connect(self.print_call_list)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.assign_selected)
        self.message = QPlainTextEdit(self)
        self.message.setObjectName("coverMessage")
        self.message.setPlaceholderText(self.tr("The message for the chat group appears here."))
        # Two rows of two, so the panel can stay narrow beside the calendar.
        buttons = QGridLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.assign_button, 0, 0)
        buttons.addWidget(self.copy_button, 0, 1)
        buttons.addWidget(self.export_button, 1, 0)
        buttons.addWidget(self.print_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("suggestionsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.message)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)
        self._enable()
        state = QSettings().value("schedule/suggestionsSplitter")
        if state is not None:
            self.splitter.restoreState(state)

    def save_state(self) -> None:
        QSettings().setValue("schedule/suggestionsSplitter", self.splitter.saveState())

    def shift_id(self) -> int:
        return self._shift_id

    def set_shift(self, shift_id: int) -> None:
        self._shift_id = shift_id
        self.refresh()

    def refresh(self) -> None:
        if not self._shift_id:
            self.model.set_rows([])
            self.message.clear()
            self.heading.setText(self.tr("Select a shift to see who could take it."))
            self._enable()
            return
        data, status, _ = self._s.shifts.get(self._shift_id)
        on_it = [
            v.name
            for v in self._s.shifts.volunteers(self._shift_id)
            if v.status in ("signed_up", "confirmed", "attended")
        ]
        rules = self._s.rules
        over = data.starts_at <= org_now(rules.time_zone)
        closed = status == "cancelled" or over
        self.model.set_rows([] if closed else self._s.suggestions.for_shift(self._shift_id))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 220))
        need = max(0, data.min_volunteers - len(on_it))
        project = self._s.projects.get(data.project_id)
        head = fill(
            labels.counted(
                self.tr("<b>%1</b>, %2–%3: %4 of %n places taken", "", data.max_volunteers),
                data.max_volunteers,
            ),
            project.name,
            labels.format_date(data.starts_at, labels.DAY_TIME),
            labels.format_date(data.ends_at, "HH:mm"),
            len(on_it),
        )
        if status == "cancelled":
            head += self.tr(" — cancelled")
        elif over:
            head += self.tr(" — already started")
        elif need:
            head += fill(self.tr(" — <b>%1 more needed</b>"), need)
        self.heading.setText(head)
        self.message.setPlainText(self._s.notices.cover_message(self._shift_id))
        self._enable()

    def _enable(self) -> None:
        has = bool(self._shift_id)
        for b in (self.assign_button, self.copy_button, self.export_button, self.print_button):
            b.setEnabled(has)

    def selected_member(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        if not rows and self.model.rowCount():
            return 0
        return self.model.row_at(rows[0].row()).member_id if rows else 0

    def assign_selected(self) -> None:
        member = self.selected_member()
        if not (member and self._shift_id):
            return
        status = assign_member(
            self, self._s, self._shift_id, member, undo_stack=self._undo, changed=self.changed.emit
        )
        if status is not None:
            self.refresh()

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.message.toPlainText())

    def _file_catalogue(self) -> Catalogue:
        """Printed and saved call lists speak the organisation's language, like its reports."""
        return catalogue(self._s.rules.language)

    def call_list_rows(self) -> list[tuple]:
        cat = self._file_catalogue()
        return [
            (
                i + 1,
                s.name,
                s.phone,
                s.email,
                cat.number(s.hours_30d),
                "; ".join(cat.text(r.message) for r in s.reasons),
            )
            for i, s in enumerate(self.model.rows())
        ]

    def call_list_header(self) -> list[str]:
        cat = self._file_catalogue()
        return [cat.text(code) for code in CALL_LIST]

    def export_call_list(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export call list"),
                "call-list.csv",
                self.tr("CSV files (*.csv)"),
                options=file_dialog_options(),
            )
        if not path:
            return None
        text = call_list_csv(self.call_list_rows(), self.call_list_header())
        try:  # never over the open database, its companions or its backups
            check_output_path(path, Protected.of(self._s.db))
            Path(path).write_text(text, encoding="utf-8-sig")
        except OutputRefused as err:
            self.heading.setText(say(err))
            return None
        except OSError as err:
            self.heading.setText(
                fill(self.tr("The call list could not be saved: %1"), os_text(err))
            )
            return None
        return path

    def call_list_html(self) -> str:
        from html import escape

        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in self.call_list_header())
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(v or ''))}</td>" for v in r) + "</tr>"
            for r in self.call_list_rows()
        )
        return (
            f"<p>{self.heading.text()}</p><table border='1' cellspacing='0' cellpadding='3'>"
            f"<tr>{head}</tr>{body}</table><pre>{escape(self.message.toPlainText())}</pre>"
        )

    def print_call_list(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            doc = QTextDocument()
            doc.setHtml(self.call_list_html())
            doc.print_(printer)
