"""Consistent copies of a live SQLite database.

A plain file copy of a WAL database can miss committed pages that still sit in the -wal file;
SQLite's online backup API copies a consistent snapshot even while others read.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` with the backup API and verify the copy."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    tmp = destination.with_name(destination.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
            # The copy is a standalone file: no WAL beside it to lose.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    if ok != "ok":
        tmp.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"backup of {source} failed its integrity check: {ok}")
    tmp.replace(destination)
    return destination


def timestamped_backup_path(source: Path, folder: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder / f"{source.stem}.{label}.{stamp}{source.suffix or '.sqlite'}"
