"""Every subcommand is imported by name in cli.py, so that a bundler (PyInstaller) sees it: a
command module left out of the list would be missing from the bundled program."""

from __future__ import annotations

import pkgutil
from types import ModuleType

import groupdesk.commands
from groupdesk import cli


def test_every_command_module_is_registered_as_an_imported_module() -> None:
    on_disk = {
        info.name
        for info in pkgutil.iter_modules(groupdesk.commands.__path__)
        if not info.name.startswith("_")
    }
    assert all(isinstance(module, ModuleType) for module in cli.COMMAND_MODULES)
    registered = {module.__name__.rsplit(".", 1)[-1] for module in cli.COMMAND_MODULES}
    assert registered == on_disk
    help_text = cli.build_parser().format_help()
    for name in ("gui", "demo", "import", "export", "backup", "restore", "check"):
        assert name in help_text
