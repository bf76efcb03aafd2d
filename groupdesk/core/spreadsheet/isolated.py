"""Run the native spreadsheet libraries in a child process with a memory limit.

calamine is Rust: a hostile file can make it abort the whole process (a failed allocation is
not an exception), which would take the window or the command with it. So xlsx, xls and ods
files are parsed by a short-lived ``python`` child that limits its own address space; the rows
come back pickled through a pipe. Whatever happens to the child (abort, out of memory, a
timeout, Cancel) ends here as a SpreadsheetError with one sentence, and the caller's process,
its database and its window are untouched.

The child is a plain ``python -c`` rather than multiprocessing: nothing of the caller (its
``__main__``, Qt, open databases) is imported or inherited. A bundled GroupDesk has no
``python`` to run: there the child is the bundle's own executable started with
:data:`CHILD_ARGUMENT`, which its entry point answers by calling ``reading_child.main``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import errors
from .errors import ReadCancelled, SpreadsheetError, UnsafeWorkbook

log = logging.getLogger(__name__)

MEMORY_LIMIT = 4 << 30
"""Address space the reading child may use (4 GB); a 100,000-row sheet needs about 0.5 GB."""
TIMEOUT = 600.0
"""Seconds a read may take before it is stopped (a million-row sheet takes under a minute)."""
_POLL = 0.1

# The child runs reading_child, which imports this module but never the other way round.
_CHILD = "from groupdesk.core.spreadsheet.reading_child import main; main()"
CHILD_ARGUMENT = "--read-spreadsheet-child"
"""The one argument that makes a bundled GroupDesk executable the reading child."""
KeepGoing = Callable[[], bool]


def run_isolated(
    operation: str,
    *args: Any,
    keep_going: KeepGoing | None = None,
    check: Callable[[], object] | None = None,
    memory_limit: int | None = None,
    timeout: float | None = None,
) -> Any:
    """Call ``reader.<operation>_here(*args)`` in a child process and return its result.

    ``check`` (the size guard) runs here while the child starts reading: the machine's second
    core hides its cost, and when it refuses the file the child is stopped and its reason
    is the one given.

    Raises the SpreadsheetError the child raised, ReadCancelled when ``keep_going()`` turned
    False, UnsafeWorkbook when the child ran out of memory, SpreadsheetError when it crashed
    or took longer than ``timeout`` seconds.
    """
    limit = MEMORY_LIMIT if memory_limit is None else memory_limit
    seconds = TIMEOUT if timeout is None else timeout
    request = pickle.dumps((operation, args, limit), protocol=pickle.HIGHEST_PROTOCOL)
    child = subprocess.Popen(
        child_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_environment(),
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
    )
    try:
        if check is not None:
            assert child.stdin is not None
            with contextlib.suppress(BrokenPipeError):  # a child that died: told below
                child.stdin.write(request)
                child.stdin.close()
            child.stdin = None  # communicate() must not flush it again
            request = b""
            check()
        out, err = _wait(child, request, seconds, keep_going)
    finally:
        if child.poll() is None:
            child.kill()
            with contextlib.suppress(Exception):
                child.communicate(timeout=5)
    return _answer(child.returncode, out, err, limit)


def _wait(
    child: subprocess.Popen[bytes], request: bytes, seconds: float, keep_going: KeepGoing | None
) -> tuple[bytes, bytes]:
    deadline = time.monotonic() + seconds
    data: bytes | None = request or None
    while True:
        try:
            return child.communicate(data, timeout=_POLL)
        except subprocess.TimeoutExpired:
            data = None  # already sent; communicate() keeps what it read so far
        if keep_going is not None and not keep_going():
            raise ReadCancelled("spreadsheet.cancelled")
        if time.monotonic() > deadline:
            raise SpreadsheetError("spreadsheet.took_too_long", seconds=round(seconds))


def _answer(code: int, out: bytes, err: bytes, limit: int) -> Any:
    reply: tuple[Any, ...] | None = None
    if out:
        try:
            reply = pickle.loads(out)
        except Exception:  # a child that died while writing: treated like any crash
            reply = None
    if reply is not None and reply[0] == "ok":
        return reply[1]
    if reply is not None and reply[0] == "error":
        kind = getattr(errors, reply[1], SpreadsheetError)
        if not (isinstance(kind, type) and issubclass(kind, SpreadsheetError)):
            kind = SpreadsheetError
        raise _make(kind, reply[2], reply[3])
    text = err.decode("utf-8", "replace")
    log.warning("the spreadsheet reading child stopped (status %s): %s", code, text[-2000:])
    if (reply is not None and reply[0] == "memory") or "memory allocation" in text:
        raise UnsafeWorkbook("spreadsheet.too_much_memory", gigabytes=limit >> 30)
    raise errors.DamagedWorkbook("spreadsheet.reader_crashed")


def _make(kind: type[SpreadsheetError], code: str, params: dict[str, Any]) -> SpreadsheetError:
    error = SpreadsheetError.__new__(kind)
    SpreadsheetError.__init__(error, code, **params)
    return error


def child_command() -> list[str]:
    """How to start the reading child: ``python -c``, or the bundle's executable when frozen."""
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
        # On Windows the window is GroupDesk.exe, which has no console streams of its own;
        # the console program beside it answers through the pipes for sure.
        console = program.with_name("groupdesk.com")
        if sys.platform == "win32" and console.is_file():
            program = console
        return [str(program), CHILD_ARGUMENT]
    return [sys.executable, "-c", _CHILD]


def _child_environment() -> dict[str, str]:
    """The caller's environment, with GroupDesk importable however the caller found it."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[3])
    env["PYTHONPATH"] = os.pathsep.join(
        [root, *(p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p)]
    )
    env["RUST_BACKTRACE"] = "0"
    return env
