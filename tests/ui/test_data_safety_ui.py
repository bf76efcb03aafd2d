"""Data safety as the GUI user meets it: locks, damaged files, backups, the error net."""

from __future__ import annotations

import logging
import os
import re
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QGuiApplication

from groupdesk.core.application import Application
from groupdesk.core.database import open_database, sqlite_file
from groupdesk.core.database.backup import MANUAL, list_backups, make_backup
from groupdesk.core.database.errors import (
    Choice,
    DatabaseCorrupt,
    DatabaseInUse,
    DatabaseMissing,
    DatabaseOnNetworkShare,
)
from groupdesk.core.database.lock import lock_path
from groupdesk.core.demo import generate_demo
from groupdesk.core.logs import LOG_NAME
from groupdesk.core.models import Member
from groupdesk.ui.common import error_net
from groupdesk.ui.database import backups_dialog, open_database_flow
from groupdesk.ui.database.backups_dialog import BackupsDialog
from groupdesk.ui.database.writer_lock import QtWriterLock
from groupdesk.ui.window.main_window import MainWindow
from tests.integration.safety.helpers import count_rows, damage, file_digest

REPO = Path(__file__).resolve().parents[2]


def _demo(path: Path, members: int = 300) -> None:
    db = open_database(path)
    generate_demo(db, members=members, shifts=10)
    db.close()


class Answers:
    """Stands in for the user: records each question and gives the planned answer."""

    def __init__(self, *choices: Choice | None) -> None:
        self.choices = list(choices)
        self.errors: list = []
        self.offered: list[list[Choice]] = []

    def __call__(self, error, _parent):  # type: ignore[no-untyped-def]
        self.errors.append(error)
        self.offered.append(open_database_flow.offered_choices(error))
        return self.choices.pop(0)


@pytest.fixture
def messages(monkeypatch):  # type: ignore[no-untyped-def]
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        open_database_flow,
        "inform",
        lambda _p, title, text, warning=False: said.append((title, text)),
    )
    monkeypatch.setattr(open_database_flow, "confirm", lambda *_a: True)
    return said


def test_a_second_window_is_told_who_holds_the_database_and_offered_read_only(
    qtbot, db_path, monkeypatch
) -> None:
    _demo(db_path)
    first = open_database_flow.open_with_dialogs(db_path)
    assert first is not None and not first.read_only
    answers = Answers(Choice.OPEN_READ_ONLY)
    monkeypatch.setattr(open_database_flow, "ask_choice", answers)

    second = open_database_flow.open_with_dialogs(db_path)

    (error,) = answers.errors
    assert isinstance(error, DatabaseInUse)
    assert error.pid == os.getpid() and error.host == socket.gethostname()
    assert answers.offered == [[Choice.OPEN_READ_ONLY, Choice.CHOOSE_ANOTHER]]
    assert open_database_flow.headline(error) == (
        "This database is already open for changes elsewhere."
    )
    assert second is not None and second.read_only
    second.close()
    first.close()
    assert not lock_path(db_path).exists()


def test_qt_and_core_locks_see_each_other(db_path) -> None:
    open_database(db_path).close()
    core = open_database(db_path)  # the command line's lock
    with pytest.raises(DatabaseInUse) as caught:
        QtWriterLock(db_path).acquire()
    assert caught.value.pid == os.getpid()
    core.close()
    qt = open_database(db_path, lock_factory=QtWriterLock)  # a window's lock
    with pytest.raises(DatabaseInUse) as caught:
        open_database(db_path)
    assert caught.value.pid == os.getpid() and caught.value.host == socket.gethostname()
    qt.close()
    open_database(db_path).close()


