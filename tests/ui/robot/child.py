"""One robot run in its own process: ``python -m tests.ui.robot.child LANG DATABASE WORKDIR``.

LANG is ``en`` or ``id``; DATABASE is ``demo`` or ``empty``. The process prints what it does
as it goes (so a hang or a crash shows where it was), then one line per fault, and exits 0
when no fault is left after the known ones, 1 otherwise. A crash is the parent's to see.
"""

from __future__ import annotations

import faulthandler
import os
import re
import shutil
import sys
from pathlib import Path

from PySide6.QtGui import QAction

from groupdesk.core.application import Application

WATCHDOG_SECONDS = 240
# For the robot's own tests: a menu action with a known fault, to show the robot catches it.
PLANT_ENV = "GROUPDESK_ROBOT_PLANT"


def plant_fault(window: object, kind: str) -> QAction | None:
    """Add Help > "Planted fault" that raises, warns or crashes (``kind``); nothing if empty."""
    if not kind:
        return None
    import ctypes
    import warnings

    from PySide6.QtCore import qWarning

    def fault() -> None:
        if kind == "exception":
            raise RuntimeError("planted fault")
        if kind == "qt-warning":
            qWarning("QObject::connect: No such signal planted()")
        if kind == "python-warning":
            warnings.warn("libpyside: Failed to disconnect (planted)", RuntimeWarning, stacklevel=1)
        if kind == "crash":
            ctypes.string_at(0)

    action = QAction("Planted fault", window)
    action.triggered.connect(fault)
    window.menuBar().actions()[-1].menu().addAction(action)  # type: ignore[attr-defined]
    return action


def add_dues(db: object) -> None:
    """The demo association's dues: a type with its fee, two months charged, one payment, so
    the Dues page's reversal, receipt and statement have something to act on."""
    import datetime as dt

    from groupdesk.core.dues.ledger import Fee

    dues = Application(db).dues  # type: ignore[arg-type]
    biasa = dues.save_type(
        None, "Anggota Biasa", False, Fee(50_000, "monthly", dt.date(2000, 1, 1))
    )
    dues.save_type(None, "Kehormatan", True, None)
    dues.assign_unassigned(biasa, dt.date(2000, 1, 1))
    today = dt.date.today()
    last = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    for month in (last, today):
        dues.charge_period(month.strftime("%Y-%m"))
    with db.engine.connect() as conn:  # type: ignore[attr-defined]
        from sqlalchemy import text

        number = conn.execute(
            text(
                "SELECT m.member_number FROM members m JOIN ledger_entries e ON e.member_id = m.id"
            )
        ).scalar()
    if number:
        dues.record_payment(number, 100_000, today, "transfer", "BCA 123")


def main(language: str, database: str, workdir: Path) -> int:
    faulthandler.enable()
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["GROUPDESK_LANG"] = language
    home = workdir / "home"
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        os.environ[name] = str(home / sub)
    os.environ["XDG_STATE_HOME"] = str(home / "state")
    os.environ["XDG_CACHE_HOME"] = str(home / "cache")
    os.environ.pop("GROUPDESK_DB", None)

    from groupdesk.core.database import open_database
    from groupdesk.core.demo import generate_demo
    from groupdesk.ui.app import create_application
    from tests.ui.robot.driver import Robot
    from tests.ui.robot.known_faults import KNOWN_FAULTS
    from tests.ui.robot.walk import walk

    path = workdir / "robot.sqlite"
    db = open_database(path)
    if database == "demo":
        generate_demo(db, members=60, shifts=10)
        add_dues(db)
    db.close()
    spare = workdir / "other.sqlite"
    shutil.copyfile(path, spare)
    import_file = workdir / "anggota.csv"
    import_file.write_text(
        "Nama,Email,Telepon,Kota\nBudi Robot,budi.robot@example.org,081234567890,Bandung\n",
        encoding="utf-8",
    )

    app = create_application(["groupdesk-robot"])
    from groupdesk.ui.window.main_window import MainWindow

    def log(line: str) -> None:
        print(line, flush=True)

    db = open_database(path)
    window = MainWindow(Application(db))
    robot = Robot(window, workdir, log)
    robot.install()

    def open_file_for(filter_: str) -> str:
        if "sqlite" in filter_.lower():
            copy = workdir / f"chosen-{len(list(workdir.glob('chosen-*')))}.sqlite"
            shutil.copyfile(spare, copy)
            return str(copy)
        return str(import_file)

    robot.open_file_for = open_file_for
    planted = plant_fault(window, os.environ.get(PLANT_ENV, ""))
    window.show()
    robot.settle()
    if planted is not None:  # the robot's own test: press only the planted action
        window.show()
        robot.settle()
        robot.press(f"menu '{planted.text()}'", planted.trigger)
    else:
        walk(robot, window)
    robot.settle()
    app.processEvents()

    known, unknown = [], []
    for fault in robot.faults:
        owner = next((item for pattern, item in KNOWN_FAULTS if re.search(pattern, fault)), None)
        (known if owner else unknown).append((fault, owner))
    print("=" * 70, flush=True)
    for fault, owner in known:
        print(f"KNOWN FAULT ({owner}): {fault}", flush=True)
    for fault, _ in unknown:
        print(f"FAULT: {fault}", flush=True)
    print(f"ROBOT DONE: {len(unknown)} faults, {len(known)} known", flush=True)
    faulthandler.cancel_dump_traceback_later()
    return 1 if unknown else 0


if __name__ == "__main__":
    try:
        code = main(sys.argv[1], sys.argv[2], Path(sys.argv[3]))
    except BaseException:  # the robot itself broke: say where, never pass for a clean run
        sys.__excepthook__(*sys.exc_info())
        code = 2
    sys.exit(code)
