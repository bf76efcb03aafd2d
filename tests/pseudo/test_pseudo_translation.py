"""GROUPDESK_LANG=qps: the window's texts that Indonesian translates are accented, with their
counts, %1 markers and & shortcuts working; a text Indonesian lacks stays plain English; the
core's messages in the window are in the pseudo-language too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from groupdesk.core.messages import Message
from groupdesk.core.messages.pseudo import pseudo_text
from groupdesk.ui.common import labels
from groupdesk.ui.common.fill import fill
from groupdesk.ui.common.messages import gui_language as window_language
from groupdesk.ui.common.messages import say
from tests.ui.conftest import _app_identity, gui_language, translations_dir  # noqa: F401

translate = QCoreApplication.translate


def test_the_window_speaks_the_pseudo_language(gui_language) -> None:  # noqa: F811
    gui_language("qps")
    assert translate("MainWindow", "&File") == "[&Ƒîĺé ~]"
    # Qt fills the count of a text with %n, and fill() its %1
    shown = labels.counted(translate("MainWindow", "%n members on the roster", "", 1200), 1200)
    assert shown == pseudo_text("%n members on the roster").replace("%n", "1,200")
    assert fill(translate("MainWindow", "Database: %1"), "~/a.sqlite").startswith(
        "[Đàţàƀàšé: ~/a.sqlite "
    )
    # Qt's own texts that GroupDesk translates into Indonesian
    assert translate("QPlatformTheme", "Cancel") == pseudo_text("Cancel")
    # a text the Indonesian translation does not hold shows as it is: English that escaped
    assert translate("MainWindow", "Not a text of GroupDesk") == "Not a text of GroupDesk"
    assert window_language() == "qps"
    assert say(Message("report.total")) == pseudo_text("Total")


def test_indonesian_and_english_are_unchanged(gui_language) -> None:  # noqa: F811
    gui_language("id")
    assert translate("MainWindow", "&File") == "&Berkas"
    assert window_language() == "id"
    gui_language("en")
    assert translate("MainWindow", "&File") == "&File"
