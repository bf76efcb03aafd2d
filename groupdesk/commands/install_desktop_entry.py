"""``groupdesk install-desktop-entry``: put GroupDesk in the desktop's application menu.

A wheel cannot place files outside its Python folders, so after ``pip install groupdesk`` (or
``pipx install``) the menu entry, its icon and the AppStream description are written into the
user's XDG data folder by this command, from the copies inside the installed package. The
entry starts the ``groupdesk`` script of the very installation that wrote it (an absolute
path: a virtual environment's ``bin`` is rarely on the menu's PATH).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from importlib import metadata
from importlib.resources import files
from pathlib import Path
from urllib.parse import unquote, urlparse

import groupdesk
from groupdesk import APP_ID, APP_NAME
from groupdesk.commands._say import say

# Characters that make the desktop entry spec's Exec key need a quoted argument.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#`()")
# The names an earlier install script used; removed when they are recognisably GroupDesk's.
_OLD_ENTRY, _OLD_ICON = "groupdesk.desktop", "groupdesk.svg"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "install-desktop-entry",
        help=say("help.install_desktop_entry"),
        description=say("help.install_desktop_entry.about"),
    )
    p.add_argument(
        "--uninstall", action="store_true", help=say("help.install_desktop_entry.uninstall")
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        sys.stderr.write(say("cli.error", detail=say("desktop_entry.linux_only")) + "\n")
        return 1
    targets = entry_files(data_home())
    if args.uninstall:
        removed = [path for path in targets.values() if _remove(path)]
        for path in removed:
            print(f"removed {path}")
        if not removed:
            print(f"{APP_NAME} had no menu entry in {data_home()}.")
        _refresh_menu(targets["desktop"].parent)
        return 0
    command = launcher()
    _write(targets["desktop"], desktop_entry(command).encode("utf-8"))
    _write(targets["icon"], resource("icons", "groupdesk.svg"))
    _write(targets["metainfo"], resource(f"{APP_ID}.metainfo.xml"))
    _remove_old_names(targets["desktop"].parent, targets["icon"].parent)
    for path in targets.values():
        print(f"wrote {path}")
    _refresh_menu(targets["desktop"].parent)
    print(f"{APP_NAME} is in your application menu; it starts {' '.join(command)} gui.")
    return 0


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset, empty or not absolute (the spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def entry_files(data: Path) -> dict[str, Path]:
    """Where the menu entry, its icon and the metainfo go under a data folder."""
    return {
        "desktop": data / "applications" / f"{APP_ID}.desktop",
        "icon": data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        "metainfo": data / "metainfo" / f"{APP_ID}.metainfo.xml",
    }


def launcher() -> list[str]:
    """The program (and arguments) that starts this GroupDesk: the installed ``groupdesk``
    script; a bundled executable; else this Python with ``-m groupdesk``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = installed_script()
    if script is not None:
        return [str(script)]
    return [sys.executable, "-m", "groupdesk"]


def installed_script() -> Path | None:
    """The ``groupdesk`` script installed with the package this code was imported from, or
    None (a checkout on PYTHONPATH must not send the menu to another installed copy)."""
    try:
        dist = metadata.distribution("groupdesk")
    except metadata.PackageNotFoundError:
        return None
    if not _owns_this_code(dist):
        return None
    for name in dist.files or []:
        if name.name in ("groupdesk", "groupdesk.exe") and name.parent.name in ("bin", "Scripts"):
            path = Path(str(dist.locate_file(name))).resolve()
            if path.is_file():
                return path
    return None


def _owns_this_code(dist: metadata.Distribution) -> bool:
    here = Path(str(groupdesk.__file__)).resolve()
    for name in dist.files or []:
        if name.as_posix() == "groupdesk/__init__.py":
            return Path(str(dist.locate_file(name))).resolve() == here
    # An editable install lists no modules; it names the folder it points at.
    info = json.loads(dist.read_text("direct_url.json") or "{}")
    if info.get("dir_info", {}).get("editable") and info.get("url", "").startswith("file:"):
        return here.is_relative_to(Path(unquote(urlparse(info["url"]).path)).resolve())
    return False


def resource(*parts: str) -> bytes:
    """A file of the installed package's ``resources`` folder."""
    return files("groupdesk").joinpath("resources", *parts).read_bytes()


def desktop_entry(command: list[str]) -> str:
    """The packaged desktop entry, with Exec and TryExec naming ``command`` by full path."""
    exec_line = " ".join(_exec_argument(arg) for arg in [*command, "gui"])
    lines = []
    for line in resource(f"{APP_ID}.desktop").decode("utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={_escape(exec_line)}"
        elif line.startswith("TryExec="):
            line = f"TryExec={_escape(command[0])}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _exec_argument(arg: str) -> str:
    """One argument of an Exec key: quoted when it holds a reserved character."""
    if any(ord(ch) < 32 for ch in arg):
        raise ValueError(f"cannot start a program from a path with control characters: {arg!r}")
    arg = arg.replace("%", "%%")
    if not any(ch in _RESERVED for ch in arg):
        return arg
    quoted = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
    return f'"{quoted}"'


def _escape(value: str) -> str:
    """A desktop entry string value: a backslash is written twice."""
    return value.replace("\\", "\\\\")


def _write(path: Path, content: bytes) -> None:
    """Write whole or not at all: a menu never reads half an entry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(content)
    os.replace(partial, path)


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def _remove_old_names(applications: Path, icons: Path) -> None:
    """An entry and icon an older GroupDesk wrote under its short name would show GroupDesk
    twice in the menu; they go when they are certainly GroupDesk's own."""
    old_entry = applications / _OLD_ENTRY
    if old_entry.is_file():
        lines = old_entry.read_text(encoding="utf-8", errors="replace").splitlines()
        if "Name=GroupDesk" in lines and "Exec=groupdesk gui" in lines:
            old_entry.unlink()
    old_icon = icons / _OLD_ICON
    if old_icon.is_file() and old_icon.read_bytes() == resource("icons", _OLD_ICON):
        old_icon.unlink()


def _refresh_menu(applications: Path) -> None:
    """Tell the desktop about the change where its tool is there; menus also notice alone."""
    tool = shutil.which("update-desktop-database")
    if tool and applications.is_dir():
        subprocess.run([tool, "-q", str(applications)], check=False, capture_output=True)
