"""When the event is: sessions outside its dates or hours, sessions that last too long.

The event's frame is its ``start`` to ``end`` (and each edition's, for a
recurring event). When the programme gives no frame, the model takes it
from the sessions, and then no session is outside it.

A session never ends before it starts: the model refuses such a session
whatever format it comes from, so there is no check for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

from folkemode.checks.context import CheckContext
from folkemode.checks.findings import N_, Finding
from folkemode.model import Event, Session

__all__ = ["LONGEST", "frames", "outside_dates", "outside_hours", "too_long"]

#: A session longer than this is a typo more often than a programme (unless all day).
LONGEST = timedelta(hours=12)
_DAY = timedelta(days=1)

OUTSIDE_DATES = N_('"%(title)s" is on %(date)s, outside the event\'s dates (%(first)s to %(last)s)')
OUTSIDE_HOURS = N_('"%(title)s" (%(when)s) is outside the event\'s hours (%(start)s to %(end)s)')
TOO_LONG = N_('"%(title)s" lasts %(duration)s, more than %(limit)s')

#: One frame: first and last instant (as timestamps too), first and last day.
Frame = tuple[datetime, datetime | None, date, date | None, float, float]


def frames(event: Event) -> list[Frame]:
    """The event's frame and its editions', as (start, end, first day, last day)."""
    zone = event.zone
    found: list[Frame] = []
    spans = [(event.start, event.end)]
    spans += [(edition.start, edition.end) for edition in event.editions]
    for start, end in spans:
        if start is None:
            continue
        if event.all_day and end is not None:
            end = end + _DAY  # all-day ends are the last day's midnight
        first = start.astimezone(zone).date()
        last = (end - timedelta(microseconds=1)).astimezone(zone).date() if end else None
        stamps = start.timestamp(), end.timestamp() if end is not None else float("inf")
        found.append((start, end, first, last, *stamps))
    return found


def _on(day: date, frame: Frame) -> bool:
    return frame[2] <= day and (frame[3] is None or day <= frame[3])


def outside_dates(event: Event, context: CheckContext) -> Iterator[Finding]:
    """T101: a session on a day the event is not on."""
    spans = frames(event)
    if not spans:
        return
    for session in event.sessions:
        day = session.day
        if day is None or any(_on(day, frame) for frame in spans):
            continue
        first = min(frame[2] for frame in spans)
        lasts = [frame[3] or frame[2] for frame in spans]
        yield context.finding(
            "T101",
            OUTSIDE_DATES,
            (session,),
            title=session.title,
            date=context.date(day),
            first=context.date(first),
            last=context.date(max(lasts)),
        )


def _within(start: float, end: float, frame: Frame) -> bool:
    return frame[4] <= start and end <= frame[5]


def outside_hours(event: Event, context: CheckContext) -> Iterator[Finding]:
    """T102: a session on one of the event's days, but before it begins or after it ends."""
    if event.all_day:
        return
    spans = frames(event)
    if not spans:
        return
    for start, end, session in context.timed:
        if session.day is None:
            continue
        on = [frame for frame in spans if _on(session.day, frame)]
        if not on or any(_within(start, end, frame) for frame in on):
            continue
        frame = on[0]
        yield context.finding(
            "T102",
            OUTSIDE_HOURS,
            (session,),
            title=session.title,
            when=context.when(session),
            start=context.moment(frame[0]),
            end=context.moment(frame[1]) if frame[1] is not None else "…",
        )


def _all_day(session: Session, length: timedelta, event: Event) -> bool:
    """True for whole days from midnight (as calendars write all-day items)."""
    assert session.start is not None
    local = session.start.astimezone(event.zone)
    return local.hour == local.minute == 0 and length % _DAY == timedelta(0)


def too_long(event: Event, context: CheckContext) -> Iterator[Finding]:
    """T103: a session that lasts more than 12 hours, unless it runs whole days."""
    longest = LONGEST.total_seconds()
    for start, end, session in context.timed:
        if end - start <= longest:
            continue
        length = timedelta(seconds=end - start)
        if _all_day(session, length, event):
            continue
        yield context.finding(
            "T103",
            TOO_LONG,
            (session,),
            title=session.title,
            duration=context.duration(length),
            limit=context.duration(LONGEST),
        )
