"""Write a file beside its target and move it into place only when it is complete.

An export can be cancelled, hit a full disk or crash half way; the person must then find
either their previous file or nothing at the target path, never a truncated workbook that a
spreadsheet program reports as corrupt.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replace_on_success(path: Path) -> Iterator[Path]:
    """Yield a temporary path in the same folder; rename it over ``path`` if the block succeeds.

    The temporary file lives in the target's folder so the final rename stays on one file
    system and is atomic. It is created with the usual permissions (the process umask applies,
    unlike ``mkstemp``'s private 0600) because exported files are meant to be shared. Its data
    is flushed to disk before the rename so a power cut cannot leave an empty file in place.
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    os.close(fd)
    try:
        yield temp
        _flush_to_disk(temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def _flush_to_disk(path: Path) -> None:
    """Force the written bytes to the disk before the rename makes them the real file."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
