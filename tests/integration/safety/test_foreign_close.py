"""Another program opening and closing the database never costs the window its writes.

A process that holds an SQLite connection and also opens and closes the database file with
plain file I/O loses all its POSIX locks on it (SQLite's "How To Corrupt An SQLite Database
File", 2.2). The next program to open and close the file then believes it is the last one,
checkpoints and deletes the -wal file, and everything the first process writes afterwards
goes into a deleted file and is lost at the next crash.

Each test runs a child that holds the database as the window does (writer lock, daily
backup), runs one operation that may touch the file, lets another process open, read and
close the database, commits a few members and kills itself with SIGKILL. Every commit must
be there afterwards, and the child must never have opened the database, its -wal or its
-shm with Python's file I/O (an audit hook watches).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from groupdesk.core.database import open_database
from groupdesk.core.demo import generate_demo

REPO = Path(__file__).resolve().parents[3]
WRITES = 5

CHILD = textwrap.dedent(
    """
    import datetime as dt, os, signal, subprocess, sys
    from pathlib import Path

    path, operation, work = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    watched = {str(path), f"{path}-wal", f"{path}-shm"}
    connected = False

    def audit(event, args):
        if connected and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
            name = os.fsdecode(args[0])
            if os.path.abspath(name) in watched:
                print("PLAIN-OPEN", name, flush=True)

    sys.addaudithook(audit)
    from groupdesk.core.database import backup_before, open_database, DatabaseError
    from groupdesk.core.database import backup
    from groupdesk.core.models import Member

    db = open_database(path)  # as the window: writer lock and today's backup
    connected = True
    with db.transaction() as s:
        s.add(Member(member_number="A-0", full_name="Ani", sort_name="ani"))

    if operation == "backup-before-risky-change":
        backup_before(db, "import")
    elif operation == "daily-backup":
        backup.daily_backup_if_due(db, now=dt.datetime.now() + dt.timedelta(days=1))
    elif operation == "manual-backup":
        backup.make_backup(path, db.backup_dir, backup.MANUAL)
    elif operation == "backup-listing":
        for info in backup.list_backups(db.backup_dir, path.stem):
            backup.verify_backup(info.path)
    elif operation == "check":
        assert backup.check_database(path) == []
    elif operation == "open-again":
        for read_only in (False, True):
            try:
                open_database(path, read_only=read_only).close()
            except DatabaseError:
                pass
    elif operation == "restore-refused":
        made = backup.make_backup(path, db.backup_dir, backup.MANUAL)
        try:
            backup.verify_backup(path)
        except DatabaseError:
            pass
    elif operation == "import-the-database-itself":
        from groupdesk.core.importing import load_source
        from groupdesk.core.spreadsheet import SpreadsheetError
        for picked in (path, Path(f"{path}-wal")):
            try:
                load_source(picked)
            except SpreadsheetError as err:
                print("refused:", err, flush=True)
    elif operation.startswith("export-"):
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from groupdesk.core.reports.filters import ReportFilters
        from groupdesk.core.reports.registry import REPORTS
        from groupdesk.core.reports.run import export_report
        from groupdesk.printing.pdf_report import write_pdf
        from sqlalchemy import select
        from groupdesk.core.models import Shift
        with db.session() as s:
            shift = s.scalars(select(Shift.id).limit(1)).first()
        fmt = operation.removeprefix("export-")
        for key, definition in REPORTS.items():
            for ext in definition.formats:
                if ext != fmt:
                    continue
                filters = ReportFilters(
                    shift_id=shift if key == "signin" else None,
                    member="A-0" if key == "statement" else None,
                )
                export_report(db, key, filters, work / f"{key}.{ext}", pdf_writer=write_pdf)
    else:
        raise SystemExit(f"unknown operation {operation}")

    reader = "import sqlite3,sys; c = sqlite3.connect(sys.argv[1]); " \\
        "c.execute('SELECT count(*) FROM sqlite_master').fetchone(); c.close()"
    subprocess.run([sys.executable, "-c", reader, str(path)], check=True)
    for i in range(1, 1 + int(sys.argv[4])):
        with db.transaction() as s:
            s.add(Member(member_number=f"A-{i}", full_name="Ani", sort_name="ani"))
        print("committed", i, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)

OPERATIONS = [
    "backup-before-risky-change",
    "daily-backup",
    "manual-backup",
    "backup-listing",
    "check",
    "open-again",
    "restore-refused",
    "import-the-database-itself",
    "export-pdf",
    "export-xlsx",
    "export-csv",
    "export-ics",
]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("template") / "demo.sqlite"
    db = open_database(path, lock_factory=None)
    generate_demo(db, members=40, shifts=5)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path.read_bytes()


@pytest.mark.parametrize("operation", OPERATIONS)
def test_every_write_survives_another_program_and_a_kill(operation, template, tmp_path) -> None:
    path = tmp_path / "demo.sqlite"
    path.write_bytes(template)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    conn.close()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), operation, str(tmp_path), str(WRITES)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert "PLAIN-OPEN" not in child.stdout
    assert child.stdout.count("committed") == WRITES

    with sqlite3.connect(path) as conn:
        after = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert after == before + 1 + WRITES
