"""Texts of the operating system's common refusals (see ``messages/os_errors.py``)."""

from groupdesk.core.messages.registry import texts

say = texts("system")

say("os.permission", "permission denied")
say("os.no_space", "the disk is full")
say("os.quota", "the disk quota is used up")
say("os.read_only", "the disk is read-only")
say("os.not_found", "no such file or folder")
say("os.exists", "it already exists")
say("os.is_folder", "it is a folder")
say("os.not_folder", "a part of the path is not a folder")
say("os.busy", "it is in use")
say("os.name_too_long", "the name is too long")
say("os.io", "the disk could not be read or written (input/output error)")
