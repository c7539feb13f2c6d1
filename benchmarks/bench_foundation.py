"""Foundation benchmarks: import time and canonical JSON, each against a floor.

    python benchmarks/bench_foundation.py

Prints, measured in this run on this machine:
- `import folkemode` vs `import icalendar` alone (fresh interpreters, best of N,
  interpreter start-up subtracted). Target: ratio <= 1.0.
- canonical JSON dumps + loads of a 3,000-session event vs json.dumps + json.loads
  of the same plain data. Target: ratio <= 3.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _events import big_event
from folkemode.serialise import from_json, to_dict, to_json


def best_of(runs: int, function: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def import_seconds(statement: str, runs: int) -> float:
    def once() -> None:
        subprocess.run([sys.executable, "-c", statement], check=True)

    return best_of(runs, once)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--sessions", type=int, default=3000)
    args = parser.parse_args()

    bare = import_seconds("pass", args.runs)
    ours = import_seconds("import folkemode", args.runs) - bare
    floor = import_seconds("import icalendar", args.runs) - bare
    print(f"import folkemode   {ours * 1000:7.1f} ms")
    print(f"import icalendar   {floor * 1000:7.1f} ms  (floor)")
    print(f"import ratio       {ours / floor:7.2f}  (target <= 1.0)")

    event = big_event(args.sessions)
    plain = to_dict(event)
    text = to_json(event)
    runs = max(3, args.runs // 3)
    ours = best_of(runs, lambda: from_json(to_json(event)))
    floor = best_of(runs, lambda: json.loads(json.dumps(plain, ensure_ascii=False, indent=2)))
    print(f"\n{len(event.sessions)} sessions, {len(text) / 1e6:.1f} MB of JSON")
    print(f"canonical JSON dumps+loads  {ours * 1000:8.1f} ms")
    print(f"json.dumps+loads, plain     {floor * 1000:8.1f} ms  (floor)")
    print(f"JSON ratio                  {ours / floor:8.2f}  (target <= 3)")


if __name__ == "__main__":
    main()
