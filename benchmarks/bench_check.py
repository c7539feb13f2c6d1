"""Benchmark ``folkemode.check`` on a Folkemødet-sized programme against a sorting floor.

Builds a programme of 3,000 sessions on 200 stands over 4 days (the model
directly, no import), with about 1,500 recurring speakers, some of them
double-booked, and prints, in one run:

- the checks' time, best of N runs (every built-in check, walking time on);
- the floor: sorting the sessions per room and per speaker as plain tuples
  of numbers (what any overlap sweep has to do first);
- the ratio checks/floor (target: at most 5x);
- scaling: four times the sessions over four times the days (target: at
  most 4.4x the time: the sweeps are linear after the sort, no all-pairs).

    python benchmarks/bench_check.py [--runs 5] [--sessions 3000] [--stands 200]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import folkemode
from _timing import best_of
from folkemode import Event, Session, Speaker, Venue

_TOPICS = ["Klima", "Ældrepleje", "Folkeskolen", "Demokrati", "Sundhed", "Landdistrikter"]
_FIRST_NAMES = ["Ida", "Karim", "Sofie", "Jonas", "Mette", "Lise", "Anne", "Søren", "Emil"]
_SURNAMES = ["Holm", "Haddad", "Lund", "Brink", "Aagaard", "Kjær", "Dahl", "Nielsen", "Møller"]


def programme(sessions: int, days: int, stands: int) -> Event:
    """Sessions of 40 minutes every 45 on each stand, 9.00 on, speakers drawn from a pool."""
    zone = ZoneInfo("Europe/Copenhagen")
    first = date(2026, 6, 11)
    people = [f"{_FIRST_NAMES[n % 9]} {_SURNAMES[n // 9 % 9]} {n}" for n in range(sessions // 2)]
    per_day = -(-sessions // days)
    built = []
    for n in range(sessions):
        day = first + timedelta(days=n // per_day)
        slot = (n % per_day) // stands
        start = datetime(day.year, day.month, day.day, 9, tzinfo=zone) + timedelta(
            minutes=45 * slot
        )
        stand = n % stands
        # one person per stand and slot (so each is on once a day), a second two slots on
        # at the stand next door; every 97th session double-books the stand before's
        speakers = [
            people[(stand * 7 + slot) % len(people)],
            people[(stand * 7 + 7 + slot + 2) % len(people)],
        ]
        if n % 97 == 0 and n:
            speakers.append(built[-1].speakers[0].name.upper())
        built.append(
            Session(
                title=f"{_TOPICS[n % len(_TOPICS)]}: hvad gør vi nu? #{n}",
                start=start,
                end=start + timedelta(minutes=40 if n % 89 else 50),
                room=f"Stand {stand + 1}",
                speakers=[Speaker(name=name) for name in speakers[: 1 + n % 3]],
            )
        )
    return Event(
        name="Folkemødet 2026",
        venue=Venue(name="Allinge", address="Allinge Havn, 3770 Allinge"),
        sessions=built,
    )


def floor(event: Event) -> int:
    """Sort the sessions per room and per speaker, as tuples of plain numbers and names."""
    rooms = []
    people = []
    for index, session in enumerate(event.sessions):
        assert session.start is not None and session.end is not None
        start, end = session.start.timestamp(), session.end.timestamp()
        rooms.append((session.room or "", start, end, index))
        for speaker in session.speakers:
            people.append((speaker.name.casefold(), start, end, index))
    rooms.sort()
    people.sort()
    return len(rooms) + len(people)


def run_checks(event: Event) -> int:
    return len(folkemode.check(event, walking_time=timedelta(minutes=10)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="best of this many runs")
    parser.add_argument("--sessions", type=int, default=3000)
    parser.add_argument("--stands", type=int, default=200)
    parser.add_argument("--days", type=int, default=4)
    args = parser.parse_args(argv)

    event = programme(args.sessions, args.days, args.stands)
    found = run_checks(event)  # warm up: plugins, catalogues, CLDR data
    checks = best_of(args.runs, run_checks, event)
    sorting = best_of(args.runs, floor, event)
    print(
        f"programme: {len(event.sessions)} sessions on {args.stands} stands over "
        f"{args.days} days, {len(event.speakers)} speakers; {found} findings"
    )
    print(f"checks: {checks * 1000:8.1f} ms")
    print(f"floor:  {sorting * 1000:8.1f} ms  (sorting per room and per speaker)")
    print(f"ratio checks/floor: {checks / sorting:.1f}x (target <= 5x)")

    big = programme(4 * args.sessions, 4 * args.days, args.stands)
    run_checks(big)
    big_checks = best_of(args.runs, run_checks, big)
    big_floor = best_of(args.runs, floor, big)
    print(
        f"scaling: 4x the sessions ({len(big.sessions)}) take {big_checks * 1000:.1f} ms, "
        f"{big_checks / checks:.2f}x the time (target <= 4.4x; the floor's sort: "
        f"{big_floor / sorting:.2f}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
