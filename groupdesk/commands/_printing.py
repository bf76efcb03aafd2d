"""Qt for the commands that print a PDF: loaded only once there is something to print, off
screen when there is no display to talk to.

The application made is a QApplication (not the lighter QGuiApplication): a process that
prints and later shows a window, as the tests do, can then keep the one Qt allows."""

from __future__ import annotations

import os
import sys

_KEPT: list[object] = []  # the application lives as long as the process


def ready_to_print() -> None:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        _KEPT.append(QApplication(sys.argv[:1]))
