"""XLSX export benchmark: a 3,000-session event against openpyxl writing the same rows bare.

    python benchmarks/bench_xlsx.py

Prints, measured in this run on this machine (best of N):
- our XLSX export (rows built from the model, typed and styled cells, column
  widths, frozen header, autofilter, fixed archive times);
- the floor: openpyxl in write-only mode appending the same rows, computed
  beforehand, to the same two sheets, with no styling, and saving.

Target: ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _events import big_event
from _timing import best_of
from folkemode import Event
from folkemode.exporters.text import label
from folkemode.exporters.xlsx import (
    SESSION_COLUMNS,
    SHEETS,
    SPEAKER_COLUMNS,
    dump_xlsx,
    session_values,
    speaker_values,
)


def bare_floor(event: Event) -> Callable[[], bytes]:
    """openpyxl alone writing our two sheets' values, computed in advance."""
    language = event.locale
    sheets = [
        (
            label(language, SHEETS[0]),
            [label(language, c) for c in SESSION_COLUMNS],
            list(session_values(event, event.sessions, language)),
        ),
        (
            label(language, SHEETS[1]),
            [label(language, c) for c in SPEAKER_COLUMNS],
            list(speaker_values(event, event.sessions)),
        ),
    ]

    def build() -> bytes:
        workbook = openpyxl.Workbook(write_only=True)
        for title, header, rows in sheets:
            sheet = workbook.create_sheet(title)
            sheet.append(header)
            for row in rows:
                sheet.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()

    return build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=3000)
    args = parser.parse_args()

    event = big_event(args.sessions)
    ours_bytes = dump_xlsx(event)
    if ours_bytes != dump_xlsx(event):
        raise SystemExit("dump_xlsx gave two different files for one event")
    floor_build = bare_floor(event)
    floor_bytes = floor_build()
    speakers = sum(len(s.speakers) for s in event.sessions)
    ours = best_of(args.runs, lambda: dump_xlsx(event))
    floor = best_of(args.runs, floor_build)
    print(
        f"{len(event.sessions)} sessions, {speakers} speaker rows: "
        f"{len(ours_bytes) / 1e6:.2f} MB of XLSX (the floor's {len(floor_bytes) / 1e6:.2f} MB)"
    )
    print(f"XLSX: folkemode dump_xlsx               {ours * 1000:8.1f} ms")
    print(f"XLSX: openpyxl write-only, same rows    {floor * 1000:8.1f} ms  (floor)")
    print(f"XLSX ratio                              {ours / floor:8.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
