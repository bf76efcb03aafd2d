"""The window's words for an output path the core refused (see core/files/output_path.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from groupdesk.core.files import OutputRefused


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutputPath", text)


def refusal_text(err: OutputRefused) -> str:
    """One sentence in the person's language; %1 is the file, %2 its folder."""
    texts = {
        "empty": _tr("No file name was given."),
        "unreachable": _tr("%1 cannot be reached."),
        "folder": _tr("%1 is a folder. Give a file name."),
        "special": _tr("%1 is not a regular file."),
        "no_folder": _tr("The folder %2 does not exist."),
        "read_only_folder": _tr("The folder %2 cannot be written to."),
        "read_only_file": _tr("%1 is read-only."),
        "database": _tr(
            "%1 is the open database: saving there would destroy it. Choose another name."
        ),
        "companion": _tr(
            "%1 belongs to the open database: saving there would damage it. Choose another name."
        ),
        "backup": _tr("%1 is in GroupDesk's backup folder. Save it somewhere else."),
        "input": _tr(
            "%1 is the file being imported: saving there would destroy it. Choose another name."
        ),
    }
    text = texts.get(err.code)
    if text is None:
        return str(err)
    return text.replace("%1", err.params.get("path", "")).replace(
        "%2", err.params.get("folder", "")
    )
