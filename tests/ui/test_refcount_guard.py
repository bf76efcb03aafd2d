"""Many progress signals and painter calls must not wear down None, True and False."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from groupdesk.ui.refcount_guard import RefcountGuard


class _Emitter(QObject):
    moved = Signal(int, int)


def test_guard_gives_back_what_emits_take() -> None:
    emitter = _Emitter()
    seen: list[int] = []
    emitter.moved.connect(lambda done, _total: seen.append(done))
    guard = RefcountGuard()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for done in range(300):
        emitter.moved.emit(done, 300)
        guard.settle()
    assert len(seen) == 300
    assert sys.getrefcount(True) >= before[0]
    assert sys.getrefcount(None) >= before[1]
