"""Turning what a user typed (a path or an SQLAlchemy URL) into something to connect to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import URL, make_url

_URL_RE = re.compile(r"^[a-z][a-z0-9+]*://", re.IGNORECASE)


@dataclass(frozen=True)
class Location:
    """Where a database lives: a local SQLite file (``path``) or any other SQLAlchemy ``url``."""

    url: URL
    path: Path | None

    @property
    def is_sqlite_file(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)


def parse_location(target: str | Path) -> Location:
    text = str(target)
    if _URL_RE.match(text):
        url = make_url(text)
        if url.get_backend_name() == "sqlite":
            database = url.database
            if database and database != ":memory:" and not database.startswith("file:"):
                return Location(url=url, path=Path(database).expanduser().resolve())
        return Location(url=url, path=None)
    path = Path(text).expanduser().resolve()
    return Location(url=make_url(f"sqlite:///{path}"), path=path)


def sqlite_url(path: Path, *, read_only: bool) -> str:
    """URL for a file; read-only goes through SQLite's URI form so nothing can write."""
    if not read_only:
        return f"sqlite:///{path}"
    return f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true"
