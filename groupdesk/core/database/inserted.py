"""The id of the row a one-row INSERT just made.

SQLAlchemy types ``inserted_primary_key`` as optional and offers it only on a cursor result
(a session's ``execute`` is typed as the general ``Result``). A one-row INSERT into a table
with an id always has it, so its absence is a programming error, never the user's input.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CursorResult, Result


def inserted_id(result: Result[*tuple[Any, ...]]) -> int:
    """The new row's id, from the result of ``execute(insert(Model).values(...))``."""
    key = result.inserted_primary_key if isinstance(result, CursorResult) else None
    if key is None:
        raise TypeError("not the result of a one-row INSERT")
    return int(key[0])
