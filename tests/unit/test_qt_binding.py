"""The Qt binding must not slowly destroy the interpreter during a long working day.

PySide6 6.12.0 on Python 3.11 drops one reference to None on every call of a method that
returns nothing, and one to True on every signal emitted with it; after some hundred thousand
calls (a busy calendar repaints that often) Python aborts with "deallocating None". These run
3,000 such calls and check the counts did not fall by anything like that many. The garbage
collector is held still meanwhile, so objects freed by chance cannot move the counts.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

import pytest

CALLS = 3_000  # enough to see a leak, too few to exhaust the count and abort
ALLOWED_DRIFT = 200  # a leaking binding loses one reference per call


def _loss(obj: object, call: Callable[[], None]) -> int:
    """References to ``obj`` lost over CALLS calls; stops early once the leak is plain, so a
    bad binding fails this test instead of aborting the whole run."""
    gc.collect()
    gc.disable()
    try:
        before = sys.getrefcount(obj)
        for done in range(CALLS):
            call()
            if done % 50 == 0 and before - sys.getrefcount(obj) > ALLOWED_DRIFT:
                break
        return before - sys.getrefcount(obj)
    finally:
        gc.enable()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_qt_calls_keep_none_alive(qapp) -> None:
    from PySide6.QtGui import QPainter, QPen, QPixmap

    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    pen = QPen()

    try:
        assert _loss(None, lambda: painter.setPen(pen)) < ALLOWED_DRIFT
    finally:
        painter.end()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_signals_keep_true_alive(qapp) -> None:
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ticked = Signal(bool)

    emitter = Emitter()
    emitter.ticked.connect(lambda _value: None)

    assert _loss(True, lambda: emitter.ticked.emit(True)) < ALLOWED_DRIFT
