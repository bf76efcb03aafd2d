"""Restoring needs a backup of what is there now: without a backup folder, nothing changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from groupdesk.core.database import open_database
from groupdesk.core.demo import generate_demo
from groupdesk.ui.database import open_database_flow


def _members(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM members").fetchone()[0])


def test_restore_when_the_backup_folder_cannot_be_made(qtbot, tmp_path: Path, monkeypatch) -> None:
    current, older = tmp_path / "roster.sqlite", tmp_path / "older.sqlite"
    for path, members in ((current, 30), (older, 5)):
        db = open_database(path)
        generate_demo(db, members=members, shifts=2)
        db.close()
    # The user's data folder is a file now (a mistyped setting, a broken profile).
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(
        open_database_flow,
        "inform",
        lambda _p, title, text, warning=False: said.append((title, text)),
    )
    monkeypatch.setattr(open_database_flow, "choose_backup", lambda *_a: older)

    assert open_database_flow.restore_with_dialogs(current, None) is False

    [(title, text)] = said
    assert title == "Cannot restore"
    assert text.startswith("No backup can be made in the backup folder, so nothing was changed.")
    assert _members(current) == 30
