"""The room of each session in a frab schedule, parallel sessions of a round apart.

frab has one room per session, and readers treat two sessions in one room at
the same time as a clash: pretalx reports a room overlap, schedule apps draw
them on top of each other. Programmes often put a whole workshop round in
one place ("Zoom", "Store sal") or name no room at all, so the parallel
sessions of a round would all land in one frab room. Here:

- a session keeps its own room (or the default room when it names none)
  unless another session of its round, at an overlapping time, is in the
  same one;
- the sessions of a round that would share a room each get a room named
  from the round and their place in it, ``"Workshops runde 1 – 2"`` for the
  second session of "Workshops runde 1", followed by the room the session
  named itself, if any: ``"Workshops runde 1 – 2 (Zoom)"``.

Sessions outside rounds keep their room as it is.

>>> from datetime import datetime, timezone
>>> from folkemode import Session, WorkshopRound
>>> at = datetime(2025, 11, 13, 13, 30, tzinfo=timezone.utc)
>>> later = datetime(2025, 11, 13, 14, 45, tzinfo=timezone.utc)
>>> round_1 = WorkshopRound(name="Workshops runde 1")
>>> sessions = [
...     Session(title="Borgerdialog", start=at, end=later, round=round_1, room="Lokale A"),
...     Session(title="Klimaplaner", start=at, end=later, round=round_1, room="Zoom"),
...     Session(title="Budgetter", start=at, end=later, round=round_1, room="Zoom"),
...     Session(title="Velfærd", start=at, end=later, round=round_1),
... ]
>>> session_rooms([(s, at, later) for s in sessions], default_room="Egeskov Rådhus")
['Lokale A', 'Workshops runde 1 – 2 (Zoom)', 'Workshops runde 1 – 3 (Zoom)', 'Egeskov Rådhus']
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from folkemode import Session, WorkshopRound
from folkemode_frab.text import clean_optional

__all__ = ["round_room", "session_rooms"]

#: A session with its start and end settled (both in the schedule's zone).
Placed = tuple[Session, datetime, datetime]


def session_rooms(placed: Sequence[Placed], default_room: str) -> list[str]:
    """The frab room of each session in ``placed``, in the same order."""
    rooms = [clean_optional(session.room) or default_room for session, _, _ in placed]
    rounds: dict[WorkshopRound, list[int]] = {}
    for index, (session, _, _) in enumerate(placed):
        if session.round is not None:
            rounds.setdefault(session.round, []).append(index)
    for round_, members in rounds.items():
        # A session's place in its round: by start, then by programme order.
        members.sort(key=lambda index: (placed[index][1].timestamp(), index))
        sharing: dict[str, list[int]] = {}
        for index in members:
            sharing.setdefault(rooms[index], []).append(index)
        for together in sharing.values():
            if not _any_overlap([placed[index] for index in together]):
                continue
            for index in together:
                own_room = clean_optional(placed[index][0].room)
                rooms[index] = round_room(round_, members.index(index) + 1, own_room)
    return rooms


def round_room(round_: WorkshopRound, place: int, own_room: str | None = None) -> str:
    """The room of the ``place``-th session of ``round_``: ``"Workshops runde 1 – 2"``.

    >>> round_room(WorkshopRound(name="Spor  A\\n"), 1, "Zoom")
    'Spor A – 1 (Zoom)'
    """
    name = _one_line(clean_optional(round_.name) or clean_optional(round_.id) or "-")
    room = f"{name} – {place}"
    own_room = clean_optional(own_room)
    return f"{room} ({_one_line(own_room)})" if own_room else room


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _any_overlap(placed: list[Placed]) -> bool:
    """Whether two of ``placed`` overlap in time (two at the same moment count)."""
    if len(placed) < 2:
        return False
    ordered = sorted((start.timestamp(), end.timestamp()) for _, start, end in placed)
    (first_start, latest_end), *rest = ordered
    previous_start = first_start
    for start, end in rest:
        if start < latest_end or start == previous_start:
            return True
        previous_start, latest_end = start, max(latest_end, end)
    return False
