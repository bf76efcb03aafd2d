"""The log file: ``groupdesk.log`` in the user's log folder, rotated so it never fills a disk."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from groupdesk.core import paths

LOG_NAME = "groupdesk.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"


def configure_logging(folder: Path | None = None) -> Path | None:
    """Send GroupDesk's log records to the rotating log file; returns its path.

    Safe to call more than once. When the folder cannot be created the app runs on without
    a log file (None is returned): a missing log must never stop anyone working.
    """
    folder = folder or paths.log_dir()
    path = folder / LOG_NAME
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(logging.INFO)
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


def current_log_file() -> Path | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
