"""Growth checks for the tests that guard against quadratic or exponential scans.

A wall-clock bound fails on a loaded machine; a ratio of two times taken in the same process
does not (both slow down alike). :func:`growth` times a function on a small and a large input
(the best of a few runs each, after one untimed run that pays any lazy set-up) and returns both
times; a test asserts the large one stays within what linear growth allows. Times are the
process's CPU time (``time.process_time``), as the benchmarks take them: other processes on a
shared machine do not count. :mod:`timeit` turns the garbage collector off while it times, so
both sides of a ratio run without collection pauses.
"""

from __future__ import annotations

import time
import timeit
from collections.abc import Callable


def best_seconds(call: Callable[[], object], runs: int = 2) -> float:
    """The shortest of ``runs`` timings (CPU seconds of this process) of ``call()``."""
    return min(timeit.repeat(call, timer=time.process_time, number=1, repeat=runs))


def growth(run: Callable[[int], object], small: int, large: int) -> tuple[float, float]:
    """Seconds of ``run(small)`` and ``run(large)``, after one untimed ``run(small)``."""
    run(small)
    return best_seconds(lambda: run(small)), best_seconds(lambda: run(large))