CRASH_WITH_QLOCKFILE = textwrap.dedent(
    """
    import os, signal, sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1] + ".lock")
    assert lock.tryLock(0)
    print("locked", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_a_stale_qlockfile_from_a_crashed_window_is_recovered(db_path) -> None:
    open_database(db_path).close()
    child = subprocess.Popen(
        [sys.executable, "-c", CRASH_WITH_QLOCKFILE, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    assert child.wait(timeout=20) == -signal.SIGKILL
    child.stdout.close()
    assert lock_path(db_path).exists()
    open_database(db_path).close()  # the command line recovers it
    child_lock = lock_path(db_path)
    assert not child_lock.exists()


def test_a_damaged_database_offers_its_backups_and_restores_one(
    qtbot, db_path, monkeypatch, messages
) -> None:
    _demo(db_path)
    db = open_database(db_path)
    good = make_backup(db_path, db.backup_dir, MANUAL)
    db.close()
    damage(db_path)
    answers = Answers(Choice.RESTORE_BACKUP)
    monkeypatch.setattr(open_database_flow, "ask_choice", answers)
    picked: list[Path] = []

    def choose_backup(path, folder, _parent):  # type: ignore[no-untyped-def]
        dialog = BackupsDialog(path, folder)
        picked.extend(b.path for b in dialog.backups)
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(picked.index(good)))
        dialog.restore_selected()
        return dialog.chosen

    monkeypatch.setattr(open_database_flow, "choose_backup", choose_backup)

    restored = open_database_flow.open_with_dialogs(db_path)

    assert isinstance(answers.errors[0], DatabaseCorrupt)
    assert Choice.RESTORE_BACKUP in answers.offered[0]
    assert good in picked  # with the day's automatic backup
    assert restored is not None and not restored.read_only
    with restored.db.session() as s:
        assert s.query(Member).count() == 300
    restored.close()
    title, text = messages[-1]
    assert title == "Backup restored" and "damaged" in text  # the damaged file is kept


@pytest.mark.parametrize("keep", [0, 0.6])
def test_a_cut_short_or_empty_database_is_restored_from_the_window(
    qtbot, db_path, monkeypatch, messages, keep
) -> None:
    _demo(db_path)
    db = open_database(db_path)
    good = make_backup(db_path, db.backup_dir, MANUAL)
    folder = db.backup_dir
    db.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: int(len(data) * keep)])
    answers = Answers(Choice.RESTORE_BACKUP)
    monkeypatch.setattr(open_database_flow, "ask_choice", answers)
    monkeypatch.setattr(open_database_flow, "choose_backup", lambda *_a: good)

    restored = open_database_flow.open_with_dialogs(db_path)

    assert isinstance(answers.errors[0], DatabaseCorrupt)
    assert restored is not None and not restored.read_only
    with restored.db.session() as s:
        assert s.query(Member).count() == 300
    restored.close()
    title, text = messages[-1]
    assert title == "Backup restored" and "damaged" in text
    assert [b.reason for b in list_backups(folder)].count("damaged") == 1


def test_a_missing_database_offers_restore_only_when_there_are_backups(
    db_path, monkeypatch, messages
) -> None:
    answers = Answers(None, None)
    monkeypatch.setattr(open_database_flow, "ask_choice", answers)
    assert open_database_flow.open_with_dialogs(db_path, create=False) is None
    assert isinstance(answers.errors[0], DatabaseMissing)
    assert answers.offered[0] == [Choice.CHOOSE_ANOTHER, Choice.CREATE_NEW]

    _demo(db_path, members=20)
    db = open_database(db_path)
    make_backup(db_path, db.backup_dir, MANUAL)
    db.close()
    db_path.unlink()
    assert open_database_flow.open_with_dialogs(db_path, create=False) is None
    assert answers.offered[1] == [Choice.RESTORE_BACKUP, Choice.CHOOSE_ANOTHER, Choice.CREATE_NEW]


def test_a_database_on_a_network_share_can_be_copied_here(
    db_path, tmp_path, monkeypatch, messages
) -> None:
    _demo(db_path, members=25)
    mounts = tmp_path / "mounts"
    mounts.write_text(f"//nas/kantor {tmp_path} cifs rw 0 0\n")
    monkeypatch.setattr(sqlite_file, "MOUNTS_FILE", mounts)
    local = Path(os.environ["HOME"]) / "local-copy.sqlite"
    answers = Answers(Choice.COPY_LOCAL)
    monkeypatch.setattr(open_database_flow, "ask_choice", answers)
    monkeypatch.setattr(open_database_flow, "choose_local_copy", lambda _p, _s: str(local))
    digest = file_digest(db_path)

    db = open_database_flow.open_with_dialogs(db_path)

    assert isinstance(answers.errors[0], DatabaseOnNetworkShare)
    assert answers.offered[0] == [
        Choice.OPEN_READ_ONLY,
        Choice.COPY_LOCAL,
        Choice.CHOOSE_ANOTHER,
    ]
    assert db is not None and db.db.path == local.resolve() and not db.read_only
    db.close()
    assert count_rows(local) == 25
    assert file_digest(db_path) == digest


def test_backups_dialog_lists_dates_reasons_and_member_counts(qtbot, db_path) -> None:
    _demo(db_path, members=120)
    db = open_database(db_path)
    folder = db.backup_dir
    dialog = BackupsDialog(db_path, folder, back_up=lambda: make_backup(db_path, folder, MANUAL))
    qtbot.addWidget(dialog)
    rows = lambda: [  # noqa: E731
        [dialog.tree.topLevelItem(r).text(c) for c in range(4)]
        for r in range(dialog.tree.topLevelItemCount())
    ]
    assert rows() == [[rows()[0][0], "Daily, automatic", "120", rows()[0][3]]]
    assert dialog.empty_label.isHidden()
    dialog.back_up_now()
    assert sorted(r[1] for r in rows()) == ["Daily, automatic", "Made by hand"]
    selected = dialog.tree.currentItem()
    assert selected.text(1) == "Made by hand" and selected.text(2) == "120"
    # when it was taken, day first with the month as a word ("04 Dec 2026 19:30")
    assert re.fullmatch(r"\d{2} [A-Z][a-z]{2,3} \d{4} \d{2}:\d{2}", selected.text(0))
    assert selected.text(3).endswith("KiB")
    assert dialog.restore_button.isEnabled()
    dialog.restore_selected()
    assert dialog.chosen in [b.path for b in list_backups(folder) if b.reason == "manual"]
    db.close()


def test_restoring_from_the_file_menu_keeps_the_lock_and_shows_the_backup(
    qtbot, db_path, monkeypatch, messages
) -> None:
    _demo(db_path, members=300)
    app = open_database_flow.open_with_dialogs(db_path)
    assert app is not None
    db = app.db
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    with db.transaction() as s:
        s.add(Member(member_number="NEW-1", full_name="Baru", sort_name="baru"))
    first = {"done": False}

    def run_dialog(dialog):  # type: ignore[no-untyped-def]
        if not first["done"]:  # make a backup, then add a member, then restore the backup
            first["done"] = True
            dialog.backup_button.click()
            with db.transaction() as s:
                s.add(Member(member_number="NEW-2", full_name="Lagi", sort_name="lagi"))
        dialog.restore_selected()
        return True

    monkeypatch.setattr(backups_dialog, "run_dialog", run_dialog)
    window.findChild(QAction, "backupsAction").trigger()

    assert window.db is not None and window.db is not db
    assert window.count_label.text() == "301 members on the roster"
    with pytest.raises(DatabaseInUse):  # still this window's database
        open_database(db_path)
    assert [b.reason for b in list_backups(window.db.backup_dir)].count("before-restore") == 1
    window.close()


@pytest.fixture
def error_net_installed(monkeypatch):  # type: ignore[no-untyped-def]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back afterwards
    before = list(logging.getLogger().handlers)
    error_net.install()
    monkeypatch.setattr(error_net, "show_error", lambda s, d: shown.append((s, d)))
    yield shown
    for handler in logging.getLogger().handlers[:]:
        if handler not in before:
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_shown_logged_and_leaves_no_half_change(
    qtbot, demo_db, error_net_installed
) -> None:
    window = MainWindow(Application(demo_db))
    qtbot.addWidget(window)
    window.show()
    before = window.count_label.text()

    def broken_edit() -> None:
        with demo_db.transaction() as s:
            s.add(Member(member_number="HALF-1", full_name="Setengah", sort_name="setengah"))
            s.flush()
            raise ZeroDivisionError("iuran dibagi nol")

    QTimer.singleShot(0, broken_edit)
    qtbot.waitUntil(lambda: len(error_net_installed) == 1, timeout=3000)

    summary, details = error_net_installed[0]
    assert summary == "ZeroDivisionError: iuran dibagi nol"
    assert "Traceback" in details and "broken_edit" in details and "GroupDesk" in details
    with demo_db.session() as s:
        assert s.query(Member).filter_by(member_number="HALF-1").count() == 0
    (log_path,) = list(Path(os.environ["HOME"]).rglob(LOG_NAME))  # the user's log folder
    assert "iuran dibagi nol" in log_path.read_text(encoding="utf-8")
    # Still running: the window works and a second error gets its own dialog.
    window.members_page.refresh()
    assert window.count_label.text() == before
    QTimer.singleShot(0, broken_edit)
    qtbot.waitUntil(lambda: len(error_net_installed) == 2, timeout=3000)
    window.close()


def test_error_dialog_copies_its_details(qtbot) -> None:
    dialog = error_net.ErrorDialog("KeyError: 'telepon'", "Traceback (most recent call last): …")
    qtbot.addWidget(dialog)
    assert dialog.details_view.isHidden()
    dialog.toggle_details()
    assert not dialog.details_view.isHidden()
    dialog.copy_details()
    assert QGuiApplication.clipboard().text() == "Traceback (most recent call last): …"
    assert dialog.copy_button.text() == "Copied"


def test_a_failed_daily_backup_is_said_but_the_database_opens(qtbot, db_path, tmp_path, messages):
    from groupdesk.core.models import OrganisationSettings

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    db = open_database(db_path)
    with db.transaction() as s:
        s.get(OrganisationSettings, 1).backup_dir = str(blocker)
    db.close()
    app = open_database_flow.open_with_dialogs(db_path)
    assert app is not None
    db = app.db
    assert not db.read_only
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.daily_backup.wait()
    ((title, text),) = messages
    assert title == "No backup today" and "could not be made" in text
    # the reason follows the sentence as it is, with no English words put before it
    assert "automatic backup failed" not in text
    window.close()


def test_the_first_open_of_the_day_backs_up_behind_the_open_window(qtbot, db_path) -> None:
    _demo(db_path, members=600)
    app = open_database_flow.open_with_dialogs(db_path)
    assert app is not None
    db = app.db
    assert db.backup_dir is not None
    # The window opens before any copy is made; the copy follows in the background.
    assert not [b for b in list_backups(db.backup_dir) if b.reason == "daily"]
    window = MainWindow(app)
    qtbot.addWidget(window)
    assert window.daily_backup.running
    window.members_page.model.rowCount()  # the window answers meanwhile
    window.daily_backup.wait()
    (daily,) = [b for b in list_backups(db.backup_dir) if b.reason == "daily"]
    assert daily.members == 600 and window.daily_backup.made == daily.path
    assert not window.daily_backup.bar.isVisible()
    window.close()


def test_damage_found_by_the_background_backup_is_said(qtbot, db_path, messages) -> None:
    from tests.integration.safety.helpers import swap_indexes

    _demo(db_path, members=200)
    swap_indexes(db_path)  # damage only the full integrity check sees
    app = open_database_flow.open_with_dialogs(db_path)
    assert app is not None
    db = app.db
    assert db.backup_dir is not None
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.daily_backup.wait()
    ((title, text),) = messages
    assert title == "This database is damaged." and "missing from index" in text
    assert "daily" not in [b.reason for b in list_backups(db.backup_dir)]
    window.close()


def test_quitting_during_the_daily_backup_stops_it_and_leaves_nothing(qtbot, db_path) -> None:
    _demo(db_path, members=600)
    app = open_database_flow.open_with_dialogs(db_path)
    assert app is not None
    db = app.db
    assert db.backup_dir is not None
    folder = db.backup_dir
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.close()  # at once, before the copy can have finished
    assert not window.daily_backup.running
    left = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert all(".partial" not in name for name in left)
    # The next open makes it.
    app = open_database_flow.open_with_dialogs(db_path)
    assert app is not None
    db = app.db
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.daily_backup.wait()
    assert [b.reason for b in list_backups(folder)].count("daily") == 1
    window.close()


def test_a_window_recovers_the_stale_lock_of_a_crashed_command(db_path) -> None:
    from tests.integration.safety.test_lock_and_opening import _hold_lock

    open_database(db_path).close()
    child = _hold_lock(db_path, "crash")
    assert child.wait(timeout=20) == -signal.SIGKILL
    child.stdin.close()  # type: ignore[union-attr]
    child.stdout.close()  # type: ignore[union-attr]
    assert lock_path(db_path).exists()
    db = open_database(db_path, lock_factory=QtWriterLock)
    assert db.lock is not None and db.lock.held  # type: ignore[attr-defined]
    db.close()
