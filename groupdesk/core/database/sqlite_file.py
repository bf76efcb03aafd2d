"""Looking at an SQLite file without changing it: its header, a read-only connection, its disk.

These checks run before anything that could write, so they only ever read.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from groupdesk.core.messages.os_errors import os_reason

from .errors import DatabaseCorrupt, DatabaseMissing, DatabaseReadOnly, NotADatabase

SQLITE_HEADER = b"SQLite format 3\x00"

# Where Linux lists mounted file systems; a module attribute so tests can point it elsewhere.
MOUNTS_FILE = Path("/proc/mounts")
# File systems on which SQLite's locking (and WAL's shared memory) cannot be trusted.
NETWORK_FS_TYPES = ("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs")


def is_writable(path: Path) -> bool:
    """Whether SQLite can write ``path``: the file, and its folder (for -wal, -shm, journal).

    The mode bits are checked too: a file the user marked read-only stays so even for an
    administrator.
    """
    return (
        os.access(path, os.W_OK)
        and os.access(path.parent, os.W_OK)
        and bool(path.stat().st_mode & stat.S_IWUSR)
    )


def check_sqlite_header(path: Path) -> None:
    """Raise unless ``path`` is a readable, complete SQLite file.

    The file is never opened with plain file I/O: closing any descriptor of a database file
    cancels every POSIX lock this process holds on it, including those of an SQLite
    connection that is still open (SQLite's "How To Corrupt An SQLite Database File", 2.2).
    The next program to close the file would then think itself the last one, checkpoint
    and delete the -wal file this process is still writing to. So the header is read by
    SQLite itself and the file's length comes from ``stat``, which opens nothing. Only when
    SQLite cannot read the file, and this process holds no connection to it, are its first
    bytes looked at, to tell a cut-short database from a file that is none.
    """
    shown = str(path)
    info = _regular_file_status(path)
    if info.st_size == 0:
        # Most often a database emptied by a full disk or a failed copy: a backup helps.
        raise DatabaseCorrupt(shown, "database.empty_file")
    if not os.access(path, os.R_OK):
        raise DatabaseReadOnly(shown, "database.permission")
    absent = absent_companions(path)
    try:
        try:
            page_size, page_count = _pages(path)
        except NotADatabase:
            _refuse_unreadable(path)
            raise
        if page_count == 0 and not _wal_has_content(path):
            # Shorter than one page: SQLite would take it for a new, empty database.
            _refuse_unreadable(path)
        _check_length(path, info.st_size, page_size, page_count)
    except (DatabaseCorrupt, NotADatabase):
        remove_created(absent)
        raise


def _regular_file_status(path: Path) -> os.stat_result:
    """The file's status; a missing file, a folder, a pipe or a device is refused.

    A pipe (FIFO) would make any reader wait forever for a writer that never comes.
    """
    shown = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DatabaseMissing(shown, "database.no_such_file") from None
    except PermissionError:
        raise DatabaseReadOnly(shown, "database.permission") from None
    except OSError as err:
        raise NotADatabase(shown, "database.os_unreadable", detail=os_reason(err)) from None
    if stat.S_ISDIR(info.st_mode):
        raise NotADatabase(shown, "database.is_folder")
    if not stat.S_ISREG(info.st_mode):
        raise NotADatabase(shown, "database.not_regular")
    return info


# Files this process holds SQLite connections to, by (device, inode): these are never
# opened with plain file I/O (see check_sqlite_header).
_connected: dict[tuple[int, int], int] = {}


def note_connected(path: Path, opened: bool) -> None:
    """Record that this process opened (or closed) long-lived connections to ``path``."""
    try:
        info = path.stat()
    except OSError:
        return
    key = (info.st_dev, info.st_ino)
    count = _connected.get(key, 0) + (1 if opened else -1)
    if count > 0:
        _connected[key] = count
    else:
        _connected.pop(key, None)


def is_connected_database(path: Path) -> bool:
    """Whether ``path`` is a database this process holds open, or its -wal, -shm or journal:
    a file no one may open with plain file I/O (see :func:`check_sqlite_header`)."""
    name = str(path)
    for suffix in ("-wal", "-shm", "-journal"):
        if name.endswith(suffix) and is_connected_database(Path(name.removesuffix(suffix))):
            return True
    try:
        info = Path(path).stat()
    except OSError:
        return False
    return (info.st_dev, info.st_ino) in _connected


def _sniff_magic(path: Path) -> bytes | None:
    """The first 16 bytes, read only while this process holds no connection to the file
    (closing the descriptor would cancel that connection's locks); None when unsafe."""
    try:
        info = path.stat()
        if (info.st_dev, info.st_ino) in _connected:
            return None
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_HEADER))
    except OSError:
        return None


