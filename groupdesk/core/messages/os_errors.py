"""Why the operating system refused: the common reasons in the reader's language.

``OSError.strerror`` is the C library's English ("Permission denied", "No space left on
device"). The reasons a secretary meets (a full disk, a read-only USB stick, a folder without
permission) are said from the catalogue instead; a rare one keeps the system's words.
"""

from __future__ import annotations

import errno

from .message import Message

_CODES = {
    errno.EACCES: "os.permission",
    errno.EPERM: "os.permission",
    errno.ENOSPC: "os.no_space",
    errno.EDQUOT: "os.quota",
    errno.EROFS: "os.read_only",
    errno.ENOENT: "os.not_found",
    errno.EEXIST: "os.exists",
    errno.EISDIR: "os.is_folder",
    errno.ENOTDIR: "os.not_folder",
    errno.EBUSY: "os.busy",
    errno.ENAMETOOLONG: "os.name_too_long",
    errno.EIO: "os.io",
}


# Windows says a file another program holds open (Excel) is a sharing or lock violation; its
# errno (13) would otherwise read as "permission denied".
_WINDOWS_IN_USE = (32, 33)


def os_reason(err: OSError) -> Message | str:
    """A message for ``err``'s reason, or the system's own words when it is a rare one."""
    if getattr(err, "winerror", None) in _WINDOWS_IN_USE:
        return Message("os.busy")
    code = _CODES.get(err.errno or 0)
    if code is not None:
        return Message(code)
    return err.strerror or str(err) or type(err).__name__
