"""GroupDesk's build backend: setuptools, plus the compiled GUI translations in every wheel.

The translations are kept in git as Qt Linguist sources (``groupdesk_<lang>.ts``); the ``.qm``
files Qt loads are generated. A wheel must carry them, or an installed GroupDesk speaks only
English, so :class:`BuildPy` compiles them with Qt's ``lrelease`` into the build folder (never
into the source tree, so a stale ``.qm`` left in a checkout cannot reach a wheel).

``lrelease`` comes with PySide6-Essentials. It is asked for only when a wheel is built: an
editable install (``make venv``) builds its ``.qm`` files in place with the Makefile and need
not fetch Qt a second time for its build environment.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403  (the other PEP 517 hooks, unchanged)
from setuptools.command.build_py import build_py as _build_py

# Keep in step with the PySide6-Essentials requirement in pyproject.toml.
LRELEASE_REQUIREMENT = "PySide6-Essentials>=6.6,<6.12"
TRANSLATIONS = Path("groupdesk", "resources", "translations")


def get_requires_for_build_wheel(config_settings: dict | None = None) -> list[str]:
    """What setuptools needs, plus Qt's lrelease to compile the translations."""
    return [*_setuptools.get_requires_for_build_wheel(config_settings), LRELEASE_REQUIREMENT]


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Compile one .ts file with the lrelease of the PySide6 in this build environment."""
    try:
        import PySide6  # noqa: F401
    except ImportError as err:
        raise RuntimeError(
            "building GroupDesk needs PySide6-Essentials (for Qt's lrelease) in the build "
            "environment; with --no-build-isolation, install it first"
        ) from err
    call = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-c", call, "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )
    if not qm_file.is_file() or qm_file.stat().st_size == 0:
        raise RuntimeError(f"lrelease wrote no translation for {ts_file}")


class BuildPy(_build_py):
    """``build_py`` that also compiles ``groupdesk/resources/translations/*.ts`` to ``.qm``."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            for ts_file, qm_file in self._translations():
                lrelease(ts_file, qm_file)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if self.editable_mode:
            return outputs
        return [*outputs, *(str(qm) for _ts, qm in self._translations())]

    def _translations(self) -> list[tuple[Path, Path]]:
        sources = sorted(TRANSLATIONS.glob("*.ts"))
        if not sources:
            raise RuntimeError(f"no translation sources in {TRANSLATIONS}")
        target = Path(self.build_lib, TRANSLATIONS)
        return [(ts, target / ts.with_suffix(".qm").name) for ts in sources]
