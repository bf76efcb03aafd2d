"""A secretary's ``pip install groupdesk``: the wheel alone carries everything the program
shows (translations, icons, the manual, the desktop files), and the installed commands work
from any folder, with nothing of the checkout on the path."""

from __future__ import annotations

import json
import subprocess
import tarfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from groupdesk import APP_ID

from .conftest import Dist, Installed, tracked_files, user_env

pytestmark = pytest.mark.slow

TS_ID = Path(__file__).resolve().parents[2] / "groupdesk/resources/translations/groupdesk_id.ts"

# Run by the installed Python: the window in Indonesian, what it shows, as JSON on stdout.
WINDOW_SCRIPT = r"""
import json, sys
from pathlib import Path

import groupdesk
from PySide6.QtGui import QIcon
from groupdesk.core.application import Application
from groupdesk.ui.app import create_application
from groupdesk.ui.window.main_window import MainWindow
from groupdesk.ui.common.resources import resources_dir


def painted(icon):
    image = icon.pixmap(32, 32).toImage()
    return not image.isNull() and any(
        image.pixelColor(x, y).alpha() > 0
        for x in range(image.width()) for y in range(image.height())
    )


app = create_application(["groupdesk"])
db = Application.open(Path(sys.argv[1]))
window = MainWindow(db)
window.show()
app.processEvents()
help_dialog = window.open_help()
bundled = sorted((resources_dir() / "icons").glob("*.svg"))
print(json.dumps({
    "module": groupdesk.__file__,
    "desktop_file_name": app.desktopFileName(),
    "window_icon": painted(app.windowIcon()) and painted(window.windowIcon()),
    "pages": [[window.nav.item(i).text(), painted(window.nav.item(i).icon())]
              for i in range(window.nav.count())],
    "menus": [action.text() for action in window.menuBar().actions()],
    "help_title": help_dialog.windowTitle(),
    "bundled_icons": {path.stem: painted(QIcon(str(path))) for path in bundled},
}))
help_dialog.close()
window.close()
db.close()
"""


def translated(source: str, context: str = "MainWindow") -> str:
    """The Indonesian translation the .ts file gives ``source`` in ``context``."""
    for ctx in ElementTree.parse(TS_ID).getroot().iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                text = message.findtext("translation") or ""
                assert text and text != source, f"{source!r} has no Indonesian translation"
                return text
    raise AssertionError(f"{source!r} is not in {context} of {TS_ID.name}")


def run(installed: Installed, args: list[str], home: Path, **env: str):
    """A command of the installed GroupDesk, run from a folder outside the checkout."""
    return subprocess.run(
        args, cwd=home, env=user_env(home, **env), capture_output=True, text=True, timeout=120
    )


def test_the_wheel_carries_translations_icons_manual_and_desktop_files(dist: Dist) -> None:
    names = set(zipfile.ZipFile(dist.wheel).namelist())
    for needed in (
        "groupdesk/resources/translations/groupdesk_id.qm",
        "groupdesk/resources/translations/groupdesk_en.qm",
        "groupdesk/resources/icons/groupdesk.svg",
        "groupdesk/resources/icons/members.svg",
        f"groupdesk/resources/{APP_ID}.desktop",
        f"groupdesk/resources/{APP_ID}.metainfo.xml",
        "groupdesk/resources/help/manual_id.html",
        "groupdesk/core/database/migrations/script.py.mako",
        "groupdesk-0.1.0.dist-info/licenses/LICENSE",
    ):
        assert needed in names, needed
    # Translation sources and tests stay in the sdist.
    assert not [name for name in names if name.endswith(".ts") or name.startswith("tests/")]


def test_the_sdist_holds_every_file_kept_in_git(dist: Dist) -> None:
    if dist.sdist is None:
        pytest.skip("the 'build' tool is not installed, so no sdist was built")
    files = tracked_files()
    if files is None:
        pytest.skip("not a git checkout: nothing to compare the sdist with")
    with tarfile.open(dist.sdist) as archive:
        inside = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert sorted(set(files) - inside) == []
    assert not [name for name in inside if name.endswith(".qm")]


def test_the_installed_commands_make_a_demo_and_export_it(
    installed: Installed, tmp_path: Path
) -> None:
    found = run(
        installed,
        [str(installed.python), "-c", "import groupdesk; print(groupdesk.__file__)"],
        tmp_path,
    )
    assert Path(found.stdout.strip()).is_relative_to(installed.site_packages), found
    db = tmp_path / "perkumpulan.sqlite"
    demo = run(
        installed, [str(installed.groupdesk), "--db", str(db), "demo", "--members", "60"], tmp_path
    )
    assert demo.returncode == 0, demo.stderr
    assert "60 anggota" in demo.stdout  # counted in the organisation's language
    for out in ("anggota.xlsx", "anggota.pdf"):
        done = run(
            installed,
            [str(installed.groupdesk), "--db", str(db), "export", "members", str(tmp_path / out)],
            tmp_path,
        )
        assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(tmp_path / "anggota.xlsx", read_only=True).worksheets[0]
    assert sheet.max_row >= 61
    assert (tmp_path / "anggota.pdf").read_bytes().startswith(b"%PDF")


def test_the_installed_window_speaks_indonesian_and_shows_its_icons(
    installed: Installed, tmp_path: Path
) -> None:
    db = tmp_path / "perkumpulan.sqlite"
    demo = run(
        installed, [str(installed.groupdesk), "--db", str(db), "demo", "--members", "30"], tmp_path
    )
    assert demo.returncode == 0, demo.stderr
    shown = run(
        installed,
        [str(installed.python), "-c", WINDOW_SCRIPT, str(db)],
        tmp_path,
        GROUPDESK_LANG="id",
    )
    assert shown.returncode == 0, shown.stderr
    window = json.loads(shown.stdout.strip().splitlines()[-1])
    assert Path(window["module"]).is_relative_to(installed.site_packages)
    assert window["desktop_file_name"] == APP_ID
    assert window["window_icon"], "the window has no icon"
    pages = dict(window["pages"])
    assert translated("Members") in pages
    assert all(pages.values()), f"pages without an icon: {pages}"
    assert translated("&File") in window["menus"]
    assert window["help_title"] == translated("GroupDesk Help", "HelpDialog")
    assert window["bundled_icons"] and all(window["bundled_icons"].values()), window


def test_the_installed_menu_entry_starts_the_installed_groupdesk(
    installed: Installed, tmp_path: Path
) -> None:
    done = run(installed, [str(installed.groupdesk), "install-desktop-entry"], tmp_path)
    assert done.returncode == 0, done.stderr
    entry = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f"Exec={installed.groupdesk.resolve()} gui" in lines
    assert (tmp_path / "data/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (tmp_path / "data/metainfo" / f"{APP_ID}.metainfo.xml").is_file()
