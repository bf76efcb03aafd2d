"""Work around PySide6 6.12 on Python 3.11 dropping a reference to ``None`` on every call
of a Qt method that returns nothing (``QPainter.drawRect``, ``setPen``, ...).

Before Python 3.12 ``None`` is an ordinary counted object: a PDF of a few thousand rows
makes enough painter calls to bring its count to zero and the interpreter aborts
("deallocating None"). From Python 3.12 on ``None`` is immortal and this guard does nothing.
"""

from __future__ import annotations

import ctypes
import sys

NEEDED = sys.version_info < (3, 12)


class NoneGuard:
    """Remembers ``None``'s reference count and gives back whatever Qt calls took."""

    def __init__(self) -> None:
        self._base = sys.getrefcount(None)

    def settle(self) -> None:
        if not NEEDED:
            return
        lost = self._base - sys.getrefcount(None)
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
