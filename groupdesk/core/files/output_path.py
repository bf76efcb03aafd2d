"""Refuse an output path that would destroy something, before anything is written.

A report saved under the database's name replaces the database; an error report saved over
the spreadsheet being imported replaces the only copy of the data. Names alone do not tell
(a link, a hard link, ``./`` or another spelling can reach the same file), so the path is
resolved with links followed and compared by ``os.path.samefile`` where the file exists (a
``stat``, never an ``open``: the database must not be opened beside its connection) and by
resolved name where it does not. The folder must exist and be writable, so a bad path is one
sentence before the work starts, not a traceback after it.

``OutputRefused`` carries a ``code`` and ``params`` so the window can say it in the person's
language; ``str()`` of it is the English sentence the command line prints.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from groupdesk.core.messages import Refusal
from groupdesk.core.messages.os_errors import os_reason

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")
"""Files SQLite and GroupDesk keep beside a database while it is open."""


class OutputRefused(Refusal):
    """A path cannot be written to; ``code`` says why ("output.folder", ...), ``params`` with
    what (``path``, ``folder``)."""

    def __init__(self, code: str, /, **params: Any) -> None:
        super().__init__(code, **params)


@dataclass(frozen=True)
class Protected:
    """What must never be written over: the open database and its files, its backups, and
    the files being read."""

    database: Path | None = None
    backup_dir: Path | None = None
    inputs: tuple[Path, ...] = ()

    @classmethod
    def of(cls, db: Any = None, inputs: Iterable[str | os.PathLike[str]] = ()) -> Protected:
        """From an open ``Database`` (or None) and the paths being read."""
        database = getattr(db, "path", None) if db is not None else None
        backup_dir = getattr(db, "backup_dir", None) if db is not None else None
        return cls(
            Path(database) if database else None,
            Path(backup_dir) if backup_dir else None,
            tuple(Path(p) for p in inputs),
        )


def _same(real: Path, other: Path) -> bool:
    """Whether ``real`` (resolved) names the same file as ``other``, without opening either."""
    try:
        return os.path.samefile(real, other)
    except OSError:  # one of them does not exist (yet): compare where they would be
        pass
    try:
        resolved = os.path.realpath(other)
    except (OSError, ValueError):
        return False
    return os.path.normcase(str(real)) == os.path.normcase(resolved)


def _can_create_in(folder: Path) -> bool:
    """Whether a file can be made in ``folder``: tried, because permission bits do not tell
    (an administrator passes them, a read-only disk or a network share may not)."""
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    try:
        handle, probe = tempfile.mkstemp(prefix=".groupdesk-", suffix=".probe", dir=folder)
    except OSError:
        return False
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return True


def _inside(real: Path, folder: Path) -> bool:
    return any(_same(parent, folder) for parent in real.parents)


def check_output_path(path: str | os.PathLike[str], protected: Protected | None = None) -> Path:
    """Return ``path`` (with ``~`` expanded) if a file may be written there; else raise
    OutputRefused.

    Refused: an empty name, a folder, a device or pipe, a missing or read-only folder, a
    read-only file, the open database, its journal, WAL, shared-memory and lock files, anything
    in its backup folder, and the files being read.
    """
    text = os.fspath(path)
    if not str(text).strip():
        raise OutputRefused("output.empty")
    target = Path(text).expanduser()
    shown = str(target)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise OutputRefused("output.unreachable", path=shown, detail=os_reason(err)) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputRefused("output.folder", path=shown)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputRefused("output.special", path=shown)
    real = Path(os.path.realpath(target))
    folder = real.parent
    if not folder.is_dir():
        raise OutputRefused("output.no_folder", path=shown, folder=str(folder))
    if not _can_create_in(folder):
        raise OutputRefused("output.read_only_folder", path=shown, folder=str(folder))
    if info is not None and not os.access(real, os.W_OK):
        raise OutputRefused("output.read_only_file", path=shown)
    if protected is not None:
        _check_protected(real, shown, protected)
    return target


def _check_protected(real: Path, shown: str, protected: Protected) -> None:
    database = protected.database
    if database is not None:
        if _same(real, database):
            raise OutputRefused("output.database", path=shown)
        for suffix in COMPANION_SUFFIXES:
            if _same(real, Path(f"{database}{suffix}")):
                raise OutputRefused("output.companion", path=shown, kind=suffix.lstrip("-."))
    if protected.backup_dir is not None and _inside(real, protected.backup_dir):
        raise OutputRefused("output.backup", path=shown, folder=str(protected.backup_dir))
    for source in protected.inputs:
        if _same(real, source):
            raise OutputRefused("output.input", path=shown)
