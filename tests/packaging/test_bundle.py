"""The bundled Linux program as a secretary gets it: it starts, fills a database, reads and
writes spreadsheets, opens its window in Indonesian, and installs from its .tar.gz, all on
a computer without Python and without the system's time-zone data.

CI builds the bundle once (`make bundle`, from .ci/run) and names it in GROUPDESK_BUNDLE;
without that variable the first test builds it here with PyInstaller (a few minutes).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from groupdesk import __version__
from tests.conftest import FIXTURES, REPO_ROOT

pytestmark = [pytest.mark.slow, pytest.mark.bundle]

BUNDLE_ENV = "GROUPDESK_BUNDLE"
FOLDER_LIMIT = 200 * 1024 * 1024
TARBALL_LIMIT = 80 * 1024 * 1024


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle's folder (holding the ``groupdesk`` executable), built here if CI did not."""
    given = os.environ.get(BUNDLE_ENV)
    if given:
        folder = Path(given).resolve()
        assert (folder / "groupdesk").is_file(), f"{BUNDLE_ENV}={given} holds no bundle"
        return folder
    pytest.importorskip("PyInstaller", reason="PyInstaller builds the bundle (make venv)")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(REPO_ROOT / "packaging" / "pyinstaller" / "groupdesk.spec"),
        ],
        check=True,
        cwd=REPO_ROOT,
    )
    return work / "dist" / "groupdesk"


@pytest.fixture(scope="module")
def tarball(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .tar.gz `make bundle` made beside the folder, or one packed here."""
    made = sorted(bundle.parent.glob(f"groupdesk-{__version__}-linux-*.tar.gz"))
    if made:
        return made[-1]
    out = tmp_path_factory.mktemp("tarball")
    script = REPO_ROOT / "packaging" / "linux" / "make-tarball.sh"
    subprocess.run([str(script), str(bundle), str(out)], check=True, capture_output=True)
    return next(out.glob("*.tar.gz"))


def secretary_env(home: Path) -> dict[str, str]:
    """A computer with no Python to lend and no time-zone files: TZDIR points nowhere and
    PYTHONTZPATH, set empty, takes /usr/share/zoneinfo away from Python's zoneinfo."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "GROUPDESK_", "QT_"))
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
        TZDIR="/nonexistent",
        PYTHONTZPATH="",
        TZ="Asia/Jakarta",
        QT_QPA_PLATFORM="offscreen",
        GROUPDESK_LANG="id",
        PATH="/usr/bin:/bin",
    )
    return env


def run(program: Path, *args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        env=secretary_env(home),
        cwd=cwd,
        timeout=300,
    )


