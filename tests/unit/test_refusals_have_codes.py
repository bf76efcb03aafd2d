"""The core never refuses with an English sentence: every refusal it raises carries a declared
message code (and its parameters), so the catalogue can say it in the reader's language.

The test reads the source of ``groupdesk/core`` and looks at every ``raise`` of a refusal: a
code that is not declared in ``groupdesk/core/messages/texts/`` (an English sentence passed
as the code, an f-string, a typo) fails it, and so does a new exception class a person may
read that does not derive from :class:`Refusal`.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import groupdesk.core
from groupdesk.core.database.errors import DatabaseError
from groupdesk.core.errors import ValidationError
from groupdesk.core.messages import Refusal
from groupdesk.core.messages.sources import sources

CORE = Path(groupdesk.core.__file__).parent

# Converted by other changes in progress; the list is emptied when they are merged.
NOT_YET_CONVERTED: tuple[str, ...] = ()

# Exceptions no person reads: they are caught inside the core (or are a programming error).
INTERNAL_EXCEPTIONS = {"BackupCancelled", "_LinksBroken", "ImportCancelled", "ExportCancelled"}


# Modules whose exceptions share a name with ours.
LIBRARIES = {"sqlite3", "sa_exc"}


def _core_files() -> list[Path]:
    return sorted(
        p
        for p in CORE.rglob("*.py")
        if not any(str(p.relative_to(CORE)).startswith(skip) for skip in NOT_YET_CONVERTED)
        and "migrations/versions" not in str(p)
    )


def _refusal_classes() -> dict[str, type[Refusal]]:
    """Every refusal class the core defines, by name (imports every core module)."""
    for info in pkgutil.walk_packages([str(CORE)], "groupdesk.core."):
        if ".migrations" not in info.name:
            importlib.import_module(info.name)
    found: dict[str, type[Refusal]] = {}
    todo: list[type[Refusal]] = [Refusal]
    while todo:
        cls = todo.pop()
        found[cls.__name__] = cls
        todo.extend(cls.__subclasses__())
    return found


def _takes_field_first(cls: type[Refusal]) -> bool:
    """``ValidationError(field, code, ...)`` and ``DatabaseError(location, code, ...)``: their
    first argument is a field or a place, not a code."""
    return (issubclass(cls, ValidationError) and cls.__init__ is ValidationError.__init__) or (
        issubclass(cls, DatabaseError)
    )


def _problems(source: str, where: str, refusals: dict[str, type[Refusal]], codes: set[str]):
    tree = ast.parse(source)
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
            continue
        call = node.exc
        if isinstance(call.func, ast.Attribute) and getattr(call.func.value, "id", "") in LIBRARIES:
            continue  # sqlite3.DatabaseError is the library's, not ours
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        cls = refusals.get(name)
        if cls is None:
            continue
        args = list(call.args)
        if _takes_field_first(cls):
            args = args[1:]
        given = [a for a in args[:1]] + [k.value for k in call.keywords if k.arg == "code"]
        for arg in given:
            if isinstance(arg, ast.JoinedStr):
                found.append(f"{where}:{node.lineno} {name} says an f-string, not a code")
            elif (
                isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and arg.value
                and arg.value not in codes
            ):
                found.append(f"{where}:{node.lineno} {name}({arg.value!r}) is not a code")
        for arg in call.args:
            text = arg.value if isinstance(arg, ast.Constant) else None
            if isinstance(arg, ast.JoinedStr) or (isinstance(text, str) and " " in text):
                found.append(f"{where}:{node.lineno} {name} is given a sentence")
    return found


def test_every_refusal_the_core_raises_has_a_declared_code():
    refusals = _refusal_classes()
    codes = set(sources())
    problems = [
        problem
        for path in _core_files()
        for problem in _problems(
            path.read_text(encoding="utf-8"), str(path.relative_to(CORE)), refusals, codes
        )
    ]
    assert problems == []


def test_the_declared_code_of_every_refusal_class_exists():
    codes = set(sources())
    missing = [
        f"{name}.code = {cls.code!r}"
        for name, cls in _refusal_classes().items()
        if cls is not Refusal
        and inspect.getmodule(cls).__name__.startswith("groupdesk.core")
        and cls.code not in codes
    ]
    assert missing == []


def test_every_exception_a_person_may_read_is_a_refusal():
    """A new exception class in the core derives from Refusal (or is listed as internal)."""
    strays = []
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name not in INTERNAL_EXCEPTIONS:
                module = importlib.import_module(
                    "groupdesk.core." + ".".join(path.relative_to(CORE).with_suffix("").parts)
                )
                cls = getattr(module, node.name, None)
                if (
                    isinstance(cls, type)
                    and issubclass(cls, BaseException)
                    and not issubclass(cls, Refusal)
                ):
                    strays.append(f"{path.relative_to(CORE)}: {node.name}")
    assert strays == []


@pytest.mark.parametrize(
    "source",
    [
        'raise ValidationError("name", "A project needs a name.")',
        'raise ValidationError("name", f"There is already a {kind}.")',
        'raise MergeRefused("merge.no_such_code")',
        'raise OutputRefused("output.folder", "the folder is read-only")',
    ],
)
def test_the_check_catches_a_sentence(source):
    """The walk above catches each of these (so it cannot pass by seeing nothing)."""
    assert _problems(source, "probe.py", _refusal_classes(), set(sources()))


def test_the_check_lets_a_code_pass():
    source = 'raise ValidationError("name", "project.needs_name")\nraise MergeRefused("merge.gone")'
    codes = set(sources()) | {"merge.gone"}
    assert _problems(source, "probe.py", _refusal_classes(), codes) == []
