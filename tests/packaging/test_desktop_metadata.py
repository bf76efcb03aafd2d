"""What a Linux desktop and a software centre read about GroupDesk: one application id for the
menu entry, its icon, the AppStream description and the running window; both files pass the
freedesktop validators; Indonesian users read them in Indonesian."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
from xml.etree import ElementTree

import pytest

from groupdesk import APP_ID, __version__
from tests.conftest import REPO_ROOT

RESOURCES = REPO_ROOT / "groupdesk" / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (packaging/linux/system-packages.txt names it)")
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    done = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    # Warnings pass the validator but are shown by software centres' checks: none either.
    assert "W:" not in done.stdout and "E:" not in done.stdout, done.stdout


def test_one_application_id_names_entry_icon_description_and_window(qapp) -> None:
    from groupdesk.ui.app import create_application

    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert (RESOURCES / "icons" / "groupdesk.svg").is_file()  # installed as APP_ID.svg
    assert create_application().desktopFileName() == APP_ID


def test_indonesian_users_read_the_menu_entry_and_description_in_indonesian() -> None:
    entry = desktop_entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert entry.get(f"{key}[id]"), f"{key}[id] is missing"
    assert entry["GenericName[id]"] != entry["GenericName"]
    assert entry["Comment[id]"] != entry["Comment"]
    component = ElementTree.parse(METAINFO).getroot()
    for tag in ("name", "summary"):
        assert [e for e in component.findall(tag) if e.get(XML_LANG) == "id"], tag
    description = component.find("description")
    assert description is not None
    english = [e for e in description.iter() if e.tag in ("p", "li") and XML_LANG not in e.attrib]
    indonesian = [e for e in description.iter() if e.get(XML_LANG) == "id"]
    assert len(indonesian) == len(english)  # every paragraph and point has its translation


def test_the_release_and_screenshots_match_the_project() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.find("releases/release").get("version") == __version__
    assert component.find("content_rating").get("type").startswith("oars-")
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    source = project["urls"]["Source"]
    assert component.findtext("url[@type='homepage']") == project["urls"]["Homepage"]
    owner_repo = source.removeprefix("https://github.com/")
    raw = f"https://raw.githubusercontent.com/{owner_repo}/main/"
    images = [image.text for image in component.iter("image")]
    assert images
    for url in images:
        assert url.startswith(raw), url
        assert (REPO_ROOT / url.removeprefix(raw)).is_file(), f"{url} names no file in git"
    assert project["license"] == component.findtext("project_license")
