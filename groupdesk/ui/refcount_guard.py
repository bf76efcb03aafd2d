"""Work around PySide6 6.12 on Python 3.11 dropping references to ``None``, ``True`` and
``False``: every call of a Qt method that returns nothing (``QPainter.drawRect``,
``setPen``, ...) loses one reference to ``None``, and every ``Signal.emit`` one to ``True``.

Before Python 3.12 these are ordinary counted objects: a PDF of a few thousand rows, or a
few thousand progress signals, bring a count to zero and the interpreter aborts
("deallocating None"). From Python 3.12 on they are immortal and this guard does nothing.
"""

from __future__ import annotations

import ctypes
import sys

NEEDED = sys.version_info < (3, 12)
_SINGLETONS = (None, True, False)


class RefcountGuard:
    """Remembers the singletons' reference counts and gives back whatever Qt calls took."""

    def __init__(self) -> None:
        self._base = [sys.getrefcount(obj) for obj in _SINGLETONS]

    def settle(self) -> None:
        if not NEEDED:
            return
        for obj, base in zip(_SINGLETONS, self._base, strict=True):
            for _ in range(base - sys.getrefcount(obj)):
                ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))
