"""A stored code's label as a message: ``label(MemberStatus.LAPSED)`` -> "Lapsed" / "Menunggak"."""

from __future__ import annotations

import re
from enum import StrEnum

from .message import Message


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def label(value: StrEnum) -> Message:
    """The message that names ``value`` (declared in ``texts/labels.py``)."""
    return Message(f"enum.{_snake(type(value).__name__)}.{value.value}")


def label_of(enum: type[StrEnum], code: str) -> Message | str:
    """The label of the stored ``code`` of ``enum``; an unknown code is shown as it is."""
    try:
        return label(enum(code))
    except ValueError:
        return code
