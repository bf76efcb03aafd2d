"""The Challenges page and its form as a secretary uses them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from groupdesk.core.models import Challenge
from groupdesk.core.services.challenges import ChallengeFilter, ChallengeService
from groupdesk.ui.challenge_dialog import ActionDialog, ChallengeDialog
from groupdesk.ui.challenges_model import ActionsTableModel, ChallengesTableModel
from groupdesk.ui.challenges_page import ChallengesPage

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def challenges_db(db):
    from groupdesk.core.demo import generate_demo

    generate_demo(db, members=120, shifts=20, today=TODAY)
    return db


def _page(qtbot, db) -> ChallengesPage:
    page = ChallengesPage(ChallengeService(db), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _titles(page: ChallengesPage) -> set[str]:
    return {page.model.row_at(r).title for r in range(page.model.rowCount())}


def _count(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Challenge)).scalar_one()


@pytest.mark.parametrize(
    "flt",
    [
        ChallengeFilter(),
        ChallengeFilter(statuses=frozenset({"resolved"})),
        ChallengeFilter(search="zzz"),
    ],
)
def test_challenges_model_passes_the_model_tester(qtmodeltester, challenges_db, flt) -> None:
    model = ChallengesTableModel(ChallengeService(challenges_db), lambda: TODAY)
    model.set_filter(flt)
    qtmodeltester.check(model, force_py=True)


def test_actions_model_passes_the_model_tester(qtmodeltester, challenges_db) -> None:
    service = ChallengeService(challenges_db)
    model = ActionsTableModel(service, lambda: TODAY)
    with_actions = next(r.id for r in service.list(ChallengeFilter(), TODAY) if r.open_actions)
    model.show_challenge(with_actions)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_filter_combos_filter(qtbot, challenges_db) -> None:
    page = _page(qtbot, challenges_db)
    assert page.model.rowCount() == 20
    etika = page.category_filter.findText("Etika profesi")
    page.category_filter.setCurrentIndex(etika)
    assert _titles(page) == {
        "Kerahasiaan data pasien posyandu",
        "Foto anak dibagikan tanpa izin",
        "Konflik kepentingan dalam rekomendasi",
    }
    page.status_filter.setCurrentIndex(page.status_filter.findData("unresolved"))
    assert "Foto anak dibagikan tanpa izin" not in _titles(page)
    page.category_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(0)
    page.severity_filter.setCurrentIndex(page.severity_filter.findData("critical"))
    assert _titles(page) == {"Keputusan triase di posko banjir"}
    page.severity_filter.setCurrentIndex(0)
    page.concerns_filter.setCurrentIndex(page.concerns_filter.findText("Profession: Advokat"))
    assert _titles(page) == {
        "Advokat relawan kekurangan waktu",
        "Konflik kepentingan dalam rekomendasi",
    }
    assert page.count_label.text() == "2 challenges"


def test_new_challenge_form_refuses_an_empty_title_at_the_field(qtbot, challenges_db) -> None:
    page = _page(qtbot, challenges_db)
    dialogs: list[ChallengeDialog] = []

    def fill_and_save(dialog: ChallengeDialog) -> int:
        dialogs.append(dialog)
        assert dialog.save() is False  # empty title
        assert dialog.error_text("title") == "A challenge needs a title."
        dialog.title.setText("Relawan sulit datang saat hujan")
        dialog.category.setCurrentIndex(
            dialog.category.findData(
                next(
                    c.id
                    for c in ChallengeService(challenges_db).categories()
                    if c.name == "Mencari waktu luang"
                )
            )
        )
        assert dialog.save() is True
        return QDialog.DialogCode.Accepted

    before = _count(challenges_db)
    page.open_dialog = fill_and_save
    with qtbot.waitSignal(page.changed):
        page.new_challenge()
    assert _count(challenges_db) == before + 1
    assert page.model.row_at(page.table.currentIndex().row()).title == (
        "Relawan sulit datang saat hujan"
    )


def test_resolved_before_raised_is_refused_and_nothing_changes(qtbot, challenges_db) -> None:
    service = ChallengeService(challenges_db)
    cid = service.list(ChallengeFilter(statuses=frozenset({"open"})), TODAY)[0].id
    dialog = ChallengeDialog(service, cid, lambda: TODAY)
    qtbot.addWidget(dialog)
    raised = service.get(cid).raised_on
    dialog.status.setCurrentIndex(dialog.status.findData("resolved"))
    bad = raised - dt.timedelta(days=3)
    dialog.resolved_on.set_value(bad)
    assert dialog.save() is False
    assert "before it was raised" in dialog.error_text("resolved_on")
    assert service.get(cid).status == "open"


def test_unknown_owner_number_is_refused_at_the_field(qtbot, challenges_db) -> None:
    service = ChallengeService(challenges_db)
    dialog = ChallengeDialog(service, None, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.title.setText("Something")
    dialog.owner.setText("GD-999999")
    before = _count(challenges_db)
    assert dialog.save() is False
    assert dialog.error_text("owner_id") == "No member has the number GD-999999."
    assert _count(challenges_db) == before


def test_status_buttons_and_overdue_action(qtbot, challenges_db) -> None:
    page = _page(qtbot, challenges_db)
    page.set_filter(ChallengeFilter(search="Sulit mencari relawan akhir pekan"))
    page.select_challenge(page.model.row_at(0).id)
    page.mitigate_button.click()
    assert page.model.row_at(0).status == "mitigating"

    def add_late_action(dialog: ActionDialog) -> int:
        dialog.text.setText("Call weekend volunteers")
        dialog.due_on.set_value(TODAY - dt.timedelta(days=2))
        assert dialog.save()
        return QDialog.DialogCode.Accepted

    page.open_dialog = add_late_action
    page.add_action()
    assert page.actions_model.rowCount() == 1
    assert page.actions_model.is_overdue(0)
    assert page.model.data(page.model.index(0, 4)) == "1 (1 overdue)"
    page.actions_table.selectRow(0)
    page.done_button.click()
    assert not page.actions_model.is_overdue(0)
    page.resolve_button.click()
    got = ChallengeService(challenges_db).get(page.current_id())
    assert (got.status, got.mitigating_since, got.resolved_on) == ("resolved", TODAY, TODAY)
