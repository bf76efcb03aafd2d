"""The window's words for an output path the core refused (see core/files/output_path.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from groupdesk.core.files import OutputRefused
from groupdesk.ui.common.fill import fill


def refusal_text(err: OutputRefused) -> str:
    """One sentence in the person's language; %1 is the file, %2 its folder."""
    texts = {
        "empty": QCoreApplication.translate("OutputPath", "No file name was given."),
        "unreachable": QCoreApplication.translate("OutputPath", "%1 cannot be reached."),
        "folder": QCoreApplication.translate("OutputPath", "%1 is a folder. Give a file name."),
        "special": QCoreApplication.translate("OutputPath", "%1 is not a regular file."),
        "no_folder": QCoreApplication.translate("OutputPath", "The folder %2 does not exist."),
        "read_only_folder": QCoreApplication.translate(
            "OutputPath", "The folder %2 cannot be written to."
        ),
        "read_only_file": QCoreApplication.translate("OutputPath", "%1 is read-only."),
        "database": QCoreApplication.translate(
            "OutputPath",
            "%1 is the open database: saving there would destroy it. Choose another name.",
        ),
        "companion": QCoreApplication.translate(
            "OutputPath",
            "%1 belongs to the open database: saving there would damage it. Choose another name.",
        ),
        "backup": QCoreApplication.translate(
            "OutputPath", "%1 is in GroupDesk's backup folder. Save it somewhere else."
        ),
        "input": QCoreApplication.translate(
            "OutputPath",
            "%1 is the file being imported: saving there would destroy it. Choose another name.",
        ),
    }
    text = texts.get(err.code)
    if text is None:
        return str(err)
    return fill(text, err.params.get("path", ""), err.params.get("folder", ""))
