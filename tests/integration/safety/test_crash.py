"""Crash-proof writes: SIGKILL in the middle of a large import and of a burst of edits.

The child process prints a line after each commit; the test reads those lines and kills
the child right after a chosen one, so the kill lands wherever the child happens to be in
its next transaction. Afterwards the database must pass the full integrity check, hold
every edit the child reported, and hold nothing of a transaction that did not finish.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from groupdesk.core.database import open_database
from groupdesk.core.database.backup import check_database
from groupdesk.core.demo import DEMO_ORGANISATION
from groupdesk.core.models import AuditEntry, Member, OrganisationSettings, Shift

REPO = Path(__file__).resolve().parents[3]
EDIT_KILL_POINTS = 6
SEED = 20261125

BURST = textwrap.dedent(
    """
    import sys
    from groupdesk.core import audit
    from groupdesk.core.database import open_database
    from groupdesk.core.models import AuditAction, Member

    db = open_database(sys.argv[1], daily_backup=False)
    i = int(sys.argv[2])
    while True:
        # One edit = a member and its audit entry, committed together or not at all.
        with db.transaction() as s:
            name = f"Anggota Nomor {i}"
            member = Member(member_number=f"E-{i:06d}", full_name=name, sort_name=name.lower())
            s.add(member)
            s.flush()
            audit.record(s, "member", member.id, AuditAction.CREATE, {"number": (None, i)})
        print(i, flush=True)
        i += 1
    """
)

IMPORT = textwrap.dedent(
    """
    import sys
    from groupdesk.core.database import open_database
    from groupdesk.core import audit
    from groupdesk.core.demo import generate_demo
    from groupdesk.core.models import AuditAction

    db = open_database(sys.argv[1], daily_backup=False)
    for i in range(3):
        with db.transaction() as s:
            audit.record(s, "note", i, AuditAction.CREATE, {"text": (None, f"n{i}")})
        print("committed", i, flush=True)
    # The demo generator writes everything in one transaction, like an import will.
    generate_demo(db, members=int(sys.argv[2]),
                  progress=lambda stage: print("stage", stage, flush=True))
    print("finished", flush=True)
    """
)


def _spawn(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def _kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    child.stderr.close()


def test_a_burst_of_edits_killed_at_random_points_keeps_every_committed_edit(
    db_path: Path,
) -> None:
    open_database(db_path).close()
    rng = random.Random(SEED)
    reported: list[int] = []
    next_number = 1
    for _kill_point in range(EDIT_KILL_POINTS):
        child = _spawn(BURST, str(db_path), str(next_number))
        assert child.stdout is not None
        wanted = rng.randint(1, 40)
        for _ in range(wanted):
            line = child.stdout.readline()
            assert line, f"the child stopped early: {child.stderr.read()}"  # type: ignore[union-attr]
            reported.append(int(line))
        _kill(child)
        # The edit after the last reported one may have committed before the kill landed.
        next_number = reported[-1] + 2

    assert check_database(db_path) == []
    db = open_database(db_path)
    try:
        with db.session() as s:
            numbers = {int(n.removeprefix("E-")) for n in s.scalars(select(Member.member_number))}
            audits = dict(
                s.execute(
                    select(AuditEntry.entity_id, func.count())
                    .where(AuditEntry.entity == "member")
                    .group_by(AuditEntry.entity_id)
                ).all()
            )
            member_ids = set(s.scalars(select(Member.id)))
    finally:
        db.close()
    assert set(reported) <= numbers  # every committed edit is there
    unreported = numbers - set(reported)
    assert len(unreported) <= EDIT_KILL_POINTS  # at most one per kill, finished unseen
    assert all(n - 1 in reported for n in unreported)
    # No half edit: every member has its audit entry and every audit entry its member.
    assert set(audits) == member_ids and set(audits.values()) == {1}


@pytest.mark.parametrize("stage", ["professions, skills, interests, availability", "sign-ups"])
def test_a_large_import_killed_midway_leaves_nothing_of_itself(db_path: Path, stage) -> None:
    open_database(db_path).close()
    child = _spawn(IMPORT, str(db_path), "12000")
    assert child.stdout is not None
    lines = []
    while True:
        line = child.stdout.readline()
        assert line, f"the child stopped early: {child.stderr.read()}"  # type: ignore[union-attr]
        lines.append(line.strip())
        if line.strip() == f"stage {stage}":
            break
    _kill(child)
    assert lines[:3] == ["committed 0", "committed 1", "committed 2"]
    assert "finished" not in lines

    assert check_database(db_path) == []
    db = open_database(db_path)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Member)) == 0
            assert s.scalar(select(func.count()).select_from(Shift)) == 0
            assert s.get(OrganisationSettings, 1).name != DEMO_ORGANISATION
            notes = s.scalars(select(AuditEntry.new_value).where(AuditEntry.entity == "note"))
            assert sorted(notes) == ["n0", "n1", "n2"]
    finally:
        db.close()
