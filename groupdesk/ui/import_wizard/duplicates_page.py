"""Step 4: what to do with rows that are already in the database."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget, QWizardPage

MATCHED_BY = {
    "members": "member number, else email, else name plus birth date",
    "projects": "project name",
    "shifts": "project and start time",
    "signups": "member and shift",
    "challenges": "title",
}


class DuplicatesPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rows that are already here"))
        self.setSubTitle(self.tr("Choose what happens to rows that match a stored record."))
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        for policy, text in (
            ("skip", self.tr("&Skip them: keep what is stored")),
            (
                "update",
                self.tr("&Update them with the values in the file (you see every change first)"),
            ),
            ("new", self.tr("&Add them as new records")),
        ):
            button = QRadioButton(text, self)
            self.group.addButton(button)
            self.buttons[policy] = button
            layout.addWidget(button)
        self.buttons["skip"].setChecked(True)
        layout.addStretch(1)

    def initializePage(self) -> None:
        kind = self.wizard().file_page.selected_kind()  # type: ignore[attr-defined]
        self.explain.setText(
            self.tr("A row is the same record as a stored one when the %1 match.").replace(
                "%1", self.tr(MATCHED_BY[kind])
            )
        )

    def policy(self) -> str:
        return next(p for p, b in self.buttons.items() if b.isChecked())

    def set_policy(self, policy: str) -> None:
        self.buttons[policy].setChecked(True)
