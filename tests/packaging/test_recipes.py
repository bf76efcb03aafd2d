"""The recipes for the Windows and macOS programs, which no machine here can build: what can
be checked without them is checked (the CI workflow's schema, the Info.plist, the icons made
from the SVG, and that the installer script names what the PyInstaller spec makes)."""

from __future__ import annotations

import plistlib
import re
import subprocess
import sys

import pytest
from PySide6.QtGui import QImageReader

import groupdesk
from tests.conftest import REPO_ROOT

PACKAGING = REPO_ROOT / "packaging"
sys.path.insert(0, str(PACKAGING / "pyinstaller"))
from make_icons import make_icons  # noqa: E402

# The reverse-DNS name the package gives itself, where it has one.
APP_ID = getattr(groupdesk, "APP_ID", "id.groupdesk.GroupDesk")


def test_build_workflow_is_a_valid_github_workflow() -> None:
    workflow = REPO_ROOT / ".github" / "workflows" / "build.yml"
    schema = ["--builtin-schema", "vendor.github-workflows"]
    out = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", *schema, str(workflow)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    text = workflow.read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"os: {runner}" in text
    assert "packaging/pyinstaller/groupdesk.spec" in text and "groupdesk.iss" in text


def test_info_plist_names_the_app_and_its_languages() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    assert info["CFBundleIdentifier"] == APP_ID
    assert {"id", "en"} <= set(info["CFBundleLocalizations"])
    assert info["CFBundlePackageType"] == "APPL" and info["NSHighResolutionCapable"] is True


@pytest.mark.parametrize(("name", "largest"), [("groupdesk.ico", 256), ("groupdesk.icns", 1024)])
def test_program_icons_are_drawn_from_the_svg(qapp, tmp_path, name: str, largest: int) -> None:
    make_icons(tmp_path)
    reader = QImageReader(str(tmp_path / name))
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull() and image.width() == image.height()
        # Drawn, not blank: the middle of the icon is not transparent.
        assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() > 0
        sizes.add(image.width())
    assert {16, 32, largest} <= sizes


def test_installer_and_spec_agree_on_names() -> None:
    spec = (PACKAGING / "pyinstaller" / "groupdesk.spec").read_text(encoding="utf-8")
    iss = (PACKAGING / "windows" / "groupdesk.iss").read_text(encoding="utf-8")
    assert '_exe("GroupDesk", console=False' in spec and 'name="GroupDesk")' in spec
    assert '#define AppExe "GroupDesk.exe"' in iss
    assert re.search(r'#define SourceDir "\.\.\\\.\.\\dist\\GroupDesk"', iss)
    assert "groupdesk.com" in spec
    assert f'#define AppUserModel "{APP_ID}"' in iss
