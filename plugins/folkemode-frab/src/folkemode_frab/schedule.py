"""From a folkemode :class:`~folkemode.Event` to a frab schedule: days, rooms, events.

The result is a plain structure both writers (XML and JSON) render, so the
two formats always agree. What frab cannot hold directly is decided here:

- Times are written in the event's time zone; durations are real elapsed
  time (a session across a daylight-saving change is an hour shorter or
  longer than the clock suggests).
- A session without a room goes to the *default room*: the ``default_room``
  option, else the venue's name (or its online platform, or its address),
  else the event's name. Parallel sessions of a workshop round that would
  share a room get a room each (:mod:`folkemode_frab.rooms`).
- A session with a start but no end lasts ``open_ended_duration`` minutes
  (0 unless asked), and the JSON carries no ``end`` for it.
- A session with a day but no time (``untimed``): left out (``"skip"``, the
  default, since frab needs a start and a made-up time would mislead), or
  spanning its whole day (``"all-day"``). A session without even a day is
  always left out.
- The workshop round a session belongs to becomes its ``subtitle``; its
  agenda and its organisations become the ``description`` (the session's
  own description is the ``abstract``).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from folkemode import AgendaItem, Event, FolkemodeError, Session, SessionKind, Speaker
from folkemode_frab import identifiers
from folkemode_frab.rooms import session_rooms
from folkemode_frab.structure import Day, Link, Person, Room, Schedule, Talk, Track
from folkemode_frab.text import clean, clean_optional, web_url

__all__ = ["EVENT_TYPES", "UNTIMED_CHOICES", "build_schedule"]

#: What to do with sessions that have a day but no time.
UNTIMED_CHOICES = ("skip", "all-day")

#: frab ``type`` for each session kind: the frab word where one fits, else folkemode's.
EVENT_TYPES: dict[SessionKind, str] = {
    SessionKind.PLENARY: "plenary",
    SessionKind.TALK: "talk",
    SessionKind.DEBATE: "discussion",
    SessionKind.WORKSHOP: "workshop",
    SessionKind.GROUP_WORK: "group_work",
    SessionKind.BREAK: "break",
    SessionKind.MEAL: "meal",
    SessionKind.REGISTRATION: "registration",
    SessionKind.MEETING: "meeting",
    SessionKind.SOCIAL: "social",
    SessionKind.OTHER: "other",
}

# The one word this plugin writes itself: before a session's organisations.
_ORGANISED_BY = {
    "da": ("Arrangør", "Arrangører"),
    "nb": ("Arrangør", "Arrangører"),
    "nn": ("Arrangør", "Arrangørar"),
    "en": ("Organiser", "Organisers"),
}

# The XSD writes hours with at most two digits.
_LONGEST = timedelta(hours=99, minutes=59)


@dataclass(frozen=True, slots=True)
class _Placed:
    """A session with its local start, real end and day decided."""

    session: Session
    position: int
    day: date
    start: datetime | None
    end: datetime | None
    duration: timedelta | None


def build_schedule(
    event: Event,
    *,
    acronym: str | None = None,
    version: str = "",
    default_room: str | None = None,
    untimed: str = "skip",
    open_ended_duration: int = 0,
) -> Schedule:
    """The frab schedule of ``event``; the options are those of the exporters."""
    if untimed not in UNTIMED_CHOICES:
        raise FolkemodeError(
            f"untimed={untimed!r} is not a choice; use one of {', '.join(UNTIMED_CHOICES)}"
        )
    if open_ended_duration < 0:
        raise FolkemodeError(
            f"open_ended_duration={open_ended_duration} is negative; give minutes, 0 or more"
        )
    acronym = (
        identifiers.check_acronym(acronym)
        if acronym is not None
        else identifiers.default_acronym(event.id)
    )
    zone = event.zone
    placed = list(_place(event, zone, untimed == "all-day", timedelta(minutes=open_ended_duration)))
    days = sorted({p.day for p in placed}) or list(event.days)
    if not days:
        raise FolkemodeError(
            f"{event.name!r} has no date: frab needs the days of the schedule, so give the "
            "event a start or give its sessions times"
        )
    bounds = {day: _day_bounds(day, [p for p in placed if p.day == day], zone) for day in days}
    placed = [_span_day(p, bounds[p.day]) if p.start is None else p for p in placed]

    fallback_room = _default_room(event, default_room)
    numbers = _numbers(event.id, [p.session for p in placed])
    event_url = web_url(event.url)
    rooms_of_sessions = session_rooms([_settled(p) for p in placed], fallback_room)
    slugs: set[str] = set()
    talks: list[tuple[_Placed, Talk]] = []
    for item, room in zip(placed, rooms_of_sessions, strict=True):
        guid = identifiers.session_guid(event.id, item.session.id)
        slug = identifiers.session_slug(acronym, item.session.id)
        if slug in slugs:
            slug = f"{slug}-{numbers[item.session.id]}"
        slugs.add(slug)
        talk = _talk(event, item, guid, numbers[item.session.id], slug, room, event_url)
        talks.append((item, talk))

    room_names = list(dict.fromkeys(talk.room for _, talk in talks))
    if not room_names:
        room_names = [fallback_room]
    rooms = tuple(Room(name=n, guid=identifiers.room_guid(event.id, n)) for n in room_names)
    schedule_days = []
    for index, day in enumerate(days, start=1):
        on_day = sorted(
            (pair for pair in talks if pair[0].day == day),
            key=lambda pair: (pair[1].date.timestamp(), pair[0].position),
        )
        day_rooms = tuple(
            Room(name=room.name, guid=room.guid, talks=in_room)
            for room in rooms
            if (in_room := tuple(talk for _, talk in on_day if talk.room == room.name))
        )
        start, end = bounds[day]
        schedule_days.append(Day(index=index, date=day, start=start, end=end, rooms=day_rooms))

    return Schedule(
        version=version,
        acronym=acronym,
        title=clean(event.name).strip(),
        description=clean_optional(event.description),
        url=event_url,
        time_zone_name=event.timezone,
        start=days[0],
        end=days[-1],
        timeslot_duration=_timeslot([talk for _, talk in talks]),
        tracks=tuple(
            Track(name=clean(t.name).strip(), slug=identifiers.track_slug(t.id))
            for t in event.tracks
        ),
        rooms=rooms,
        days=tuple(schedule_days),
    )


# -- time -------------------------------------------------------------------------------


def _place(event: Event, zone: ZoneInfo, all_day: bool, open_ended: timedelta) -> Iterable[_Placed]:
    for position, session in enumerate(event.sessions):
        if session.start is None:
            if all_day and session.day is not None:
                yield _Placed(session, position, session.day, None, None, None)
            continue
        start = session.start.astimezone(zone)
        if session.end is not None:
            end = session.end.astimezone(zone)
        else:
            end = (start.astimezone(UTC) + open_ended).astimezone(zone)
        duration = end.astimezone(UTC) - start.astimezone(UTC)
        if duration > _LONGEST:
            raise FolkemodeError(
                f"session {session.id!r} ({session.title!r}) lasts {_clock(duration)}; "
                "frab durations stop at 99:59, so split it or shorten it"
            )
        yield _Placed(session, position, start.date(), start, end, duration)


def _day_bounds(day: date, placed: list[_Placed], zone: ZoneInfo) -> tuple[datetime, datetime]:
    """From the first start to the last end that day; midnight to midnight without times."""
    starts = [p.start for p in placed if p.start is not None]
    ends = [p.end for p in placed if p.end is not None]
    if not starts:
        return (
            datetime.combine(day, time(0), zone),
            datetime.combine(day + timedelta(days=1), time(0), zone),
        )
    return min(starts, key=datetime.timestamp), max(ends, key=datetime.timestamp)


def _span_day(item: _Placed, bounds: tuple[datetime, datetime]) -> _Placed:
    start, end = bounds
    duration = end.astimezone(UTC) - start.astimezone(UTC)
    return _Placed(item.session, item.position, item.day, start, end, duration)


def _settled(item: _Placed) -> tuple[Session, datetime, datetime]:
    """The session with its start and end, which every item has once days are spanned."""
    assert item.start is not None and item.end is not None
    return item.session, item.start, item.end


def _clock(duration: timedelta) -> str:
    """``HH:MM`` of a duration, whole minutes."""
    minutes = int(duration.total_seconds() // 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _timeslot(talks: list[Talk]) -> str:
    """The coarsest grid (at most an hour) that every start and duration falls on."""
    if not talks:
        return "00:15"
    minutes = [t.date.hour * 60 + t.date.minute for t in talks]
    minutes += [int(h) * 60 + int(m) for h, m in (t.duration.split(":") for t in talks)]
    common = math.gcd(*minutes)
    step = next(s for s in (60, 30, 15, 10, 5, 1) if common % s == 0)
    return _clock(timedelta(minutes=step))


# -- identifiers ----------------------------------------------------------------------------


def _numbers(event_id: str, sessions: list[Session]) -> dict[str, int]:
    """Each session's integer id: from its guid; a clash moves the later id (by id) on by one."""
    wanted = {
        s.id: identifiers.number_from_guid(identifiers.session_guid(event_id, s.id))
        for s in sessions
    }
    taken: set[int] = set()
    numbers: dict[str, int] = {}
    for session_id, number in sorted(wanted.items(), key=lambda item: (item[1], item[0])):
        while number in taken:
            number = identifiers.next_number(number)
        taken.add(number)
        numbers[session_id] = number
    return numbers


