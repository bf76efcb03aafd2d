"""Looking at an SQLite file without changing it: its header, a read-only connection, its disk.

These checks run before anything that could write, so they only ever read.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from .errors import DatabaseMissing, DatabaseReadOnly, NotADatabase

SQLITE_HEADER = b"SQLite format 3\x00"

# Where Linux lists mounted file systems; a module attribute so tests can point it elsewhere.
MOUNTS_FILE = Path("/proc/mounts")
# File systems on which SQLite's locking (and WAL's shared memory) cannot be trusted.
NETWORK_FS_TYPES = ("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs")


def check_sqlite_header(path: Path) -> None:
    """Raise unless ``path`` is a readable file starting with the SQLite header."""
    shown = str(path)
    if not path.exists():
        raise DatabaseMissing(shown, "no such file")
    if path.is_dir():
        raise NotADatabase(shown, "is a folder, not a database file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError:
        raise DatabaseReadOnly(shown, "permission denied: the file cannot be read") from None
    except OSError as err:
        raise NotADatabase(shown, f"cannot be read ({err.strerror})") from None
    if not header:
        raise NotADatabase(shown, "the file is empty, not a GroupDesk database")
    if header != SQLITE_HEADER:
        raise NotADatabase(shown, "not a GroupDesk database (not an SQLite file)")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to ``path`` (nor create it)."""
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)


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
