"""Backups: consistent copies, where they go, which ones are kept, and restoring one.

A plain file copy of a WAL database can miss committed pages that still sit in the -wal file;
SQLite's online backup API copies a consistent snapshot even while others read. Every copy is
checked before it takes its final name (``PRAGMA integrity_check``; the copy an import makes
while it writes, ``quick_check``: see :class:`BackupUnderway`), and older backups are rotated
away only after that, so a damaged database never pushes out the good copies.

Where backups go: the folder in ``OrganisationSettings.backup_dir`` when set (a relative path
counts from the database's folder), else a folder per database inside the user's data folder
(``<data>/backups/<name>-<hash of its full path>``). The default is *not* beside the database
on purpose: a lost or dying USB stick then still leaves the backups on the computer, and two
databases that share a file name never rotate each other's backups away.

Names are ``<database stem>.<reason>.<YYYYmmdd-HHMMSS>.sqlite`` in local time. Automatic
backups (``daily``, ``before-import``, ``before-upgrade-…``) are rotated per reason: of each
reason, the newest of each of the last 7 days that have one and the newest of each of the
last 4 ISO weeks are kept. Rotating per reason means the backup taken before an upgrade or an
import is never pushed out by the routine daily copy made a minute later. ``manual`` backups
(made by someone on purpose) and ``damaged`` files (set aside for rescue) are never deleted
by GroupDesk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
import stat
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from groupdesk.core import paths
from groupdesk.core.messages.message import Message
from groupdesk.core.messages.os_errors import os_reason

from . import migrate
from .errors import (
    BackupFolderUnwritable,
    BackupUnusable,
    DatabaseCorrupt,
    DatabaseError,
    DatabaseReadOnly,
    NotADatabase,
)
from .sqlite_file import (
    absent_companions,
    check_sqlite_header,
    connect_read_only,
    first_finding,
    is_writable,
    remove_created,
)


class BackedUpDatabase(Protocol):
    """What backing up needs of an open database (``connection.Database`` has it); named
    here so that this module need not import the one that opens databases, which uses it."""

    @property
    def path(self) -> Path | None: ...

    @property
    def read_only(self) -> bool: ...

    @property
    def backup_dir(self) -> Path | None: ...

    @property
    def backups(self) -> list[Path]: ...


log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
MANUAL = "manual"
DAILY = "daily"
DAMAGED = "damaged"
# Made on purpose or kept for rescue: rotation never deletes these.
KEPT_FOREVER = frozenset({MANUAL, DAMAGED})
SUFFIX = ".sqlite"
_STAMP = "%Y%m%d-%H%M%S"
_REASON_RE = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_NAME_RE = re.compile(
    rf"^(?P<stem>.+)\.(?P<reason>{_REASON_RE})\.(?P<stamp>[0-9]{{8}}-[0-9]{{6}})(?:-(?P<n>[1-9][0-9]*))?"
    rf"{re.escape(SUFFIX)}\Z",
    re.DOTALL,  # a file name may hold any character but "/" (even a line break)
)


# -- names and rotation (pure) -------------------------------------------------------------


@dataclass(frozen=True)
class BackupName:
    stem: str
    reason: str
    taken: dt.datetime
    n: int = 0

    @property
    def automatic(self) -> bool:
        return self.reason not in KEPT_FOREVER


def backup_file_name(stem: str, reason: str, taken: dt.datetime, n: int = 0) -> str:
    if not re.fullmatch(_REASON_RE, reason):
        raise ValueError(f"not a backup reason: {reason!r}")
    extra = f"-{n}" if n else ""
    return f"{stem}.{reason}.{taken.strftime(_STAMP)}{extra}{SUFFIX}"


def parse_backup_name(name: str) -> BackupName | None:
    match = _NAME_RE.match(name)
    if not match:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return BackupName(match["stem"], match["reason"], taken, int(match["n"] or 0))


def backups_to_keep(
    taken: Iterable[dt.datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY
) -> set[dt.datetime]:
    """Which of these (good) backups rotation keeps: the newest of each of the ``daily`` most
    recent days that have one and of each of the ``weekly`` most recent ISO weeks.

    The newest backup is always kept, at most ``daily + weekly`` are, and applying the rule
    to what it kept keeps the same set (rotation never erodes the survivors).
    """
    keep: set[dt.datetime] = set()
    days: set[dt.date] = set()
    weeks: set[tuple[int, int]] = set()
    for when in sorted(set(taken), reverse=True):
        day = when.date()
        week = tuple(when.isocalendar())[:2]
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(when)
        if week not in weeks and len(weeks) < weekly:
            weeks.add(week)  # type: ignore[arg-type]
            keep.add(when)
    return keep


# -- folders and listing -------------------------------------------------------------------


def backup_folder_for(db_path: Path, setting: str | Path | None = None) -> Path:
    """The backup folder of a database (see the module docstring)."""
    if setting:
        folder = Path(setting).expanduser()
        return folder if folder.is_absolute() else (db_path.parent / folder).resolve()
    digest = hashlib.sha1(str(db_path.resolve()).encode()).hexdigest()[:8]
    return paths.default_backup_dir() / f"{db_path.stem}-{digest}"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    taken: dt.datetime
    size: int
    members: int | None  # None when the file cannot be read as a GroupDesk database

    @property
    def automatic(self) -> bool:
        return self.reason not in KEPT_FOREVER


def list_backups(folder: Path, stem: str | None = None, *, count: bool = True) -> list[BackupInfo]:
    """Backups in ``folder`` (of the database called ``stem``), newest first."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        name = parse_backup_name(path.name)
        if name is None or (stem is not None and name.stem != stem) or not path.is_file():
            continue
        found.append(
            BackupInfo(
                path=path,
                reason=name.reason,
                taken=name.taken,
                size=path.stat().st_size,
                members=member_count(path) if count else None,
            )
        )
    found.sort(key=lambda b: (b.taken, parse_backup_name(b.path.name).n), reverse=True)  # type: ignore[union-attr]
    return found


