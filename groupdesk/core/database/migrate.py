"""Alembic, driven from code: the migration scripts ship inside the package.

Opening an up-to-date database only has to compare its stamp with the newest script, which
is read from the scripts' own ``revision = ...`` lines here: Alembic itself (a fifth of a
second to import) is loaded only when a database is created, stamped or upgraded, or when a
script's lines are not the plain form this reads.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, inspect

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"

_REVISION = re.compile(r"""^revision\b[^=\n]*=\s*(['"])([^'"\n]+)\1\s*$""", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"""^down_revision\b[^=\n]*=\s*(?:None|(['"])([^'"\n]+)\1)\s*$""", re.MULTILINE
)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _read_chain(folder: Path) -> dict[str, str | None] | None:
    """revision -> the revision it follows, read from the scripts in ``folder``; None when a
    script is not in the plain one-line form (Alembic reads those)."""
    chain: dict[str, str | None] = {}
    for script in sorted((folder / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN_REVISION.search(text)
        if revision is None or down is None:
            return None
        chain[revision[2]] = down[2]
    return chain


@cache
def _chain(folder: Path, _names: tuple[str, ...]) -> dict[str, str | None] | None:
    return _read_chain(folder)


def _scripts() -> dict[str, str | None] | None:
    folder = MIGRATIONS_DIR
    names = tuple(sorted(p.name for p in (folder / "versions").glob("*.py")))
    return _chain(folder, names)


def head_revision() -> str:
    chain = _scripts()
    if chain is not None:
        heads = set(chain) - {down for down in chain.values() if down is not None}
        if len(heads) == 1:
            return heads.pop()
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    chain = _scripts()
    if chain is not None:
        return set(chain)
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision the database is stamped with; None for a database without a stamp."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    if len(rows) > 1:
        raise ValueError(f"the database is stamped with {len(rows)} revisions at once")
    return rows[0][0] if rows else None


def upgrade_to_head(connection: Connection) -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def stamp_head(connection: Connection) -> None:
    from alembic import command

    command.stamp(alembic_config(connection), "head")


def current_revision_of(db: Any) -> str | None:
    """The revision a :class:`Database` is stamped with."""
    with db.engine.connect() as conn:
        return current_revision(conn)
