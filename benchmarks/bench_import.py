"""Benchmark the text importer against a single-pass regex time scanner.

Generates a Folkemødet-scale programme (benchmarks/generate_programme.py:
4 days, 3,000 sessions, about 10,000 lines) and prints, in one run:

- the importer's lines per second, best of N runs;
- the floor: one compiled ``re.finditer`` over the same text that finds every
  clock time and time range (what a scanner does before any structure);
- the ratio importer/floor (target: at most 2x);
- scaling: the same programme four times as long (target: at most 4.4x the time).

    python benchmarks/bench_import.py [--runs 5] [--sessions 3000] [--days 4]
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import folkemode
from generate_programme import generate

# The floor: every "Kl. 10.00", "9.30", "14.15-15.15", "13:10 - 13:45" in one pass.
_TIMES = re.compile(
    r"(?:\bkl\.?\s*)?\b(\d{1,2})[.:](\d{2})(?:\s*[-–]\s*(\d{1,2})[.:](\d{2}))?",
    re.IGNORECASE,
)


def scan_times(text: str) -> list[tuple[int, int, int | None, int | None]]:
    """The floor: a single compiled-regex pass collecting every clock time or range."""
    return [
        (int(m[1]), int(m[2]), int(m[3]) if m[3] else None, int(m[4]) if m[4] else None)
        for m in _TIMES.finditer(text)
    ]


def import_text(text: str) -> int:
    event = folkemode.loads(text, format="text")
    return len(event.sessions)


def best_of(runs: int, function: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="best of this many runs")
    parser.add_argument("--sessions", type=int, default=3000)
    parser.add_argument("--days", type=int, default=4)
    args = parser.parse_args(argv)

    text = generate(sessions=args.sessions, days=args.days, seed=1)
    lines = text.count("\n")
    sessions = import_text(text)  # warm up: plugins, CLDR names, compiled patterns
    times = len(scan_times(text))

    importer = best_of(args.runs, import_text, text)
    floor = best_of(args.runs, scan_times, text)
    print(f"programme: {lines} lines, {len(text):,} characters, {sessions} sessions")
    print(f"importer:  {importer * 1000:8.1f} ms  {lines / importer:12,.0f} lines/s")
    print(f"floor:     {floor * 1000:8.1f} ms  {lines / floor:12,.0f} lines/s  ({times} times)")
    print(f"ratio importer/floor: {importer / floor:.1f}x (target <= 2x)")

    # Four times the programme: four times the sessions over four times the days.
    big = generate(sessions=4 * args.sessions, days=4 * args.days, seed=1)
    import_text(big)
    big_importer = best_of(args.runs, import_text, big)
    print(
        f"scaling: 4x the programme ({big.count(chr(10))} lines) takes "
        f"{big_importer * 1000:.1f} ms, {big_importer / importer:.2f}x the time "
        f"(target <= 4.4x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
