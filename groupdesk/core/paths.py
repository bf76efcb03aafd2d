"""Where GroupDesk keeps its files on this computer (per-user folders from platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="GroupDesk", appauthor="GroupDesk")

DB_ENV_VAR = "GROUPDESK_DB"
DEFAULT_DB_NAME = "groupdesk.sqlite"


def data_dir() -> Path:
    return Path(_DIRS.user_data_dir)


def log_dir() -> Path:
    return Path(_DIRS.user_log_dir)


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def default_database() -> str:
    """The database to open when none is named: ``$GROUPDESK_DB``, else the user's data folder."""
    return os.environ.get(DB_ENV_VAR) or str(data_dir() / DEFAULT_DB_NAME)
