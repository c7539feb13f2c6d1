"""Benchmark the text importer on a Folkemødet week against a single-pass regex scanner.

Generates a mixed-style Folkemødet week (benchmarks/generate_programme.py,
:func:`generate_week`: 5 days, many stages, 3,000 sessions with unique
titles, about a third with the title above the time line as in the guide)
and prints, in one run:

- the importer's lines per second, best of N runs;
- the floor: one compiled ``re.finditer`` over the same text that finds every
  clock time and time range (what a scanner does before any structure);
- the ratio importer/floor (target: at most 10x);
- scaling: the same week four times as long (target: at most 4.4x the time);
- peak memory per session while importing (tracemalloc);
- how many of the generated titles the import gets right (target: all).

    python benchmarks/bench_import.py [--runs 5] [--sessions 3000] [--days 5]
    python benchmarks/bench_import.py --plain   # the older time-first programme, 4 days
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import folkemode
from generate_programme import generate, generate_week

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


def peak_memory(text: str) -> int:
    """The most memory the import holds at once, in bytes (the text itself not counted)."""
    gc.collect()
    tracemalloc.start()
    try:
        folkemode.loads(text, format="text")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


def titles_right(text: str, titles: tuple[str, ...]) -> tuple[int, int, list[str]]:
    """How many generated titles the import has, how many sessions it adds, a few misses.

    Titles are unique, so a generated title is right when a session has it;
    sessions with other titles are extra (a time line or speaker read as a title).
    """
    event = folkemode.loads(text, format="text")
    got = Counter(session.title for session in event.sessions)
    expected = set(titles)
    right = sum(1 for title in titles if got[title])
    extra = sum(n for title, n in got.items() if title not in expected)
    missed = [title for title in titles if not got[title]]
    return right, extra, missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="best of this many runs")
    parser.add_argument("--sessions", type=int, default=3000)
    parser.add_argument("--days", type=int, default=None, help="days (5; 4 with --plain)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--plain", action="store_true", help="the older time-first programme, no title check"
    )
    args = parser.parse_args(argv)
    days = args.days or (4 if args.plain else 5)

    def programme(sessions: int, days: int) -> tuple[str, tuple[str, ...] | None, int]:
        if args.plain:
            return generate(sessions=sessions, days=days, seed=args.seed), None, 0
        week = generate_week(sessions=sessions, days=days, seed=args.seed)
        return week.text, week.titles, week.title_above

    text, titles, above = programme(args.sessions, days)
    lines = text.count("\n")
    sessions = import_text(text)  # warm up: plugins, CLDR names, compiled patterns
    times = len(scan_times(text))

    importer = best_of(args.runs, import_text, text)
    floor = best_of(args.runs, scan_times, text)
    style = "time-first programme" if args.plain else "mixed-style week"
    print(
        f"programme: {style}, {days} days, {lines} lines, {len(text):,} characters, "
        f"{args.sessions} sessions generated ({above} with the title above the time), "
        f"{sessions} imported"
    )
    print(f"importer:  {importer * 1000:8.1f} ms  {lines / importer:12,.0f} lines/s")
    print(f"floor:     {floor * 1000:8.1f} ms  {lines / floor:12,.0f} lines/s  ({times} times)")
    print(f"ratio importer/floor: {importer / floor:.1f}x (target <= 10x)")

    # Four times the programme: four times the sessions over four times the days.
    big, _, _ = programme(4 * args.sessions, 4 * days)
    import_text(big)
    big_importer = best_of(args.runs, import_text, big)
    print(
        f"scaling: 4x the programme ({big.count(chr(10))} lines) takes "
        f"{big_importer * 1000:.1f} ms, {big_importer / importer:.2f}x the time "
        f"(target <= 4.4x)"
    )

    peak = peak_memory(text)
    print(
        f"memory: peak {peak / 2**20:.1f} MiB while importing, "
        f"{peak / max(sessions, 1) / 1024:.1f} KiB per session (tracemalloc)"
    )

    if titles is not None:
        right, extra, missed = titles_right(text, titles)
        print(
            f"titles: {right} of {len(titles)} generated titles right "
            f"({right / max(len(titles), 1):.1%}; target: all), {extra} sessions with other titles"
        )
        for title in missed[:3]:
            print(f"  missed: {title!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
