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


def run_robot(language: str, database: str, workdir: Path, plant: str = "") -> str | None:
    """Run the robot in a child process: None when it found nothing, else what went wrong."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env["GROUPDESK_ROBOT_PLANT"] = plant
    command = [sys.executable, "-m", "tests.ui.robot.child", language, database, str(workdir)]
    try:
        run = subprocess.run(
            command,
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired as err:
        out = err.stdout.decode(errors="replace") if isinstance(err.stdout, bytes) else ""
        return f"the robot hung; its last steps:\n{tail(out)}"
    report = [
        line
        for line in run.stdout.splitlines()
        if line.startswith(("FAULT", "KNOWN FAULT", "ROBOT DONE"))
    ]
    if run.returncode == 0 and report and report[-1].startswith("ROBOT DONE"):
        return None
    where = "" if report else f"its last steps:\n{tail(run.stdout)}\n"
    return (
        f"the robot ({language}, {database} database) exited with {run.returncode}\n"
        + "\n".join(report)
        + f"\n{where}stderr:\n{tail(run.stderr)}"
    )


def tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])


@pytest.mark.parametrize("database", ["demo", "empty"])
@pytest.mark.parametrize("language", ["en", "id"])
def test_every_action_works(language: str, database: str, tmp_path: Path) -> None:
    problem = run_robot(language, database, tmp_path)
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.mark.parametrize(
    ("plant", "expected"),
    [
        ("exception", "FAULT: exception at menu 'Planted fault'"),
        ("qt-warning", "FAULT: Qt warning at menu 'Planted fault'"),
        ("python-warning", "FAULT: Python warning at menu 'Planted fault'"),
        ("crash", "Segmentation fault"),
    ],
)
def test_the_robot_fails_on_a_planted_fault(plant: str, expected: str, tmp_path: Path) -> None:
    problem = run_robot("en", "empty", tmp_path, plant=plant)
    assert problem is not None and expected in problem, problem
