"""The roster table model: consistent for Qt's views, and right about what it shows."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from groupdesk.core.services.roster import RosterFilter, RosterService
from groupdesk.ui.members.model import PAGE_SIZE, MembersTableModel


def test_model_passes_qt_model_tester(qtmodeltester, demo_db) -> None:
    model = MembersTableModel(RosterService(demo_db))
    qtmodeltester.check(model, force_py=True)
    model.fetchMore(QModelIndex())
    # The tester itself scrolls to the end, as a view would.
    assert model.rowCount() == model.matching == 450


def test_filtered_and_sorted_model_passes_qt_model_tester(qtmodeltester, demo_db) -> None:
    # A fresh model per state: pytest-qt's tester reacts to modelReset by calling fetchMore
    # before it has noted the reset as finished, which it then reports as a false failure.
    model = MembersTableModel(RosterService(demo_db))
    model.set_filter(RosterFilter(search="a"))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)
    empty = MembersTableModel(RosterService(demo_db))
    empty.set_filter(RosterFilter(search="no such member"))
    qtmodeltester.check(empty, force_py=True)
    assert empty.rowCount() == 0


def test_rows_arrive_a_page_at_a_time(demo_db) -> None:
    model = MembersTableModel(RosterService(demo_db))
    assert model.rowCount() == PAGE_SIZE
    assert model.matching == model.total == 450
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert len({model.member_id(r) for r in range(450)}) == 450


def test_headers_dates_and_statuses_read_as_words(demo_db) -> None:
    model = MembersTableModel(RosterService(demo_db))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "No.",
        "Name",
        "Phone",
        "Email",
        "City",
        "Status",
        "Joined",
        "Paid until",
        "Owed",
    ]
    statuses = {model.data(model.index(r, 5)) for r in range(model.rowCount())}
    assert statuses <= {"Active", "Inactive", "Lapsed", "Left"}
    joined = model.data(model.index(0, 6))
    assert len(joined.split()) == 3 and joined.split()[1].isalpha()


def test_sorting_by_a_column_reorders_from_the_database(demo_db) -> None:
    model = MembersTableModel(RosterService(demo_db))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    numbers = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert numbers[0] == "GD-000450"
    assert numbers == sorted(numbers, reverse=True)


def test_model_with_own_field_columns_passes_qt_model_tester(qtmodeltester, demo_db) -> None:
    from groupdesk.core.services.custom_fields import CustomFieldService
    from groupdesk.core.services.members import MemberService

    fields = CustomFieldService(demo_db)
    vaccinated = fields.create("Vaksin", "bool")
    members = MemberService(demo_db)
    first = members.get(1)
    members.update(first.with_changes(custom=((vaccinated.id, "ya"),)))
    model = MembersTableModel(RosterService(demo_db), custom_fields=fields.list())
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(9, Qt.Orientation.Horizontal) == "Vaksin"
    assert model.data(model.index(model.row_of(1), 9)) == "Yes"


def test_searching_and_sorting_do_not_recount_what_they_cannot_change(demo_db) -> None:
    service = RosterService(demo_db)
    calls: list[str] = []
    count, total = service.count, service.total
    service.count = lambda flt: calls.append("count") or count(flt)  # type: ignore[method-assign]
    service.total = lambda: calls.append("total") or total()  # type: ignore[method-assign]
    model = MembersTableModel(service)
    calls.clear()
    model.set_filter(RosterFilter(search="a"))
    assert calls == ["count"] and model.total == 450  # the roster's size is unchanged
    calls.clear()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert calls == [] and model.matching > PAGE_SIZE
    calls.clear()
    model.reload()  # after a change to the data everything is counted again
    assert calls.count("total") == 1 and calls[0] == "count"
