"""Benchmark ``folkemode.changes.diff`` and ``revise`` on two versions of a big programme.

Builds a 3,000-session programme (benchmarks/_events.py), then a second
version with a few hundred edits of every kind diff reports (moved, renamed,
cancelled, added, speakers changed) in which every session is a new object,
as when the new version is read afresh, and prints, in one run:

- diff's time, best of N runs;
- the floor: matching the two versions' id sets with plain dicts (what any
  diff does first);
- the ratio diff/floor (target: at most 20x);
- revise's time (diff plus making the new version);
- scaling: the same with four times the sessions (target: about 4x, linear).

    python benchmarks/bench_diff.py [--runs 5] [--sessions 3000] [--edits 300]
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from attrs import evolve

from _events import big_event
from _timing import best_of
from folkemode import Event, Session, Speaker
from folkemode.changes import diff, revise


def second_version(event: Event, edits: int) -> Event:
    """``event`` with ``edits`` edits spread over it, a fifth of each kind."""
    sessions = list(event.sessions)
    step = max(len(sessions) // edits, 1)
    kept: list[Session] = []
    for n, session in enumerate(sessions):
        edit = (n // step) % 5 if n % step == 0 and n // step < edits else None
        if edit == 0 and session.start is not None:  # moved half an hour
            shift = timedelta(minutes=30)
            end = session.end + shift if session.end is not None else None
            kept.append(evolve(session, start=session.start + shift, end=end))
        elif edit == 1:  # renamed, read afresh (so with a new id)
            kept.append(
                Session(
                    title=f"{session.title} (nyt emne)",
                    start=session.start,
                    end=session.end,
                    room=session.room,
                    kind=session.kind,
                    speakers=session.speakers,
                )
            )
        elif edit == 2:  # cancelled
            continue
        elif edit == 3:  # a speaker more
            kept.append(evolve(session, speakers=(*session.speakers, Speaker(name="Ny Taler"))))
        elif edit == 4:  # an added session beside it
            kept.append(session)
            kept.append(evolve(session, title=f"Ekstra {n}", id=f"ekstra-{n}"))
        else:
            # a copy, as reading the new version afresh makes: equal, not the same object
            kept.append(evolve(session))
    return event.evolve(sessions=kept)


def match_ids(pair: tuple[Event, Event]) -> int:
    """The floor: the sessions of both versions by id in plain dicts, and their overlap."""
    old, new = pair
    before = {s.id: s for s in old.sessions}
    after = {s.id: s for s in new.sessions}
    return sum(1 for key in after if key in before)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="best of this many runs")
    parser.add_argument("--sessions", type=int, default=3000)
    parser.add_argument("--edits", type=int, default=300)
    args = parser.parse_args(argv)

    def versions(sessions: int, edits: int) -> tuple[Event, Event]:
        old = big_event(sessions=sessions)
        return old, second_version(old, edits)

    pair = versions(args.sessions, args.edits)
    found = diff(*pair)
    took = best_of(args.runs, lambda p: diff(*p), pair)
    floor = best_of(args.runs, match_ids, pair)
    revising = best_of(args.runs, lambda p: revise(*p), pair)
    print(
        f"versions: {len(pair[0].sessions)} and {len(pair[1].sessions)} sessions, "
        f"{args.edits} edits, {len(found.changes)} changes found"
    )
    print(f"diff:      {took * 1000:8.1f} ms")
    print(f"floor:     {floor * 1000:8.1f} ms  (ids matched with plain dicts)")
    print(f"ratio diff/floor: {took / floor:.1f}x (target <= 20x)")
    print(f"revise:    {revising * 1000:8.1f} ms  (diff and the new version)")

    big = versions(4 * args.sessions, 4 * args.edits)
    big_took = best_of(args.runs, lambda p: diff(*p), big)
    big_floor = best_of(args.runs, match_ids, big)
    print(
        f"scaling: 4x the sessions and edits takes {big_took * 1000:.1f} ms, "
        f"{big_took / took:.2f}x the time (linear: about 4x); the floor takes "
        f"{big_floor / floor:.2f}x, the ratio there is {big_took / big_floor:.1f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
