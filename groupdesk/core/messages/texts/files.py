"""Texts of files GroupDesk writes: why a path chosen for output is refused."""

from groupdesk.core.messages.registry import texts

say = texts("files")

say("output.empty", "No file name was given.")
say("output.unreachable", "{path} cannot be reached ({detail}).")
say("output.folder", "{path} is a folder. Give a file name.")
say("output.special", "{path} is not a regular file (a device or a pipe).")
say("output.no_folder", "The folder {folder} does not exist.")
say("output.read_only_folder", "The folder {folder} cannot be written to.")
say("output.read_only_file", "{path} is read-only.")
say(
    "output.database",
    "{path} is the open database: saving there would destroy it. Choose another name.",
)
say(
    "output.companion",
    "{path} belongs to the open database (its {kind} file): saving there would damage it. "
    "Choose another name.",
)
say("output.backup", "{path} is in GroupDesk's backup folder. Save it somewhere else.")
say(
    "output.input",
    "{path} is the file being read: saving there would destroy it. Choose another name.",
)
