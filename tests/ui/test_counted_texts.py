"""Counts read as the language says them ("1 shift", "3 shifts"; Indonesian "3 anggota"), and
dates in the window name days and months in the window's language ("Senin", "Desember")."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from groupdesk.core.application import Application
from groupdesk.core.scheduling.conflicts import Conflict
from groupdesk.ui.dashboard.page import DashboardPage
from groupdesk.ui.members.page import MembersPage
from groupdesk.ui.schedule import actions as schedule_actions
from groupdesk.ui.schedule.projects_page import ProjectsPage
from tests.integration.scheduling.conftest import MONDAY, Schedule, at

UI = Path(__file__).resolve().parents[2] / "groupdesk" / "ui"
# Indonesian has one form; English has two (from groupdesk_id.ts / groupdesk_en.ts)
MEMBERS = {"en": ("1 member", "3 members"), "id": ("1 anggota", "3 anggota")}
TRASH = {
    "en": ("1 member in the trash", "3 members in the trash"),
    "id": ("1 anggota di tempat sampah", "3 anggota di tempat sampah"),
}
SHIFTS = {"en": ("1 shift,", "3 shifts,"), "id": ("1 giliran,", "3 giliran,")}
ON_SHIFTS = {"en": ("on 1 shift", "on 3 shifts"), "id": ("pada 1 giliran", "pada 3 giliran")}


@pytest.fixture
def sched(db) -> Schedule:
    return Schedule(db)


def _members_page(qtbot, db) -> MembersPage:
    page = MembersPage(Application(db), QUndoStack())
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("count", [1, 3])
def test_members_page_counts_members(qtbot, sched, gui_language, language, count) -> None:
    gui_language(language)
    for _ in range(count):
        sched.member()
    page = _members_page(qtbot, sched.db)
    page.search.setText("member")  # typed into the search: every member matches
    qtbot.waitUntil(lambda: page.count_label.text() == MEMBERS[language][count > 1])


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("count", [1, 3])
def test_the_trash_counts_its_members(qtbot, sched, gui_language, language, count) -> None:
    gui_language(language)
    ids = [sched.member() for _ in range(count + 1)]
    Application(sched.db).members.move_to_trash(ids[:count])
    page = _members_page(qtbot, sched.db)
    page.trash_action.trigger()
    qtbot.waitUntil(lambda: page.count_label.text() == TRASH[language][count > 1])


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("count", [1, 3])
def test_the_projects_page_counts_the_weeks_shifts(
    qtbot, sched, gui_language, language, count
) -> None:
    gui_language(language)
    for day in range(count):
        sched.shift(at(day + 7, 8), at(day + 7, 12))  # the week after MONDAY's
    page = ProjectsPage(Application(sched.db))
    qtbot.addWidget(page)
    page.set_day(MONDAY)
    page.next_button.click()
    assert page.summary_label.text().startswith(SHIFTS[language][count > 1])


@pytest.mark.parametrize("language", ["en", "id"])
@pytest.mark.parametrize("count", [1, 3])
def test_the_dashboard_counts_upcoming_shifts(qtbot, sched, gui_language, language, count) -> None:
    gui_language(language)
    for day in range(count):
        sched.shift(at(day + 1, 8), at(day + 1, 12), max_volunteers=1200)
    page = DashboardPage(Application(sched.db), today=lambda: MONDAY)
    qtbot.addWidget(page)
    page.refresh_button.click()
    shown = page.figures["fill"].toolTip()
    assert ON_SHIFTS[language][count > 1] in shown
    # places are written the language's way: 3.600 in Indonesian, 3,600 in English
    places = f"{1200 * count:,}".replace(",", "." if language == "id" else ",")
    assert places in shown


def test_the_conflict_dialog_names_days_and_months_in_indonesian(qtbot, gui_language) -> None:
    from groupdesk.ui.schedule import labels as L

    gui_language("id")
    start = dt.datetime(2026, 12, 7, 8, 0)  # a Monday
    when = L.when(start, start + dt.timedelta(hours=4))
    dialog = schedule_actions.ConflictDialog(
        "Ani", when, [Conflict("overlap", "hard", "Already on X")]
    )
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Sen 07 Des 2026 08.00" in shown or "Sen 07 Des 2026 08:00" in shown
    assert "Mon" not in shown and "Dec" not in shown
    assert L.when(start, start + dt.timedelta(days=1)).endswith("Sel 08 Des 08:00")
    from groupdesk.ui.common import labels

    assert labels.format_date(start, "dddd d MMMM") == "Senin 7 Desember"


def _faults(tree: ast.AST) -> list[tuple[int, str]]:
    """Texts spliced with ``.replace("%1", ...)`` and English words counted with "(s)"."""
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "replace"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and re.fullmatch(r"%[1-9]", str(node.args[0].value))
        ):
            found.append((node.lineno, f'.replace("{node.args[0].value}", ...)'))
        text = node.value if isinstance(node, ast.Constant) else None
        if isinstance(text, str) and re.search(r"\w\(s\)", text):
            found.append((node.lineno, text))
    return found


def test_no_text_in_the_window_is_spliced_or_counted_with_s_in_brackets() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if "import_wizard" in path.parts:  # converted on its own
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(UI)}:{line}: {what}" for line, what in _faults(tree)]
    assert found == []


def test_a_name_holding_a_marker_is_shown_as_typed(qtbot, gui_language) -> None:
    """A member called "Budi %2" is not turned into "Budi <the shift's time>"."""
    from groupdesk.ui.schedule import labels as L

    gui_language("en")
    start = dt.datetime(2026, 12, 7, 8, 0)
    when = L.when(start, start + dt.timedelta(hours=4))
    dialog = schedule_actions.ConflictDialog(
        "Budi %2", when, [Conflict("overlap", "hard", "Already on X")]
    )
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"<b>Budi %2</b> on <b>{when}</b>" in shown


def test_a_language_groupdesk_does_not_speak_gets_english_dates(qtbot) -> None:
    from PySide6.QtCore import QLocale

    from groupdesk.ui.common import labels

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert labels.date_text(dt.date(2026, 12, 7)) == "07 Dec 2026"
    finally:
        QLocale.setDefault(before)


def test_fill_puts_each_value_in_once_and_writes_numbers_the_languages_way(gui_language) -> None:
    from groupdesk.ui.common.fill import fill

    gui_language("id")
    assert fill("%1 dari %2", "Ani %2", 1200) == "Ani %2 dari 1.200"
    assert fill("%n anggota, %1 dipilih, %3", 5) == "%n anggota, 5 dipilih, %3"
    gui_language("en")
    assert fill("%2 of %1", 1200, "Budi %1") == "Budi %1 of 1,200"
