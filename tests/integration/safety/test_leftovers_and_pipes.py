"""A pipe named as a database or a backup is refused at once, and what a killed backup left
behind is cleaned up by the next one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from groupdesk.core.database import open_database
from groupdesk.core.database.backup import list_backups, make_backup

REPO = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "groupdesk.cli", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,  # before the fix these waited forever for a writer to the pipe
    )


def test_a_pipe_as_database_or_backup_is_refused_not_waited_on(db_path, tmp_path) -> None:
    open_database(db_path).close()
    pipe = tmp_path / "pipa.sqlite"
    os.mkfifo(pipe)
    for args in (
        ("--db", str(pipe), "check"),
        ("--db", str(pipe), "backup"),
        ("--db", str(db_path), "restore", str(pipe)),
    ):
        done = _cli(*args)
        assert done.returncode != 0
        assert done.stderr.count("\n") == 1 and "not a regular file" in done.stderr


KILLED_BACKUP = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from groupdesk.core.database.backup import make_backup

    def stop_dead(done, total):
        if done * 2 >= total:
            os.kill(os.getpid(), signal.SIGKILL)

    make_backup(Path(sys.argv[1]), Path(sys.argv[2]), "daily", progress=stop_dead)
    """
)


def test_a_killed_backup_leaves_files_the_next_backup_removes(db_path, tmp_path) -> None:
    from groupdesk.core.demo import generate_demo

    db = open_database(db_path)
    generate_demo(db, members=400, shifts=20)
    db.close()
    folder = tmp_path / "backups"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_BACKUP, str(db_path), str(folder)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    left = sorted(p.name for p in folder.iterdir())
    assert left and all(".partial" in name for name in left)

    made = make_backup(db_path, folder, "daily")

    assert sorted(folder.iterdir()) == [made]
    assert [b.members for b in list_backups(folder)] == [400]
