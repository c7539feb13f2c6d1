"""Days that change only where the times run backwards.

A programme of several days sometimes has no day headings at all: after
"21.00 Sosialt" comes "08.00 Frukost", and the reader is trusted to see a
new day. When the text has no day heading and its frame spans several days
("5.–7. november"), :func:`add_daybreaks` starts a new day ("Dag 2", "Dag
3", dated from the frame by :mod:`.calendar`) wherever a start lies three or
more hours before the one above it. A one-day frame, or day headings, leave
the sessions as they are: there a time that goes back is a nested
sub-programme or a second track.
"""

from __future__ import annotations

from datetime import time

from folkemode.importers.text.drafts import DayDraft, RoundDraft, SessionDraft
from folkemode.importers.text.state import Structure

__all__ = ["add_daybreaks"]

# How far back a start must lie to mean the next day (a second track restarts at the
# same time or close to it; a new day starts the morning after an evening).
_BACKWARDS_MINUTES = 180


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def _spans_days(structure: Structure) -> bool:
    header = structure.header
    frames = header.frames or header.weak_frames
    if not frames:
        return False
    when = frames[0][0]
    first, last = when.first, when.last
    return (last.month, last.day) > (first.month, first.day) or (
        last.year is not None and first.year is not None and last.year > first.year
    )


def add_daybreaks(structure: Structure) -> None:
    """Give the sessions of a headingless several-day programme their day numbers."""
    if structure.days or not _spans_days(structure):
        return
    timed = [s for s in structure.sessions if s.start is not None and s.day is None]
    if not timed:
        return
    day = DayDraft(line=timed[0].line, number=1)
    days = [day]
    previous: time | None = None
    rounds: set[int] = set()
    for session in timed:
        assert session.start is not None
        unit: SessionDraft | RoundDraft = session.round or session
        if id(unit) in rounds:
            session.day = day
            continue
        if previous is not None and _minutes(previous) - _minutes(session.start) >= (
            _BACKWARDS_MINUTES
        ):
            day = DayDraft(line=session.line, number=len(days) + 1)
            days.append(day)
        session.day = day
        if session.round is not None:
            session.round.day = day
            rounds.add(id(session.round))
        previous = session.start
    if len(days) > 1:
        structure.days.extend(days)
    else:
        for session in timed:
            session.day = None
            if session.round is not None:
                session.round.day = None
