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
    """Raise unless ``path`` is a readable file starting with the SQLite header."""
    shown = str(path)
    if not path.exists():
        raise DatabaseMissing(shown, "no such file")
    if path.is_dir():
        raise NotADatabase(shown, "is a folder, not a database file")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except PermissionError:
        raise DatabaseReadOnly(shown, "permission denied: the file cannot be read") from None
    except OSError as err:
        raise NotADatabase(shown, f"cannot be read ({err.strerror})") from None
    if not header:
        raise NotADatabase(shown, "the file is empty, not a GroupDesk database")
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotADatabase(shown, "not a GroupDesk database (not an SQLite file)")
    _check_length(path, header)


def _check_length(path: Path, header: bytes) -> None:
    """Refuse a file cut short (a copy that did not finish, a full disk).

    SQLite reads missing pages as zeros, which ``quick_check`` can miss when the cut falls
    inside the last page; the page count in the header tells. It is trusted only when SQLite
    marks it valid, and not while a -wal file may still be checkpointed into the file.
    """
    if len(header) < 100:
        raise DatabaseCorrupt(str(path), "the file is cut short (its header is incomplete)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    wal = Path(f"{path}-wal")
    if not page_count or not counter_valid or (wal.exists() and wal.stat().st_size > 0):
        return
    expected = page_count * page_size
    actual = path.stat().st_size
    if actual < expected:
        raise DatabaseCorrupt(
            str(path),
            f"the file is cut short: {actual:,} of {expected:,} bytes (an unfinished copy?)",
        )


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (nor create it)."""
    conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
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
