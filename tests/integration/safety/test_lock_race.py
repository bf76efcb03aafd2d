"""Many GroupDesk processes racing for a database whose writer lock was left by a dead one:
exactly one may win, never two.

A stale lock is removed by whoever finds it stale. Without care, a slow racer that opened
the old lock file removes, by its name, the new lock a faster racer has just taken, and
both go on writing.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from groupdesk.core.database import lock as lock_module
from groupdesk.core.database.lock import WriterLock, lock_path, process_name

ROUNDS = 40
RACERS = 8

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leave_stale_lock(db_path: Path) -> None:
    name = process_name(os.getpid()) or Path(sys.executable).name
    lock_path(db_path).write_text(f"{_dead_pid()}\n{name}\n{socket.gethostname()}\n")


def _slow_down_the_flock() -> None:
    """Give the other racers the processor between opening a lock file and locking it, as
    a busy computer does now and then: the window in which a lock taken meanwhile was lost."""
    flock = lock_module._flock

    def yielding(fd: int) -> bool:
        for _ in range(200):
            os.sched_yield()
        return flock(fd)

    lock_module._flock = yielding


def _race(db_path: Path) -> int:
    """Start the racers together; how many of them hold the lock at the same time."""
    go_read, go_write = os.pipe()
    told_read, told_write = os.pipe()
    end_read, end_write = os.pipe()
    children = []
    for _ in range(RACERS):
        pid = os.fork()
        if pid == 0:  # a racer: wait for the start, try, say how it went, hold until the end
            code = 0
            try:
                os.close(go_write)
                os.close(end_write)
                _slow_down_the_flock()
                os.read(go_read, 1)
                lock = WriterLock(db_path)
                try:
                    lock.acquire()
                    won = b"Y"
                except Exception:
                    won = b"N"
                os.write(told_write, won)
                os.read(end_read, 1)  # returns when the parent closes its end
                lock.release()
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        children.append(pid)
    os.close(told_write)
    os.close(end_read)
    os.close(go_read)
    os.write(go_write, b"g" * RACERS)
    answers = b""
    while len(answers) < RACERS:
        chunk = os.read(told_read, RACERS)
        if not chunk:
            break
        answers += chunk
    os.close(end_write)
    for pid in children:
        os.waitpid(pid, 0)
    os.close(go_write)
    os.close(told_read)
    assert len(answers) == RACERS
    return answers.count(b"Y")


def test_racers_over_a_stale_lock_never_both_hold_it(tmp_path: Path) -> None:
    db_path = tmp_path / "groupdesk.sqlite"
    winners = []
    for _ in range(ROUNDS):
        _leave_stale_lock(db_path)
        winners.append(_race(db_path))
        lock_path(db_path).unlink(missing_ok=True)
    assert max(winners) == 1, f"two holders at once in {sum(w > 1 for w in winners)} races"
    # The stale lock is recovered: somebody gets the database in (nearly) every race.
    assert winners.count(1) >= ROUNDS * 3 // 4
