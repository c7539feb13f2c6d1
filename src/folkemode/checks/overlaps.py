"""Two places at once: a speaker in overlapping sessions, a room used twice, too little walking.

Each check sorts the timed sessions of one person or one room by start and
sweeps through them once, keeping the session that ends last so far: a
session that starts before that one ends overlaps it. Sessions are compared
as instants, so a session from 22.00 to 01.00 overlaps one at 00.30 on the
next day, and so do two sessions given in different UTC offsets.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import timedelta
from typing import TYPE_CHECKING

from folkemode.checks.context import CheckContext, Timed, overlapping
from folkemode.checks.duplicates import repeats
from folkemode.checks.findings import N_, Finding
from folkemode.checks.names import person_key, place_key
from folkemode.model import Event, Session

if TYPE_CHECKING:
    from folkemode.model import WorkshopRound

__all__ = ["by_person", "online_room", "room_overlaps", "speaker_overlaps", "walking_time"]

SPEAKER_OVERLAP = N_(
    '%(name)s is in "%(title)s" (%(when)s) and in "%(other)s" (%(other_when)s) at the same time'
)
ROOM_OVERLAP = N_(
    '%(room)s is used by "%(title)s" (%(when)s) and by "%(other)s" (%(other_when)s) '
    "at the same time"
)
WALKING_TIME = N_(
    '%(name)s has %(gap)s from "%(title)s" in %(room)s to "%(other)s" in %(other_room)s, '
    "less than the walking time of %(walking)s"
)


def by_person(context: CheckContext) -> dict[str, list[Timed]]:
    """The timed sessions of each speaker (by :func:`.person_key`), each list by start."""
    return context.shared("by-person", _by_person)


def _by_person(context: CheckContext) -> dict[str, list[Timed]]:
    found: dict[str, list[Timed]] = {}
    for timed in context.timed:
        speakers = timed[2].speakers
        if not speakers:
            continue
        keys = {person_key(s.name) for s in speakers}
        for key in keys:
            found.setdefault(key, []).append(timed)
    return found


def _sweep(groups: Iterable[list[Timed]]) -> Iterator[tuple[Timed, Timed]]:
    """Each session that starts before an earlier one of its group ends, with that one.

    A session listed twice is left to the duplicates check.
    """
    for items in groups:
        latest: Timed | None = None  # of the sessions so far, the one that ends last
        for item in items:
            if latest is not None and overlapping(latest, item) and not repeats(latest, item):
                yield latest, item
            if latest is None or item[1] > latest[1]:
                latest = item


def _name_in(session: Session, key: str) -> str:
    return next(s.name for s in session.speakers if person_key(s.name) == key)


def speaker_overlaps(event: Event, context: CheckContext) -> Iterator[Finding]:
    """S101: one person (however the name is spelled) in two sessions at the same time."""
    groups = by_person(context)
    for key, items in groups.items():
        for earlier, later in _sweep([items]):
            first, second = earlier[2], later[2]
            yield context.finding(
                "S101",
                SPEAKER_OVERLAP,
                (second, first),
                name=_name_in(second, key),
                title=second.title,
                when=context.when(second),
                other=first.title,
                other_when=context.when(first),
            )


def walking_time(event: Event, context: CheckContext) -> Iterator[Finding]:
    """S102: one person in two rooms with less than ``--walking-time`` between them."""
    least = context.walking_time
    if least is None:
        return
    needed = least.total_seconds()
    for key, items in by_person(context).items():
        for before, after in itertools.pairwise(items):
            first, second = before[2], after[2]
            if first.room is None or second.room is None or overlapping(before, after):
                continue
            if first.end is None or place_key(first.room) == place_key(second.room):
                continue
            gap = after[0] - before[1]
            if gap < needed:
                yield context.finding(
                    "S102",
                    WALKING_TIME,
                    (second, first),
                    name=_name_in(second, key),
                    gap=context.duration(timedelta(seconds=gap)),
                    title=first.title,
                    room=first.room,
                    other=second.title,
                    other_room=second.room,
                    walking=context.duration(least),
                )


def online_room(event: Event, room: str, round: WorkshopRound) -> bool:
    """True when ``round`` is held in the online meeting ``room``, breakout rooms and all.

    That is so when the room is a meeting's address (``https://…``), the
    event's online platform or meeting URL ("Zoom", "Teams"), or a room the
    round's name gives ("Workshops på Zoom").
    """
    key = place_key(room)
    if "://" in key:
        return True
    venue = event.venue
    if venue is not None and key in {
        place_key(v) for v in (venue.platform, venue.online_url) if v is not None
    }:
        return True
    return key in place_key(round.name)


def room_overlaps(event: Event, context: CheckContext) -> Iterator[Finding]:
    """R101: a room or stand used by two sessions at the same time.

    Sessions of one workshop round may share a room that is an online
    meeting (see :func:`online_room`): each has its breakout room there.
    """
    groups: dict[str, list[Timed]] = {}
    for timed in context.timed:
        room = timed[2].room
        if room is not None:
            groups.setdefault(place_key(room), []).append(timed)
    for earlier, later in _sweep(groups.values()):
        first, second = earlier[2], later[2]
        assert second.room is not None
        if (
            first.round is not None
            and first.round == second.round
            and online_room(event, second.room, first.round)
        ):
            continue
        yield context.finding(
            "R101",
            ROOM_OVERLAP,
            (second, first),
            room=second.room,
            title=second.title,
            when=context.when(second),
            other=first.title,
            other_when=context.when(first),
        )
