"""After a payment is saved, or for one chosen in the ledger: its receipt number and a way to
print the kwitansi to a PDF the treasurer names (never over the open database)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.core.database import Database
from groupdesk.core.dues.receipts import ReceiptRefused, organisation_name, receipt_for
from groupdesk.core.files import OutputRefused, Protected, check_output_path
from groupdesk.ui.common import labels
from groupdesk.ui.common.colours import show_status
from groupdesk.ui.common.file_dialogs import file_dialog_options
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import gui_language, say


def print_receipt(db: Database, entry_id: int, path: Path) -> int:
    """The payment's receipt as a PDF at ``path`` (checked first); how many were written."""
    from groupdesk.printing.receipts_pdf import write_receipts_pdf

    target = check_output_path(path, Protected.of(db))
    receipt = receipt_for(db, entry_id)
    return write_receipts_pdf([receipt], organisation_name(db), target, gui_language())


class ReceiptDialog(QDialog):
    def __init__(
        self, db: Database, entry_id: int, number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receiptDialog")
        self.setWindowTitle(self.tr("Receipt"))
        self._db = db
        self.entry_id = entry_id
        self.number = number
        self.printed: Path | None = None
        self.heading = QLabel(fill(self.tr("Receipt number: %1"), number), self)
        self.heading.setObjectName("receiptNumber")
        self.heading.setTextInteractionFlags(self.heading.textInteractionFlags())
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print Receipt…"), self)
        self.print_button.setObjectName("printReceiptButton")
        self.print_button.clicked.connect(lambda: self.choose_and_print())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, 0)

    def suggested_name(self) -> str:
        return "kwitansi-" + self.number.replace("/", "-") + ".pdf"

    def choose_path(self) -> Path | None:
        """Ask where to save; tests replace this method."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Receipt As"),
            str(Path.home() / self.suggested_name()),
            self.tr("PDF files (*.pdf)"),
            options=file_dialog_options(),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")

    def choose_and_print(self) -> None:
        path = self.choose_path()
        if path is None:
            return
        try:
            print_receipt(self._db, self.entry_id, path)
        except (OutputRefused, ReceiptRefused) as err:
            show_status(self.message, "error")
            self.message.setText(say(err))
            return
        except OSError as err:
            show_status(self.message, "error")
            self.message.setText(
                fill(self.tr("The receipt could not be saved: %1"), err.strerror or str(err))
            )
            return
        self.printed = path
        show_status(self.message, "ok")
        self.message.setText(
            fill(self.tr("Saved the receipt to %1."), labels.location_text(str(path)))
        )
