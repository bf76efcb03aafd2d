"""The home dashboard: figures shown, every figure a way into the list behind it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from groupdesk.core.application import Application
from groupdesk.core.services.challenges import ChallengeFilter, ChallengeService
from groupdesk.ui.dashboard.page import DashboardPage
from groupdesk.ui.window.main_window import MainWindow

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def window(qtbot, db):
    from groupdesk.core.demo import generate_demo

    generate_demo(db, members=200, shifts=60, today=TODAY)
    win = MainWindow(Application(db))
    qtbot.addWidget(win)
    dashboard = win.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    dashboard._today = lambda: TODAY
    win.pages["challenges"]._today = lambda: TODAY
    win.show()
    dashboard.refresh()
    return win


def _click_bar(qtbot, chart, key) -> None:
    rect = chart.bar_rect(key)
    assert not rect.isEmpty()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())


def test_dashboard_is_the_home_page_with_figures(window) -> None:
    dashboard = window.pages["dashboard"]
    assert window.stack.currentWidget() is dashboard
    snap = dashboard.snapshot
    assert dashboard.figures["lapsed"].text_shown() == f"{snap.members_by_status['lapsed']:,}"
    assert len(dashboard.hours_chart.bars()) == 12
    assert (
        sum(v for _k, _l, v in dashboard.category_chart.bars()) == 16
    )  # 20 demo challenges, 4 of them resolved


def test_clicking_lapsed_opens_members_filtered(qtbot, window) -> None:
    dashboard = window.pages["dashboard"]
    qtbot.mouseClick(dashboard.figures["lapsed"], Qt.MouseButton.LeftButton)
    members = window.members_page
    assert window.stack.currentWidget() is members
    assert members.status_filter.currentData() == "lapsed"
    shown = {members.model.data(members.model.index(r, 5)) for r in range(members.model.rowCount())}
    assert shown == {"Lapsed"}
    assert members.model.matching == dashboard.snapshot.members_by_status["lapsed"]


def test_clicking_a_category_bar_opens_challenges_filtered(qtbot, window) -> None:
    dashboard = window.pages["dashboard"]
    key, label, value = dashboard.category_chart.bars()[0]
    _click_bar(qtbot, dashboard.category_chart, key)
    page = window.pages["challenges"]
    assert window.stack.currentWidget() is page
    assert page.category_filter.currentText() == label
    assert page.status_filter.currentData() == "unresolved"
    assert page.model.rowCount() == value
    assert {page.model.row_at(r).category for r in range(page.model.rowCount())} == {label}


def test_clicking_overdue_opens_challenges_with_overdue_actions(qtbot, window) -> None:
    dashboard = window.pages["dashboard"]
    qtbot.mouseClick(dashboard.figures["overdue"], Qt.MouseButton.LeftButton)
    page = window.pages["challenges"]
    assert page.overdue_filter.isChecked()
    assert all(page.model.row_at(r).overdue_actions for r in range(page.model.rowCount()))


def test_profession_bar_opens_the_profession_and_licences_open_their_list(qtbot, window) -> None:
    dashboard = window.pages["dashboard"]
    key, _label, value = dashboard.profession_chart.bars()[0]
    _click_bar(qtbot, dashboard.profession_chart, key)
    professions = window.pages["professions"]
    assert window.stack.currentWidget() is professions
    assert professions.current_profession_id() == key
    assert professions.members.rowCount() == value
    window.show_page("dashboard")
    qtbot.mouseClick(dashboard.figures["licences"], Qt.MouseButton.LeftButton)
    assert dashboard.last_dialog.table.rowCount() == dashboard.snapshot.licences_expiring
    dashboard.last_dialog.close()


def test_hours_bar_opens_the_sign_ups_of_that_month(qtbot, window) -> None:
    dashboard = window.pages["dashboard"]
    key, _label, value = max(dashboard.hours_chart.bars(), key=lambda b: b[2])
    assert value > 0
    _click_bar(qtbot, dashboard.hours_chart, key)
    table = dashboard.last_dialog.table
    total = sum(float(table.item(r, 4).text()) for r in range(table.rowCount()))
    assert total == pytest.approx(value)
    dashboard.last_dialog.close()


def test_dashboard_refreshes_after_a_challenge_is_resolved(qtbot, window) -> None:
    dashboard = window.pages["dashboard"]
    before = sum(v for _k, _l, v in dashboard.category_chart.bars())
    page = window.pages["challenges"]
    window.show_challenges(ChallengeFilter(statuses=frozenset({"open"})))
    page.select_challenge(page.model.row_at(0).id)
    page.resolve_button.click()
    window.nav.setCurrentRow(0)
    after = sum(v for _k, _l, v in dashboard.category_chart.bars())
    assert after == before - 1
    assert ChallengeService(window.db).list(ChallengeFilter(statuses=frozenset({"open"})), TODAY)


def test_chart_follows_a_dark_palette(qtbot, window) -> None:
    from PySide6.QtGui import QColor, QPalette

    chart = window.pages["dashboard"].profession_chart
    pal = chart.palette()
    pal.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    pal.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    pal.setColor(QPalette.ColorRole.Highlight, QColor("#3d8ee6"))
    chart.setPalette(pal)
    chart.setAutoFillBackground(True)
    image = chart.grab().toImage()
    rect = chart.bar_rect(chart.bars()[0][0])
    centre = rect.center().toPoint()
    assert image.pixelColor(centre * chart.devicePixelRatioF()).name() == "#3d8ee6"
    assert image.pixelColor(QPoint(1, 1)).name() == "#202020"


def test_uncategorised_bar_opens_only_challenges_without_a_category(qtbot, window) -> None:
    service = ChallengeService(window.db)
    from groupdesk.core.services.challenges import ChallengeInput

    service.create(ChallengeInput(title="No home yet"), TODAY)
    dashboard = window.pages["dashboard"]
    dashboard.refresh()
    assert None in [k for k, _l, _v in dashboard.category_chart.bars()]
    _click_bar(qtbot, dashboard.category_chart, None)
    page = window.pages["challenges"]
    assert page.category_filter.currentText() == "(no category)"
    assert [page.model.row_at(r).title for r in range(page.model.rowCount())] == ["No home yet"]


def test_understaffed_shifts_open_from_the_dashboard_and_its_list(
    qtbot, window, monkeypatch
) -> None:
    dashboard, projects = window.pages["dashboard"], window.pages["projects"]
    opened: list[int] = []
    monkeypatch.setattr(projects, "exec_dialog", lambda d: opened.append(d.shift_id) or 0)
    needs = dashboard.snapshot.understaffed
    assert len(needs) >= 2
    table = dashboard.understaffed
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [needs[1].shift_id]
    assert window.stack.currentWidget() is projects
    window.show_page("dashboard")
    qtbot.mouseClick(dashboard.understaffed_more, Qt.MouseButton.LeftButton)
    listed = dashboard.last_dialog.table
    centre = listed.visualRect(listed.model().index(0, 1)).center()
    qtbot.mouseClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(listed.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened[-1] == needs[0].shift_id
    dashboard.last_dialog.close()


def _dues_month(db) -> int:
    """March dues charged to every member due; the first of them paid it. Returns how many
    still owe."""
    from sqlalchemy import text

    from groupdesk.core.dues.ledger import DuesService

    dues = DuesService(db, clock=lambda: TODAY)
    biasa = dues.add_type("Anggota Biasa")
    dues.add_fee(biasa, 50_000, "monthly", dt.date(2020, 1, 1))
    with db.engine.connect() as conn:
        ids = conn.execute(text("SELECT id FROM members ORDER BY id")).scalars().all()
    for member_id in ids:
        dues.assign_type(member_id, biasa, dt.date(2020, 1, 1))
    run = dues.charge_period("2026-03")
    with db.engine.connect() as conn:
        payer = conn.execute(
            text("SELECT member_number FROM members WHERE dues_balance > 0 ORDER BY id")
        ).scalar()
    dues.record_payment(payer, 50_000, dt.date(2026, 3, 10))
    return run.count - 1


def test_dues_figures_appear_with_a_ledger_and_open_the_lists_behind_them(qtbot, window) -> None:
    dashboard = window.pages["dashboard"]
    assert not dashboard.dues_row.isVisibleTo(dashboard)  # no ledger kept: no dues figures
    owing = _dues_month(window.app.db)
    dashboard.refresh()
    assert dashboard.dues_row.isVisibleTo(dashboard)
    assert dashboard.figures["collected"].text_shown().replace("\xa0", " ") == "Rp 50,000"
    owed = dashboard.figures["owed"].text_shown().replace("\xa0", " ")
    assert owed == f"Rp {owing * 50_000:,}"
    qtbot.mouseClick(dashboard.figures["collected"], Qt.MouseButton.LeftButton)
    assert dashboard.last_dialog.table.rowCount() == 1
    dashboard.last_dialog.close()
    qtbot.mouseClick(dashboard.figures["owed"], Qt.MouseButton.LeftButton)
    members = window.members_page
    assert window.stack.currentWidget() is members
    assert members.arrears_check.isChecked() and members.model.matching == owing
