"""The command line as a user meets it: one line per mistake, the right exit status."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from groupdesk import __version__
from groupdesk.cli import main


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "groupdesk", *args], capture_output=True, text=True, env=env
    )


def test_version_and_help() -> None:
    out = run_cli("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"GroupDesk {__version__}"
    out = run_cli("--help")
    assert out.returncode == 0
    for word in ("demo", "gui", "--db"):
        assert word in out.stdout


def test_unknown_option_is_one_line_and_exit_2() -> None:
    out = run_cli("--frobnicate")
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "--frobnicate" in out.stderr
    assert "Traceback" not in out.stderr


def test_demo_fills_a_new_database_then_refuses_a_second_time(tmp_path: Path) -> None:
    target = tmp_path / "demo.sqlite"
    out = run_cli("--db", str(target), "demo", "--members", "120")
    assert out.returncode == 0, out.stderr
    assert "120 anggota, 8 proyek" in out.stdout  # counted in the organisation's language
    again = run_cli("--db", str(target), "demo")
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "sudah berisi data" in again.stderr


@pytest.mark.parametrize("bad", ["0", "-5", "many"])
def test_demo_member_count_must_be_positive(tmp_path: Path, bad: str) -> None:
    out = run_cli("--db", str(tmp_path / "x.sqlite"), "demo", "--members", bad)
    assert out.returncode == 2 and out.stderr.count("\n") == 1
    assert not (tmp_path / "x.sqlite").exists()


def test_not_a_database_is_one_line_and_the_file_is_untouched(tmp_path: Path) -> None:
    target = tmp_path / "members.xlsx"
    target.write_bytes(b"PK\x03\x04 not really a workbook")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    out = run_cli("--db", str(target), "demo")
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "not a GroupDesk database" in out.stderr
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_database_comes_from_the_environment(tmp_path: Path) -> None:
    import os

    target = tmp_path / "from-env.sqlite"
    env = dict(os.environ, GROUPDESK_DB=str(target))
    out = run_cli("demo", "--members", "5", env=env)
    assert out.returncode == 0, out.stderr
    assert target.exists()


def test_gui_without_a_display_says_so(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    code = main(["--db", str(tmp_path / "g.sqlite")])
    assert code == 1
    assert "no display" in capsys.readouterr().err