def member_count(path: Path) -> int | None:
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return None
    try:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


# -- making backups ------------------------------------------------------------------------


def writable_folder(folder: Path) -> None:
    """Make sure ``folder`` exists and a file can be written in it, or raise
    :class:`BackupFolderUnwritable` saying why (nothing has been written then)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        why = os_reason(err)
        raise BackupFolderUnwritable(str(folder), "backup.folder_uncreatable", detail=why) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BackupFolderUnwritable(str(folder), "backup.folder_read_only")


# Called with (pages copied, pages in all) after each step of a copy; returning False (or
# raising) stops the copy, which then leaves nothing behind.
Progress = Callable[[int, int], object]
# Pages copied per step: about 4 MB with SQLite's default 4 KB page, a tenth of a second.
STEP_PAGES = 1024
PARTIAL = ".partial"


class BackupCancelled(Exception):
    """A backup stopped on request (a quit); the next open of the day makes it again."""


def backup_sqlite_file(
    source: Path, destination: Path, *, progress: Progress | None = None
) -> Path:
    """Copy ``source`` to ``destination`` with the backup API and verify the copy.

    The copy is made in steps of :data:`STEP_PAGES` pages, all from one read snapshot of
    ``source``: writes others make meanwhile neither restart it nor end up half in it.
    ``progress`` hears after each step and may stop the copy (:class:`BackupCancelled`).

    Raises :class:`sqlite3.DatabaseError` (and leaves ``destination`` alone) when the copy
    fails its integrity check.
    """
    src, tmp = _pin_snapshot(source, destination)
    return _copy_pinned(src, tmp, destination, progress=progress, check=FULL_CHECK)


FULL_CHECK = "integrity_check"
# Every page, cell and record of the copy, without comparing each index with its table.
QUICK_CHECK = "quick_check"


def _pin_snapshot(source: Path, destination: Path) -> tuple[sqlite3.Connection, Path]:
    """Open ``source`` read-only inside a read transaction, so that what is copied later is
    the data as it is now (WAL mode), and name the partial file the copy goes to."""
    writable_folder(destination.parent)
    remove_stale_partials(destination.parent)
    # The process id in the name tells a later run whether its maker is still at work.
    tmp = destination.with_name(f"{destination.name}.{os.getpid()}{PARTIAL}")
    _remove_with_companions(tmp)
    src = connect_read_only(source, any_thread=True)
    try:
        # One read transaction for the whole copy: a consistent snapshot (WAL mode).
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        src.close()
        raise
    return src, tmp


def _copy_pinned(
    src: sqlite3.Connection,
    tmp: Path,
    destination: Path,
    *,
    progress: Progress | None,
    check: str,
) -> Path:
    """Copy the snapshot ``src`` holds into ``tmp``, check it, and give it its final name;
    ``src`` is closed in every case."""
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst, pages=STEP_PAGES, progress=_stepper(progress), sleep=0)
            # The copy is a standalone file: no WAL beside it to lose (and none left
            # behind by a process killed during the check).
            dst.execute("PRAGMA journal_mode = DELETE")
            ok = _integrity_check(dst, progress, check)
        finally:
            dst.close()
    except BaseException:
        _remove_with_companions(tmp)
        raise
    finally:
        src.close()
    if ok != "ok":
        _remove_with_companions(tmp)
        raise sqlite3.DatabaseError(
            f"backup of {destination.name} failed its integrity check: {first_finding(ok)}"
        )
    tmp.replace(destination)
    return destination


def _integrity_check(
    conn: sqlite3.Connection, progress: Progress | None, check: str = FULL_CHECK
) -> str:
    """The copy's integrity check, which a stop request ends too (it takes as long as
    the copy itself)."""
    if progress is None:
        return str(conn.execute(f"PRAGMA {check}").fetchone()[0])
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    stopped = False

    def still_wanted() -> int:
        nonlocal stopped
        stopped = progress(pages, pages) is False
        return 1 if stopped else 0

    conn.set_progress_handler(still_wanted, 200_000)
    try:
        return str(conn.execute(f"PRAGMA {check}").fetchone()[0])
    except sqlite3.OperationalError:
        if stopped:
            raise BackupCancelled("the backup was stopped") from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _stepper(progress: Progress | None) -> Callable[[int, int, int], None] | None:
    if progress is None:
        return None

    def step(_status: int, remaining: int, total: int) -> None:
        if progress(total - remaining, total) is False:
            raise BackupCancelled("the backup was stopped")

    return step


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


_PARTIAL_RE = re.compile(r"\.(?P<pid>[0-9]+)\.(?:partial|restoring)(?:-wal|-shm|-journal)?\Z")


# Copies named without a process id (older GroupDesks): removed once a day old.
_LEGACY_PARTIAL_RE = re.compile(r"\.sqlite\.partial(?:-wal|-shm|-journal)?\Z")


def _older_than_a_day(path: Path) -> bool:
    try:
        return dt.datetime.now().timestamp() - path.stat().st_mtime > 86_400
    except OSError:
        return False


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove what backups killed half way left in ``folder``: ``.partial`` copies and their
    -wal and -shm files, of processes that no longer run (a running one is still copying)."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        match = _PARTIAL_RE.search(path.name)
        if match is None:
            if not _LEGACY_PARTIAL_RE.search(path.name) or not _older_than_a_day(path):
                continue
        elif _process_runs(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _process_runs(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # pragma: no cover - os.kill(pid, 0) would stop it there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _free_name(folder: Path, stem: str, reason: str, when: dt.datetime) -> Path:
    n = 0
    while (path := folder / backup_file_name(stem, reason, when, n)).exists():
        n += 1
    return path


def make_backup(
    source: Path,
    folder: Path,
    reason: str,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """Back ``source`` up into ``folder``, check the copy, then rotate older automatic ones."""
    when = (now or dt.datetime.now()).replace(microsecond=0)
    dest = backup_sqlite_file(
        source, _free_name(folder, source.stem, reason, when), progress=progress
    )
    log.info("backed up %s to %s", source, dest)
    if reason not in KEPT_FOREVER:
        rotate_backups(folder, source.stem)
    return dest


def rotate_backups(folder: Path, stem: str) -> list[Path]:
    """Delete the automatic backups of ``stem`` that :func:`backups_to_keep` lets go."""
    by_reason: dict[str, list[BackupInfo]] = {}
    for b in list_backups(folder, stem, count=False):
        if b.automatic:
            by_reason.setdefault(b.reason, []).append(b)
    deleted = []
    for group in by_reason.values():
        # Of several backups in one second only the last-numbered one can be kept.
        newest_of_second: dict[dt.datetime, BackupInfo] = {}
        for b in group:  # newest first
            newest_of_second.setdefault(b.taken, b)
        keep = backups_to_keep(newest_of_second)
        for b in group:
            if not (b.taken in keep and newest_of_second[b.taken] is b):
                with contextlib.suppress(OSError):
                    b.path.unlink()
                    deleted.append(b.path)
    return deleted


def backup_before(db: BackedUpDatabase, reason: str) -> Path | None:
    """Back ``db`` up before a risky change (``reason``: "import", "trash", …).

    The hook for the import and trash features: call it before the change and go on only if
    it returns (it raises when the backup cannot be made). A database on a server is backed
    up by its administrator, so nothing is done there and None is returned.
    """
    if db.path is None:
        return None
    label = reason if reason.startswith("before-") else f"before-{reason}"
    dest = make_backup(db.path, db.backup_dir or backup_folder_for(db.path), label)
    db.backups.append(dest)
    return dest


class BackupUnderway:
    """A backup taken before a change while the change is being written.

    The snapshot is pinned when this starts, so the copy holds the data exactly as it was
    before the change, however far the change has got; the copy and its check run on a
    worker thread (SQLite lets go of Python's lock while it works), beside the change's own
    work. :meth:`wait` must return before the change commits: it raises when the backup
    failed, and the change is then rolled back, as if the backup had been made first.

    The check here is SQLite's ``quick_check``: every page, cell and record of the copy,
    which is what a copy can damage. The index-by-index comparison a full
    ``integrity_check`` adds would only find faults the database itself has; the daily
    backup, every backup made by hand and ``groupdesk check`` run the full one.
    """

    def __init__(self, db: BackedUpDatabase, source: Path, reason: str) -> None:
        label = reason if reason.startswith("before-") else f"before-{reason}"
        folder = db.backup_dir or backup_folder_for(source)
        when = dt.datetime.now().replace(microsecond=0)
        destination = _free_name(folder, source.stem, label, when)
        self._db = db
        self._folder = folder
        self._stem = source.stem
        self._path: Path | None = None
        self._error: BaseException | None = None
        self._waited = False
        src, tmp = _pin_snapshot(source, destination)
        self._thread = threading.Thread(
            target=self._work,
            args=(src, tmp, destination),
            name=f"backup-{label}",
            daemon=True,
        )
        if str(src.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            self._thread.start()
        else:
            # Without WAL the pinned reader would hold up the change's own writes: copy
            # first, as before.
            self._thread.run()

    def _work(self, src: sqlite3.Connection, tmp: Path, destination: Path) -> None:
        try:
            self._path = _copy_pinned(src, tmp, destination, progress=None, check=QUICK_CHECK)
        except BaseException as err:  # handed to the thread that waits
            self._error = err

    def wait(self) -> Path:
        """The backup's path once it is made and checked; raises what made it fail."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._path is not None
        if not self._waited:
            self._waited = True
            log.info("backed up %s to %s", self._stem, self._path)
            self._db.backups.append(self._path)
            rotate_backups(self._folder, self._stem)
        return self._path

    def settle(self) -> None:
        """Let the backup finish when the change did not go ahead (an error, a cancel): a
        good copy is kept, a failed one leaves nothing behind."""
        with contextlib.suppress(Exception):
            self.wait()


def backup_while(db: BackedUpDatabase, reason: str) -> BackupUnderway | None:
    """Start the backup ``reason`` (e.g. "import") needs before a change, to run beside the
    change: the caller writes, then calls :meth:`BackupUnderway.wait` before committing. A
    database on a server is backed up by its administrator: None."""
    if db.path is None:
        return None
    return BackupUnderway(db, db.path, reason)


def daily_backup_due(db: BackedUpDatabase, *, now: dt.datetime | None = None) -> bool:
    """Whether today's automatic backup of ``db`` is still to be made."""
    if db.path is None or db.read_only:
        return False
    now = now or dt.datetime.now()
    folder = db.backup_dir or backup_folder_for(db.path)
    return not any(
        b.reason == DAILY and b.taken.date() == now.date()
        for b in list_backups(folder, db.path.stem, count=False)
    )


def daily_backup_if_due(
    db: BackedUpDatabase, *, now: dt.datetime | None = None, progress: Progress | None = None
) -> Path | None:
    """The first open of a day backs the database up; later opens that day do nothing.

    The window calls this from a background thread (with ``progress``), so opening stays
    instant; a quit stops it, and the next open makes it again.
    """
    if db.path is None or not daily_backup_due(db, now=now):
        return None
    folder = db.backup_dir or backup_folder_for(db.path)
    dest = make_backup(db.path, folder, DAILY, now=now, progress=progress)
    db.backups.append(dest)
    return dest


# -- checking and restoring ----------------------------------------------------------------


def check_database(path: Path) -> list[Message]:
    """Full integrity and foreign-key check, read-only, and what the file is when it is no
    usable GroupDesk database. Empty when all is well; each finding is said by the catalogue.

    Raises a :class:`DatabaseError` when ``path`` is missing or not an SQLite file.
    """
    try:
        check_sqlite_header(path)
    except DatabaseCorrupt as err:
        return [Message("check.integrity", {"detail": err.reason_message})]
    absent = absent_companions(path)
    findings = _check(path)
    if not findings:
        findings = _what_it_is(path)
    if findings:
        remove_created(absent)
    return findings


def _what_it_is(path: Path) -> list[Message]:
    """An intact SQLite file that is not a usable GroupDesk database, said in words: another
    program's database, one from a newer GroupDesk, one without tables, a half-made one."""
    try:
        conn = connect_read_only(path)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            settings = None
            if "organisation_settings" in tables:
                settings = conn.execute(
                    "SELECT 1 FROM organisation_settings WHERE id = 1"
                ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as err:
        return [Message("database.unreadable", {"detail": str(err)})]
    if not tables - {"alembic_version"} and revision is None:
        return [Message("check.no_tables")]
    if revision is None or "members" not in tables:
        # (Other programs use Alembic too: a stamp alone does not make a file GroupDesk's.)
        shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
        return [Message("check.foreign", {"tables": shown})]
    if revision not in migrate.known_revisions():
        return [Message("check.too_new", {"revision": revision})]
    if settings is None:
        return [Message("check.half_made")]
    return []


def _check(path: Path) -> list[Message]:
    findings: list[Message] = []
    try:
        conn = connect_read_only(path)
    except sqlite3.Error as err:
        return [Message("database.unreadable", {"detail": str(err)})]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            findings.extend(Message("check.integrity", {"detail": r}) for r in rows)
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
            findings.append(
                Message("check.foreign_key", {"table": table, "row": rowid, "parent": parent})
            )
    except sqlite3.Error as err:
        findings.append(Message("database.unreadable", {"detail": str(err)}))
    finally:
        conn.close()
    return findings


def verify_backup(path: Path) -> None:
    """Raise :class:`BackupUnusable` unless ``path`` is an intact GroupDesk database that
    this GroupDesk can open."""
    shown = str(path)
    try:
        check_sqlite_header(path)
    except DatabaseError as err:
        raise BackupUnusable(shown, err.code, **err.params) from None
    try:
        conn = connect_read_only(path)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as err:
        raise BackupUnusable(shown, "backup.unreadable", detail=str(err)) from None
    if ok != "ok":
        raise BackupUnusable(shown, "backup.damaged", detail=first_finding(ok))
    if revision is None:
        raise BackupUnusable(shown, "backup.foreign")
    if revision not in migrate.known_revisions():
        raise BackupUnusable(shown, "backup.too_new")


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    target: Path
    saved_current: Path | None  # the backup of what was there before, if anything was
    current_was_damaged: bool = False


def restore_backup(
    backup: Path, target: Path, *, folder: Path, progress: Progress | None = None
) -> RestoreResult:
    """Put the content of ``backup`` into the database file ``target``.

    The caller holds the writer lock on ``target`` and has no connection open to it. What
    ``target`` holds now is backed up into ``folder`` first ("before-restore"). A target
    that is damaged, cut short or empty (the very damage a restore exists for) is set aside
    as it is, renamed into ``folder`` ("damaged"), and replaced by a checked copy of the
    backup that takes its name in one rename. A healthy target is overwritten through
    SQLite's backup API in one transaction, so a crash leaves either the old or the new
    content. ``progress`` hears how far the copying has got.
    """
    if backup.resolve() == target.resolve():
        raise BackupUnusable(str(backup), "backup.is_database")
    verify_backup(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and not is_writable(target):
        raise DatabaseReadOnly(str(target), "backup.target_read_only")
    # The current content is saved there first; without it nothing may be replaced.
    writable_folder(folder)
    saved: Path | None = None
    damaged = target.exists() and _is_damaged(target)
    if target.exists() and not damaged:
        try:
            saved = make_backup(target, folder, "before-restore", progress=progress)
        except sqlite3.Error as err:
            log.warning("cannot back up %s before restoring (%s); setting it aside", target, err)
            damaged = True
    if target.exists() and not damaged:
        _copy_into(backup, target, progress)
    else:
        tmp = target.with_name(f"{target.name}.{os.getpid()}.restoring")
        backup_sqlite_file(backup, tmp, progress=progress)
        if damaged:
            saved = _set_aside(target, folder)
        # The -wal and -shm of the damaged file (set aside with it) must not be replayed
        # into the restored one.
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, target)
    log.info("restored %s from %s", target, backup)
    return RestoreResult(backup, target, saved, damaged)


def _is_damaged(target: Path) -> bool:
    """Whether ``target`` is a database too damaged to back up: cut short, empty, or with
    a header SQLite cannot read. Something that is no SQLite file at all (or a folder, a
    pipe) is more likely a mistyped name than a damaged database: that is refused."""
    try:
        check_sqlite_header(target)
    except DatabaseCorrupt:
        return True
    except NotADatabase:
        with contextlib.suppress(OSError):
            info = target.stat()
            if stat.S_ISREG(info.st_mode) and info.st_size == 0:
                return True
        raise
    return False


def _copy_into(backup: Path, target: Path, progress: Progress | None) -> None:
    src = connect_read_only(backup)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=STEP_PAGES, progress=_stepper(progress), sleep=0)
            ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if ok != "ok":  # pragma: no cover - the backup was checked a moment ago
        raise BackupUnusable(str(backup), "backup.restored_damaged", detail=ok)


def _set_aside(target: Path, folder: Path) -> Path:
    """Keep a damaged file (and its -wal) as it is: someone may still rescue rows from it.

    It is renamed, not copied: nothing reads it byte by byte. Only across file systems
    (the backup folder on another disk) is it copied, with no connection open to it.
    """
    folder.mkdir(parents=True, exist_ok=True)
    dest = _free_name(folder, target.stem, DAMAGED, dt.datetime.now().replace(microsecond=0))
    for suffix in ("", "-wal"):
        source = Path(f"{target}{suffix}")
        if not source.exists():
            continue
        try:
            os.rename(source, Path(f"{dest}{suffix}"))
        except OSError:
            shutil.copy2(source, Path(f"{dest}{suffix}"))
    return dest


def timestamped_backup_path(source: Path, folder: Path, label: str) -> Path:
    """A fresh name in ``folder`` for a backup of ``source`` labelled ``label``."""
    return _free_name(folder, source.stem, label, dt.datetime.now().replace(microsecond=0))
