"""A message: what is to be said (a code) and the values it names, in no language yet."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Message:
    """``Message("member.name_required")`` or ``Message("phone.invalid", {"value": "12"})``.

    The text is chosen only when someone reads it, by the catalogue of the reader's language:
    the window's, the organisation's for a report, the one ``--lang`` names on the command
    line.
    """

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
