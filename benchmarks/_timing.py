"""Timing for the benchmarks: the best of several runs, the collector run before each."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def best_of(runs: int, function: Callable[..., object], *arguments: Any) -> float:
    """The shortest time ``function(*arguments)`` took in ``runs`` runs, in seconds."""
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        function(*arguments)
        best = min(best, time.perf_counter() - started)
    return best
