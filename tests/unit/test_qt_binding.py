"""The Qt binding must not slowly destroy the interpreter during a long working day.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a method that
returns nothing; after some hundred thousand calls (a busy calendar repaints that often)
Python aborts with "deallocating None". This runs such calls and checks None survives them.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QPainter, QPen, QPixmap


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_alive(qapp) -> None:
    before = sys.getrefcount(None)
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    pen = QPen()
    for _ in range(20_000):
        painter.setPen(pen)
    painter.end()
    assert sys.getrefcount(None) >= before - 100


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_signals_keep_true_alive(qapp) -> None:
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ticked = Signal(bool)

    emitter = Emitter()
    emitter.ticked.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(20_000):
        emitter.ticked.emit(True)
    assert sys.getrefcount(True) >= before - 100