def _default_room(event: Event, option: str | None) -> str:
    if option is not None:
        room = clean_optional(option)
        if room is None:
            raise FolkemodeError("default_room is empty; name the room, or leave the option out")
        return room
    venue = event.venue
    candidates = (venue.name, venue.platform, venue.address) if venue is not None else ()
    for candidate in (*candidates, event.name):
        room = clean_optional(candidate)
        if room is not None:
            return room
    return "-"  # every candidate was only control characters


# -- one session ------------------------------------------------------------------------------


def _talk(
    event: Event,
    item: _Placed,
    guid: uuid.UUID,
    number: int,
    slug: str,
    room: str,
    event_url: str | None,
) -> Talk:
    session = item.session
    assert item.start is not None and item.duration is not None
    links = [url for url in map(web_url, session.links) if url is not None]
    return Talk(
        guid=guid,
        id=number,
        code=identifiers.session_code(number),
        date=item.start,
        end=item.end if session.end is not None or session.start is None else None,
        start=f"{item.start:%H:%M}",
        duration=_clock(item.duration),
        room=room,
        slug=slug,
        url=event_url,
        title=clean(session.title).strip(),
        subtitle=clean_optional(session.round.name) if session.round is not None else None,
        track=clean(session.track.name).strip() if session.track is not None else None,
        type=EVENT_TYPES[session.kind],
        language=event.locale,
        abstract=clean_optional(session.description),
        description=_description(session, event.locale),
        persons=tuple(_person(event.id, speaker) for speaker in session.speakers),
        links=tuple(Link(url=url, title=url) for url in links),
    )


def _person(event_id: str, speaker: Speaker) -> Person:
    guid = identifiers.person_guid(event_id, speaker.id)
    organisation = speaker.organisation.name if speaker.organisation is not None else None
    about = [part for part in map(clean_optional, (speaker.role, organisation)) if part]
    return Person(
        guid=guid,
        id=identifiers.number_from_guid(guid),
        name=clean(speaker.name).strip(),
        biography=", ".join(about) or None,
    )


def _description(session: Session, locale: str) -> str | None:
    """The agenda as a bullet list, then who organises the session."""
    parts = []
    agenda = "\n".join(_bullets(session.items, 0))
    if agenda:
        parts.append(agenda)
    names = [n for n in (clean_optional(o.name) for o in session.organisations) if n]
    if names:
        one, many = _ORGANISED_BY.get(locale, _ORGANISED_BY["en"])
        parts.append(f"{one if len(names) == 1 else many}: {', '.join(names)}")
    return "\n\n".join(parts) or None


def _bullets(items: tuple[AgendaItem, ...], depth: int) -> Iterable[str]:
    for item in items:
        text = clean_optional(item.text)
        if text is not None:
            yield f"{'  ' * depth}- {' '.join(text.split())}"
        yield from _bullets(item.children, depth + 1)
