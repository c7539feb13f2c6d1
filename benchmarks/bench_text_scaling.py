"""Text-import cases that used to take quadratic time, at n/2 and n.

Each case is timed at half size and full size; linear work takes about 2x
the time for twice the input, quadratic work about 4x.

- same start: n sessions all at "Kl. 10.00" (each one's end is the next later start);
- round ids: n workshop rounds with the same heading and time ("-2", "-3" … ids);
- speakers: one session with n speaker bullets under "Medvirkende:".

    python benchmarks/bench_text_scaling.py [--runs 3] [--scale 1]

To time another checkout, put its ``src`` first: ``PYTHONPATH=../old/src python …``.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

try:
    import folkemode
except ImportError:  # not installed: use the checkout's
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    import folkemode

HEADER = "Møde 12. juni 2025\n\n"


def same_start(n: int) -> str:
    """``n`` sessions at 10.00, then one at 12.00: each of the ``n`` ends at 12.00."""
    items = "".join(f"Kl. 10.00 Emne nummer {i}\n\n" for i in range(n))
    return HEADER + items + "Kl. 12.00 Afslutning\n"


def same_rounds(n: int) -> str:
    """``n`` rounds "Workshops runde" at 10.00-11.00, two sessions in each."""
    rounds = "".join(
        f"Kl. 10.00-11.00 Workshops runde\n\n - Emne A{i}\n - Emne B{i}\n\n" for i in range(n)
    )
    return HEADER + rounds


_FIRST = ("Anne", "Mette", "Karen", "Signe", "Ida", "Louise", "Rasmus", "Jens", "Mikkel", "Ole")
_MIDDLE = ("Marie", "Juul", "Holm", "Bech", "Skov", "Lykke", "Moe", "Aas", "Brix", "Dahl")
_LAST = ("Andersen", "Kjærgaard", "Thygesen", "Østergaard", "Mølgaard", "Frandsen", "Krogh")
_LAST2 = ("Hansen", "Nygård", "Haugland", "Bakken", "Fossheim", "Solberg", "Strand", "Lund")


def speaker_names(n: int) -> list[str]:
    """``n`` different names: first, middle and two surnames (at most 21,000)."""
    surnames = _LAST + _LAST2
    names = [
        f"{a} {b} {c} {d}"
        for a, b, c, d in itertools.product(_FIRST, _MIDDLE, surnames, surnames)
        if c != d
    ]
    if n > len(names):
        raise ValueError(f"at most {len(names)} speakers")
    return names[:n]


def many_speakers(n: int) -> str:
    """One session with ``n`` speaker bullets under "Medvirkende:"."""
    bullets = "".join(f"- {name}\n" for name in speaker_names(n))
    return HEADER + "Kl. 10.00-11.00 Stor debat\nMedvirkende:\n" + bullets


CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "same start": (same_start, 8000),
    "round ids": (same_rounds, 4000),
    "speakers": (many_speakers, 8000),
}


def seconds(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        folkemode.loads(text, format="text")
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="best of this many runs")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every n by this")
    args = parser.parse_args(argv)
    folkemode.loads(same_start(3), format="text")  # warm up
    for name, (make, n) in CASES.items():
        n = int(n * args.scale)
        half = seconds(make(n // 2), args.runs)
        full = seconds(make(n), args.runs)
        print(
            f"{name:11} n={n:6}: {full * 1000:8.1f} ms  (n/2: {half * 1000:7.1f} ms, "
            f"{full / half:.1f}x for twice the input; linear ~2x, quadratic ~4x)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
