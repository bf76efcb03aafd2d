"""Help > GroupDesk Help (F1): the short manual shipped inside the package, in the GUI's
language (Indonesian or English)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from groupdesk.ui.common.language import gui_locale

MANUALS = {"id": "manual_id.html", "en": "manual_en.html"}


def manual_html(language: str) -> str:
    """The manual for ``language`` ("id" or "en"); English for any other."""
    name = MANUALS.get(language, MANUALS["en"])
    return (
        resources.files("groupdesk").joinpath("resources", "help", name).read_text(encoding="utf-8")
    )


def gui_language() -> str:
    """The language the GUI speaks now: "id" or "en"."""
    return "id" if gui_locale().name().startswith("id") else "en"


class HelpDialog(QDialog):
    """A window beside the main one (not modal), so the manual stays open while working."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("GroupDesk Help"))
        self.resize(720, 640)
        self.language = language or gui_language()
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(manual_html(self.language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
