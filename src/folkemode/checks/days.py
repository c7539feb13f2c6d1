"""The run of a day: open ends, gaps and overlaps, and a day heading's weekday.

A *single-track day* is a day whose timed sessions belong to no workshop
round and no track, use at most one room, never start together, and none of
which runs alongside the others (from before one starts until after it ends,
as an exhibition open all day does): one thing after another. Only on such
a day is a hole between two sessions worth a hint, and an overlap (without a
room, which :mod:`.overlaps` checks) a mistake.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date, timedelta

from attrs import evolve
from babel.dates import format_date as babel_format_date

from folkemode import i18n
from folkemode.checks.context import CheckContext, Timed
from folkemode.checks.findings import N_, Finding
from folkemode.checks.names import place_key
from folkemode.model import Event

__all__ = [
    "LONGEST_GAP",
    "SHORTEST_GAP",
    "WEEKDAY_CODE",
    "by_day",
    "gaps",
    "open_ends",
    "single_track",
    "single_track_overlaps",
    "weekday",
]

#: Gaps on a single-track day from this long on are hinted...
SHORTEST_GAP = timedelta(minutes=5)
#: ...up to this long: a longer one (the afternoon before a dinner) is meant.
LONGEST_GAP = timedelta(minutes=90)
#: The text importer's diagnostic code for a day heading whose weekday is wrong.
WEEKDAY_CODE = "weekday"

NO_END = N_(
    '"%(title)s" has no end, and neither has the next session, "%(other)s" (%(other_when)s)'
)
GAP = N_('nothing is on from %(end)s to %(start)s, between "%(title)s" and "%(other)s"')
OVERLAP = N_('"%(other)s" starts at %(start)s, before "%(title)s" ends at %(end)s')
WEEKDAY = N_("the day heading's weekday does not fit its date: %(date)s is a %(weekday)s")

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def by_day(context: CheckContext) -> dict[date, list[Timed]]:
    """The timed sessions of each day, each list by start."""
    return context.shared("by-day", _by_day)


def _by_day(context: CheckContext) -> dict[date, list[Timed]]:
    found: dict[date, list[Timed]] = {}
    for timed in context.timed:
        day = timed[2].day
        if day is not None:
            found.setdefault(day, []).append(timed)
    return found


def open_ends(event: Event, context: CheckContext) -> Iterator[Finding]:
    """A101: a session without an end followed, in its room that day, by another without one."""
    for items in by_day(context).values():
        rooms: dict[str | None, list[Timed]] = {}
        for item in items:
            room = item[2].room
            rooms.setdefault(place_key(room) if room is not None else None, []).append(item)
        for sequence in rooms.values():
            # the next session of each is the first that starts later (side by side ones don't)
            following: Timed | None = None
            for index in range(len(sequence) - 1, -1, -1):
                item = sequence[index]
                if index + 1 < len(sequence) and sequence[index + 1][0] > item[0]:
                    following = sequence[index + 1]
                session = item[2]
                if following is None or session.end is not None or following[2].end is not None:
                    continue
                yield context.finding(
                    "A101",
                    NO_END,
                    (session, following[2]),
                    title=session.title,
                    other=following[2].title,
                    other_when=context.when(following[2]),
                )


def single_track(items: list[Timed]) -> bool:
    """True when a day's sessions run one after another (see the module's docstring)."""
    rooms = set()
    starts = set()
    latest = float("-inf")  # the latest end so far: a session ending before it runs inside
    for start, end, session in items:
        if session.round is not None or session.track is not None or start in starts:
            return False
        if end < latest and start < end:
            return False  # "Udstilling 10-17" around "Debat 11-12": side by side
        latest = max(latest, end)
        starts.add(start)
        if session.room is not None:
            rooms.add(place_key(session.room))
    return len(rooms) <= 1


def _single_track_days(context: CheckContext) -> list[list[Timed]]:
    return [items for items in by_day(context).values() if single_track(items)]


def gaps(event: Event, context: CheckContext) -> Iterator[Finding]:
    """A102: a hole of 5 to 90 minutes between two sessions of a single-track day."""
    shortest, longest = SHORTEST_GAP.total_seconds(), LONGEST_GAP.total_seconds()
    for items in context.shared("single-track-days", _single_track_days):
        for before, after in itertools.pairwise(items):
            first, second = before[2], after[2]
            if first.end is None or second.start is None:
                continue
            if shortest <= after[0] - before[1] <= longest:
                yield context.finding(
                    "A102",
                    GAP,
                    (second, first),
                    end=context.clock(first.end),
                    start=context.clock(second.start),
                    title=first.title,
                    other=second.title,
                )


def single_track_overlaps(event: Event, context: CheckContext) -> Iterator[Finding]:
    """A103: on a single-track day without rooms, a session that starts before the last ends."""
    for items in context.shared("single-track-days", _single_track_days):
        for before, after in itertools.pairwise(items):
            first, second = before[2], after[2]
            if first.room is not None or first.end is None or second.start is None:
                continue
            if after[0] < before[1]:
                yield context.finding(
                    "A103",
                    OVERLAP,
                    (second, first),
                    other=second.title,
                    start=context.clock(second.start),
                    title=first.title,
                    end=context.clock(first.end),
                )


def weekday(event: Event, context: CheckContext) -> Iterator[Finding]:
    """T104: a day heading such as "Torsdag 14. marts 2026" whose weekday is not its date's.

    The text importer finds these as it reads the headings (the diagnostic
    ``weekday``); the check gives them a code and a place with the others,
    and says them in the locale of the run.
    """
    for diagnostic in context.diagnostics:
        if diagnostic.code != WEEKDAY_CODE:
            continue
        match = _ISO_DATE.search(diagnostic.message)
        if match is None:
            continue
        day = date(int(match[1]), int(match[2]), int(match[3]))
        found = context.finding(
            "T104",
            WEEKDAY,
            event.sessions_on(day),
            date=i18n.format_date(day, context.locale, "long"),
            weekday=babel_format_date(day, "EEEE", locale=context.locale),
        )
        yield evolve(found, line=diagnostic.line)  # the heading's line, not a session's
