"""Two people saving at the same moment on a server: one wins whole, the other is told.

Each race is run many times with a barrier so both writers read before either writes; the
loser must always get GroupDesk's own "changed by someone else" error (never SQLAlchemy's
StaleDataError or a raw IntegrityError) and the winner's data must be what is stored.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from groupdesk.core.importing import ImportPlan, execute, prepare
from groupdesk.core.services.members import MemberRecord, MemberService, StaleEditError

TODAY = dt.date(2026, 11, 25)
EDIT_RACES = 60
IMPORT_RACES = 12


def _race(first: Callable[[], Any], second: Callable[[], Any]) -> list[Any]:
    """Run both at once (after a barrier); each outcome is a result or the exception raised."""
    barrier = threading.Barrier(2)
    outcomes: list[Any] = [None, None]

    def run(index: int, work: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            outcomes[index] = work()
        except BaseException as err:  # the test judges what each writer got
            outcomes[index] = err

    threads = [threading.Thread(target=run, args=(i, w)) for i, w in enumerate((first, second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_the_loser_of_a_concurrent_edit_is_told_someone_else_changed_it(pg_db) -> None:
    service = MemberService(pg_db, today=TODAY)
    member = service.create(MemberRecord(member_number="R-1", full_name="Rina"))
    for attempt in range(EDIT_RACES):
        loaded = service.get(member.id)  # both editors opened the same version
        mine = loaded.with_changes(city=f"Medan {attempt}", notes="mine")
        theirs = loaded.with_changes(city=f"Padang {attempt}", notes="theirs")
        outcomes = _race(lambda r=mine: service.update(r), lambda r=theirs: service.update(r))
        winners = [o for o in outcomes if isinstance(o, MemberRecord)]
        losers = [o for o in outcomes if not isinstance(o, MemberRecord)]
        assert len(winners) == 1, outcomes
        assert len(losers) == 1 and type(losers[0]) is StaleEditError, repr(losers[0])
        assert "someone else" in str(losers[0]).lower()
        stored = service.get(member.id)
        assert (stored.city, stored.notes) == (winners[0].city, winners[0].notes)
        assert stored.version == loaded.version + 1


def _members_csv(path: Path, numbers: range) -> Path:
    lines = ["Member number,Full name,City"]
    lines += [f"N-{n:04d},Anggota {n},{path.stem}" for n in numbers]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count(db, sql: str) -> int:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def test_the_loser_of_two_concurrent_imports_writes_nothing(pg_db, tmp_path: Path) -> None:
    for attempt in range(IMPORT_RACES):
        # Two files that share twenty member numbers, each checked before either was written.
        low = attempt * 100
        one = _members_csv(tmp_path / f"one{attempt}.csv", range(low, low + 40))
        two = _members_csv(tmp_path / f"two{attempt}.csv", range(low + 20, low + 60))
        plans = (
            prepare(pg_db, ImportPlan("members", one)),
            prepare(pg_db, ImportPlan("members", two)),
        )
        outcomes = _race(lambda p=plans[0]: execute(pg_db, p), lambda p=plans[1]: execute(pg_db, p))
        winners = [o for o in outcomes if not isinstance(o, BaseException)]
        losers = [o for o in outcomes if isinstance(o, BaseException)]
        assert len(winners) == 1 and winners[0].written, outcomes
        assert len(losers) == 1 and type(losers[0]) is StaleEditError, repr(losers[0])
        won = one.stem if outcomes[0] is winners[0] else two.stem
        assert _count(pg_db, f"SELECT count(*) FROM members WHERE city = '{won}'") == 40
        assert _count(pg_db, "SELECT count(*) FROM members") == 40 * (attempt + 1)
        batches = "SELECT count(*) FROM audit_log WHERE entity = 'import'"
        assert _count(pg_db, batches) == attempt + 1


def test_two_concurrent_imports_of_different_rows_get_their_own_batches(
    pg_db, tmp_path: Path
) -> None:
    for attempt in range(IMPORT_RACES):
        low = attempt * 100
        one = prepare(
            pg_db, ImportPlan("members", _members_csv(tmp_path / "a.csv", range(low, low + 20)))
        )
        two = prepare(
            pg_db,
            ImportPlan("members", _members_csv(tmp_path / "b.csv", range(low + 50, low + 70))),
        )
        first, second = _race(lambda a=one: execute(pg_db, a), lambda b=two: execute(pg_db, b))
        assert not isinstance(first, BaseException) and not isinstance(second, BaseException)
        assert first.batch != second.batch  # undoing one never takes the other's rows
    assert _count(pg_db, "SELECT count(*) FROM members") == IMPORT_RACES * 40


def test_a_member_added_by_hand_after_an_import_gets_a_new_number(pg_db, tmp_path: Path) -> None:
    execute(
        pg_db, prepare(pg_db, ImportPlan("members", _members_csv(tmp_path / "a.csv", range(5))))
    )
    service = MemberService(pg_db, today=TODAY)
    added = service.create(MemberRecord(member_number="H-1", full_name="Hadi"))
    assert service.get(added.id).full_name == "Hadi"
    assert _count(pg_db, "SELECT count(*) FROM members") == 6


def test_a_member_added_by_hand_after_the_demo_gets_a_new_number(pg_db) -> None:
    from groupdesk.core.demo import generate_demo

    generate_demo(pg_db, members=20, shifts=4, today=TODAY)
    service = MemberService(pg_db, today=TODAY)
    added = service.create(MemberRecord(member_number="H-1", full_name="Hadi"))
    assert service.get(added.id).full_name == "Hadi"
    assert _count(pg_db, "SELECT count(*) FROM members") == 21