def test_version(bundle: Path, tmp_path: Path) -> None:
    out = run(bundle / "groupdesk", "--version", home=tmp_path, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"GroupDesk {__version__}"


def test_demo_import_and_export_without_system_time_zones(bundle: Path, tmp_path: Path) -> None:
    program = bundle / "groupdesk"
    demo = tmp_path / "demo.sqlite"
    out = run(program, "--db", str(demo), "demo", "--members", "150", home=tmp_path, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "150 anggota" in out.stdout  # counted in the organisation's language

    # Reports in every format; the calendar needs Asia/Jakarta from the bundled tzdata.
    for name in ("members.xlsx", "members.pdf", "schedule.ics", "challenges.csv"):
        report = name.split(".")[0]
        out = run(program, "--db", str(demo), "export", report, name, home=tmp_path, cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        assert (tmp_path / name).stat().st_size > 0
    assert (tmp_path / "members.pdf").read_bytes().startswith(b"%PDF")
    assert "TZID:Asia/Jakarta" in (tmp_path / "schedule.ics").read_text(encoding="utf-8")

    # An association's own .ods list, then the roster the bundle wrote: both are read by the
    # spreadsheet reader's child process, which in a bundle is the bundle itself.
    office = tmp_path / "office.sqlite"
    sheet = FIXTURES / "spreadsheets" / "anggota.ods"
    out = run(
        program, "--db", str(office), "import", "members", str(sheet), home=tmp_path, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("5 ditambahkan")  # the organisation's language: Indonesian
    roster = tmp_path / "members.xlsx"
    out = run(
        program, "--db", str(office), "import", "members", str(roster), home=tmp_path, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("150 ditambahkan")

    out = run(
        program, "--db", str(office), "export", "members", "all.csv", home=tmp_path, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    text = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    assert "Siti Nurhaliza" in text and "1985-08-17" in text  # "17 Agustus 1985"
    assert len(text.strip().splitlines()) == 1 + 155


def test_window_opens_in_indonesian_with_its_icons(bundle: Path, tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite"
    program = bundle / "groupdesk"
    assert (
        run(
            program, "--db", str(demo), "demo", "--members", "20", home=tmp_path, cwd=tmp_path
        ).returncode
        == 0
    )
    out = run(program, "--db", str(demo), "gui", "--self-test", home=tmp_path, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.splitlines()
    assert "language: id" in lines
    assert "menus: Berkas, Sunting, Tampilan, Bantuan" in lines
    assert any(line.startswith("pages: Ringkasan, Anggota") for line in lines)
    assert "self-test: ok" in lines


def test_sizes(bundle: Path, tarball: Path) -> None:
    size = sum(
        path.stat().st_size
        for path in bundle.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
    packed = tarball.stat().st_size
    print(f"bundle folder: {size / 2**20:.0f} MB; {tarball.name}: {packed / 2**20:.0f} MB")
    assert size < FOLDER_LIMIT
    assert packed < TARBALL_LIMIT


def test_tarball_installs_into_the_menu_and_runs(tarball: Path, tmp_path: Path) -> None:
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(tmp_path)], check=True)
    unpacked = next(tmp_path.glob("groupdesk-*"))
    assert (unpacked / "README.txt").is_file() and list(unpacked.glob("*.desktop"))
    home = tmp_path / "home"
    out = subprocess.run(
        [str(unpacked / "install.sh")], capture_output=True, text=True, env=secretary_env(home)
    )
    assert out.returncode == 0, out.stderr
    installed = home / ".local" / "opt" / "groupdesk" / "groupdesk"
    entry = next((home / "data" / "applications").glob("*.desktop")).read_text(encoding="utf-8")
    assert f"{installed}" in entry and "gui" in entry
    assert list((home / "data" / "icons" / "hicolor" / "scalable" / "apps").glob("*.svg"))
    version = run(home / ".local" / "bin" / "groupdesk", "--version", home=home, cwd=tmp_path)
    assert version.stdout.strip() == f"GroupDesk {__version__}"

    out = subprocess.run(
        [str(unpacked / "install.sh"), "--uninstall"],
        capture_output=True,
        text=True,
        env=secretary_env(home),
    )
    assert out.returncode == 0, out.stderr
    assert not installed.exists()
    assert not list((home / "data" / "applications").glob("*.desktop"))


def test_an_older_database_is_upgraded_by_the_bundled_migrations(
    bundle: Path, tmp_path: Path
) -> None:
    """Alembic runs the migration scripts from files: a bundle without them could create a
    new database (stamped) but not upgrade a user's older one."""
    from alembic import command
    from sqlalchemy import create_engine

    from groupdesk.core.database import migrate

    oldest = sorted(migrate.known_revisions() - {migrate.head_revision()})
    if not oldest:
        pytest.skip("only one schema revision is shipped")
    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), oldest[0])
    engine.dispose()

    sheet = str(FIXTURES / "spreadsheets" / "anggota.ods")
    program = bundle / "groupdesk"
    out = run(program, "--db", str(path), "import", "members", sheet, home=tmp_path, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.startswith("5 ditambahkan")  # the organisation's language: Indonesian
    with sqlite3.connect(path) as conn:
        [(stamp,)] = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    assert stamp == migrate.head_revision()
