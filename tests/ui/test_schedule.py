"""The Projects & Shifts page: calendar blocks, colours, drops, dialogs, models."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog

from groupdesk.core.application import Application
from groupdesk.core.services.shifts import ShiftInput, ShiftSummary
from groupdesk.ui.schedule import actions as schedule_actions
from groupdesk.ui.schedule.models import (
    AttendanceModel,
    ConflictListModel,
    HoursModel,
    ProjectsModel,
    ShiftListModel,
    SuggestionsModel,
    VolunteerListModel,
)
from groupdesk.ui.schedule.projects_page import ProjectsPage
from groupdesk.ui.schedule.shift_dialog import ShiftDialog
from groupdesk.ui.schedule.week_view import ScheduleView, member_mime
from tests.integration.scheduling.conftest import MONDAY, Schedule, at


@pytest.fixture
def sched(db) -> Schedule:
    s = Schedule(db)
    s.settings(min_rest_minutes=0, max_hours_per_24h=12, overlap_buffer_minutes=0)
    return s


def services_at(sched: Schedule) -> Application:
    """The window's services on the schedule's clock (``sched.now``)."""
    return Application(sched.db, clock=lambda: sched.now)


def summary(sid, start, end, filled, lo=1, hi=3, status="scheduled") -> ShiftSummary:
    return ShiftSummary(
        sid, 1, "Posko", start, end, "Bekasi", lo, hi, filled, 0, status, False, None
    )


def test_week_view_positions_blocks_by_day_and_time(qtbot):
    view = ScheduleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_range(MONDAY, 7)
    view.set_shifts(
        [
            summary(1, at(0, 8), at(0, 12), 1),
            summary(2, at(2, 8), at(2, 12), 1),
            summary(3, at(2, 14), at(2, 16), 1),
            summary(4, at(6, 8), at(6, 10), 1),
        ]
    )
    mon, wed, wed_pm, sun = (view.block_rect(i) for i in (1, 2, 3, 4))
    assert view.day_rect(0).contains(mon.center())
    assert view.day_rect(2).contains(wed.center())
    assert view.day_rect(6).contains(sun.center())
    assert mon.top() == pytest.approx(wed.top())  # same time of day, same height
    assert wed_pm.top() > wed.bottom()  # afternoon below morning
    assert wed.height() == pytest.approx(2 * sun.height(), rel=0.05)  # 4 h vs 2 h
    assert view.shift_at(wed.center()) == 2
    assert view.time_at(QPointF(view.day_rect(3).center().x(), wed.top() + 1)) == at(3, 8)


def test_overlapping_shifts_share_the_day_side_by_side(qtbot):
    view = ScheduleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_range(MONDAY, 7)
    view.set_shifts([summary(1, at(0, 8), at(0, 12), 1), summary(2, at(0, 9), at(0, 11), 1)])
    a, b = view.block_rect(1), view.block_rect(2)
    assert not a.intersects(b)
    assert a.width() == pytest.approx(b.width(), abs=1)


def _pixel(view: ScheduleView, shift_id: int) -> QColor:
    image = view.grab().toImage()
    r = view.block_rect(shift_id)
    return image.pixelColor(int(r.right() - 3), int(r.bottom() - 3))


def test_blocks_are_coloured_by_fill(qtbot):
    view = ScheduleView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_range(MONDAY, 7)
    view.set_shifts(
        [
            summary(1, at(0, 8), at(0, 12), filled=0, lo=2, hi=4),  # under the minimum
            summary(2, at(1, 8), at(1, 12), filled=3, lo=2, hi=4),  # between
            summary(3, at(2, 8), at(2, 12), filled=4, lo=2, hi=4),  # full
            summary(4, at(3, 8), at(3, 12), filled=4, lo=2, hi=4, status="cancelled"),
        ]
    )
    view.show()
    under, between, full, cancelled = (_pixel(view, i) for i in (1, 2, 3, 4))
    assert under.red() > under.green() + 40  # red
    assert between.red() > between.blue() + 40 and between.green() > between.blue() + 20
    assert full.green() > full.red() + 20  # green
    assert abs(cancelled.red() - cancelled.green()) < 10  # grey
    assert len({under.name(), between.name(), full.name()}) == 3


def test_week_view_draws_counts_and_tooltip(qtbot):
    view = ScheduleView()
    qtbot.addWidget(view)
    view.set_range(MONDAY, 7)
    s = summary(1, at(0, 8), at(0, 12), filled=2, lo=3, hi=5)
    view.set_shifts([s])
    tip = view.tooltip_for(s)
    assert "2 of 5 places taken (minimum 3): below the minimum" in tip


def test_page_shows_the_week_and_the_same_shifts_in_the_list(qtbot, sched):
    a = sched.shift(at(0, 8), at(0, 12))
    b = sched.shift(at(3, 13), at(3, 17))
    sched.shift(at(7, 8), at(7, 12))  # next week
    page = ProjectsPage(Application(sched.db))
    qtbot.addWidget(page)
    page.set_day(MONDAY)
    assert [s.id for s in page.view.shifts()] == [a, b]
    page.set_mode("list")
    assert page.stack.currentWidget() is page.list_table
    assert [page.shift_list.row_at(i).id for i in range(page.shift_list.rowCount())] == [a, b]
    assert page.range_label.text() == "07 Jan – 13 Jan 2030"
    page.set_mode("day")
    page.set_day(MONDAY + dt.timedelta(days=3))
    assert [s.id for s in page.view.shifts()] == [b]


def test_assign_by_dropping_a_member_on_a_block(qtbot, sched):
    shift = sched.shift(at(0, 8), at(0, 12), max_volunteers=1)
    ani, budi = sched.member("Ani"), sched.member("Budi")
    page = ProjectsPage(Application(sched.db))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.set_day(MONDAY)
    rect = page.view.block_rect(shift)
    assert page.view.drop_members(member_mime([ani]), rect.center())
    assert page.view.shifts()[0].filled == 1
    # Dropped on the full shift, the next member goes on the waitlist, shown on the block.
    index = page.shift_list.index(0, 0)
    assert page.shift_list.dropMimeData(
        member_mime([budi]), Qt.DropAction.CopyAction, -1, -1, index
    )
    assert (page.view.shifts()[0].filled, page.view.shifts()[0].waitlisted) == (1, 1)
    assert {r.name: r.status for r in sched.signups.attendance(shift)} == {
        "Ani": "signed_up",
        "Budi": "waitlisted",
    }
    # Nothing lands on empty space.
    assert not page.view.drop_members(member_mime([ani]), QPointF(5, 5))


def test_drop_with_conflict_asks_for_override(qtbot, sched, monkeypatch):
    shift = sched.shift(at(0, 8), at(0, 12))
    lapsed = sched.member("Lapsed", status="lapsed")
    asked = []
    monkeypatch.setattr(
        schedule_actions, "ask_override", lambda _p, m, s, c: asked.append(c) or None
    )
    page = ProjectsPage(Application(sched.db))
    qtbot.addWidget(page)
    page.set_day(MONDAY)
    assert page.assign(shift, lapsed) is None  # coordinator said no
    assert [c.rule for c in asked[0]] == ["inactive"]
    assert sched.signups.attendance(shift) == []
    monkeypatch.setattr(schedule_actions, "ask_override", lambda *_a: "Returning member")
    assert page.assign(shift, lapsed) == "signed_up"
    assert sched.signups.attendance(shift)[0].override_reason == "Returning member"


def test_conflict_dialog_needs_a_reason(qtbot, sched):
    from groupdesk.core.messages import Message
    from groupdesk.core.scheduling.conflicts import Conflict

    conflict = Conflict("skill", "hard", Message("conflict.lacks_skill", {"skill": "P3K"}))
    dialog = schedule_actions.ConflictDialog("Ani", "Mon 08:00", [conflict])
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "Lacks the required skill: P3K." in dialog.list.item(0).text()
    assert not dialog.ok.isEnabled()
    dialog.reason_edit.setText("Handover agreed")
    assert dialog.ok.isEnabled()


def test_undo_of_a_drop_cancels_the_signup(qtbot, sched):
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    shift = sched.shift(at(0, 8), at(0, 12))
    m = sched.member("Ani")
    page = ProjectsPage(Application(sched.db), undo_stack=stack)
    qtbot.addWidget(page)
    page.set_day(MONDAY)
    page.assign(shift, m)
    assert page.view.shifts()[0].filled == 1
    stack.undo()
    assert page.view.shifts()[0].filled == 0
    stack.redo()
    assert page.view.shifts()[0].filled == 1


def _dialog(qtbot, sched, **change) -> ShiftDialog:
    defaults = ShiftInput(project_id=sched.project_id, starts_at=at(0, 8), ends_at=at(0, 12))
    dialog = ShiftDialog(Application(sched.db), defaults=defaults)
    qtbot.addWidget(dialog)
    return dialog


def _count_shifts(sched) -> int:
    return len(sched.shifts.shifts_between(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1)))


def test_shift_dialog_refuses_end_before_start_at_the_field(qtbot, sched):
    dialog = _dialog(qtbot, sched)
    dialog.ends.set_value(at(0, 7))
    assert not dialog.save()
    assert dialog.errors.visible_field() == "ends_at"
    assert dialog.errors.message("ends_at") == "The shift must end after it starts."
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert _count_shifts(sched) == 0


def test_shift_dialog_refuses_zero_capacity_at_the_field(qtbot, sched):
    dialog = _dialog(qtbot, sched)
    dialog.min_spin.setValue(0)
    dialog.max_spin.setValue(0)
    assert not dialog.save()
    assert dialog.errors.visible_field() == "max_volunteers"
    assert "at least 1" in dialog.errors.message("max_volunteers")
    dialog.max_spin.setValue(2)
    dialog.min_spin.setValue(3)
    assert not dialog.save()
    assert dialog.errors.visible_field() == "min_volunteers"
    assert _count_shifts(sched) == 0


def test_shift_dialog_makes_a_weekly_series(qtbot, sched):
    dialog = _dialog(qtbot, sched)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    dialog.count.setValue(3)
    assert dialog.save()
    assert len(dialog.saved_ids) == 3
    assert _count_shifts(sched) == 3


def test_moving_the_start_keeps_the_length(qtbot, sched):
    dialog = _dialog(qtbot, sched)
    dialog.starts.set_value(at(1, 9))
    assert dialog.data().ends_at == at(1, 13)


def test_shift_dialog_attendance_and_cancel_lists_volunteers(qtbot, sched, monkeypatch):
    shift = sched.shift(at(0, 8), at(0, 12))
    ani = sched.member("Ani", phone="+62 812-0000-1111")
    aid = sched.signups.sign_up(shift, ani).assignment_id
    sched.now = at(0, 9)
    dialog = ShiftDialog(services_at(sched), shift)
    qtbot.addWidget(dialog)
    assert dialog.attendance.rowCount() == 1
    assert dialog.attendance_action("attended", aid)
    assert dialog.attendance.row_at(0).hours == 4.0
    index = dialog.attendance.index(0, 5)
    assert not dialog.attendance.setData(index, "-2")
    assert dialog.attendance.error == "Hours cannot be negative."
    assert dialog.attendance.setData(index, "3,5")
    assert sched.signups.attendance(shift)[0].hours == 3.5
    told = []
    monkeypatch.setattr(dialog, "confirm_cancel", lambda people: told.extend(people) or True)
    monkeypatch.setattr(dialog, "show_cancelled", lambda people: None)
    assert dialog.cancel_shift() == ["Ani  +62 812-0000-1111"]
    assert told == ["Ani  +62 812-0000-1111"]
    assert sched.shifts.get(shift)[1] == "cancelled"


def test_cover_finder_lists_suggestions_and_a_message(qtbot, sched, tmp_path):
    shift = sched.shift(at(0, 8), at(0, 12), min_volunteers=2, location="Posko Bekasi")
    sched.member("Ani", windows=((0, 7, 13),), phone="+62 811")
    sched.member("Budi", windows=((0, 7, 13),))
    sched.member("Citra", windows=((4, 7, 13),))
    from groupdesk.ui.schedule.cover_finder import SuggestionsPanel

    panel = SuggestionsPanel(Application(sched.db))
    qtbot.addWidget(panel)
    panel.set_shift(shift)
    assert [panel.model.row_at(i).name for i in range(panel.model.rowCount())] == ["Ani", "Budi"]
    text = panel.message.toPlainText()
    assert text.startswith("*Dibutuhkan relawan: Posko Banjir*")
    assert "Masih dibutuhkan: 2 orang lagi" in text
    assert "2 more needed" in panel.heading.text()
    out = panel.export_call_list(str(tmp_path / "calls.csv"))
    lines = (tmp_path / "calls.csv").read_text(encoding="utf-8-sig").splitlines()
    # the call list is a file of the organisation's, in its language, like the message
    assert out and lines[0].startswith("Peringkat,Nama,No. HP")
    assert lines[1].startswith("1,Ani,+62 811")


def test_new_shift_from_the_page_then_undo(qtbot, sched):
    from PySide6.QtGui import QUndoStack

    stack = QUndoStack()
    page = ProjectsPage(Application(sched.db), undo_stack=stack)
    qtbot.addWidget(page)
    page.set_day(MONDAY)

    def drive(dialog):
        if isinstance(dialog, ShiftDialog):
            dialog.save()
        return dialog.result()

    page.exec_dialog = drive
    page.new_shift(at(2, 9))
    assert [(s.starts_at, s.ends_at) for s in page.view.shifts()] == [(at(2, 9), at(2, 13))]
    stack.undo()
    assert page.view.shifts() == []


def test_copy_week_from_the_page(qtbot, sched, monkeypatch):
    sched.shift(at(0, 8), at(0, 12))
    page = ProjectsPage(Application(sched.db))
    qtbot.addWidget(page)
    page.set_day(MONDAY)
    monkeypatch.setattr(page, "ask_copy_target", lambda: MONDAY + dt.timedelta(days=14))
    assert len(page.copy_week()) == 1
    assert [s.starts_at for s in page.view.shifts()] == [at(0, 8) + dt.timedelta(days=14)]


def test_conflicts_tab_lists_the_weeks_problems(qtbot, sched):
    a = sched.shift(at(0, 8), at(0, 12))
    b = sched.shift(at(0, 10), at(0, 14))
    m = sched.member("Ani")
    sched.signups.sign_up(a, m)
    sched.signups.sign_up(b, m, override_reason="handover agreed with the team")
    page = ProjectsPage(Application(sched.db))
    qtbot.addWidget(page)
    page.set_day(MONDAY)
    page.right_tabs.setCurrentIndex(1)
    assert page.conflicts_model.rowCount() == 2
    assert page.right_tabs.tabText(1) == "Conflicts (2)"


# -- every model passes the model tester, fresh per state ----------------------------------


def test_models_pass_the_model_tester(qtmodeltester, demo_db):
    services = Application(demo_db)
    projects = ProjectsModel()
    projects.set_rows(services.projects.list())
    qtmodeltester.check(projects, force_py=True)
    start = dt.datetime.combine(dt.date.today(), dt.time())
    shifts = services.shifts.shifts_between(start, start + dt.timedelta(days=14))
    assert shifts
    shift_list = ShiftListModel()
    shift_list.set_rows(shifts)
    qtmodeltester.check(shift_list, force_py=True)
    suggestions = SuggestionsModel()
    suggestions.set_rows(services.suggestions.for_shift(shifts[0].id))
    qtmodeltester.check(suggestions, force_py=True)
    attendance = AttendanceModel(services.signups.set_hours)
    attendance.set_rows(services.signups.attendance(shifts[0].id))
    qtmodeltester.check(attendance, force_py=True)
    hours = HoursModel()
    hours.set_rows(services.signups.totals(limit=50))
    qtmodeltester.check(hours, force_py=True)
    from groupdesk.core.scheduling.conflicts import conflicts_between

    with demo_db.session() as s:
        found = conflicts_between(s, start, start + dt.timedelta(days=7))
    conflicts = ConflictListModel()
    conflicts.set_rows(found)
    qtmodeltester.check(conflicts, force_py=True)


def test_volunteer_list_model_and_its_drag_data(qtmodeltester, demo_db):
    model = VolunteerListModel(Application(demo_db).roster)
    qtmodeltester.check(model, force_py=True)
    fresh = VolunteerListModel(Application(demo_db).roster)
    fresh.set_search("a")
    qtmodeltester.check(fresh, force_py=True)
    first = fresh.index(0, 0)
    mime = fresh.mimeData([first])
    from groupdesk.ui.schedule.week_view import member_ids_from_mime

    assert member_ids_from_mime(mime) == [fresh.member_id(0)]
    assert fresh.flags(first) & Qt.ItemFlag.ItemIsDragEnabled
    assert not fresh.flags(QModelIndex())


def test_main_window_has_the_schedule_page(qtbot, demo_db):
    from groupdesk.ui.window.main_window import MainWindow

    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)
    page = window.pages["projects"]
    assert isinstance(page, ProjectsPage)
    window.nav.setCurrentRow(0)
    window.show()
    assert page.projects_model.rowCount() == 0  # nothing read while another page shows
    window.nav.setCurrentRow(list(window.pages).index("projects"))
    assert page.projects_model.rowCount() == 8
    assert page.volunteers.rowCount() > 0
    window.app = None


def test_drop_on_a_past_shift_is_refused_without_asking_about_conflicts(qtbot, sched, monkeypatch):
    past = sched.shift(dt.datetime(2020, 1, 6, 8), dt.datetime(2020, 1, 6, 12))
    lapsed = sched.member("Lapsed", status="lapsed")
    refused, asked = [], []
    monkeypatch.setattr(schedule_actions, "show_refusal", lambda _p, m: refused.append(m))
    monkeypatch.setattr(schedule_actions, "ask_override", lambda *a: asked.append(a) or "x")
    page = ProjectsPage(Application(sched.db))
    qtbot.addWidget(page)
    assert page.assign(past, lapsed) is None
    assert refused == ["This shift has already started; sign-ups are closed."]
    assert asked == []
    assert sched.signups.attendance(past) == []


def test_rules_dialog_saves_guardrails_and_refuses_unknown_time_zone(qtbot, sched):
    from groupdesk.ui.schedule.rules_dialog import RulesDialog

    services = Application(sched.db)
    dialog = RulesDialog(services)
    qtbot.addWidget(dialog)
    dialog.zone.setCurrentText("Mars/Olympus")
    assert not dialog.save()
    assert dialog.errors.visible_field() == "time_zone"
    dialog.zone.setCurrentText("Asia/Makassar")
    dialog.buffer.setValue(15)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.save()
    rules = services.rules
    assert (rules.time_zone, rules.overlap_buffer_minutes, rules.language) == (
        "Asia/Makassar",
        15,
        "en",
    )


def test_shift_dialog_shows_a_refused_signup_under_the_member_search(qtbot, sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    ani = sched.member("Ani")
    sched.signups.sign_up(shift, ani)
    dialog = ShiftDialog(Application(sched.db), shift)
    qtbot.addWidget(dialog)
    assert dialog.add_selected_member(ani) is None
    assert not dialog.hours_error.isHidden()
    assert dialog.hours_error.text() == "This member is already on this shift."


def test_hours_tab_totals_per_member_project_and_month(qtbot, sched):
    shift = sched.shift(at(0, 8), at(0, 12))
    a, b = sched.member("Ani"), sched.member("Budi")
    ra, rb = sched.signups.sign_up(shift, a), sched.signups.sign_up(shift, b)
    sched.now = at(0, 13)
    sched.signups.mark_attended(ra.assignment_id)
    sched.signups.mark_no_show(rb.assignment_id)
    page = ProjectsPage(Application(sched.db))
    qtbot.addWidget(page)
    page.set_day(MONDAY)
    page.right_tabs.setCurrentIndex(2)
    page.month.setCurrentIndex(page.month.findData(None))
    rows = [
        [page.hours_model.index(r, c).data() for c in range(6)]
        for r in range(page.hours_model.rowCount())
    ]
    assert rows == [
        ["Ani", "Posko Banjir", "2030-01", "4", 1, 0],
        ["Budi", "Posko Banjir", "2030-01", "0", 0, 1],
    ]


def test_undo_and_redo_of_a_new_series_bring_back_the_same_shifts(qtbot, sched):
    """Redo must not make new shifts: a calendar that imported them knows them by their UID."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QDialogButtonBox

    stack = QUndoStack()
    defaults = ShiftInput(project_id=sched.project_id, starts_at=at(0, 8), ends_at=at(0, 12))
    dialog = ShiftDialog(Application(sched.db), defaults=defaults, undo_stack=stack)
    qtbot.addWidget(dialog)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    dialog.count.setValue(2)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    span = (dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1))

    def seen() -> list[tuple[int, str]]:
        from sqlalchemy import text

        assert sched.shifts.shifts_between(*span) is not None
        with sched.db.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text("SELECT id, uuid FROM shifts ORDER BY id"))]

    before = seen()
    assert len(before) == 2
    stack.undo()
    assert seen() == []
    stack.redo()
    assert seen() == before
