"""Days that change only where the times run backwards.

A programme of several days sometimes has no day headings at all: after
"21.00 Sosialt" comes "08.00 Frukost", and the reader is trusted to see a
new day. When the text has no day heading and its frame spans several days
("5.–7. november"), :func:`add_daybreaks` starts a new day ("Dag 2", "Dag
3", dated from the frame by :mod:`.calendar`) wherever a start lies three or
more hours before the one above it. A one-day frame, or day headings, leave
the sessions as they are: there a time that goes back is a nested
sub-programme or a second track.

Under a day heading, only an evening start followed by a morning one
("21.00 Sosialt" / "08.00 Frokost") turns the day: :func:`add_overnight_days`
puts the morning and what follows on the day after the heading's, and says
so (``day-inferred``); the list of another stage or room ("Scene: Havnen")
starts the same day again.

Day headings stacked one over the other with nothing between them ("Tirsdag
14. februar" / "Onsdag 15. februar", a table's header row flattened) head one
list: :func:`add_stacked_days` gives its first run to the first heading and
each run after the times go back to the next, when there are as many runs as
headings.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from folkemode.importers.text.dates import PartialDate
from folkemode.importers.text.drafts import DayDraft, RoundDraft, SessionDraft
from folkemode.importers.text.ledger import Ledger
from folkemode.importers.text.state import Structure

__all__ = ["add_daybreaks", "add_overnight_days", "add_stacked_days"]

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


# Under a heading, a start from this hour on, then one before _MORNING and at least
# _OVERNIGHT_MINUTES earlier, is the next morning.
_EVENING = 18 * 60
_MORNING = 10 * 60
_OVERNIGHT_MINUTES = 8 * 60


def _next_day(day: DayDraft) -> DayDraft | None:
    """The day after ``day``'s heading (its date or weekday), or None when it has neither."""
    if day.date is not None:
        known = day.date
        # (a leap year stands in for an unknown one, so 29 February has a next day)
        following = date(known.year or 2000, known.month, known.day) + timedelta(days=1)
        weekday = (known.weekday + 1) % 7 if known.weekday is not None else None
        year = following.year if known.year is not None else None
        return DayDraft(
            line=day.line,
            date=PartialDate(following.day, following.month, year, weekday),
            weekday=weekday,
        )
    if day.weekday is not None:
        return DayDraft(line=day.line, weekday=(day.weekday + 1) % 7)
    return None


def add_overnight_days(structure: Structure, ledger: Ledger) -> None:
    """Put what follows an evening's last item and starts in the morning on the next day."""
    moved: dict[int, DayDraft] = {}  # by the heading's day: the day its sessions are on now
    previous: SessionDraft | None = None
    for session in structure.sessions:
        heading = session.day
        if session.start is None or heading is None:
            continue
        day = moved.get(id(heading), heading)
        if (
            previous is not None
            and previous.day is heading
            # another stage's or room's list ("Scene: Havnen") starts the same day again
            and (previous.stage, previous.room) == (session.stage, session.room)
            and previous.start is not None
            and _minutes(previous.start) >= _EVENING
            and _minutes(session.start) < _MORNING
            and _minutes(previous.start) - _minutes(session.start) >= _OVERNIGHT_MINUTES
        ):
            following = _next_day(day)
            if following is not None:
                structure.days.insert(structure.days.index(day) + 1, following)
                moved[id(heading)] = day = following
                ledger.info(
                    session.line,
                    "day-inferred",
                    f"{session.title[:40]!r} at {session.start:%H.%M} comes after "
                    f"{previous.start:%H.%M} under {heading.line.text.strip()!r}: read as "
                    "the next morning (give the day its own heading to say otherwise)",
                )
        previous = session
        if day is not heading:
            _put_on(session, day)


def add_stacked_days(structure: Structure, ledger: Ledger) -> None:
    """Share one list under day headings stacked over it among them, run by run."""
    holding = {id(s.day) for s in structure.sessions if s.day is not None}
    days = structure.days
    index = 0
    while index < len(days):
        end = index
        while (
            end + 1 < len(days)
            and id(days[end]) not in holding
            and days[end + 1].line.number - days[end].line.number <= 2
        ):
            end += 1
        if end > index and id(days[end]) in holding:
            _share(structure, days[index : end + 1], ledger)
        index = end + 1


def _share(structure: Structure, stacked: list[DayDraft], ledger: Ledger) -> None:
    last = stacked[-1]
    sessions = [s for s in structure.sessions if s.day is last]
    runs: list[list[SessionDraft]] = [[]]
    previous: SessionDraft | None = None
    for session in sessions:
        if (
            previous is not None
            and previous.start is not None
            and session.start is not None
            and _minutes(previous.start) - _minutes(session.start) >= _BACKWARDS_MINUTES
        ):
            runs.append([])
        runs[-1].append(session)
        if session.start is not None:
            previous = session
    if len(runs) != len(stacked):
        return  # more or fewer turns back than headings: nothing to go by
    for day, run in zip(stacked, runs, strict=True):
        if day is last:
            continue
        ledger.info(
            run[0].line,
            "day-inferred",
            f"{run[0].title[:40]!r} and what follows until the times go back are read as "
            f"{day.line.text.strip()!r}'s (day headings stacked over one list)",
        )
        for session in run:
            _put_on(session, day)


def _put_on(session: SessionDraft, day: DayDraft) -> None:
    """Move ``session`` (and the round it opens, which goes with it) to ``day``."""
    session.day = day
    if session.round is not None:
        session.round.day = day
