"""Two kinds of Qt fault that each crashed GroupDesk for a user, kept out of every GUI module.

1. ``triggered``, ``clicked`` and ``toggled`` pass ``checked`` to their slot. A method whose
   first parameter means something else (``edit_member(member_id=None)``) then receives
   ``False`` as that value: "MemberNotFound: False".
2. An attribute named after a Qt method (``self.done = QCheckBox()`` on a QDialog) hides the
   method, and Qt's own calls into it fail or crash.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets

import groupdesk.printing
import groupdesk.ui

UI_DIR = Path(groupdesk.ui.__file__).parent
PRINTING_DIR = Path(groupdesk.printing.__file__).parent
SOURCES = sorted([*UI_DIR.rglob("*.py"), *PRINTING_DIR.rglob("*.py")])
CHECKED_SIGNALS = {"triggered", "clicked", "toggled"}
QT_MODULES = {QtCore.__name__, QtGui.__name__, QtWidgets.__name__}


def _module_name(path: Path) -> str:
    relative = path.relative_to(UI_DIR.parent.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _classes(path: Path) -> list[tuple[ast.ClassDef, type]]:
    module = importlib.import_module(_module_name(path))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            cls = getattr(module, node.name, None)
            if isinstance(cls, type) and issubclass(cls, QtCore.QObject):
                found.append((node, cls))
    return found


def _qt_attributes(cls: type) -> set[str]:
    names: set[str] = set()
    for base in cls.__mro__:
        if base.__module__ in QT_MODULES or base.__module__.startswith("Shiboken"):
            names.update(vars(base))
    return names


def _first_parameter_takes_checked(func: object) -> bool:
    """True when calling ``func(checked)`` would bind ``checked`` to a parameter that means
    something else."""
    try:
        params = list(inspect.signature(func).parameters.values())  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    positional = [
        p
        for p in params
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.name != "self"
    ]
    if not positional:
        return False
    first = positional[0]
    # A view's ``clicked`` passes the index; a slot that says so is right.
    if "QModelIndex" in str(first.annotation) or first.annotation in (bool, "bool"):
        return False
    return first.name not in {"checked", "on", "visible", "enabled", "_checked"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(UI_DIR.parent)))
def test_no_attribute_hides_a_qt_method(path: Path) -> None:
    problems = []
    for node, cls in _classes(path):
        qt_names = _qt_attributes(cls)
        for sub in ast.walk(node):
            targets = sub.targets if isinstance(sub, ast.Assign) else []
            if isinstance(sub, ast.AnnAssign):
                targets = [sub.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                    and target.attr in qt_names
                ):
                    problems.append(f"{path.name}:{sub.lineno} self.{target.attr} ({cls.__name__})")
    assert not problems, "attributes that hide a Qt method: " + ", ".join(problems)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(UI_DIR.parent)))
def test_checked_is_not_passed_as_another_argument(path: Path) -> None:
    problems = []
    for node, cls in _classes(path):
        for sub in ast.walk(node):
            if not (
                isinstance(sub, ast.Call)
                and isinstance(sub.func, ast.Attribute)
                and sub.func.attr == "connect"
                and isinstance(sub.func.value, ast.Attribute)
                and sub.func.value.attr in CHECKED_SIGNALS
                and sub.args
            ):
                continue
            slot = sub.args[0]
            if (
                isinstance(slot, ast.Attribute)
                and isinstance(slot.value, ast.Name)
                and slot.value.id == "self"
            ):
                func = getattr(cls, slot.attr, None)
                if func is not None and _first_parameter_takes_checked(func):
                    problems.append(f"{path.name}:{sub.lineno} {sub.func.value.attr} → {slot.attr}")
    assert not problems, "slots that would receive `checked` as another argument: " + ", ".join(
        problems
    )


def test_the_checks_find_both_faults() -> None:
    """The two checks above catch the faults they were written for."""

    class Dialog(QtWidgets.QDialog):
        def edit(self, member_id: int | None = None) -> None: ...

        def toggle(self, checked: bool) -> None: ...

    assert "done" in _qt_attributes(Dialog)
    assert _first_parameter_takes_checked(Dialog.edit)
    assert not _first_parameter_takes_checked(Dialog.toggle)
