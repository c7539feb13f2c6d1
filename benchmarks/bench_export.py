"""Export benchmarks: ICS and CSV of a 3,000-session event, each against its floor.

    python benchmarks/bench_export.py

Prints, measured in this run on this machine (best of N):
- our ICS export vs the same VEVENTs built directly with icalendar: every
  property value (descriptions, locations, JSON data) computed beforehand,
  only the components built and serialised in the timed part; the floor's
  output is checked to be byte-for-byte ours. Target: ratio <= 1.3.
- our CSV export vs a bare csv.writer over the same rows (computed
  beforehand). Target: ratio <= 2.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
import time
from collections.abc import Callable
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import icalendar
from icalendar import vDuration, vText

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _events import big_event
from folkemode import Event
from folkemode.exporters.csv import COLUMNS, dump_csv, session_rows
from folkemode.exporters.ics import _event_data, default_dtstamp, dump_ics
from folkemode.exporters.ics_events import VeventWriter, _compact_json
from folkemode.exporters.text import kind_label, location_text
from folkemode.exporters.vtimezone import vtimezone
from folkemode.serialise import session_to_dict


def best_of(runs: int, function: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - started)
    return best


def ics_floor(event: Event) -> Callable[[], bytes]:
    """icalendar alone building our calendar from values computed in advance."""
    writer = VeventWriter(
        event,
        locale=event.locale,
        stamp=default_dtstamp(event),
        sequence=0,
        machine_data=True,
    )
    rows: list[dict[str, Any]] = []
    for s in event.sessions:
        description = writer.session_description(s)
        data = session_to_dict(s)
        extra = {k: v for k, v in data.items() if k not in ("title", "start", "end", "id")}
        if description != (s.description or ""):
            extra["description"] = s.description
        categories = [kind_label(s.kind, event.locale)]
        categories += [thing.name for thing in (s.track, s.round) if thing]
        rows.append(
            {
                "uid": f"{s.id}@{event.id}.folkemode",
                "start": s.start.astimezone(event.zone) if s.start else None,
                "end": s.end.astimezone(event.zone) if s.end else None,
                "summary": s.title,
                "description": description,
                "location": location_text(s, event.venue),
                "url": s.links[0] if s.links else event.url,
                "categories": categories,
                "json": _compact_json(extra),
            }
        )
    stamp = default_dtstamp(event).astimezone(UTC)
    days = [s.day for s in event.sessions if s.day]
    event_json = _event_data(event)
    # The benchmark event has no contact e-mail and no online venue, so no
    # ORGANIZER or CONFERENCE; the byte-for-byte check in main() guards that.

    def build() -> bytes:
        calendar = icalendar.Calendar()
        calendar.add("VERSION", "2.0")
        calendar.add("PRODID", f"-//folkemode//folkemode {folkemode_version}//DA")
        calendar.add("CALSCALE", "GREGORIAN")
        calendar.add("NAME", vText(event.name))
        calendar.add("X-WR-CALNAME", vText(event.name))
        calendar.add("UID", f"calendar@{event.id}.folkemode")
        refresh = vDuration(timedelta(hours=12))
        refresh.params["VALUE"] = "DURATION"
        calendar.add("REFRESH-INTERVAL", refresh)
        calendar.add("X-PUBLISHED-TTL", vDuration(timedelta(hours=12)))
        calendar.add("X-WR-TIMEZONE", event.timezone)
        calendar.add("X-FOLKEMODE-EVENT", vText(event_json))
        calendar.add_component(vtimezone(event.timezone, min(days), max(days)))
        for row in rows:
            vevent = icalendar.Event()
            vevent.add("UID", row["uid"])
            vevent.add("DTSTAMP", stamp)
            vevent.add("SEQUENCE", 0)
            vevent.add("DTSTART", row["start"])
            if row["end"] is not None:
                vevent.add("DTEND", row["end"])
            vevent.add("SUMMARY", row["summary"])
            if row["description"]:
                vevent.add("DESCRIPTION", row["description"])
            if row["location"]:
                vevent.add("LOCATION", row["location"])
            if row["url"]:
                vevent.add("URL", row["url"])
            vevent.add("CATEGORIES", row["categories"])
            vevent.add("X-FOLKEMODE-SESSION", vText(row["json"]))
            calendar.add_component(vevent)
        result: bytes = calendar.to_ical()
        return result

    return build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=3000)
    args = parser.parse_args()

    event = big_event(args.sessions)
    floor_build = ics_floor(event)
    ours_text = dump_ics(event)
    if floor_build() != ours_text.encode("utf-8"):
        raise SystemExit("the floor does not build the same calendar as dump_ics: fix the floor")
    ours = best_of(args.runs, lambda: dump_ics(event))
    floor = best_of(args.runs, floor_build)
    print(f"{len(event.sessions)} sessions, {len(ours_text) / 1e6:.1f} MB of ICS")
    print(f"ICS: folkemode dump_ics          {ours * 1000:8.1f} ms")
    print(f"ICS: icalendar, same VEVENTs     {floor * 1000:8.1f} ms  (floor)")
    print(f"ICS ratio                        {ours / floor:8.2f}  (target <= 1.3)")

    rows = [list(COLUMNS), *session_rows(event, event.sessions, format_day=_iso)]

    def bare_csv() -> str:
        output = io.StringIO(newline="")
        csv.writer(output, lineterminator="\r\n").writerows(rows)
        return output.getvalue()

    if bare_csv() != dump_csv(event):
        raise SystemExit("the CSV floor does not write the same rows as dump_csv")
    runs = args.runs * 4
    ours = best_of(runs, lambda: dump_csv(event))
    floor = best_of(runs, bare_csv)
    excel = best_of(runs, lambda: dump_csv(event, dialect="excel"))
    print(f"\nCSV: folkemode dump_csv          {ours * 1000:8.1f} ms")
    print(f"CSV: folkemode, excel dialect    {excel * 1000:8.1f} ms")
    print(f"CSV: bare csv.writer, same rows  {floor * 1000:8.1f} ms  (floor)")
    print(f"CSV ratio                        {ours / floor:8.2f}  (target <= 2)")


def _iso(day: Any) -> str:
    return str(day.isoformat())


folkemode_version = __import__("folkemode").__version__

if __name__ == "__main__":
    main()
