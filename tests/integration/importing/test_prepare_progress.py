"""Preparing reports its progress row by row and can be cancelled; nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from groupdesk.core.importing import ImportCancelled, ImportPlan, prepare
from groupdesk.core.importing.runner import PREPARE_CHUNK

from .helpers import count, write_csv


def roster(tmp_path: Path, rows: int) -> Path:
    lines = ["No. Anggota,Nama Lengkap"] + [f"N-{n},Anggota {n}" for n in range(rows)]
    return write_csv(tmp_path / "r.csv", lines)


def test_progress_is_reported_up_to_the_total(db, tmp_path: Path) -> None:
    total = 2 * PREPARE_CHUNK + 7
    reports: list[tuple[int, int]] = []
    prepared = prepare(
        db,
        ImportPlan("members", roster(tmp_path, total)),
        progress=lambda done, of: reports.append((done, of)) or True,
    )
    assert len(prepared.rows) == total
    assert reports == [
        (0, total),
        (PREPARE_CHUNK, total),
        (2 * PREPARE_CHUNK, total),
        (total, total),
    ]


def test_progress_returning_false_cancels(db, tmp_path: Path) -> None:
    seen: list[int] = []

    def stop_after_the_first_chunk(done: int, total: int) -> bool:
        seen.append(done)
        return done < PREPARE_CHUNK

    with pytest.raises(ImportCancelled):
        prepare(
            db,
            ImportPlan("members", roster(tmp_path, 3 * PREPARE_CHUNK)),
            progress=stop_after_the_first_chunk,
        )
    assert seen == [0, PREPARE_CHUNK]
    assert count(db, "members") == 0
