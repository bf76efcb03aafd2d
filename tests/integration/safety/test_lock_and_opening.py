"""One writer per database, stale locks, network shares: the file is untouched until chosen."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from groupdesk.core.database import open_database, sqlite_file
from groupdesk.core.database.errors import DatabaseInUse, DatabaseOnNetworkShare
from groupdesk.core.database.lock import WriterLock, lock_path, read_holder

from .helpers import add_member, file_digest, member_count

REPO = Path(__file__).resolve().parents[3]

HOLD_LOCK = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from groupdesk.core.database.lock import WriterLock
    lock = WriterLock(Path(sys.argv[1]))
    lock.acquire()
    print("locked", flush=True)
    if sys.argv[2] == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    sys.stdin.readline()
    lock.release()
    """
)


def _hold_lock(db_path: Path, mode: str) -> subprocess.Popen:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db_path), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "locked"
    return child


def test_a_second_writer_is_told_who_holds_the_database(db_path: Path) -> None:
    first = open_database(db_path)
    with pytest.raises(DatabaseInUse) as caught:
        open_database(db_path)
    assert caught.value.pid == os.getpid()
    assert caught.value.host == socket.gethostname()
    assert f"process {os.getpid()} on {socket.gethostname()}" in caught.value.reason
    # Reading alongside is fine, and closing the first frees the file.
    reader = open_database(db_path, read_only=True)
    assert member_count(reader) == 0
    reader.close()
    first.close()
    assert not lock_path(db_path).exists()
    open_database(db_path).close()


def test_another_process_holding_the_lock_is_named(db_path: Path) -> None:
    open_database(db_path).close()
    child = _hold_lock(db_path, "hold")
    try:
        digest = file_digest(db_path)
        with pytest.raises(DatabaseInUse) as caught:
            open_database(db_path)
        assert caught.value.pid == child.pid
        assert file_digest(db_path) == digest
    finally:
        child.communicate("\n", timeout=10)
    db = open_database(db_path)
    add_member(db, "X-1")
    db.close()


def test_a_stale_lock_from_a_crashed_run_is_recovered(db_path: Path) -> None:
    open_database(db_path).close()
    child = _hold_lock(db_path, "crash")
    assert child.wait(timeout=10) == -signal.SIGKILL
    child.stdin.close()  # type: ignore[union-attr]
    child.stdout.close()  # type: ignore[union-attr]
    holder = read_holder(lock_path(db_path))
    assert holder is not None and holder.pid == child.pid  # left behind by the crash
    db = open_database(db_path)
    add_member(db, "X-2")
    assert read_holder(lock_path(db_path)).pid == os.getpid()  # type: ignore[union-attr]
    db.close()


def test_a_lock_whose_pid_now_belongs_to_another_program_is_stale(db_path: Path) -> None:
    open_database(db_path).close()
    lock_path(db_path).write_text(f"{os.getppid()}\nsome-other-program\n{socket.gethostname()}\n")
    open_database(db_path).close()


def test_a_lock_held_on_another_computer_is_respected(db_path: Path) -> None:
    open_database(db_path).close()
    lock_path(db_path).write_text("4242\npython3\nkantor-sekretariat\n")
    with pytest.raises(DatabaseInUse) as caught:
        open_database(db_path)
    assert caught.value.host == "kantor-sekretariat" and caught.value.pid == 4242
    assert lock_path(db_path).exists()


def test_writer_lock_is_reentrant_free_and_a_context_manager(db_path: Path) -> None:
    with WriterLock(db_path) as lock:
        assert lock.held
        with pytest.raises(DatabaseInUse):
            WriterLock(db_path).acquire()
    assert not lock_path(db_path).exists()


def test_a_file_on_a_network_share_is_refused_until_chosen(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()
    mounts = tmp_path / "mounts"
    mounts.write_text(
        f"/dev/sda1 / ext4 rw 0 0\nfileserver:/share {tmp_path} nfs4 rw,relatime 0 0\n"
    )
    monkeypatch.setattr(sqlite_file, "MOUNTS_FILE", mounts)
    digest = file_digest(db_path)
    with pytest.raises(DatabaseOnNetworkShare) as caught:
        open_database(db_path)
    assert "network share" in caught.value.reason
    assert file_digest(db_path) == digest and not lock_path(db_path).exists()
    reader = open_database(db_path, read_only=True)
    reader.close()
    with pytest.raises(DatabaseOnNetworkShare):
        open_database(tmp_path / "new.sqlite")
    assert not (tmp_path / "new.sqlite").exists()


@pytest.mark.parametrize(
    ("kind", "network"),
    [("nfs", True), ("cifs", True), ("smb3", True), ("fuse.sshfs", True), ("ext4", False)],
)
def test_mount_types(tmp_path: Path, monkeypatch, kind: str, network: bool) -> None:
    mounts = tmp_path / "mounts"
    folder = tmp_path / "with space"
    folder.mkdir()
    escaped = str(folder).replace(" ", "\\040")
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nsrv:/x {escaped} {kind} rw 0 0\n")
    monkeypatch.setattr(sqlite_file, "MOUNTS_FILE", mounts)
    assert sqlite_file.on_network_share(folder / "db.sqlite") is network
    assert sqlite_file.on_network_share(tmp_path / "db.sqlite") is False
