"""Whatever bytes a file holds, opening it never crashes, never changes it, and says why not.

A file that is not an intact GroupDesk database must raise a DatabaseError subclass (which the
GUI turns into a dialog and the CLI into one line) and keep every byte.
"""

from __future__ import annotations

import hashlib
import itertools
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupdesk.core.database import DatabaseError, open_database
from groupdesk.core.database.sqlite_file import SQLITE_HEADER
from groupdesk.core.demo import generate_demo

_counter = itertools.count()


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


class Snapshot(bytes):
    """A database's bytes that do not flood a failure report."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes of a good database>"


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("good") / "good.sqlite"
    db = open_database(path)
    generate_demo(db, members=60, shifts=5)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return Snapshot(path.read_bytes())


def _must_refuse(workdir: Path, data: bytes) -> None:
    path = workdir / f"f{next(_counter)}.sqlite"
    path.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    with pytest.raises(DatabaseError):
        open_database(path, create=False).close()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in workdir.glob(f"{path.name}*")) == [path.name]


def _open_or_refuse(workdir: Path, data: bytes) -> None:
    """Damage in unused bytes may leave a usable database; anything else must be refused."""
    path = workdir / f"f{next(_counter)}.sqlite"
    path.write_bytes(data)
    digest = hashlib.sha256(data).hexdigest()
    try:
        db = open_database(path, create=False)
    except DatabaseError:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
        assert not Path(f"{path}.lock").exists()
    else:
        db.close()


@fuzz(300)
@given(st.binary(max_size=6000))
def test_random_bytes_are_refused_untouched(workdir: Path, data: bytes) -> None:
    _must_refuse(workdir, data)


@fuzz(200)
@given(st.binary(max_size=6000))
def test_an_sqlite_header_then_garbage_is_refused_untouched(workdir: Path, data: bytes) -> None:
    _must_refuse(workdir, SQLITE_HEADER + data)


@fuzz(200)
@given(st.data())
def test_truncated_databases_are_refused_untouched(workdir, good_bytes, data) -> None:
    cut = data.draw(st.integers(0, len(good_bytes) - 1), label="cut")
    _must_refuse(workdir, good_bytes[:cut])


@fuzz(120)
@given(seed=st.integers(0, 2**32), flips=st.integers(1, 40))
def test_damaged_databases_open_or_are_refused_untouched(workdir, good_bytes, seed, flips):
    rng = random.Random(seed)
    data = bytearray(good_bytes)
    for _ in range(flips):
        data[rng.randrange(len(data))] = rng.randrange(256)
    _open_or_refuse(workdir, bytes(data))
