"""``groupdesk install-desktop-entry``: GroupDesk appears in the user's application menu, with
its icon and software-centre description, and ``--uninstall`` takes it out again."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from groupdesk import APP_ID
from groupdesk.cli import main
from groupdesk.commands import install_desktop_entry as command


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


def written(data_home: Path) -> list[Path]:
    return [
        data_home / "applications" / f"{APP_ID}.desktop",
        data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        data_home / "metainfo" / f"{APP_ID}.metainfo.xml",
    ]


def exec_arguments(entry: str) -> list[str]:
    """The program and arguments a desktop runs for an entry's Exec key (the spec's rules for
    the arguments used here: string escapes, then double quotes, then %% for %)."""
    line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    value = line.removeprefix("Exec=").replace("\\\\", "\\")
    return [arg.replace("%%", "%") for arg in shlex.split(value)]


def test_install_writes_entry_icon_and_description_that_start_groupdesk(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install-desktop-entry"]) == 0
    entry, icon, metainfo = written(data_home)
    assert icon.read_bytes().startswith(b"<svg") and b"<component" in metainfo.read_bytes()
    program, *args = exec_arguments(entry.read_text(encoding="utf-8"))
    assert os.access(program, os.X_OK) and args[-1] == "gui"
    out = capsys.readouterr().out
    assert all(str(path) in out for path in written(data_home))
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout


def test_a_path_with_spaces_and_percent_signs_is_quoted_for_the_menu(tmp_path: Path) -> None:
    program = "/home/Siti Rahayu/apps/100% groupdesk/bin/groupdesk"
    entry = command.desktop_entry([program])
    assert exec_arguments(entry) == [program, "gui"]
    assert f"TryExec={program}" in entry.splitlines()
    if shutil.which("desktop-file-validate"):
        (tmp_path / f"{APP_ID}.desktop").write_text(entry, encoding="utf-8")
        check = subprocess.run(
            ["desktop-file-validate", str(tmp_path / f"{APP_ID}.desktop")],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout


def test_uninstall_removes_what_install_wrote_and_says_so(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["install-desktop-entry"]) == 0
    assert main(["install-desktop-entry", "--uninstall"]) == 0
    assert not any(path.exists() for path in written(data_home))
    capsys.readouterr()
    assert main(["install-desktop-entry", "--uninstall"]) == 0
    assert "no menu entry" in capsys.readouterr().out


def test_the_entry_of_the_old_install_script_goes_but_another_programs_file_stays(
    data_home: Path,
) -> None:
    applications = data_home / "applications"
    applications.mkdir(parents=True)
    old = applications / "groupdesk.desktop"
    old.write_text("[Desktop Entry]\nType=Application\nName=GroupDesk\nExec=groupdesk gui\n")
    assert main(["install-desktop-entry"]) == 0
    assert not old.exists()  # GroupDesk is not twice in the menu

    foreign = "[Desktop Entry]\nType=Application\nName=Group Desk Booking\nExec=gdb\n"
    old.write_text(foreign)
    assert main(["install-desktop-entry"]) == 0
    assert old.read_text() == foreign


def test_without_xdg_data_home_the_files_go_to_the_local_share_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", "relative/is/ignored")
    assert main(["install-desktop-entry"]) == 0
    assert all(path.is_file() for path in written(tmp_path / ".local" / "share"))
    assert not (tmp_path / "relative").exists()
