"""Values kept as JSON text, so that what was stored comes back as the same kind of value.

The audit trail records old and new values of every kind of field. Written as plain text, a
boolean became "yes", a number "5" and a date whatever ``str`` made of it, and a reader could
no longer tell a field that said "yes" from one that was ticked. As JSON a boolean stays a
boolean and a number a number; dates and times are ISO strings (JSON has no date type).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, TypeAlias

from sqlalchemy import Dialect, Text
from sqlalchemy.types import TypeDecorator

JsonValue: TypeAlias = bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"] | None


def plain(value: object) -> JsonValue:
    """``value`` as JSON-ready data: enums by their value, dates and times as ISO text,
    sets as sorted lists, dataclasses and mappings as objects; anything else as its text."""
    if isinstance(value, Enum):
        return plain(value.value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        items = [plain(v) for v in value]
        try:
            return sorted(items)  # type: ignore[type-var]
        except TypeError:
            return sorted(items, key=repr)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return str(value)


def dumps(value: object) -> str:
    return json.dumps(plain(value), ensure_ascii=False, separators=(",", ":"))


class JsonText(TypeDecorator[Any]):
    """A TEXT column holding one JSON value; SQL NULL for None.

    TEXT rather than the databases' own JSON types: on SQLite a column declared JSON has
    numeric affinity and would turn the text ``5`` into a number before it is read back.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else dumps(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> JsonValue:
        if value is None:
            return None
        try:
            return json.loads(value)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            # Text from before the values were JSON, in a file opened read-only (so not
            # upgraded): shown as the text it is rather than failing the whole history.
            return str(value)
