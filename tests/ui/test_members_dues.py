"""The Members page shows what each member owes on the dues ledger and lists those who owe,
as fast as any other column or filter (the balance is kept on the member's row)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import text

from groupdesk.core.application import Application
from groupdesk.core.dues.ledger import DuesService
from groupdesk.core.services.roster import ROSTER_COLUMNS
from groupdesk.ui.members.page import MembersPage


@pytest.fixture
def charged(demo_db):
    """A month charged to every member of the demo roster who is due; one of them paid."""
    dues = DuesService(demo_db, clock=lambda: dt.date(2026, 12, 20))
    biasa = dues.add_type("Anggota Biasa")
    dues.add_fee(biasa, 50_000, "monthly", dt.date(2026, 1, 1))
    with demo_db.engine.begin() as conn:
        ids = conn.execute(text("SELECT id FROM members ORDER BY id")).scalars().all()
    for member_id in ids:
        dues.assign_type(member_id, biasa, dt.date(2020, 1, 1))
    run = dues.charge_period("2026-12")
    with demo_db.engine.connect() as conn:
        first = (
            conn.execute(
                text("SELECT member_number FROM members WHERE dues_balance > 0 ORDER BY id")
            )
            .scalars()
            .first()
        )
    dues.record_payment(first, 50_000, dt.date(2026, 12, 5))
    return run.count - 1  # members who still owe


def _page(qtbot, db) -> MembersPage:
    page = MembersPage(Application(db), QUndoStack())
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    return page


def test_the_dues_owed_column_and_the_owes_dues_filter(qtbot, demo_db, charged, gui_language):
    gui_language("id")
    page = _page(qtbot, demo_db)
    column = ROSTER_COLUMNS.index("dues_balance")
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "Tunggakan"
    page.filters_button.click()
    page.arrears_check.click()  # as the treasurer ticks it
    assert page.model.matching == charged
    shown = page.model.index(0, column).data()
    assert shown.replace("\xa0", " ") == "Rp 50.000"
    page.arrears_check.click()
    assert page.model.matching == page.model.total


def test_sorting_by_what_is_owed_puts_the_largest_first(qtbot, demo_db, charged):
    page = _page(qtbot, demo_db)
    column = ROSTER_COLUMNS.index("dues_balance")
    page.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert page.model.member_row(0).dues_balance == 50_000
