"""A failed write leaves the target as it was and no temporary file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from groupdesk.core.export.atomic import replace_on_success


def test_success_moves_the_file_into_place(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with replace_on_success(target) as temp:
        assert temp.parent == tmp_path
        temp.write_text("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_failure_keeps_the_old_file_and_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError), replace_on_success(target) as temp:
        temp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
