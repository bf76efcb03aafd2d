"""The robot presses everything in the window, in English and Indonesian, on an empty database
and on the demo association; each run is a child process, so a crash fails the test too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
TIMEOUT_SECONDS = 300


@pytest.mark.parametrize("database", ["demo", "empty"])
@pytest.mark.parametrize("language", ["en", "id"])
def test_every_action_works(language: str, database: str, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    try:
        run = subprocess.run(
            [sys.executable, "-m", "tests.ui.robot.child", language, database, str(tmp_path)],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired as err:
        out = (
            (err.stdout or b"").decode(errors="replace")
            if isinstance(err.stdout, bytes)
            else (err.stdout or "")
        )
        pytest.fail(f"the robot hung; its last steps:\n{tail(out)}")
    lines = run.stdout.splitlines()
    report = [line for line in lines if line.startswith(("FAULT", "KNOWN FAULT", "ROBOT DONE"))]
    if run.returncode != 0:
        where = "" if report else f"its last steps:\n{tail(run.stdout)}\n"
        pytest.fail(
            f"the robot ({language}, {database} database) exited with {run.returncode}\n"
            + "\n".join(report)
            + f"\n{where}stderr:\n{tail(run.stderr)}"
        )
    assert report and report[-1].startswith("ROBOT DONE"), tail(run.stdout)


def tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])
