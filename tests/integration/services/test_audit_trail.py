"""Every change a user makes is in the history with who made it (the computer's account for a
file on this computer) and its old and new values as they were: a ticked box stays True, a
number a number, a date an ISO date."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from groupdesk.core.database import open_database
from groupdesk.core.services.members import MemberRecord, MemberService

from .audit_world import Expected, change_everything, recorded, row_count, typed, users

REPO = Path(__file__).resolve().parents[3]


def account() -> str:
    return pwd.getpwuid(os.getuid()).pw_name


def mismatches(db, expected: list[Expected], user: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The expected rows not found, one line each with what was recorded instead."""
    out = []
    for e in expected:
        rows = recorded(db, e)
        want = (typed(e.old), typed(e.new), user)
        seen = []
        for old, new, by in rows:
            if e.partial and isinstance(new, dict) and isinstance(e.new, dict):
                new = {k: new.get(k) for k in e.new}
            seen.append((typed(old), typed(new), by))
        if want not in seen:
            out.append(f"{e.what}: {e.entity} {e.entity_id} {e.action} {e.field}: {seen}")
    return out


def test_every_kind_of_change_is_recorded_with_the_account_and_typed_values(
    db, tmp_path: Path
) -> None:
    expected = change_everything(db, tmp_path)
    assert mismatches(db, expected, account()) == []
    # Nothing anywhere without a user, or with anyone else's.
    assert users(db) == [account()]


def test_the_account_is_the_process_owner_not_what_the_environment_claims(
    db, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "mallory")
    MemberService(db).create(MemberRecord(member_number="A-1", full_name="Ayu"))
    assert users(db) == [account()]


# Started as root (this Python may live where another account cannot read it), everything
# loaded, then it becomes an account that has no name and no $USER before it opens the file.
CHILD = textwrap.dedent(
    """
    import os, sys
    from groupdesk.core.database import open_database
    from groupdesk.core.services.members import MemberRecord, MemberService

    uid = int(sys.argv[2])
    b"a".decode("unicode_escape")  # the codecs the opening needs, loaded while they can be
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        os.environ.pop(name, None)
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)
    db = open_database(sys.argv[1], daily_backup=False, lock_factory=None)
    MemberService(db).create(MemberRecord(member_number="A-1", full_name="Ayu"))
    db.close()
    """
)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to switch")
def test_an_account_without_a_name_is_recorded_by_its_number() -> None:
    """A container started with a bare user id: no entry in /etc/passwd, no $USER."""
    uid = 54321
    try:
        pwd.getpwuid(uid)
        pytest.skip(f"user id {uid} has a name on this computer")
    except KeyError:
        pass
    folder = Path(tempfile.mkdtemp(prefix="groupdesk-uid-"))
    try:
        path = folder / "roster.sqlite"
        open_database(path, daily_backup=False, lock_factory=None).close()
        for item in (folder, *folder.iterdir()):
            os.chown(item, uid, uid)
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(path), str(uid)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        db = open_database(path, read_only=True)
        try:
            assert users(db) == [f"uid {uid}"] and row_count(db) > 0
        finally:
            db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_history_of_an_older_file_opened_read_only_is_still_shown(db, db_path: Path) -> None:
    """A file not upgraded (opened read-only) still holds values written as plain text."""
    member = MemberService(db).create(MemberRecord(member_number="A-1", full_name="Ayu"))
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE audit_log SET new_value = 'Ayu Lestari' WHERE field = 'full_name'"
        )
    db.close()
    readonly = open_database(db_path, read_only=True)
    try:
        lines = MemberService(readonly).history(member.id or 0)
    finally:
        readonly.close()
    assert "Ayu Lestari" in [line.new_value for line in lines]
