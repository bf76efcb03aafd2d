"""The layers stay apart: the core never reaches for Qt, and the GUI never reaches past the
core's services into the database (no SQLAlchemy, no ORM classes)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import groupdesk

PACKAGE = Path(groupdesk.__file__).parent
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_core_module_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / "core").rglob("*.py"))
        for name in _imported_modules(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert offenders == []


def _imports_module(name: str, banned: str) -> bool:
    return name == banned or name.startswith(banned + ".")


def test_no_ui_module_imports_sqlalchemy_or_the_orm() -> None:
    banned = ("sqlalchemy", "groupdesk.core.models")
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        for name in _imported_modules(path)
        if any(_imports_module(name, b) for b in banned)
    ]
    assert offenders == []


def test_the_ui_builds_no_service_of_its_own() -> None:
    """Pages and dialogs take their services from the one Application of the open database."""
    constructors = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            name = (
                node.func.id
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                else ""
            )
            if name.endswith("Service") or name in ("Lookups", "MemberFinder"):
                constructors.append(f"{path.relative_to(PACKAGE)} builds {name}")
    assert constructors == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for path in sorted((PACKAGE / "core").rglob("*.py"))
        if "migrations" not in path.parts
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m.removesuffix('.__init__'))\n"
        f"print([m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_help_does_not_need_qt() -> None:
    code = (
        "import sys; import groupdesk.cli as c; c.build_parser(); print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_printing_uses_qt_painting_but_no_widgets() -> None:
    # the command line prints PDFs without a window, so printing may not need QtWidgets
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / "printing").rglob("*.py"))
        for name in _imported_modules(path)
        if name.startswith("PySide6.QtWidgets") or name.startswith("groupdesk.ui")
    ]
    assert offenders == []
