"""The page a new, empty database opens on: what to do first, one click each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    """Four first steps: the organisation's settings, importing the member list, adding one
    member, or filling the database with the demo association to look around."""

    settingsRequested = Signal()
    importRequested = Signal()
    addMemberRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self._notes: dict[QPushButton, QLabel] = {}
        self.heading = QLabel(self.tr("<h2>Welcome to GroupDesk</h2>"), self)
        self.intro = QLabel(
            self.tr(
                "This database has no members yet. Start by giving your organisation its name, "
                "then bring in your member list, or add members one by one."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.settings_button = self._step(
            self.tr("&1. Organisation name and settings…"),
            self.tr("Your organisation's name, its country for phone numbers, your own fields."),
        )
        self.import_button = self._step(
            self.tr("&2. Import your member list…"),
            self.tr("From an Excel, LibreOffice or CSV file; you check every row before saving."),
        )
        self.add_member_button = self._step(
            self.tr("&3. Add a member…"),
            self.tr("Type in one member's details."),
        )
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        self.demo_button = QPushButton(self.tr("Fill with &demo data"), self)
        self.demo_button.setObjectName("demoButton")
        self.demo_note = QLabel(
            self.tr(
                "Just looking? The demo fills this empty database with a made-up association: "
                "members, projects, shifts and challenges. Use a new database for your own data."
            ),
            self,
        )
        self.demo_note.setWordWrap(True)
        self.help_note = QLabel(self.tr("Press F1 at any time for the manual."), self)

        column = QVBoxLayout()
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(12)
        for button in (self.settings_button, self.import_button, self.add_member_button):
            column.addWidget(button)
            column.addWidget(self._notes[button])
        column.addSpacing(12)
        column.addWidget(line)
        column.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.demo_note)
        column.addStretch(1)
        column.addWidget(self.help_note)
        box = QWidget(self)
        box.setLayout(column)
        box.setMaximumWidth(640)
        outer = QVBoxLayout(self)
        outer.addWidget(box, 1, Qt.AlignmentFlag.AlignHCenter)

        self.settings_button.clicked.connect(lambda: self.settingsRequested.emit())
        self.import_button.clicked.connect(lambda: self.importRequested.emit())
        self.add_member_button.clicked.connect(lambda: self.addMemberRequested.emit())
        self.demo_button.clicked.connect(lambda: self.demoRequested.emit())

    def _step(self, text: str, note: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(36)
        button.setStyleSheet("text-align: left; padding-left: 12px;")
        label = QLabel(note, self)
        label.setWordWrap(True)
        label.setContentsMargins(14, 0, 0, 6)
        self._notes[button] = label
        return button

    def set_demo_allowed(self, allowed: bool) -> None:
        """The demo only goes into a database that holds nothing yet."""
        self.demo_button.setVisible(allowed)
        self.demo_note.setVisible(allowed)
