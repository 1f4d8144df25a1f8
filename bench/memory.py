"""A bench process's own peak memory. Linux's ru_maxrss carries a parent's peak across
fork and exec (a bench parent that built a million-row file), so VmHWM where there is one.
No heavy imports: an app child imports this before its clock starts mattering."""

from __future__ import annotations

import resource


def peak_rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
