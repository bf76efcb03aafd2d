"""Works around a reference-count slip in some PySide6 builds on Python 3.11.

There, many methods that return nothing (``QPainter.setPen``, ``drawRect``, ...) hand back
``None`` without counting the reference, so every call takes one count away from ``None``;
a few hundred thousand calls later Python aborts with "deallocating None". From Python 3.12
``None`` is immortal and the slip is harmless. :func:`keep_none_alive` measures what a block
of drawing took away and gives it back by holding as many references.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

_AFFECTED = sys.version_info < (3, 12)
_reserve: list[None] = []


@contextmanager
def keep_none_alive() -> Iterator[None]:
    if not _AFFECTED:
        yield
        return
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        lost = before - sys.getrefcount(None)
        if lost > 0:
            _reserve.extend([None] * lost)
