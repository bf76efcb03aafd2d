"""The reading child's side of :mod:`.isolated`: limit the memory, read, answer, exit.

``python -c`` runs :func:`main` in a fresh interpreter; the spreadsheet libraries are loaded
only after the memory limit is set, so a hostile file meets the limit, not the caller.
"""

from __future__ import annotations

import contextlib
import pickle
import sys
from typing import Any

from .errors import SpreadsheetError


def limit_memory(limit: int) -> None:
    """Cap this process's address space at ``limit`` bytes, and write no core file."""
    try:
        import resource
    except ImportError:  # not on this system (Windows): the timeout still applies
        return
    for name, value in (("RLIMIT_AS", limit), ("RLIMIT_CORE", 0)):
        which = getattr(resource, name, None)
        if which is None:
            continue
        with contextlib.suppress(ValueError, OSError):
            _soft, hard = resource.getrlimit(which)
            if hard == resource.RLIM_INFINITY or hard > value:
                resource.setrlimit(which, (value, value))


def main() -> None:
    """Read one request from stdin, answer on stdout, exit. Runs in the child only."""
    out = sys.stdout.buffer
    operation, args, limit = pickle.load(sys.stdin.buffer)
    limit_memory(limit)
    # only now, under the limit, are the spreadsheet libraries loaded
    from . import reader
    from .translate import translate

    try:
        reply: tuple[Any, ...] = ("ok", getattr(reader, f"{operation}_here")(*args))
    except SpreadsheetError as exc:
        reply = ("error", type(exc).__name__, exc.code, exc.params)
    except MemoryError:
        reply = ("memory",)
    except BaseException as exc:  # a library panic is not an Exception; it still gets a reply
        error = translate(exc)
        reply = ("error", "DamagedWorkbook", error.code, error.params)
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # rows hold no cycles: no memo, half the time for a large sheet
    pickler.dump(reply)
    out.flush()
