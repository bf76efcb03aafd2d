"""Pins the environment every test runs in: offscreen Qt, English UI, no network, own folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "en_US.UTF-8"
os.environ["LANGUAGE"] = "en"
os.environ.pop("GROUPDESK_DB", None)

REPO_ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Beside the repository, or further up (a checkout kept in a subfolder of the same place).
REALFILES = next(
    (up / "shared" / "realfiles" for up in REPO_ROOT.parents if (up / "shared/realfiles").is_dir()),
    REPO_ROOT.parent / "shared" / "realfiles",
)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep data, logs and settings of a test out of the real user's folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("GROUPDESK_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "groupdesk.sqlite"


@pytest.fixture
def db(db_path: Path):
    from groupdesk.core.database import open_database

    # The test itself is not a second GroupDesk: it takes no writer lock, so the commands it
    # runs on the same file (as a user would) are not told the file is in use.
    database = open_database(db_path, lock_factory=None)
    yield database
    database.close()