def _refuse_unreadable(path: Path) -> None:
    """SQLite cannot read ``path``: say whether it is a cut-short SQLite file or none at all."""
    magic = _sniff_magic(path)
    if magic is not None and SQLITE_HEADER.startswith(magic[: len(SQLITE_HEADER)]) and magic:
        raise DatabaseCorrupt(str(path), "database.first_page_short")
    if magic is None:
        raise NotADatabase(str(path), "database.not_sqlite_or_short")
    raise NotADatabase(str(path), "database.not_sqlite")


def _wal_has_content(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _pages(path: Path) -> tuple[int, int]:
    """Page size and page count as SQLite reads them from the header, through a read-only
    connection; SQLite itself refuses a file that is no database or whose header promises
    more pages than the file holds."""
    shown = str(path)
    try:
        conn = connect_read_only(path)
        try:
            page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
            page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        message = str(err)
        if "not a database" in message:
            raise NotADatabase(shown, "database.not_sqlite") from None
        if "malformed" in message:
            raise DatabaseCorrupt(shown, "database.damaged_or_short", detail=message) from None
        raise DatabaseCorrupt(shown, "database.unreadable", detail=message) from None
    except UnicodeError:  # a damaged header can make even SQLite's message undecodable
        raise DatabaseCorrupt(shown, "database.header_unreadable") from None
    return page_size, page_count


def _check_length(path: Path, actual: int, page_size: int, page_count: int) -> None:
    """Refuse a file cut short (a copy that did not finish, a full disk).

    SQLite reads missing pages as zeros, which ``quick_check`` can miss when the cut falls
    inside the last page. Not checked while a -wal file may still add pages to the file.
    """
    if _wal_has_content(path):
        return
    expected = page_count * page_size
    if actual < expected:
        raise DatabaseCorrupt(str(path), "database.cut_short", actual=actual, expected=expected)


def connect_read_only(path: Path, *, any_thread: bool = False) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (nor create it); ``any_thread`` lets a
    connection opened here be used (by one thread at a time) in another."""
    conn = sqlite3.connect(
        f"file:{quote(str(path))}?mode=ro", uri=True, check_same_thread=not any_thread
    )
    # Damaged files yield damaged text (even in quick_check's own messages).
    conn.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    return conn


def first_finding(report: str) -> str:
    """SQLite's integrity report on one line: its first finding and how many more there are.

    A single damaged page can make dozens of lines ("On tree page 4 cell 7: ..."); people
    need to know that the file is damaged and roughly where, not every cell.
    """
    lines = [
        line.strip()
        for line in report.splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    if not lines:
        return " ".join(report.split())
    more = len(lines) - 1
    return lines[0] + (f", and {more} more finding(s)" if more else "")


def integrity_problem(path: Path) -> str | None:
    """The first finding of SQLite's full integrity check, or None when the file is intact."""
    try:
        conn = connect_read_only(path)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as err:
        return str(err)
    return None if result == "ok" else first_finding(result)


def absent_companions(path: Path) -> list[Path]:
    """Which of the -wal and -shm files of ``path`` do not exist (yet)."""
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if not p.exists()]


def remove_created(absent: list[Path]) -> None:
    """Remove companions that appeared since :func:`absent_companions` (an empty -wal only)."""
    for p in absent:
        with contextlib.suppress(OSError):
            if p.exists() and (p.name.endswith("-shm") or p.stat().st_size == 0):
                p.unlink()


@contextlib.contextmanager
def no_litter_on_failure(path: Path) -> Iterator[None]:
    """Remove the -wal and -shm files a read-only look created, if the look finds the file
    is not a usable database.

    A file whose header claims WAL mode makes even a read-only connection create them; for
    a damaged file or one that is no database they would be litter beside it. Beside a
    healthy database that is refused for another reason (too new, read-only, on a share)
    they are SQLite's normal companions and are left alone, in case another program has
    just opened it.
    """
    absent = absent_companions(path)
    try:
        yield
    except (DatabaseCorrupt, NotADatabase):
        remove_created(absent)
        raise


def mount_type(path: Path) -> str | None:
    """The file-system type of the mount holding ``path`` (Linux), or None when unknown."""
    try:
        lines = MOUNTS_FILE.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = os.path.realpath(path)
    best: tuple[int, str] | None = None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        # Spaces and other odd characters in mount points are written as octal escapes.
        mount_point = fields[1].encode().decode("unicode_escape")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), fields[2])
    return best[1] if best else None


def on_network_share(path: Path) -> bool:
    """True when the folder of ``path`` is on a network file system (NFS, SMB/CIFS, SSHFS)."""
    kind = mount_type(path.parent)
    return kind is not None and (kind in NETWORK_FS_TYPES or kind.startswith("smb"))
