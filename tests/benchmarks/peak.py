"""A process's own peak memory.

``ru_maxrss`` is not it on Linux: a process started by fork and exec keeps its parent's peak
from the moment of the fork, so a child of a large benchmark runner reports the runner's
size (an import measured at 470 MB in a full run was 320 MB of its own). ``VmHWM`` in
/proc/self/status is the peak of the process's own memory; elsewhere ``ru_maxrss`` is used.
"""

from __future__ import annotations

import sys


def own_peak_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except (OSError, ValueError):
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
