"""All declared message codes: importing every area of ``texts/`` first."""

from __future__ import annotations

from . import texts as _areas  # noqa: F401  (declares the texts on import)
from .registry import Source, declared


def sources() -> dict[str, Source]:
    """Every declared code with its English source."""
    return declared()
