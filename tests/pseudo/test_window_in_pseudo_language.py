"""The window in the pseudo-language (GROUPDESK_LANG=qps) holds no plain English word of
GroupDesk's texts: every page, the menus, and the dialogs opened from them. A title, button,
heading, hint, choice or status word that escaped translation shows here as English among
accented words, and would show as English to an Indonesian reader too."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from zoneinfo import available_timezones

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)
from sqlalchemy import String, select

from groupdesk.core import enums
from groupdesk.core.application import Application
from groupdesk.core.messages.pseudo import pseudo_text
from groupdesk.core.models import Base
from groupdesk.ui.common import labels
from groupdesk.ui.window.main_window import MainWindow
from tests.pseudo.window_texts import Found, window_texts
from tests.pseudo.words import data_words, escaped, window_words

# The fixtures of the window's tests: the demo association, the translations built from the
# .ts files, and the GUI's language chosen as GROUPDESK_LANG chooses it.
from tests.ui.conftest import _app_identity, demo_db, gui_language, translations_dir  # noqa: F401
from tests.ui.test_qt_texts import _when_modal

# Words the window shows as they are in every language, with why.
ALLOWED = {
    "english",  # a language is named in itself ("English", "Bahasa Indonesia") to be found
}
_MARKUP = re.compile(r"<[^<>]*>|&[a-zA-Z]+;")
# Stored codes are not data: the window must say a status or a severity in words.
_CODES = {
    member.value
    for kind in vars(enums).values()
    if isinstance(kind, type) and issubclass(kind, enums.StrEnum) and kind is not enums.StrEnum
    for member in kind
}


class Data:
    """What people typed into the demo association (names, places, descriptions, titles), its
    file's location, and the time zones' names: shown as they are in every language."""

    def __init__(self, app: Application, typed: tuple[str, ...] = ()) -> None:
        db = app.db
        places = [str(db.location.display()), str(app.backups.folder), str(Path.cwd())]
        values = {*places, *(labels.location_text(place) for place in places), *typed}
        values.update(available_timezones())
        with db.session() as session:
            for table in Base.metadata.sorted_tables:
                for column in table.columns:
                    if isinstance(column.type, String):
                        values.update(
                            v
                            for v in session.scalars(select(column).distinct())
                            if isinstance(v, str) and v.strip() and v not in _CODES
                        )
        self.values = sorted(values, key=len, reverse=True)
        # Month and day names come from the locale (Indonesian ones in Indonesian).
        english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        forms = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
        self.words = (
            data_words(
                [english.monthName(m, form) for m in range(1, 13) for form in forms]
                + [english.dayName(d, form) for d in range(1, 8) for form in forms]
            )
            | ALLOWED
        )

    @cache  # noqa: B019 - one Data per test, and the same text comes up again and again
    def escaped(self, text: str) -> frozenset[str]:
        """The English words of ``text`` once the data in it is taken out."""
        plain = _MARKUP.sub(" ", text)
        if not escaped(plain, self.words, window_words()):
            return frozenset()  # most texts: no need to look for data in them
        for value in self.values:  # longest first: a name before a word it holds
            if value.lower() in plain.lower():
                pattern = rf"(?<!\w){re.escape(value)}(?!\w)"
                plain = re.sub(pattern, " ", plain, flags=re.IGNORECASE)
        return frozenset(escaped(plain, self.words, window_words()))


@pytest.fixture
def dialogs_read(monkeypatch) -> list[Found]:
    """Every dialog the window runs is shown, its texts are read at once, and it is closed;
    message boxes (About, notices, questions) too, answered with Cancel."""
    read: list[Found] = []

    def run(dialog: QDialog) -> int:
        dialog.show()
        read.extend(window_texts(dialog))
        credentials = dialog.findChild(QPushButton, "memberCredentials")
        if credentials is not None and credentials.isEnabled():
            credentials.click()  # the member's credentials, from the member form
        dialog.reject()
        return QDialog.DialogCode.Rejected.value

    def box(parent: QWidget | None, title: str, text: str, *_args: object) -> object:
        shown = QMessageBox(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Ok)
        shown.setParent(parent, shown.windowFlags())
        run(shown)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QDialog, "exec", run)
    monkeypatch.setattr(QMessageBox, "exec", run)
    for name in ("about", "information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(box))
    return read


def _menu_action(window: MainWindow, source: str) -> QAction:
    """The menu item whose English text is ``source``, as the pseudo-language shows it."""
    wanted = pseudo_text(source)
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text() == wanted:
                return action
    raise AssertionError(f"no menu item {source!r} ({wanted!r})")


def _choose_first_row(view: QAbstractItemView) -> None:
    model = view.model()
    assert model is not None and model.rowCount() > 0
    view.setCurrentIndex(model.index(0, 0))


PAGES = (
    "&Dashboard",
    "&Members",
    "&Professions",
    "Projects && &Shifts",
    "&Challenges",
    "&Reports",
    "&Getting Started",
)


def _visit(qtbot, window: MainWindow) -> list[Found]:
    """Every page as the View and Help menus open it, and the dialogs of each page and of the
    File and Help menus, as a user opens them. Returns what the window itself showed."""
    read: list[Found] = []
    for source in PAGES:
        _menu_action(window, source).trigger()
        read.extend(window_texts(window))
    assert window.nav.currentRow() == window.nav.count() - 1

    members = window.members_page
    _menu_action(window, "&Members").trigger()
    members.new_action.trigger()
    _choose_first_row(members.table)
    members.edit_action.trigger()
    members.trash_action.trigger()
    read.extend(window_texts(window))
    members.trash_action.trigger()

    professions = window.pages["professions"]
    _menu_action(window, "&Professions").trigger()
    professions.new_button.click()
    _choose_first_row(professions.table)
    professions.edit_button.click()
    professions.kinds_button.click()
    professions.at_risk_button.click()

    projects = window.pages["projects"]
    _menu_action(window, "Projects && &Shifts").trigger()
    projects.new_project_button.click()
    _choose_first_row(projects.projects_table)
    projects.edit_project_button.click()
    for button in (projects.new_shift_button, projects.copy_week_button, projects.rules_button):
        button.click()
    projects.mode_buttons["list"].click()
    read.extend(window_texts(window))
    shifts = projects.list_table
    first = shifts.visualRect(shifts.model().index(0, 0)).center()
    qtbot.mouseClick(shifts.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseDClick(shifts.viewport(), Qt.MouseButton.LeftButton, pos=first)  # the shift's form

    challenges = window.pages["challenges"]
    _menu_action(window, "&Challenges").trigger()
    challenges.new_button.click()
    _choose_first_row(challenges.table)
    challenges.edit_button.click()
    challenges.add_action_button.click()
    read.extend(window_texts(window))

    _menu_action(window, "Find &Duplicates…").trigger()
    for source in ("&Open Database…", "&New Database…"):  # Qt's own file dialog
        seen = _when_modal(qtbot, QFileDialog, lambda shown: read.extend(window_texts(shown)))
        _menu_action(window, source).trigger()
        assert seen, source
    window.settings_action.trigger()
    window.import_action.trigger()
    _menu_action(window, "&Backups…").trigger()
    _menu_action(window, "&About GroupDesk").trigger()
    _menu_action(window, "&Export…").trigger()
    export = window.export_dialog
    assert export is not None
    for row in range(export.report_combo.count()):
        export.report_combo.setCurrentIndex(row)  # each report has its own filters
        read.extend(window_texts(export))
    export.reject()
    window.help_action.trigger()
    read.extend(window_texts(window.help_dialog))
    window.help_dialog.close()
    return read


def test_no_english_escapes_the_window(
    qtbot,
    demo_db,  # noqa: F811
    gui_language,  # noqa: F811
    dialogs_read,
    tmp_path,
    monkeypatch,
) -> None:
    gui_language("qps")
    monkeypatch.chdir(tmp_path)  # where the file dialogs open: the database's folder
    app = Application(demo_db)
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    assert window.nav.item(1).text() == pseudo_text("Members")
    read = _visit(qtbot, window)
    opened = {place.split("/")[0].split(" ")[0] for place, _text in dialogs_read}
    assert {
        "memberDialog",
        "settingsDialog",
        "importWizard",
        "backupsDialog",
        "rulesDialog",
        "shiftDialog",
        "projectDialog",
        "ChallengeDialog",
        "ActionDialog",
        "duplicatesDialog",
        "credentialsDialog",
        "atRiskDialog",
        "credentialKindsDialog",
        "QMessageBox",
    } <= opened, opened

    data = Data(app)
    escapes = sorted(
        {
            f"{place}: {text!r} -> {', '.join(sorted(words))}"
            for place, text in [*read, *dialogs_read]
            if (words := data.escaped(text))
        }
    )
    assert escapes == [], "\n".join(escapes)


def test_no_english_escapes_the_import_wizard(qtbot, db, gui_language, tmp_path) -> None:  # noqa: F811
    from tests.ui import test_import_wizard as steps

    gui_language("qps")
    roster = steps.write_roster(tmp_path / "anggota.xlsx", steps.ROWS)
    wizard = steps.make_wizard(qtbot, db)
    read = window_texts(wizard)
    wizard.file_page.path.setText(str(roster))
    steps.to_sheet(qtbot, wizard)
    read += window_texts(wizard)  # the sheet and its header row
    wizard.next()
    read += window_texts(wizard)  # the columns
    wizard.next()
    read += window_texts(wizard)  # rows already here
    steps.prepare_preview(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    read += window_texts(wizard)  # the check before importing, with the reasons of bad cells
    wizard.preview_page.only_valid.setChecked(True)
    steps.finish(qtbot, wizard)
    read += window_texts(wizard)  # the summary

    cells = [str(v) for row in steps.ROWS for v in row if v is not None]
    typed = (*steps.HEADERS, *cells, "Anggota", "Rahasia", str(roster), roster.name)
    typed += ("Daftar Anggota 2024", "Dicetak oleh sekretariat")
    data = Data(Application(db), typed)
    escapes = sorted(
        {
            f"{place}: {text!r} -> {', '.join(sorted(w))}"
            for place, text in read
            if (w := data.escaped(text))
        }
    )
    assert escapes == [], "\n".join(escapes)
