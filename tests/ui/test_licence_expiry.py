"""A licence about to expire is counted one way everywhere: the dashboard, the Members filter,
the Professions page and the report agree, and expired licences are shown apart."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from groupdesk.core.application import Application
from groupdesk.core.reports import professions as professions_report
from groupdesk.core.reports.filters import ReportFilters
from groupdesk.core.services.dashboard import DashboardService
from groupdesk.core.services.members import MemberService
from groupdesk.core.services.professions import ProfessionService
from groupdesk.ui.common import labels
from groupdesk.ui.dashboard.page import DashboardPage
from groupdesk.ui.members.page import MembersPage
from tests.integration.scheduling.conftest import Schedule

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def roster(db) -> Schedule:
    s = Schedule(db)
    s.member("Ayu Segera", professions={"Perawat": days(10)})  # expiring
    s.member("Budi Lewat", professions={"Perawat": days(-5)})  # expired
    s.member("Citra Keluar", status="left", professions={"Perawat": days(10)})  # has left
    trashed = s.member("Dedi Sampah", professions={"Perawat": days(12)})  # in the trash
    s.member("Eka Nanti", professions={"Perawat": days(45)})  # valid for now
    MemberService(db).move_to_trash([trashed])
    return s


def test_dashboard_members_filter_professions_and_report_agree(qtbot, roster) -> None:
    db = roster.db
    snap = DashboardService(db).snapshot(TODAY)
    assert (snap.licences_expiring, snap.licences_expired) == (1, 1)

    page = MembersPage(Application(db), QUndoStack())
    qtbot.addWidget(page)
    page.filters_button.click()
    page.licence_check.click()  # "Licence expires within 30 days"
    assert page.licence_days.value() == 30
    assert page.model.matching == 1
    assert page.model.member_row(0).full_name == "Ayu Segera"
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert headers[-2:] == ["Licence", "Licence valid until"]
    cells = [page.model.data(page.model.index(0, c)) for c in (len(headers) - 2, len(headers) - 1)]
    assert cells[0].startswith("Perawat") and cells[1] == labels.date_text(days(10))
    page.licence_check.click()
    page.expired_check.click()
    assert page.model.matching == 1
    assert page.model.member_row(0).full_name == "Budi Lewat"
    page.expired_check.click()
    assert page.model.columnCount() == len(headers) - 2  # licence columns only when asked

    nurses = next(p for p in ProfessionService(db).list() if p.name == "Perawat")
    assert (nurses.expiring, nurses.expired) == (1, 1)

    report = professions_report.query(ReportFilters(status="expiring", today=TODAY))
    with db.engine.connect() as conn:
        assert [r.full_name for r in conn.execute(report)] == ["Ayu Segera"]


def test_dashboard_shows_expired_licences_apart_and_lists_them(qtbot, roster) -> None:
    page = DashboardPage(Application(roster.db), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.figures["licences"].text_shown() == "1"
    assert page.figures["expired"].text_shown() == "1"
    qtbot.mouseClick(page.figures["expired"], Qt.MouseButton.LeftButton)
    table = page.last_dialog.table
    assert table.rowCount() == 1 and table.item(0, 1).text() == "Budi Lewat"


def test_the_licence_columns_pass_the_model_tester(qtmodeltester, roster) -> None:
    from groupdesk.core.services.roster import RosterFilter, RosterService
    from groupdesk.ui.members.model import MembersTableModel

    model = MembersTableModel(RosterService(roster.db))
    model.set_filter(RosterFilter(licence_expired=True))
    assert model.rowCount() == 1 and model.columnCount() == 11
    qtmodeltester.check(model, force_py=True)
