"""The Members page as a secretary moves through it: a delete that says so and can be taken
back, a new member shown even mid-search, the saved member kept selected, and Ctrl+End or the
scroll bar dragged to the bottom reaching the true last member of a long roster."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from groupdesk.core.models import Member
from groupdesk.core.services.members import MemberService
from groupdesk.ui.members import page as page_module
from groupdesk.ui.members.dialog import MemberDialog
from groupdesk.ui.members.model import PAGE_SIZE
from groupdesk.ui.members.page import MembersPage


@pytest.fixture
def page(members_page) -> MembersPage:
    return members_page


def _last_by_name(db) -> str:
    with db.session() as s:
        return s.scalars(
            select(Member.full_name)
            .where(Member.deleted_at.is_(None))
            .order_by(Member.sort_name.desc(), Member.id.desc())
        ).first()


def _save_form(**values):
    def run(dialog: MemberDialog) -> bool:
        for name, value in values.items():
            getattr(dialog, name).setText(value)
        return dialog.try_accept()

    return run


def test_delete_says_so_and_undo_brings_the_member_back(page, qtbot) -> None:
    page.table.setFocus()
    page.table.selectRow(0)
    name = page.model.member_row(0).full_name
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.total == 449
    assert page.notice.isVisible()
    assert page.notice_label.text() == f"{name} moved to the trash."
    page.notice_undo.click()
    assert page.model.total == 450 and not page.notice.isVisible()
    assert page.model.member_row(0).full_name == name


def test_deleting_several_counts_them(page, qtbot) -> None:
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    page.delete_action.trigger()
    assert page.notice_label.text() == "2 members moved to the trash."
    assert page.model.total == 448


def test_new_member_saved_during_a_search_is_shown_and_selected(page, monkeypatch) -> None:
    first = page.model.member_row(0).full_name
    page.search.setText(first.split()[0])
    page.apply_filter()
    assert page.model.matching < 450
    monkeypatch.setattr(page_module, "run_dialog", _save_form(full_name="Zulkifli Zainuddin"))
    page.new_action.trigger()
    assert page.selected_ids(), "the new member is selected"
    assert page.model.member_row(page.selected_rows()[0]).full_name == "Zulkifli Zainuddin"
    assert page.search.text() == ""
    assert "cleared" in page.notice_label.text() and page.notice.isVisible()


def test_after_saving_the_form_the_saved_member_stays_selected(page, monkeypatch) -> None:
    page.table.selectRow(7)
    member_id = page.model.member_id(7)
    monkeypatch.setattr(page_module, "run_dialog", _save_form(city="Kupang"))
    page.edit_action.trigger()
    assert MemberService(page.db).get(member_id).city == "Kupang"
    assert page.selected_ids() == [member_id]


def test_ctrl_end_reaches_the_true_last_member(page, qtbot) -> None:
    assert page.model.rowCount() == PAGE_SIZE < 450  # only the first page is loaded
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyRelease(page.table, Qt.Key.Key_Control)  # Ctrl let go: no modifier left held
    current = page.table.currentIndex()
    assert page.model.member_row(current.row()).full_name == _last_by_name(page.db)
    # Scrolling back up fills the rows in between, in order, without duplicates.
    while page.model.canFetchMore():
        page.model.fetchMore()
    ids = [page.model.member_id(r) for r in range(page.model.rowCount())]
    assert len(ids) == len(set(ids)) == 450
    names = [page.model.member_row(r).sort_name for r in range(450)]
    assert names == sorted(names)


def test_dragging_the_scroll_bar_to_the_bottom_reaches_the_end(page, qtbot) -> None:
    scroll = page.table.verticalScrollBar()
    scroll.setSliderDown(True)
    scroll.setValue(scroll.maximum())
    scroll.setSliderDown(False)  # the user lets go at the bottom
    qtbot.waitUntil(lambda: not page.model.canFetchMore() or page.model.rowCount() > PAGE_SIZE)
    last = page.table.rowAt(page.table.viewport().height() - 2)
    assert page.model.member_row(last).full_name == _last_by_name(page.db)


def test_model_with_the_end_loaded_passes_the_model_tester(qtmodeltester, demo_db) -> None:
    from groupdesk.core.services.roster import RosterService
    from groupdesk.ui.members.model import MembersTableModel

    model = MembersTableModel(RosterService(demo_db))
    assert model.fetch_end() and model.rowCount() == 2 * PAGE_SIZE
    qtmodeltester.check(model, force_py=True)
