"""One writer per database file: a lock file beside it, ``<database>.lock``.

Design. The core must not import Qt, yet the GUI should use Qt's well-tested ``QLockFile``.
So there are two implementations of one protocol, and they speak the same file format:

* the GUI locks with ``QLockFile`` (``groupdesk.ui.database.writer_lock``);
* the command line and every other core caller lock with :class:`WriterLock` below.

Both create the lock file exclusively (``O_CREAT | O_EXCL``), write QLockFile's layout
(process id, process name and host name, one per line) and keep an ``flock`` on it while they
hold it. Each therefore sees the other's lock, can say who holds it (``QLockFile.getLockInfo``
reads what this module writes and :func:`read_holder` reads what Qt writes), and recovers a
stale lock the same way: only when the recorded process is gone from this host *and* nobody
holds the ``flock`` (a process killed by the system leaves the file but not the ``flock``).

A lock held on another computer (a file on a shared folder) is never treated as stale.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from groupdesk.core.messages.os_errors import os_reason

from .errors import DatabaseInUse, DatabaseReadOnly

try:  # POSIX only; on Windows the exclusive create alone is the lock.
    import fcntl
except ImportError:  # pragma: no cover - not on the platforms tested here
    fcntl = None  # type: ignore[assignment]


class Lock(Protocol):
    def acquire(self) -> None: ...

    def release(self) -> None: ...


def lock_path(db_path: Path) -> Path:
    return Path(f"{db_path}.lock")


@dataclass(frozen=True)
class LockHolder:
    pid: int
    app: str
    host: str


def in_use_error(db_path: Path, holder: LockHolder | None) -> DatabaseInUse:
    if holder is None:
        return DatabaseInUse(str(db_path), "database.in_use")
    # A process number is a name, not a quantity: written without a thousands separator.
    code = "database.in_use_by" if holder.host else "database.in_use_here"
    return DatabaseInUse(
        str(db_path), code, pid=holder.pid, host=holder.host, process=str(holder.pid)
    )


def read_holder(path: Path) -> LockHolder | None:
    """Who a lock file names (QLockFile's layout), or None if it is missing or unreadable."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    return parse_holder(raw)


def parse_holder(raw: bytes) -> LockHolder | None:
    """The holder named in a lock file's bytes (QLockFile's layout), if any."""
    lines = raw.decode("utf-8", errors="replace").split("\n")
    try:
        pid = int(lines[0])
    except (ValueError, IndexError):
        return None
    app = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    return LockHolder(pid=pid, app=app, host=host) if pid > 0 else None


def process_name(pid: int) -> str | None:
    """The executable's file name, as QLockFile records it; None when it cannot be told."""
    try:
        target = os.readlink(f"/proc/{pid}/exe")
    except FileNotFoundError:
        return ""  # gone, or a zombie: not the program that wrote the lock
    except OSError:
        return None if pid != os.getpid() else Path(sys.executable).name
    return Path(target.removesuffix(" (deleted)")).name


def holder_is_alive(holder: LockHolder) -> bool:
    """Whether the process named in a lock still runs here (always True for another host)."""
    if holder.host and holder.host != socket.gethostname():
        return True
    if os.name == "nt":
        # os.kill(pid, 0) would send Ctrl+C there. The GUI's QLockFile knows how to ask
        # Windows; this lock plays safe and treats the holder as alive.
        return True
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: it exists
    name = process_name(holder.pid)
    if name is None or not holder.app:
        return True
    return name == Path(holder.app).name  # a different program means the pid was reused


def _flock(fd: int) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


# A lock file without a readable holder is being written (or its writer died at once): it
# is left alone this long.
UNREADABLE_GRACE_SECONDS = 10.0


def _same_file(fd: int, path: Path) -> bool:
    try:
        now = os.stat(path)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (now.st_dev, now.st_ino)


def _holder_of(fd: int) -> LockHolder | None:
    try:
        raw = os.pread(fd, 4096, 0)
    except OSError:
        return None
    return parse_holder(raw)


def _young(fd: int) -> bool:
    return time.time() - os.fstat(fd).st_mtime < UNREADABLE_GRACE_SECONDS


class WriterLock:
    """The writer lock on one database file, taken without Qt (see the module docstring)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> LockHolder | None:
        return read_holder(self.path)

    def acquire(self) -> None:
        """Take the lock or raise :class:`DatabaseInUse` naming the holder."""
        if self._fd is not None:
            return
        for _attempt in range(4):
            if self._try_create():
                return
            if not self._remove_if_stale():
                break
        raise in_use_error(self.db_path, self.holder())

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(fd)

    def _try_create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            return False
        except OSError as err:
            raise DatabaseReadOnly(
                str(self.db_path), "database.lock_uncreatable_detail", detail=os_reason(err)
            ) from None
        _flock(fd)
        content = f"{os.getpid()}\n{process_name(os.getpid()) or ''}\n{socket.gethostname()}\n"
        try:
            os.write(fd, content.encode())
        except OSError as err:
            os.close(fd)
            self.path.unlink(missing_ok=True)
            raise DatabaseReadOnly(
                str(self.db_path), "database.lock_unwritable", detail=os_reason(err)
            ) from None
        self._fd = fd
        return True

    def _remove_if_stale(self) -> bool:
        holder = self.holder()
        if holder is not None and holder_is_alive(holder):
            return False
        # Whoever holds the file's flock is alive, whatever the file says.
        try:
            fd = os.open(self.path, os.O_RDWR)
        except FileNotFoundError:
            return True  # released meanwhile
        except OSError:
            return False
        try:
            if not _flock(fd):
                return False
            # The path may by now name a newer lock file that someone else created after
            # removing the one this descriptor points to; only that very file may go.
            # Nobody can remove it while this process holds its flock, so the check holds
            # until the unlink.
            if not _same_file(fd, self.path):
                return True  # replaced meanwhile: try to create again
            # What was read above may be the old file's: judge the file now held.
            holder = _holder_of(fd)
            if holder is None and _young(fd):
                return False  # just created, its holder still writing its name
            if holder is not None and holder_is_alive(holder):
                return False
            self.path.unlink(missing_ok=True)
            return True
        finally:
            os.close(fd)

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
