"""``groupdesk gui --self-test`` (not in --help): open the window, look at what a packaged
GroupDesk loses most easily, print what was found and close again.

A bundle that forgot the SVG plugin shows blank icons, one without its .qm files speaks
English to an Indonesian office, one without tzdata fails on the first calendar: none of that
shows in the command line's checks. The bundle's build test runs this offscreen; a user
never needs it.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from groupdesk import __version__
from groupdesk.ui.common.resources import app_icon, resources_dir
from groupdesk.ui.window.help_dialog import gui_language, manual_html
from groupdesk.ui.window.main_window import MainWindow

HOME_ZONE = "Asia/Jakarta"


def run_self_test(app: QApplication, window: MainWindow) -> int:
    """Print the findings, close the window; 0 when nothing is missing, else 1."""
    app.processEvents()
    lines, problems = inspect_window(window)
    window.close()
    app.processEvents()
    for line in lines:
        print(line)
    for problem in problems:
        print(f"problem: {problem}")
    count = len(problems)
    print("self-test: ok" if not count else f"self-test: {count} problem{'s' if count > 1 else ''}")
    return 0 if not problems else 1


def inspect_window(window: MainWindow) -> tuple[list[str], list[str]]:
    """(what was found, what is missing) in the open window and the files it needs."""
    lines = [f"GroupDesk {__version__}", f"language: {gui_language()}"]
    problems: list[str] = []

    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    lines.append(f"menus: {', '.join(menus)}")
    if gui_language() == "id" and QCoreApplication.translate("MainWindow", "&File") == "&File":
        problems.append("the Indonesian translation is not loaded (the .qm files are missing)")

    pages = [window.nav.item(row) for row in range(window.nav.count())]
    lines.append(f"pages: {', '.join(item.text() for item in pages)}")
    blank = [item.text() for item in pages if item.icon().pixmap(22, 22).isNull()]
    if blank:
        problems.append(f"pages without an icon: {', '.join(blank)}")

    svgs = sorted((resources_dir() / "icons").glob("*.svg"))
    from PySide6.QtGui import QIcon

    drawn = [path.stem for path in svgs if not QIcon(str(path)).pixmap(32, 32).isNull()]
    lines.append(f"icons: {len(drawn)} of {len(svgs)} drawn")
    if not svgs or len(drawn) < len(svgs) or app_icon().pixmap(64, 64).isNull():
        problems.append("GroupDesk's SVG icons cannot be drawn (the SVG plugin is missing)")

    try:
        ZoneInfo(HOME_ZONE)
        zones = len(available_timezones())
        lines.append(f"time zones: {zones}, {HOME_ZONE} found")
    except Exception as err:  # ZoneInfoNotFoundError, or a broken tzdata
        problems.append(f"time zone {HOME_ZONE} not found: {err}")

    try:
        manual = manual_html(gui_language())
        lines.append(f"help: {len(manual)} characters")
    except OSError as err:
        problems.append(f"the help pages are missing: {err}")
    return lines, problems
