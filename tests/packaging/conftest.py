"""A wheel and an sdist built once per session from a clean copy of the source, and the wheel
installed into a virtual environment of its own, as a user's ``pip install`` would."""

from __future__ import annotations

import importlib.util
import os
import shutil
import site
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

# What a clean clone does not have: build outputs, caches, environments, generated files.
NOT_SOURCE = shutil.ignore_patterns(
    ".git",
    ".venv",
    "venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "*.py[cod]",
    ".*_cache",
    ".hypothesis",
    ".demo",
    "*.qm",
    "*.sqlite*",
    ".data",
    "benchmarks.json",
)


@dataclass(frozen=True)
class Dist:
    wheel: Path
    sdist: Path | None  # None where the ``build`` tool is missing (the wheel is built by pip)


@dataclass(frozen=True)
class Installed:
    venv: Path
    python: Path
    groupdesk: Path  # the installed console script
    site_packages: Path


def tracked_files() -> list[str] | None:
    """The files git keeps (and new ones not yet added), or None outside a git checkout."""
    if shutil.which("git") is None or not (REPO_ROOT / ".git").exists():
        return None
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO_ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in out.split("\0") if name and (REPO_ROOT / name).is_file()]


def _copy_source(target: Path) -> Path:
    """The source as a fresh clone has it: no leftover build folder can reach the wheel."""
    files = tracked_files()
    if files is None:
        shutil.copytree(REPO_ROOT, target, ignore=NOT_SOURCE)
        return target
    for name in files:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO_ROOT / name, target / name)
    return target


@pytest.fixture(scope="session")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    source = _copy_source(tmp_path_factory.mktemp("source") / "groupdesk")
    out = tmp_path_factory.mktemp("dist")
    if importlib.util.find_spec("build") is not None:
        # sdist first, then the wheel from the unpacked sdist: the sdist must be enough.
        command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out)]
    else:
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
        command += ["--wheel-dir", str(out)]
    done = subprocess.run([*command, str(source)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    wheels = list(out.glob("groupdesk-*.whl"))
    assert len(wheels) == 1, list(out.iterdir())
    sdists = list(out.glob("groupdesk-*.tar.gz"))
    return Dist(wheel=wheels[0], sdist=sdists[0] if sdists else None)


@pytest.fixture(scope="session")
def installed(dist: Dist, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The wheel installed (not editable) in a new virtual environment.

    Installing Qt from scratch would take minutes, so the environment borrows the
    dependencies already installed for this test run: their site-packages folders are named
    in a .pth file, as plain folders. Python then never runs the .pth files inside them, so
    an editable GroupDesk installed there (pointing at a checkout) stays out, and the
    environment's own site-packages, where the wheel goes, comes first on sys.path.
    """
    venv = tmp_path_factory.mktemp("env") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    shared = [folder for folder in site.getsitepackages() if Path(folder).is_dir()]
    (purelib / "_borrowed_dependencies.pth").write_text("\n".join(shared) + "\n")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    subprocess.run([*pip, "--no-deps", "--no-index", str(dist.wheel)], check=True)
    return Installed(
        venv=venv, python=python, groupdesk=venv / "bin" / "groupdesk", site_packages=purelib
    )


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user outside the checkout: nothing points Python at the source."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env
